/**
 * A receipt or credit note often names the invoice it settles only in its memo ("收到 INV-0012 货
 * 款", "冲 FP20240301"). A word of the memo counts as a reference when it is the document number
 * of an invoice of the SAME customer, so a number that merely looks like one is never taken.
 *
 * A word is a run of ASCII letters, digits and - _ / that starts with a letter or digit, holds a
 * digit, and loses its trailing - _ /. Words and numbers are compared ignoring ASCII case.
 */
import type { MutableEntry } from './readLedgerRows';

/**
 * Invoice numbers of every customer, filed while the entries get their final customer ids, so a
 * million-entry ledger is walked once for both.
 *
 * The numbers live in an open-addressing table of their own (hashes in an Int32Array) rather
 * than a Map of strings: a memo's words are hashed as they are scanned and compared in place, so
 * looking up half a million memos allocates no strings, and a probe touches the hash array, not
 * the key strings scattered across the heap. This was most of the reference step's time.
 */
export class MemoReferences {
  private hashes = new Int32Array(1024);
  private keys: (string | undefined)[] = new Array<string | undefined>(1024);
  /** The invoice filed under a key or, when customers share a number, the invoices. */
  private filed: (MutableEntry | MutableEntry[] | undefined)[] = new Array<undefined>(1024);
  private size = 0;
  /** Entries whose memo may name an invoice, in ledger order. */
  private readonly askers: MutableEntry[] = [];

  /** Files one entry; its customerId must already be final. */
  add(entry: MutableEntry): void {
    const kind = entry.kind;
    if (kind === 'invoice' || kind === 'opening') {
      const number = entry.documentNumber;
      if (number !== undefined && couldBeNamed(number)) this.file(entry, number);
    } else if (
      (kind === 'receipt' || kind === 'credit-note' || kind === 'write-off') &&
      entry.referencedInvoice === undefined &&
      entry.memo !== undefined
    ) {
      this.askers.push(entry);
    }
  }

  /** Fills referencedInvoice from the memos of the entries added, in place. */
  fill(): void {
    if (this.size === 0) return;
    for (const entry of this.askers) {
      const invoice = this.invoiceNamedIn(entry.memo!, entry.customerId);
      if (invoice !== undefined) entry.referencedInvoice = invoice;
    }
  }

  // A customer's number written twice keeps the last invoice; customers sharing a number each
  // keep theirs (the last one written wins at lookup).
  private file(entry: MutableEntry, number: string): void {
    const hash = hashOf(number, 0, number.length);
    const slot = this.slotOf(hash, number, 0, number.length);
    const known = this.filed[slot];
    if (known === undefined) {
      this.hashes[slot] = hash;
      this.keys[slot] = number;
      this.filed[slot] = entry;
      this.size++;
      if (this.size * 2 > this.hashes.length) this.grow();
    } else if (Array.isArray(known)) known.push(entry);
    else if (known.customerId === entry.customerId) this.filed[slot] = entry;
    else this.filed[slot] = [known, entry];
  }

  /** The first word of the memo that is one of the customer's invoice numbers. */
  private invoiceNamedIn(memo: string, customerId: string): string | undefined {
    let start = -1;
    let hasDigit = false;
    for (let i = 0; i <= memo.length; i++) {
      const code = i < memo.length ? memo.charCodeAt(i) : 32;
      const digit = code >= 48 && code <= 57;
      if (digit || isLetter(code) || (start >= 0 && isJoiner(code))) {
        if (start < 0) start = i;
        hasDigit ||= digit;
        continue;
      }
      if (start >= 0 && hasDigit) {
        let end = i;
        while (end > start && isJoiner(memo.charCodeAt(end - 1))) end--;
        const slot = this.slotOf(hashOf(memo, start, end), memo, start, end);
        const invoice = invoiceOf(this.filed[slot], customerId);
        if (invoice !== undefined) return invoice;
      }
      start = -1;
      hasDigit = false;
    }
    return undefined;
  }

  /** The slot holding text[start, end) (ignoring ASCII case), or the empty slot where it goes. */
  private slotOf(hash: number, text: string, start: number, end: number): number {
    const mask = this.hashes.length - 1;
    let slot = hash & mask;
    for (;;) {
      const here = this.hashes[slot]!;
      if (here === 0) return slot;
      if (here === hash && sameWord(this.keys[slot]!, text, start, end)) return slot;
      slot = (slot + 1) & mask;
    }
  }

  private grow(): void {
    const { hashes, keys, filed } = this;
    const capacity = hashes.length * 2;
    this.hashes = new Int32Array(capacity);
    this.keys = new Array<string | undefined>(capacity);
    this.filed = new Array<undefined>(capacity);
    const mask = capacity - 1;
    for (let i = 0; i < hashes.length; i++) {
      const hash = hashes[i]!;
      if (hash === 0) continue;
      let slot = hash & mask;
      while (this.hashes[slot] !== 0) slot = (slot + 1) & mask;
      this.hashes[slot] = hash;
      this.keys[slot] = keys[i];
      this.filed[slot] = filed[i];
    }
  }
}

/** Fills referencedInvoice from memos, in place; entries must carry their final customer ids. */
export function findReferencedInvoices(entries: readonly MutableEntry[]): void {
  const references = new MemoReferences();
  for (const entry of entries) references.add(entry);
  references.fill();
}

/** The customer's invoice filed under a number; the last one written wins. */
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

/** Whether a document number can be a memo word at all; no other number is ever filed. */
function couldBeNamed(number: string): boolean {
  if (number.length === 0 || isJoiner(number.charCodeAt(0))) return false;
  if (isJoiner(number.charCodeAt(number.length - 1))) return false;
  let hasDigit = false;
  for (let i = 0; i < number.length; i++) {
    const code = number.charCodeAt(i);
    const digit = code >= 48 && code <= 57;
    if (!digit && !isLetter(code) && !isJoiner(code)) return false;
    hasDigit ||= digit;
  }
  return hasDigit;
}

/** FNV-1a over the upper-cased characters, never 0 (0 marks an empty slot). */
function hashOf(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) {
    hash = Math.imul(hash ^ upper(text.charCodeAt(i)), 0x01000193);
  }
  return hash === 0 ? 1 : hash;
}

function sameWord(key: string, text: string, start: number, end: number): boolean {
  if (key.length !== end - start) return false;
  for (let i = 0; i < key.length; i++) {
    if (upper(key.charCodeAt(i)) !== upper(text.charCodeAt(start + i))) return false;
  }
  return true;
}

function upper(code: number): number {
  return code >= 97 && code <= 122 ? code - 32 : code;
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isJoiner(code: number): boolean {
  return code === 45 || code === 95 || code === 47;
}
