/**
 * A receipt or credit note often names the invoice it settles only in its memo ("收到 INV-0012 货
 * 款", "冲 FP20240301"). A word of the memo counts as a reference when it is the document number
 * of an invoice of the SAME customer, so a number that merely looks like one is never taken.
 */
import type { MutableEntry } from './readLedgerRows';

const WORD = /[A-Za-z0-9][A-Za-z0-9\-_/]*[A-Za-z0-9]/g;

/** Fills referencedInvoice from memos, in place; entries must carry their final customer ids. */
export function findReferencedInvoices(entries: readonly MutableEntry[]): void {
  const invoicesByCustomer = new Map<string, Map<string, string>>();
  for (const entry of entries) {
    if ((entry.kind !== 'invoice' && entry.kind !== 'opening') || !entry.documentNumber) continue;
    let numbers = invoicesByCustomer.get(entry.customerId);
    if (!numbers) {
      numbers = new Map();
      invoicesByCustomer.set(entry.customerId, numbers);
    }
    numbers.set(entry.documentNumber.toUpperCase(), entry.documentNumber);
  }

  for (const entry of entries) {
    if (entry.referencedInvoice !== undefined || entry.memo === undefined) continue;
    if (entry.kind !== 'receipt' && entry.kind !== 'credit-note' && entry.kind !== 'write-off') {
      continue;
    }
    const numbers = invoicesByCustomer.get(entry.customerId);
    if (!numbers) continue;

    for (const word of entry.memo.match(WORD) ?? []) {
      const invoice = numbers.get(word.toUpperCase());
      if (invoice !== undefined) {
        entry.referencedInvoice = invoice;
        break;
      }
    }
  }
}
