/**
 * The customer's open invoices in first-in-first-out order (DOMAIN.md, Allocation rule 2): oldest
 * due date first, then oldest entry date, then source order. A binary heap keeps each payment
 * O(log n); invoices paid in full are dropped lazily when they reach the top, and an invoice that
 * a bounced payment re-opens is pushed back in. Items are row numbers into shared columns, so a
 * million-entry ledger allocates no object per item.
 */

/** What the queue reads about an item, indexed by the item's row. */
export interface QueueColumns {
  readonly dueDay: Float64Array;
  readonly entryDay: Float64Array;
  readonly order: Int32Array;
  readonly open: Float64Array;
  readonly queued: Uint8Array;
}

export class OpenItemQueue {
  private readonly heap: number[] = [];

  constructor(private readonly columns: QueueColumns) {}

  private before(a: number, b: number): boolean {
    const { dueDay, entryDay, order } = this.columns;
    const dueA = dueDay[a] as number;
    const dueB = dueDay[b] as number;
    if (dueA !== dueB) return dueA < dueB;
    const dayA = entryDay[a] as number;
    const dayB = entryDay[b] as number;
    if (dayA !== dayB) return dayA < dayB;
    return (order[a] as number) < (order[b] as number);
  }

  /** Adds an item unless it is already waiting in the queue. */
  push(item: number): void {
    if (this.columns.queued[item] === 1) return;
    this.columns.queued[item] = 1;

    const heap = this.heap;
    let index = heap.length;
    heap.push(item);
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
    const open = this.columns.open;
    let top = this.heap[0];
    while (top !== undefined && (open[top] as number) <= 0) {
      this.pop();
      top = this.heap[0];
    }
    return top ?? -1;
  }

  /** Removes the top item. */
  pop(): void {
    const heap = this.heap;
    const top = heap[0];
    if (top === undefined) return;
    this.columns.queued[top] = 0;

    const last = heap.pop() as number;
    if (heap.length === 0) return;
    let index = 0;
    const size = heap.length;
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
