/**
 * Allocation (核销) as of a date, by replaying each customer's entries in date order (ties in
 * source order) as events. Replaying makes DOMAIN.md's rules exact: a payment only meets invoices
 * that exist on its date, a later invoice takes up waiting credit first, and a bounced payment
 * re-opens precisely what it had paid. The replay is prefix-consistent: the state after the
 * events of day D is the allocation as of D, so application dates tell the open amount on any
 * earlier day. docs/receivables.md states the rules in full.
 */
import { asIsoDay, dayNumber, daysInMonth, fromDayNumber, type IsoDay } from '../isoDay';
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
import { OpenItemQueue, type QueueColumns } from './openItemQueue';
import { DEFAULT_RECEIVABLES_SETTINGS, type ReceivablesSettings } from './receivablesSettings';

/**
 * The entries as columns, in replay order (grouped by customer and currency, by day within a
 * group). Reading each entry once, in source order, into these arrays lets the replay walk memory
 * in sequence instead of chasing a million scattered objects.
 */
interface Columns {
  readonly id: string[];
  readonly date: IsoDay[];
  readonly kind: EntryKind[];
  readonly amount: Float64Array;
  /** Explicit due day, or NaN. */
  readonly dueDay: Float64Array;
  readonly day: Float64Array;
  /** Position in the caller's array: the source order. */
  readonly source: Int32Array;
  readonly documentNumber: (string | undefined)[];
  readonly referencedInvoice: (string | undefined)[];
  readonly disputed: Uint8Array;
  readonly disputeNote: (string | undefined)[];
}

/**
 * What the replay knows about items (what a customer owes), indexed by the row of the entry that
 * raised them: a row raises at most one item. Columns instead of an object per item keep a
 * million-entry ledger's garbage down to the results themselves.
 */
interface ItemColumns extends QueueColumns {
  readonly amount: Float64Array;
  /** Day the item was last paid in full, or NaN. */
  readonly settledDay: Float64Array;
  readonly applications: (Application[] | undefined)[];
}

function itemColumns(size: number): ItemColumns {
  return {
    amount: new Float64Array(size),
    open: new Float64Array(size),
    dueDay: new Float64Array(size),
    entryDay: new Float64Array(size),
    order: new Int32Array(size),
    queued: new Uint8Array(size),
    settledDay: new Float64Array(size),
    applications: new Array<Application[] | undefined>(size),
  };
}

interface Chunk {
  readonly row: number;
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

  // First pass, in source order: each entry's day and group; later entries drop out.
  const count = entries.length;
  const groupOf = new Int32Array(count);
  const dayOf = new Float64Array(count);
  const groups = new GroupIndex(customers);
  for (let index = 0; index < count; index++) {
    const entry = entries[index] as LedgerEntry;
    const day = days.of(entry.date);
    if (
      Number.isNaN(day) ||
      (entry.dueDate !== undefined && Number.isNaN(days.of(entry.dueDate)))
    ) {
      // The importer turns every date into an IsoDay or rejects the row: this is a bug upstream.
      throw new InvalidArgumentError(`entry ${entry.id} has a date that is not an ISO day`);
    }
    dayOf[index] = day;
    groupOf[index] = day <= asOfDay ? groups.idOf(entry.customerId, entry.currency) : -1;
  }

  const { columns, starts, replayOrder } = columnsByGroup(
    entries,
    groupOf,
    dayOf,
    groups.size,
    days,
  );
  const items = itemColumns(columns.day.length);
  const results: CustomerAllocation[] = new Array<CustomerAllocation>(groups.size);
  for (let id = 0; id < groups.size; id++) {
    const state = new GroupState(groups.at(id), settings, days, columns, items);
    const end = starts[id + 1] as number;
    for (let at = starts[id] as number; at < end; at++) state.replay(replayOrder[at] as number);
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
 * The entries as columns grouped by customer and currency (a counting sort, which keeps source
 * order), with the replay order: by day within each group, a stable sort, so equal days stay in
 * source order. Entries after as-of drop out.
 */
function columnsByGroup(
  entries: readonly LedgerEntry[],
  groupOf: Int32Array,
  dayOf: Float64Array,
  groupCount: number,
  days: DayCache,
): { columns: Columns; starts: Int32Array; replayOrder: Int32Array } {
  const starts = new Int32Array(groupCount + 1);
  for (let index = 0; index < groupOf.length; index++) {
    const id = groupOf[index] as number;
    if (id >= 0) starts[id + 1] = (starts[id + 1] as number) + 1;
  }
  for (let id = 0; id < groupCount; id++) {
    starts[id + 1] = (starts[id + 1] as number) + (starts[id] as number);
  }

  // Scatter each entry, read in source order, to its group's next row: source order is kept
  // within a group, and the entries are read in the order they lie in memory.
  const size = starts[groupCount] as number;
  const columns: Columns = {
    id: new Array<string>(size),
    date: new Array<IsoDay>(size),
    kind: new Array<EntryKind>(size),
    amount: new Float64Array(size),
    dueDay: new Float64Array(size),
    day: new Float64Array(size),
    source: new Int32Array(size),
    documentNumber: new Array<string | undefined>(size),
    referencedInvoice: new Array<string | undefined>(size),
    disputed: new Uint8Array(size),
    disputeNote: new Array<string | undefined>(size),
  };
  const fill = starts.slice(0, groupCount);
  for (let index = 0; index < groupOf.length; index++) {
    const id = groupOf[index] as number;
    if (id < 0) continue;
    const row = fill[id] as number;
    fill[id] = row + 1;

    const entry = entries[index] as LedgerEntry;
    columns.id[row] = entry.id;
    columns.date[row] = entry.date;
    columns.kind[row] = entry.kind;
    columns.amount[row] = entry.amount;
    columns.dueDay[row] = entry.dueDate === undefined ? Number.NaN : days.of(entry.dueDate);
    columns.day[row] = dayOf[index] as number;
    columns.source[row] = index;
    columns.documentNumber[row] = entry.documentNumber;
    columns.referencedInvoice[row] = entry.referencedInvoice;
    columns.disputed[row] = entry.disputed === true ? 1 : 0;
    columns.disputeNote[row] = entry.disputeNote;
  }

  const replayOrder = new Int32Array(size);
  for (let row = 0; row < size; row++) replayOrder[row] = row;
  for (let id = 0; id < groupCount; id++) {
    sortRangeByDay(replayOrder, columns.day, starts[id] as number, starts[id + 1] as number);
  }
  return { columns, starts, replayOrder };
}

/** Stable sort of rows[from, to) by day: insertion sort for the usual short run, else Array sort. */
function sortRangeByDay(rows: Int32Array, day: Float64Array, from: number, to: number): void {
  if (to - from > 64) {
    const slice = Array.from(rows.subarray(from, to));
    slice.sort((a, b) => (day[a] as number) - (day[b] as number) || a - b);
    rows.set(slice, from);
    return;
  }

  for (let i = from + 1; i < to; i++) {
    const row = rows[i] as number;
    const current = day[row] as number;
    let j = i - 1;
    while (j >= from && (day[rows[j] as number] as number) > current) {
      rows[j + 1] = rows[j] as number;
      j--;
    }
    rows[j + 1] = row;
  }
}

/** How an entry moves the customer's items: it raises what is owed or brings credit. */
function isDebit(kind: EntryKind, amount: number): boolean {
  switch (kind) {
    case 'opening':
    case 'invoice':
    case 'adjustment':
      return amount > 0;
    default:
      return amount < 0;
  }
}

/** Negative receipts, credit notes and write-offs undo earlier ones; other credits are new. */
function isReversal(kind: EntryKind, amount: number): boolean {
  return amount < 0 && (kind === 'receipt' || kind === 'credit-note' || kind === 'write-off');
}

class GroupState {
  /** Rows of the items, in the order they arose. */
  private readonly rows: number[] = [];
  private readonly queue: OpenItemQueue;
  private readonly byNumber = new Map<string, number[]>();
  private readonly chunks: Chunk[] = [];
  private chunkHead = 0;
  // Every application a later reversal may take back, latest on top, as parallel columns: one
  // record per application would double the objects a million-entry ledger allocates.
  private readonly reversibleItem: number[] = [];
  private readonly reversibleKind: EntryKind[] = [];
  private readonly reversibleLeft: number[] = [];
  private readonly notes: Problem[] = [];

  constructor(
    private readonly group: Group,
    private readonly settings: ReceivablesSettings,
    private readonly days: DayCache,
    private readonly columns: Columns,
    private readonly items: ItemColumns,
  ) {
    this.queue = new OpenItemQueue(items);
  }

  /** One event of the replay. */
  replay(row: number): void {
    const kind = this.columns.kind[row] as EntryKind;
    const amount = this.columns.amount[row] as number;
    if (amount === 0) return;

    if (isReversal(kind, amount)) this.reverse(row);
    else if (isDebit(kind, amount)) this.addItem(row, kind, Math.abs(amount));
    else this.applyCredit(row, Math.abs(amount));
  }

  /** A new item the customer owes; waiting credit is taken up first, oldest credit first. */
  private addItem(row: number, kind: EntryKind, amount: number): void {
    const columns = this.columns;
    const day = columns.day[row] as number;
    const explicitDue = columns.dueDay[row] as number;

    // Same rule as dueDateOf(), done on day numbers: a million entries parse few dates this way.
    const dueDay = Number.isNaN(explicitDue)
      ? day + termsDaysFor(this.group.customer, this.settings.defaultTermsDays)
      : explicitDue;
    const item = row;
    const items = this.items;
    items.amount[item] = amount;
    items.open[item] = amount;
    items.dueDay[item] = dueDay;
    items.entryDay[item] = day;
    items.order[item] = columns.source[row] as number;
    items.settledDay[item] = Number.NaN;
    items.applications[item] = [];
    this.rows.push(item);

    const documentNumber = columns.documentNumber[row];
    if (documentNumber !== undefined && kind !== 'receipt') {
      const list = this.byNumber.get(documentNumber);
      if (list === undefined) this.byNumber.set(documentNumber, [item]);
      else list.push(item);
    }

    while ((items.open[item] as number) > 0 && this.chunkHead < this.chunks.length) {
      const chunk = this.chunks[this.chunkHead] as Chunk;
      if (chunk.remaining > 0) {
        const amountApplied = Math.min(chunk.remaining, items.open[item] as number);
        chunk.remaining -= amountApplied;
        this.pay(item, chunk.row, chunk.kind, amountApplied, day, row);
      }
      if (chunk.remaining === 0) this.chunkHead++;
    }
    if ((items.open[item] as number) > 0) this.queue.push(item);
  }

  /** Credit: the invoice it names first, then the oldest due invoices, the rest waits. */
  private applyCredit(row: number, amount: number): void {
    const columns = this.columns;
    const kind = columns.kind[row] as EntryKind;
    const day = columns.day[row] as number;
    const reference = columns.referencedInvoice[row];
    let left = amount;

    if (reference !== undefined) {
      const named = this.byNumber.get(reference);
      if (named === undefined) {
        this.notes.push({
          code: 'allocation.reference-not-found',
          detail: { entry: columns.id[row] as string, reference },
        });
      } else {
        const target = named.find((item) => (this.items.open[item] as number) > 0);
        if (target !== undefined) {
          const amountApplied = Math.min(left, this.items.open[target] as number);
          this.pay(target, row, kind, amountApplied, day, row);
          left -= amountApplied;
        }
      }
    }

    while (left > 0) {
      const oldest = this.queue.peekOpen();
      if (oldest < 0) break;
      const amountApplied = Math.min(left, this.items.open[oldest] as number);
      this.pay(oldest, row, kind, amountApplied, day, row);
      left -= amountApplied;
    }

    if (left > 0) {
      if (kind === 'write-off') {
        this.notes.push({
          code: 'allocation.write-off-exceeds-open',
          detail: { entry: columns.id[row] as string, amount: left },
        });
      }
      this.chunks.push({ row, kind, day, remaining: left });
    }
  }

  /**
   * A negative receipt (bounced payment), credit note or write-off takes back what entries of
   * its kind did, latest first: the invoice it names, then waiting credit, then paid invoices.
   */
  private reverse(row: number): void {
    const columns = this.columns;
    const kind = columns.kind[row] as EntryKind;
    const reference = columns.referencedInvoice[row];
    let left = -(columns.amount[row] as number);

    const named = reference !== undefined ? this.byNumber.get(reference) : undefined;
    if (named) {
      left = this.takeBack(kind, row, left, (item) => named.includes(item));
      if (left === 0) return;
    }

    for (let index = this.chunks.length - 1; index >= this.chunkHead && left > 0; index--) {
      const chunk = this.chunks[index] as Chunk;
      if (chunk.kind !== kind || chunk.remaining === 0) continue;
      const taken = Math.min(chunk.remaining, left);
      chunk.remaining -= taken;
      left -= taken;
    }

    if (left > 0) left = this.takeBack(kind, row, left);

    if (left > 0) {
      this.notes.push({
        code: 'allocation.reversal-exceeds-applied',
        detail: { entry: columns.id[row] as string, amount: left },
      });
      this.addItem(row, kind, left);
    }
  }

  /**
   * Takes back up to `left` from applications of `kind` (on the items `only` accepts), latest
   * first; returns what remains.
   */
  private takeBack(
    kind: EntryKind,
    row: number,
    left: number,
    only?: (item: number) => boolean,
  ): number {
    const items = this.reversibleItem;
    const kinds = this.reversibleKind;
    const lefts = this.reversibleLeft;
    let remaining = left;
    for (let index = items.length - 1; index >= 0 && remaining > 0; index--) {
      const available = lefts[index] as number;
      if (kinds[index] !== kind || available === 0) continue;
      const item = items[index] as number;
      if (only !== undefined && !only(item)) continue;

      const taken = Math.min(available, remaining);
      lefts[index] = available - taken;
      remaining -= taken;
      this.items.open[item] = (this.items.open[item] as number) + taken;
      this.items.settledDay[item] = Number.NaN;
      this.items.applications[item]?.push({
        entryId: this.columns.id[row] as string,
        kind,
        date: this.columns.date[row] as IsoDay,
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

  /** Applies `amount` of the credit in `sourceRow` to an item, as the event in `eventRow`. */
  private pay(
    item: number,
    sourceRow: number,
    kind: EntryKind,
    amount: number,
    day: number,
    eventRow: number,
  ): void {
    const open = (this.items.open[item] as number) - amount;
    this.items.open[item] = open;
    if (open === 0) this.items.settledDay[item] = day;
    this.items.applications[item]?.push({
      entryId: this.columns.id[sourceRow] as string,
      kind,
      date: this.columns.date[eventRow] as IsoDay,
      amount: amount as Fen,
    });

    this.reversibleItem.push(item);
    this.reversibleKind.push(kind);
    this.reversibleLeft.push(amount);
  }

  result(): CustomerAllocation {
    let openTotal = 0;
    const invoices: InvoiceAllocation[] = this.rows.map((item) => {
      openTotal += this.items.open[item] as number;
      return toInvoice(item, this.group, this.days, this.columns, this.items);
    });

    let unapplied = 0;
    const unappliedItems: UnappliedCredit[] = [];
    for (let index = this.chunkHead; index < this.chunks.length; index++) {
      const chunk = this.chunks[index] as Chunk;
      if (chunk.remaining === 0) continue;
      unapplied += chunk.remaining;
      unappliedItems.push({
        entryId: this.columns.id[chunk.row] as string,
        kind: chunk.kind,
        date: this.columns.date[chunk.row] as IsoDay,
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

function toInvoice(
  row: number,
  group: Group,
  days: DayCache,
  columns: Columns,
  items: ItemColumns,
): InvoiceAllocation {
  const amount = items.amount[row] as number;
  const open = items.open[row] as number;

  // Every invoice gets every field (undefined where absent) so all share one object shape.
  return {
    entryId: columns.id[row] as string,
    customerId: group.customerId,
    currency: group.currency,
    kind: columns.kind[row] as EntryKind,
    documentNumber: columns.documentNumber[row],
    date: columns.date[row] as IsoDay,
    dueDate: days.day(items.dueDay[row] as number),
    amount: amount as Fen,
    paid: (amount - open) as Fen,
    open: open as Fen,
    disputed: columns.disputed[row] === 1,
    disputeNote: columns.disputeNote[row],
    settledOn: open === 0 ? days.day(items.settledDay[row] as number) : undefined,
    applications: items.applications[row] ?? [],
  };
}

/**
 * Day numbers for a million entries: ISO digits are read directly (the civil-calendar formula
 * matches isoDay's dayNumber for every valid day), and day numbers turn back into IsoDay strings
 * once each, since a ledger repeats its dates.
 */
export class DayCache {
  private readonly names = new Map<number, IsoDay>();

  /** The day number, or NaN when the text is not a real ISO day. */
  of(day: IsoDay): number {
    if (day.length !== 10 || day.charCodeAt(4) !== 45 || day.charCodeAt(7) !== 45) return NaN;
    let bad = false;
    const digit = (at: number): number => {
      const value = day.charCodeAt(at) - 48;
      if (value < 0 || value > 9) bad = true;
      return value;
    };
    const year = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
    const month = digit(5) * 10 + digit(6);
    const date = digit(8) * 10 + digit(9);
    if (bad || month < 1 || month > 12 || date < 1 || date > daysInMonth(year, month)) return NaN;

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
