/**
 * How flags stand out on the Aging and Credit sheets: a fill per flag on the Flag column, as
 * conditional formatting, so a cashier who sorts or filters the table keeps the colours.
 */
import type { CreditFlag } from '../../domain/receivables';
import type { HighlightStyle, OwnedHighlight } from '../workbookPort';

export const FLAG_COLUMN = '标志 Flag';

const FLAG_STYLES: Readonly<Record<CreditFlag, HighlightStyle>> = {
  OK: 'good',
  WATCH: 'neutral',
  WARN: 'bad',
  HOLD: 'severe',
};

/** One highlight rule per flag over the Flag column. */
export function flagHighlights(): readonly OwnedHighlight[] {
  return (Object.keys(FLAG_STYLES) as CreditFlag[]).map((flag) => ({
    column: FLAG_COLUMN,
    equals: flag,
    style: FLAG_STYLES[flag],
  }));
}
