/**
 * What paid an invoice so far, as one line a cashier reads in the Open Items sheet:
 * "2024-03-05 收款 ¥500.00; 2024-03-20 收款 -¥500.00 (R-12)". A negative amount is a
 * bounced payment re-opening what it had paid. The brackets name the paying entry's document
 * number, or its source sheet and row when it has none.
 */
import type { LedgerEntry } from '../../domain/ledger';
import type { Lang } from '../../domain/messages';
import { formatYuan, type CurrencyCode, type Fen } from '../../domain/money';
import type { InvoiceAllocation } from '../../domain/receivables';
import { kindWord } from './receivableWords';

const SYMBOLS: Readonly<Record<string, string>> = { CNY: '¥', USD: '$', EUR: '€', HKD: 'HK$' };

/** "¥1,234.50", "-$20.00", "JPY 500.00". */
export function moneyText(amount: Fen, currency: CurrencyCode): string {
  const symbol = SYMBOLS[currency] ?? `${currency} `;
  const sign = amount < 0 ? '-' : '';
  return `${sign}${symbol}${formatYuan(Math.abs(amount) as Fen)}`;
}

/** Names each entry for the trail: its document number, else "sheet!row". */
export function entryLabels(entries: readonly LedgerEntry[]): Map<string, string> {
  const labels = new Map<string, string>();
  for (const entry of entries) {
    labels.set(entry.id, entry.documentNumber ?? `${entry.source.sheet}!${entry.source.row}`);
  }
  return labels;
}

export function paymentTrail(
  invoice: InvoiceAllocation,
  labels: ReadonlyMap<string, string>,
  lang: Lang,
): string {
  return invoice.applications
    .map((application) => {
      const label = labels.get(application.entryId) ?? application.entryId;
      const amount = moneyText(application.amount, invoice.currency);
      return `${application.date} ${kindWord(application.kind, lang)} ${amount} (${label})`;
    })
    .join('; ');
}
