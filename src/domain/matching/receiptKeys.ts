/**
 * Keys that make a statement import idempotent. A line with a transaction id is known by it; a
 * line without one is known by its fingerprint (date, amount, payer, memo) plus an occurrence
 * counter, so two identical real payments on one day stay two while a second import of the same
 * day finds both already there.
 */
import { customerKey } from '../customerName';
import type { KeyedReceipt, StatementReceipt } from './statementReceipt';

/** The key a receipt has no matter which file it came in: id-based or fingerprint-based. */
export function receiptIdentity(receipt: StatementReceipt): string {
  const id = receipt.source.transactionId?.trim();
  if (id !== undefined && id !== '') return `id:${receipt.method}:${id}`;

  const memo = customerKey(receipt.memo ?? '');
  const payer = customerKey(receipt.payer);
  return `fp:${receipt.method}:${receipt.date}|${receipt.amount}|${payer}|${memo}`;
}

/**
 * Keys for the receipts of ONE statement, in file order. Fingerprints get "#1", "#2" ... by
 * occurrence within the file; this assumes a statement covers whole days, which every bank, Alipay
 * and WeChat export does (they are cut by date, not by time).
 */
export function keyReceipts(receipts: readonly StatementReceipt[]): KeyedReceipt[] {
  const seen = new Map<string, number>();
  return receipts.map((receipt) => {
    const identity = receiptIdentity(receipt);
    if (identity.startsWith('id:')) return { key: identity, receipt };

    const occurrence = (seen.get(identity) ?? 0) + 1;
    seen.set(identity, occurrence);
    return { key: `${identity}#${occurrence}`, receipt };
  });
}
