/**
 * The ledger as columns for the replay: each entry is read once, in source order (the order it
 * lies in memory), into typed arrays indexed by its position in the caller's array; then one
 * sort gives the replay order. A million-entry ledger is then replayed without touching its
 * objects again, and without allocating anything per entry.
 */
import { ENTRY_KINDS, type Customer, type EntryKind, type LedgerEntry } from '../ledger';
import type { CurrencyCode } from '../money';
import { InvalidArgumentError } from '../problem';
import { isoDayNumber } from './dayNumbers';

/** Entry kinds as small numbers: the position in ENTRY_KINDS. */
export const OPENING = 0;
export const INVOICE = 1;
export const RECEIPT = 2;
export const CREDIT_NOTE = 3;
export const WRITE_OFF = 4;
export const ADJUSTMENT = 5;

/** Marks an entry without an explicit due date (day numbers stay far from it). */
export const NO_DAY = -0x80000000;

/** What the replay reads about each entry, indexed by source position. */
export interface LedgerColumns {
  readonly ids: string[];
  readonly dates: string[];
  readonly kinds: Uint8Array;
  readonly amounts: Float64Array;
  readonly days: Int32Array;
  /** Explicit due day, or NO_DAY. */
  readonly dueDays: Int32Array;
  readonly documentNumbers: (string | undefined)[];
  readonly references: (string | undefined)[];
  readonly disputed: Uint8Array;
  /** Dispute notes by source position: few entries have one. */
  readonly disputeNotes: Map<number, string>;
  /** Customer-and-currency group, or -1 for an entry dated after as-of. */
  readonly groupOf: Int32Array;
}

function kindCode(kind: EntryKind): number {
  switch (kind) {
    case 'opening':
      return OPENING;
    case 'invoice':
      return INVOICE;
    case 'receipt':
      return RECEIPT;
    case 'credit-note':
      return CREDIT_NOTE;
    case 'write-off':
      return WRITE_OFF;
    case 'adjustment':
      return ADJUSTMENT;
  }
}

/** The kind a code stands for. */
export function kindOf(code: number): EntryKind {
  return ENTRY_KINDS[code] as EntryKind;
}

/**
 * Reads every entry once. Dates that are not ISO days throw: the importer rejects such rows, so
 * meeting one here is a bug upstream, not the cashier's data.
 */
export function readLedger(
  entries: readonly LedgerEntry[],
  asOfDay: number,
  groups: CustomerGroups,
): LedgerColumns {
  const count = entries.length;
  const columns: LedgerColumns = {
    ids: new Array<string>(count),
    dates: new Array<string>(count),
    kinds: new Uint8Array(count),
    amounts: new Float64Array(count),
    days: new Int32Array(count),
    dueDays: new Int32Array(count),
    documentNumbers: new Array<string | undefined>(count),
    references: new Array<string | undefined>(count),
    disputed: new Uint8Array(count),
    disputeNotes: new Map<number, string>(),
    groupOf: new Int32Array(count),
  };

  for (let index = 0; index < count; index++) {
    const entry = entries[index] as LedgerEntry;
    const day = isoDayNumber(entry.date);
    const due = entry.dueDate === undefined ? NO_DAY : isoDayNumber(entry.dueDate);
    if (Number.isNaN(day) || Number.isNaN(due)) {
      throw new InvalidArgumentError(`entry ${entry.id} has a date that is not an ISO day`);
    }

    columns.ids[index] = entry.id;
    columns.dates[index] = entry.date;
    columns.kinds[index] = kindCode(entry.kind);
    columns.amounts[index] = entry.amount;
    columns.days[index] = day;
    columns.dueDays[index] = due;
    columns.documentNumbers[index] = entry.documentNumber;
    columns.references[index] = entry.referencedInvoice;
    columns.disputed[index] = entry.disputed === true ? 1 : 0;
    if (entry.disputeNote !== undefined) columns.disputeNotes.set(index, entry.disputeNote);
    columns.groupOf[index] = day <= asOfDay ? groups.idOf(entry.customerId, entry.currency) : -1;
  }
  return columns;
}

/** Customer-and-currency groups, numbered densely; every customer on file has its own. */
export class CustomerGroups {
  readonly customerIds: string[] = [];
  readonly currencies: CurrencyCode[] = [];
  readonly customers: (Customer | undefined)[] = [];
  private readonly firstGroup = new Map<string, number>();
  /** The next group of the same customer (another currency), or -1. */
  private readonly nextGroup: number[] = [];
  private readonly known = new Map<string, Customer>();

  constructor(customers: readonly Customer[]) {
    for (const customer of customers) this.known.set(customer.id, customer);
    for (const customer of customers) this.idOf(customer.id, customer.currency);
  }

  get size(): number {
    return this.customerIds.length;
  }

  idOf(customerId: string, currency: CurrencyCode): number {
    const first = this.firstGroup.get(customerId);
    let last = -1;
    for (let id = first ?? -1; id >= 0; id = this.nextGroup[id] as number) {
      if (this.currencies[id] === currency) return id;
      last = id;
    }

    const id = this.customerIds.length;
    this.customerIds.push(customerId);
    this.currencies.push(currency);
    this.customers.push(this.known.get(customerId));
    this.nextGroup.push(-1);
    if (last < 0) this.firstGroup.set(customerId, id);
    else this.nextGroup[last] = id;
    return id;
  }
}

/**
 * The replay order: source positions sorted by group, then day, then source position, as two
 * stable counting sorts (by day, then by group), so the cost is linear in the entries plus the
 * span of days (at most 3.7 million for four-digit years). `starts[g]` is where group g begins.
 */
export function replayOrder(
  columns: LedgerColumns,
  groupCount: number,
): { order: Int32Array; starts: Int32Array } {
  const { groupOf, days } = columns;
  const count = groupOf.length;
  const starts = new Int32Array(groupCount + 1);
  let firstDay = Infinity;
  let lastDay = -Infinity;
  for (let index = 0; index < count; index++) {
    const group = groupOf[index] as number;
    if (group < 0) continue;
    starts[group + 1] = (starts[group + 1] as number) + 1;
    const day = days[index] as number;
    if (day < firstDay) firstDay = day;
    if (day > lastDay) lastDay = day;
  }
  for (let group = 0; group < groupCount; group++) {
    starts[group + 1] = (starts[group + 1] as number) + (starts[group] as number);
  }
  const size = starts[groupCount] as number;
  const order = new Int32Array(size);
  if (size === 0) return { order, starts };

  const byDay = sortedByDay(columns, size, firstDay, lastDay);
  const fill = starts.slice(0, groupCount);
  for (let at = 0; at < size; at++) {
    const index = byDay[at] as number;
    const group = groupOf[index] as number;
    order[fill[group] as number] = index;
    fill[group] = (fill[group] as number) + 1;
  }
  return { order, starts };
}

/** The source positions of the entries that exist as of the date, by day, then source position. */
function sortedByDay(
  columns: LedgerColumns,
  size: number,
  firstDay: number,
  lastDay: number,
): Int32Array {
  const { groupOf, days } = columns;
  const next = new Int32Array(lastDay - firstDay + 2);
  for (let index = 0; index < groupOf.length; index++) {
    if ((groupOf[index] as number) < 0) continue;
    const slot = (days[index] as number) - firstDay + 1;
    next[slot] = (next[slot] as number) + 1;
  }
  for (let slot = 1; slot < next.length; slot++) {
    next[slot] = (next[slot] as number) + (next[slot - 1] as number);
  }

  const sorted = new Int32Array(size);
  for (let index = 0; index < groupOf.length; index++) {
    if ((groupOf[index] as number) < 0) continue;
    const slot = (days[index] as number) - firstDay;
    sorted[next[slot] as number] = index;
    next[slot] = (next[slot] as number) + 1;
  }
  return sorted;
}
