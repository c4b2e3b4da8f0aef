/**
 * The customer's open items in first-in-first-out order (DOMAIN.md, Allocation rule 2): oldest
 * due date first, then oldest entry date, then source order. Items are replay positions, and
 * within a customer the replay runs by entry date then source order, so the tie-break after the
 * due date is simply the smaller position. A binary heap keeps each payment O(log n); items paid
 * in full are dropped lazily when they reach the top, and an item that a bounced payment re-opens
 * is pushed back in. One queue serves every customer in turn (clear() between them).
 */
import type { FenColumn } from './ledgerColumns';

export class OpenItemQueue {
  private heap = new Int32Array(256);
  private size = 0;

  /** Due day and open amount by item, and whether the item is waiting in the queue. */
  constructor(
    private readonly dueDay: Int32Array,
    private readonly open: FenColumn,
    private readonly queued: Uint8Array,
  ) {}

  private before(a: number, b: number): boolean {
    const dueA = this.dueDay[a] as number;
    const dueB = this.dueDay[b] as number;
    return dueA !== dueB ? dueA < dueB : a < b;
  }

  /** Forgets every item: the next customer starts empty. */
  clear(): void {
    const heap = this.heap;
    for (let index = 0; index < this.size; index++) this.queued[heap[index] as number] = 0;
    this.size = 0;
  }

  /** Adds an item unless it is already waiting in the queue. */
  push(item: number): void {
    if (this.queued[item] === 1) return;
    this.queued[item] = 1;
    if (this.size === this.heap.length) {
      const larger = new Int32Array(this.heap.length * 2);
      larger.set(this.heap);
      this.heap = larger;
    }

    const heap = this.heap;
    let index = this.size++;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      const above = heap[parent] as number;
      if (!this.before(item, above)) break;
      heap[index] = above;
      index = parent;
    }
    heap[index] = item;
  }

  /** The oldest item that is still open, or -1; paid items met on the way are dropped. */
  peekOpen(): number {
    while (this.size > 0) {
      const top = this.heap[0] as number;
      if ((this.open[top] as number) > 0) return top;
      this.pop();
    }
    return -1;
  }

  /** Removes the top item. */
  private pop(): void {
    const heap = this.heap;
    this.queued[heap[0] as number] = 0;
    const size = --this.size;
    if (size === 0) return;

    const last = heap[size] as number;
    let index = 0;
    for (;;) {
      const left = index * 2 + 1;
      if (left >= size) break;
      const right = left + 1;
      let child = left;
      if (right < size && this.before(heap[right] as number, heap[left] as number)) child = right;
      const candidate = heap[child] as number;
      if (!this.before(candidate, last)) break;
      heap[index] = candidate;
      index = child;
    }
    heap[index] = last;
  }
}
