/**
 * The aging buckets as horizontal bars in plain SVG: one row per bucket (none is ever dropped),
 * the bar's length its share of the largest bucket, the amount written beside it. Horizontal bars
 * fit the pane's narrow width and keep the bucket names readable.
 */
import { tokens } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import type { CurrencyCode, Fen } from '../../domain/money';
import type { AgingBucket, BucketAmount } from '../../domain/receivables';
import { money } from '../format';
import type { PaneLanguage } from '../strings';

const ROW = 26;
const LABEL_WIDTH = 88;
const AMOUNT_WIDTH = 104;
const WIDTH = 320;

export interface AgingChartProps {
  readonly buckets: readonly BucketAmount[];
  readonly bucketSet: readonly AgingBucket[];
  readonly currency: CurrencyCode;
  readonly language: PaneLanguage;
  readonly title: string;
}

export function AgingChart({
  buckets,
  bucketSet,
  currency,
  language,
  title,
}: AgingChartProps): ReactElement {
  const largest = Math.max(1, ...buckets.map((bucket) => bucket.amount));
  const barSpace = WIDTH - LABEL_WIDTH - AMOUNT_WIDTH;
  const rows = bucketSet.map((bucket) => ({
    name: bucket[language],
    amount: buckets.find((b) => b.bucketId === bucket.id)?.amount ?? 0,
  }));
  const summary = rows.map((row) => `${row.name} ${money(row.amount as Fen, currency)}`);

  return (
    <svg
      role="img"
      aria-label={`${title}: ${summary.join('; ')}`}
      viewBox={`0 0 ${WIDTH} ${rows.length * ROW}`}
      width="100%"
      style={{ maxWidth: WIDTH }}
    >
      <title>{title}</title>
      {rows.map((row, index) => {
        const y = index * ROW;
        const length = Math.round((row.amount / largest) * barSpace);
        return (
          <g key={row.name} aria-hidden="true">
            <text x={0} y={y + ROW / 2 + 4} fontSize={12} fill={tokens.colorNeutralForeground1}>
              {row.name}
            </text>
            <rect
              x={LABEL_WIDTH}
              y={y + 5}
              width={Math.max(row.amount > 0 ? 2 : 0, length)}
              height={ROW - 10}
              rx={2}
              fill={index === 0 ? tokens.colorBrandBackground : tokens.colorPaletteRedBackground3}
            />
            <text
              x={WIDTH}
              y={y + ROW / 2 + 4}
              fontSize={12}
              textAnchor="end"
              fill={tokens.colorNeutralForeground1}
            >
              {money(row.amount as Fen, currency)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
