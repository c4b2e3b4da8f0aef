/**
 * The current customer's items by document number, for credit that names an invoice. A Map per
 * customer hashed every number again in the replay, far from where the text lies in memory, and
 * one Map for the whole ledger cost more than the replay itself; instead the sequential read of
 * the ledger stores a hash of each number (`numberHash`), and this open-addressing table of replay
 * positions is keyed by it. Equal hashes are confirmed on the text, so a collision never matches.
 */
import type { LedgerEntry } from '../ledger';
import type { LedgerColumns } from './ledgerColumns';

/** A 31-bit FNV-1a hash of the text: never negative, so -1 can mean "no number". */
export function numberHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let at = 0; at < text.length; at++) {
    hash = Math.imul(hash ^ text.charCodeAt(at), 0x01000193);
  }
  return hash >>> 1;
}

export class DocumentNumberIndex {
  /** Replay position of the first item filed under a number, or -1 for an empty slot. */
  private slots = new Int32Array(64).fill(-1);
  /** The slots in use, to empty them for the next customer. */
  private used = new Int32Array(32);
  private usedCount = 0;

  constructor(private readonly columns: LedgerColumns) {}

  /** Empties the index and makes room for a customer with up to `items` items. */
  reset(items: number): void {
    for (let at = 0; at < this.usedCount; at++) this.slots[this.used[at] as number] = -1;
    this.usedCount = 0;
    if (this.slots.length >= items * 2) return;

    let size = this.slots.length;
    while (size < items * 2) size *= 2;
    this.slots = new Int32Array(size).fill(-1);
    this.used = new Int32Array(size / 2);
  }

  /**
   * The first item filed under the number of the entry at `position`: its document number, or
   * the invoice number it names when `reference` is true. -1 when there is none.
   */
  find(position: number, reference: boolean): number {
    const hash = (reference ? this.columns.references : this.columns.documentNumbers)[
      position
    ] as number;
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const item = this.slots[slot] as number;
      if (item < 0) return -1;
      if (this.columns.documentNumbers[item] === hash && this.sameText(item, position, reference)) {
        return item;
      }
    }
  }

  /** Files an item whose document number no item of the customer has yet. */
  add(item: number): void {
    const mask = this.slots.length - 1;
    let slot = (this.columns.documentNumbers[item] as number) & mask;
    while ((this.slots[slot] as number) >= 0) slot = (slot + 1) & mask;
    this.slots[slot] = item;
    this.used[this.usedCount++] = slot;
  }

  /** Whether an item's document number is the number of the entry at `position`. */
  sameText(item: number, position: number, reference: boolean): boolean {
    const { entries, order } = this.columns;
    const other = entries[order[position] as number] as LedgerEntry;
    const text = reference ? other.referencedInvoice : other.documentNumber;
    return (entries[order[item] as number] as LedgerEntry).documentNumber === text;
  }
}
