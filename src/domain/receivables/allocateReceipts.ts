/**
 * Allocation (核销) as of a date, by replaying each customer's entries in date order (ties in
 * source order) as events. Replaying makes DOMAIN.md's rules exact: a payment only meets invoices
 * that exist on its date, a later invoice takes up waiting credit first, and a bounced payment
 * re-opens precisely what it had paid. The replay is prefix-consistent: the state after the
 * events of day D is the allocation as of D, so application dates tell the open amount on any
 * earlier day. docs/receivables.md states the rules in full.
 */
import { asIsoDay, dayNumber, fromDayNumber, type IsoDay } from '../isoDay';
import type { Customer, EntryKind, LedgerEntry } from '../ledger';
import type { CurrencyCode, Fen } from '../money';
import { InvalidArgumentError, type Problem } from '../problem';
import type {
  AllocationResult,
  Application,
  CustomerAllocation,
  InvoiceAllocation,
  UnappliedCredit,
} from './allocationTypes';
import { termsDaysFor } from './dueDates';
import { OpenItemQueue, type QueuedItem } from './openItemQueue';
import { DEFAULT_RECEIVABLES_SETTINGS, type ReceivablesSettings } from './receivablesSettings';

interface Item extends QueuedItem {
  readonly entry: LedgerEntry;
  readonly kind: EntryKind;
  readonly amount: number;
  readonly dueDate: IsoDay;
  readonly applications: Application[];
  settledDay: number;
}

interface Chunk {
  readonly entry: LedgerEntry;
  readonly kind: EntryKind;
  readonly day: number;
  remaining: number;
}

interface Group {
  readonly id: number;
  readonly customerId: string;
  readonly currency: CurrencyCode;
  readonly customer: Customer | undefined;
}

/**
 * Allocates receipts, credit notes and write-offs to invoices for every customer and currency,
 * as of `asOf`. Entries dated after `asOf` are ignored. O(n log n) in the number of entries.
 */
export function allocateReceipts(
  customers: readonly Customer[],
  entries: readonly LedgerEntry[],
  asOf: IsoDay,
  settings: ReceivablesSettings = DEFAULT_RECEIVABLES_SETTINGS,
): AllocationResult {
  if (asIsoDay(asOf) === undefined) {
    throw new InvalidArgumentError(`as-of date is not an ISO day: ${String(asOf)}`);
  }
  const asOfDay = dayNumber(asOf);
  const days = new DayCache();

  // One sequential pass reads every entry once into flat arrays; the replay then visits entries
  // customer by customer without chasing a million scattered objects.
  const count = entries.length;
  const groupOf = new Int32Array(count);
  const dayOf = new Float64Array(count);
  const groups = new GroupIndex(customers);
  for (let index = 0; index < count; index++) {
    const entry = entries[index] as LedgerEntry;
    const day = days.of(entry.date);
    dayOf[index] = day;
    groupOf[index] = day <= asOfDay ? groups.idOf(entry.customerId, entry.currency) : -1;
  }

  const { order, orderedDay, starts } = orderByGroupThenDay(groupOf, dayOf, groups.size);
  const results: CustomerAllocation[] = new Array<CustomerAllocation>(groups.size);
  for (let id = 0; id < groups.size; id++) {
    const state = new GroupState(groups.at(id), settings, days);
    const end = starts[id + 1] as number;
    for (let position = starts[id] as number; position < end; position++) {
      const index = order[position] as number;
      replayEntry(state, entries[index] as LedgerEntry, index, orderedDay[position] as number);
    }
    results[id] = state.result();
  }

  return { asOf, customers: results.sort(byCustomerThenCurrency) };
}

function byCustomerThenCurrency(a: CustomerAllocation, b: CustomerAllocation): number {
  if (a.customerId !== b.customerId) return a.customerId < b.customerId ? -1 : 1;
  return a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0;
}

/** Customer-and-currency groups, numbered densely; every customer on file has its own. */
class GroupIndex {
  private readonly byCustomer = new Map<string, Group[]>();
  private readonly list: Group[] = [];
  private readonly known = new Map<string, Customer>();

  constructor(customers: readonly Customer[]) {
    for (const customer of customers) this.known.set(customer.id, customer);
    for (const customer of customers) this.idOf(customer.id, customer.currency);
  }

  get size(): number {
    return this.list.length;
  }

  at(id: number): Group {
    return this.list[id] as Group;
  }

  idOf(customerId: string, currency: CurrencyCode): number {
    let groups = this.byCustomer.get(customerId);
    if (groups === undefined) {
      groups = [];
      this.byCustomer.set(customerId, groups);
    }
    for (let index = 0; index < groups.length; index++) {
      const group = groups[index] as Group;
      if (group.currency === currency) return group.id;
    }

    const group: Group = {
      id: this.list.length,
      customerId,
      currency,
      customer: this.known.get(customerId),
    };
    groups.push(group);
    this.list.push(group);
    return group.id;
  }
}

/**
 * Entry indexes grouped (counting sort, which keeps source order) and then sorted by day within
 * each group with a stable sort, so equal days stay in source order. Entries after as-of drop out.
 */
function orderByGroupThenDay(
  groupOf: Int32Array,
  dayOf: Float64Array,
  groupCount: number,
): { order: Int32Array; orderedDay: Float64Array; starts: Int32Array } {
  const starts = new Int32Array(groupCount + 1);
  for (let index = 0; index < groupOf.length; index++) {
    const id = groupOf[index] as number;
    if (id >= 0) starts[id + 1] = (starts[id + 1] as number) + 1;
  }
  for (let id = 0; id < groupCount; id++) {
    starts[id + 1] = (starts[id + 1] as number) + (starts[id] as number);
  }

  // Days travel with the indexes so the sorts below read memory in sequence.
  const size = starts[groupCount] as number;
  const order = new Int32Array(size);
  const orderedDay = new Float64Array(size);
  const fill = starts.slice(0, groupCount);
  for (let index = 0; index < groupOf.length; index++) {
    const id = groupOf[index] as number;
    if (id < 0) continue;
    const position = fill[id] as number;
    order[position] = index;
    orderedDay[position] = dayOf[index] as number;
    fill[id] = position + 1;
  }

  for (let id = 0; id < groupCount; id++) {
    sortRangeByDay(order, orderedDay, starts[id] as number, starts[id + 1] as number);
  }
  return { order, orderedDay, starts };
}

/** Stable sort of a range by day: insertion sort for the usual short run, else Array sort. */
function sortRangeByDay(order: Int32Array, day: Float64Array, from: number, to: number): void {
  if (to - from > 64) {
    const pairs = Array.from(order.subarray(from, to), (index, offset) => ({
      index,
      day: day[from + offset] as number,
    }));
    pairs.sort((a, b) => a.day - b.day || a.index - b.index);
    pairs.forEach((pair, offset) => {
      order[from + offset] = pair.index;
      day[from + offset] = pair.day;
    });
    return;
  }

  for (let i = from + 1; i < to; i++) {
    const index = order[i] as number;
    const current = day[i] as number;
    let j = i - 1;
    while (j >= from && (day[j] as number) > current) {
      order[j + 1] = order[j] as number;
      day[j + 1] = day[j] as number;
      j--;
    }
    order[j + 1] = index;
    day[j + 1] = current;
  }
}

/** How an entry moves the customer's items: it raises what is owed or brings credit. */
function isDebit(entry: LedgerEntry): boolean {
  switch (entry.kind) {
    case 'opening':
    case 'invoice':
    case 'adjustment':
      return entry.amount > 0;
    default:
      return entry.amount < 0;
  }
}

/** Negative receipts, credit notes and write-offs undo earlier ones; other credits are new. */
function isReversal(entry: LedgerEntry): boolean {
  return (
    entry.amount < 0 &&
    (entry.kind === 'receipt' || entry.kind === 'credit-note' || entry.kind === 'write-off')
  );
}

function replayEntry(state: GroupState, entry: LedgerEntry, order: number, day: number): void {
  if (entry.amount === 0) return;

  if (isReversal(entry)) state.reverse(entry, order, day);
  else if (isDebit(entry)) state.addItem(entry, entry.kind, Math.abs(entry.amount), order, day);
  else state.applyCredit(entry, Math.abs(entry.amount), day);
}

class GroupState {
  private readonly items: Item[] = [];
  private readonly queue = new OpenItemQueue<Item>();
  private readonly byNumber = new Map<string, Item[]>();
  private readonly chunks: Chunk[] = [];
  private chunkHead = 0;
  // Every application a later reversal may take back, latest on top, as parallel columns: one
  // record per application would double the objects a million-entry ledger allocates.
  private readonly reversibleItem: Item[] = [];
  private readonly reversibleKind: EntryKind[] = [];
  private readonly reversibleLeft: number[] = [];
  private readonly notes: Problem[] = [];

  constructor(
    private readonly group: Group,
    private readonly settings: ReceivablesSettings,
    private readonly days: DayCache,
  ) {}

  /** A new item the customer owes; waiting credit is taken up first, oldest credit first. */
  addItem(entry: LedgerEntry, kind: EntryKind, amount: number, order: number, day: number): void {
    // Same rule as dueDateOf(), done on day numbers: a million entries parse few dates this way.
    const dueDay =
      entry.dueDate === undefined
        ? day + termsDaysFor(this.group.customer, this.settings.defaultTermsDays)
        : this.days.of(entry.dueDate);
    const item: Item = {
      entry,
      kind,
      amount,
      dueDate: this.days.day(dueDay),
      dueDay,
      entryDay: day,
      order,
      open: amount,
      queued: false,
      applications: [],
      settledDay: Number.NaN,
    };
    this.items.push(item);
    if (entry.documentNumber !== undefined && kind !== 'receipt') {
      const list = this.byNumber.get(entry.documentNumber);
      if (list === undefined) this.byNumber.set(entry.documentNumber, [item]);
      else list.push(item);
    }

    while (item.open > 0 && this.chunkHead < this.chunks.length) {
      const chunk = this.chunks[this.chunkHead] as Chunk;
      if (chunk.remaining > 0) {
        const amountApplied = Math.min(chunk.remaining, item.open);
        chunk.remaining -= amountApplied;
        this.pay(item, chunk.entry, chunk.kind, amountApplied, day, entry.date);
      }
      if (chunk.remaining === 0) this.chunkHead++;
    }
    if (item.open > 0) this.queue.push(item);
  }

  /** Credit: the invoice it names first, then the oldest due invoices, the rest waits. */
  applyCredit(entry: LedgerEntry, amount: number, day: number): void {
    let left = amount;

    if (entry.referencedInvoice !== undefined) {
      const named = this.byNumber.get(entry.referencedInvoice);
      if (named === undefined) {
        this.notes.push({
          code: 'allocation.reference-not-found',
          detail: { entry: entry.id, reference: entry.referencedInvoice },
        });
      } else {
        const target = named.find((item) => item.open > 0);
        if (target !== undefined) {
          const amountApplied = Math.min(left, target.open);
          this.pay(target, entry, entry.kind, amountApplied, day, entry.date);
          left -= amountApplied;
        }
      }
    }

    while (left > 0) {
      const oldest = this.queue.peekOpen();
      if (oldest === undefined) break;
      const amountApplied = Math.min(left, oldest.open);
      this.pay(oldest, entry, entry.kind, amountApplied, day, entry.date);
      left -= amountApplied;
    }

    if (left > 0) {
      if (entry.kind === 'write-off') {
        this.notes.push({
          code: 'allocation.write-off-exceeds-open',
          detail: { entry: entry.id, amount: left },
        });
      }
      this.chunks.push({ entry, kind: entry.kind, day, remaining: left });
    }
  }

  /**
   * A negative receipt (bounced payment), credit note or write-off takes back what entries of
   * its kind did, latest first: the invoice it names, then waiting credit, then paid invoices.
   */
  reverse(entry: LedgerEntry, order: number, day: number): void {
    let left = -entry.amount;
    const kind = entry.kind;

    const named = entry.referencedInvoice && this.byNumber.get(entry.referencedInvoice);
    if (named) {
      left = this.takeBack(kind, entry, left, (item) => named.includes(item));
      if (left === 0) return;
    }

    for (let index = this.chunks.length - 1; index >= this.chunkHead && left > 0; index--) {
      const chunk = this.chunks[index] as Chunk;
      if (chunk.kind !== kind || chunk.remaining === 0) continue;
      const taken = Math.min(chunk.remaining, left);
      chunk.remaining -= taken;
      left -= taken;
    }

    if (left > 0) left = this.takeBack(kind, entry, left);

    if (left > 0) {
      this.notes.push({
        code: 'allocation.reversal-exceeds-applied',
        detail: { entry: entry.id, amount: left },
      });
      this.addItem(entry, kind, left, order, day);
    }
  }

  /**
   * Takes back up to `left` from applications of `kind` (on the items `only` accepts), latest
   * first; returns what remains.
   */
  private takeBack(
    kind: EntryKind,
    entry: LedgerEntry,
    left: number,
    only?: (item: Item) => boolean,
  ): number {
    const items = this.reversibleItem;
    const kinds = this.reversibleKind;
    const lefts = this.reversibleLeft;
    let remaining = left;
    for (let index = items.length - 1; index >= 0 && remaining > 0; index--) {
      const available = lefts[index] as number;
      if (kinds[index] !== kind || available === 0) continue;
      const item = items[index] as Item;
      if (only !== undefined && !only(item)) continue;

      const taken = Math.min(available, remaining);
      lefts[index] = available - taken;
      remaining -= taken;
      item.open += taken;
      item.settledDay = Number.NaN;
      item.applications.push({
        entryId: entry.id,
        kind,
        date: entry.date,
        amount: -taken as Fen,
      });
      this.queue.push(item);
    }

    // Spent records sit at the top after a reversal; trimming them keeps later reversals cheap.
    while (lefts.length > 0 && lefts[lefts.length - 1] === 0) {
      lefts.pop();
      kinds.pop();
      items.pop();
    }
    return remaining;
  }

  private pay(
    item: Item,
    source: LedgerEntry,
    kind: EntryKind,
    amount: number,
    day: number,
    date: IsoDay,
  ): void {
    item.open -= amount;
    if (item.open === 0) item.settledDay = day;
    item.applications.push({
      entryId: source.id,
      kind,
      date,
      amount: amount as Fen,
    });

    this.reversibleItem.push(item);
    this.reversibleKind.push(kind);
    this.reversibleLeft.push(amount);
  }

  result(): CustomerAllocation {
    let openTotal = 0;
    const invoices: InvoiceAllocation[] = this.items.map((item) => {
      openTotal += item.open;
      return toInvoice(item, this.group, this.days);
    });

    let unapplied = 0;
    const unappliedItems: UnappliedCredit[] = [];
    for (let index = this.chunkHead; index < this.chunks.length; index++) {
      const chunk = this.chunks[index] as Chunk;
      if (chunk.remaining === 0) continue;
      unapplied += chunk.remaining;
      unappliedItems.push({
        entryId: chunk.entry.id,
        kind: chunk.kind,
        date: chunk.entry.date,
        amount: chunk.remaining as Fen,
      });
    }

    return {
      customerId: this.group.customerId,
      currency: this.group.currency,
      invoices,
      openInvoiceTotal: openTotal as Fen,
      unappliedCredit: unapplied as Fen,
      unappliedItems,
      balance: (openTotal - unapplied) as Fen,
      notes: this.notes,
    };
  }
}

function toInvoice(item: Item, group: Group, days: DayCache): InvoiceAllocation {
  const entry = item.entry;

  // Every invoice gets every field (undefined where absent) so all share one object shape.
  return {
    entryId: entry.id,
    customerId: group.customerId,
    currency: group.currency,
    kind: item.kind,
    documentNumber: entry.documentNumber,
    date: entry.date,
    dueDate: item.dueDate,
    amount: item.amount as Fen,
    paid: (item.amount - item.open) as Fen,
    open: item.open as Fen,
    disputed: entry.disputed === true,
    disputeNote: entry.disputeNote,
    settledOn: item.open === 0 ? days.day(item.settledDay) : undefined,
    applications: item.applications,
  };
}

/**
 * Day numbers for a million entries: ISO digits are read directly (the civil-calendar formula
 * matches isoDay's dayNumber for every valid day), and day numbers turn back into IsoDay strings
 * once each, since a ledger repeats its dates.
 */
export class DayCache {
  private readonly names = new Map<number, IsoDay>();

  of(day: IsoDay): number {
    const digit = (at: number): number => day.charCodeAt(at) - 48;
    const year = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
    const month = digit(5) * 10 + digit(6);
    const date = digit(8) * 10 + digit(9);

    const shifted = month <= 2 ? year - 1 : year;
    const era = Math.floor(shifted / 400);
    const yearOfEra = shifted - era * 400;
    const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + date - 1;
    const dayOfEra =
      yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
  }

  day(value: number): IsoDay {
    let name = this.names.get(value);
    if (name === undefined) {
      name = fromDayNumber(value);
      this.names.set(value, name);
    }
    return name;
  }
}
