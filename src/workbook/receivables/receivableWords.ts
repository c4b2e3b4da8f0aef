/** Words the receivables sheets write in the workbook's language: kinds, flags, trends. */
import type { EntryKind } from '../../domain/ledger';
import type { Lang } from '../../domain/messages';
import { CREDIT_FLAGS, type CreditFlag, type PaymentTrend } from '../../domain/receivables';

const KIND: Readonly<Record<EntryKind, { zh: string; en: string }>> = {
  opening: { zh: '期初', en: 'opening' },
  invoice: { zh: '发票', en: 'invoice' },
  receipt: { zh: '收款', en: 'receipt' },
  'credit-note': { zh: '退货折让', en: 'credit note' },
  'write-off': { zh: '坏账核销', en: 'write-off' },
  adjustment: { zh: '调整', en: 'adjustment' },
};

const TREND: Readonly<Record<PaymentTrend, { zh: string; en: string }>> = {
  better: { zh: '好转', en: 'better' },
  steady: { zh: '平稳', en: 'steady' },
  worse: { zh: '恶化', en: 'worse' },
  unknown: { zh: '不详', en: 'unknown' },
};

export function kindWord(kind: EntryKind, lang: Lang): string {
  return KIND[kind][lang];
}

export function trendWord(trend: PaymentTrend, lang: Lang): string {
  return TREND[trend][lang];
}

export function flagWord(flag: CreditFlag, lang: Lang): string {
  const words = CREDIT_FLAGS.find((entry) => entry.flag === flag);
  return words === undefined ? flag : words[lang];
}

/** "合计" / "TOTAL", with the currency when the report holds more than one. */
export function totalWord(currency: string, several: boolean): string {
  return several ? `合计 TOTAL ${currency}` : '合计 TOTAL';
}
