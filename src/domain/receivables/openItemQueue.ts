/**
 * The customer's open invoices in first-in-first-out order (DOMAIN.md, Allocation rule 2): oldest
 * due date first, then oldest entry date, then source order. A binary heap keeps each payment
 * O(log n); invoices paid in full are dropped lazily when they reach the top, and an invoice that
 * a bounced payment re-opens is pushed back in.
 */

/** What the queue needs to know about an open item. */
export interface QueuedItem {
  readonly dueDay: number;
  readonly entryDay: number;
  readonly order: number;
  open: number;
  queued: boolean;
}

function before(a: QueuedItem, b: QueuedItem): boolean {
  if (a.dueDay !== b.dueDay) return a.dueDay < b.dueDay;
  if (a.entryDay !== b.entryDay) return a.entryDay < b.entryDay;
  return a.order < b.order;
}

export class OpenItemQueue<T extends QueuedItem> {
  private readonly heap: T[] = [];

  /** Adds an item unless it is already waiting in the queue. */
  push(item: T): void {
    if (item.queued) return;
    item.queued = true;

    const heap = this.heap;
    let index = heap.length;
    heap.push(item);
    while (index > 0) {
      const parent = (index - 1) >> 1;
      const above = heap[parent] as T;
      if (!before(item, above)) break;
      heap[index] = above;
      index = parent;
    }
    heap[index] = item;
  }

  /** The oldest item that is still open, or undefined; paid items met on the way are dropped. */
  peekOpen(): T | undefined {
    let top = this.heap[0];
    while (top !== undefined && top.open <= 0) {
      this.pop();
      top = this.heap[0];
    }
    return top;
  }

  /** Removes the top item. */
  pop(): void {
    const heap = this.heap;
    const top = heap[0];
    if (top === undefined) return;
    top.queued = false;

    const last = heap.pop() as T;
    if (heap.length === 0) return;
    let index = 0;
    const size = heap.length;
    for (;;) {
      const left = index * 2 + 1;
      if (left >= size) break;
      const right = left + 1;
      let child = left;
      if (right < size && before(heap[right] as T, heap[left] as T)) child = right;
      const candidate = heap[child] as T;
      if (!before(candidate, last)) break;
      heap[index] = candidate;
      index = child;
    }
    heap[index] = last;
  }
}
