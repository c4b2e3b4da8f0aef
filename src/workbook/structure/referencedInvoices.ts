/**
 * A receipt or credit note often names the invoice it settles only in its memo ("收到 INV-0012 货
 * 款", "冲 FP20240301"). A word of the memo counts as a reference when it is the document number
 * of an invoice of the SAME customer, so a number that merely looks like one is never taken.
 */
import type { MutableEntry } from './readLedgerRows';

/** Fills referencedInvoice from memos, in place; entries must carry their final customer ids. */
export function findReferencedInvoices(entries: readonly MutableEntry[]): void {
  // One map over every invoice number, holding the invoice (or, when customers share a number,
  // the invoices): far cheaper than a map per customer when a ledger holds half a million.
  const invoices = new Map<string, MutableEntry | MutableEntry[]>();
  for (const entry of entries) {
    if ((entry.kind !== 'invoice' && entry.kind !== 'opening') || !entry.documentNumber) continue;
    const number = foldCase(entry.documentNumber);
    const known = invoices.get(number);
    if (known === undefined) invoices.set(number, entry);
    else if (Array.isArray(known)) known.push(entry);
    else if (known.customerId === entry.customerId) invoices.set(number, entry);
    else invoices.set(number, [known, entry]);
  }

  for (const entry of entries) {
    if (entry.referencedInvoice !== undefined || entry.memo === undefined) continue;
    if (entry.kind !== 'receipt' && entry.kind !== 'credit-note' && entry.kind !== 'write-off') {
      continue;
    }
    const invoice = invoiceNamedIn(entry.memo, entry.customerId, invoices);
    if (invoice !== undefined) entry.referencedInvoice = invoice;
  }
}

/** The customer's invoice filed under a folded number; the last one written wins. */
function invoiceOf(
  found: MutableEntry | MutableEntry[] | undefined,
  customerId: string,
): string | undefined {
  if (found === undefined) return undefined;
  if (!Array.isArray(found))
    return found.customerId === customerId ? found.documentNumber : undefined;
  for (let i = found.length - 1; i >= 0; i--) {
    if (found[i]!.customerId === customerId) return found[i]!.documentNumber;
  }
  return undefined;
}

/**
 * The first word of the memo (letters, digits and - _ / inside) holding a digit that is one of
 * the customer's invoice numbers. Scanned by hand: this runs once per receipt of a large ledger.
 */
function invoiceNamedIn(
  memo: string,
  customerId: string,
  invoices: ReadonlyMap<string, MutableEntry | MutableEntry[]>,
): string | undefined {
  let start = -1;
  let hasDigit = false;
  for (let i = 0; i <= memo.length; i++) {
    const code = i < memo.length ? memo.charCodeAt(i) : 32;
    const digit = code >= 48 && code <= 57;
    const letter = (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
    const joiner = code === 45 || code === 95 || code === 47;
    if (digit || letter || (joiner && start >= 0)) {
      if (start < 0) start = i;
      hasDigit ||= digit;
      continue;
    }
    if (start >= 0 && hasDigit) {
      let end = i;
      while (end > start && isJoiner(memo.charCodeAt(end - 1))) end--;
      const invoice = invoiceOf(invoices.get(foldCase(memo.slice(start, end))), customerId);
      if (invoice !== undefined) return invoice;
    }
    start = -1;
    hasDigit = false;
  }
  return undefined;
}

function isJoiner(code: number): boolean {
  return code === 45 || code === 95 || code === 47;
}

/** Upper case only when there is a lower-case letter, so most numbers are looked up as they are. */
function foldCase(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 97 && code <= 122) return text.toUpperCase();
  }
  return text;
}
