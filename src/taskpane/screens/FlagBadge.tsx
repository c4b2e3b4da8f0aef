/** A credit flag as a coloured badge with its words: 正常, 关注, 预警, 停止赊销. */
import { Badge } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { CREDIT_FLAGS } from '../../domain/receivables';
import type { CreditFlag } from '../../domain/receivables';
import type { PaneLanguage } from '../strings';

const COLOURS = {
  OK: 'success',
  WATCH: 'informative',
  WARN: 'warning',
  HOLD: 'danger',
} as const satisfies Record<CreditFlag, string>;

export function FlagBadge({
  flag,
  language,
}: {
  flag: CreditFlag;
  language: PaneLanguage;
}): ReactElement {
  const words = CREDIT_FLAGS.find((entry) => entry.flag === flag);
  return (
    <Badge appearance="tint" color={COLOURS[flag]}>
      {words?.[language] ?? flag}
    </Badge>
  );
}
