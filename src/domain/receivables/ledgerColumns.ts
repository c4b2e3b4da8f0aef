/**
 * The ledger as columns for the replay. A sequential pass reads each entry's day and group; two
 * stable counting sorts give the replay order; a second sequential pass writes each entry's kind,
 * amount, day, due day and a hash of its document number and of the invoice number it names
 * straight to its replay position, while the entry and its strings are in the cache. The replay
 * then walks memory in sequence and reads an entry object only to confirm that two numbers with
 * equal hashes are equal. The results read ids and dates from the entries.
 */
import type { Customer, EntryKind, LedgerEntry } from '../ledger';
import type { CurrencyCode } from '../money';
import { InvalidArgumentError } from '../problem';
import * as dayNumbers from './dayNumbers';
import * as documentNumberIndex from './documentNumberIndex';

// Local copies, as in customerReplay.ts: through tsx (the bench) every use of an imported binding
// is a getter call, and these run a few million times.
const { isoDayNumber } = dayNumbers;
const { numberHash } = documentNumberIndex;

/** Entry kinds as small numbers (their position in ENTRY_KINDS). */
export const OPENING = 0;
export const INVOICE = 1;
export const RECEIPT = 2;
export const CREDIT_NOTE = 3;
export const WRITE_OFF = 4;
export const ADJUSTMENT = 5;

/** Marks an entry without an explicit due date (day numbers stay far from it). */
export const NO_DAY = -0x80000000;

/**
 * Amounts in fen. Int32 when every amount of the ledger is a whole number of fen within ±(2^31 - 1)
 * (everything the replay stores is bounded by the largest entry amount), Float64 otherwise, since
 * fen can exceed 2^31 (21,474,836.47 yuan): half the bytes for the usual ledger keeps the engine's
 * typed arrays further under V8's external-memory step.
 */
export type FenColumn = Int32Array | Float64Array;

/** A new fen column of the same width as `like`. */
export function fenColumnLike(like: FenColumn, length: number): FenColumn {
  return like instanceof Int32Array ? new Int32Array(length) : new Float64Array(length);
}

/** What the replay reads about each entry, indexed by replay position. */
export interface LedgerColumns {
  /** The caller's entries, by source position: the text of an entry is read from them. */
  readonly entries: readonly LedgerEntry[];
  /** Source position of the entry at each replay position. */
  readonly order: Int32Array;
  /** Group g occupies replay positions starts[g] to starts[g + 1]. */
  readonly starts: Int32Array;
  readonly kinds: Uint8Array;
  readonly amounts: FenColumn;
  readonly days: Int32Array;
  /** Explicit due day, or NO_DAY. */
  readonly dueDays: Int32Array;
  /** numberHash of the document number, or -1; receipts never get one, since credit cannot
   * name a receipt. */
  readonly documentNumbers: Int32Array;
  /** numberHash of the invoice number a receipt, credit note or reversal names, or -1. */
  readonly references: Int32Array;
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

/**
 * Int32 buffers of at least one slot per entry that readLedger may use for its own steps and
 * leaves in any state: the replay writes each slot before it reads it, so the same memory serves
 * both (docs/receivables.md, Performance: why the engine counts its typed arrays).
 */
export type SpareColumns = readonly [Int32Array, Int32Array, Int32Array];

/**
 * Lays the ledger out in replay order: by group, then day, then source position. A first
 * sequential pass reads each entry's day and group, two stable counting sorts give the order, and
 * a second sequential pass writes the rest of each entry straight to its replay position. Dates
 * that are not ISO days throw: the importer rejects such rows, so meeting one here is a bug
 * upstream, not the cashier's data.
 */
export function readLedger(
  entries: readonly LedgerEntry[],
  asOfDay: number,
  groups: CustomerGroups,
  spare: SpareColumns,
): LedgerColumns {
  const count = entries.length;
  const [groupOf, sourceDays, sortScratch] = spare;
  let wide = false;

  for (let index = 0; index < count; index++) {
    const entry = entries[index] as LedgerEntry;
    const day = isoDayNumber(entry.date);
    const dueDate = entry.dueDate;
    if (Number.isNaN(day) || (dueDate !== undefined && Number.isNaN(isoDayNumber(dueDate)))) {
      throw new InvalidArgumentError(`entry ${entry.id} has a date that is not an ISO day`);
    }

    const amount = entry.amount;
    if ((amount | 0) !== amount || amount === -0x80000000) wide = true;
    sourceDays[index] = day;
    groupOf[index] = day > asOfDay ? -1 : groups.idOf(entry.customerId, entry.currency);
  }

  const { order, starts } = replayOrder(groupOf, sourceDays, count, groups.size, sortScratch);

  // groupOf becomes each entry's replay position (-1 for entries after the as-of date).
  const positionOf = groupOf;
  for (let position = 0; position < order.length; position++) {
    positionOf[order[position] as number] = position;
  }

  const size = order.length;
  const kinds = new Uint8Array(size);
  const amounts = wide ? new Float64Array(size) : new Int32Array(size);
  const days = new Int32Array(size);
  const dueDays = new Int32Array(size);
  const documentNumbers = new Int32Array(size);
  const references = new Int32Array(size);
  for (let index = 0; index < count; index++) {
    const position = positionOf[index] as number;
    if (position < 0) continue;

    const entry = entries[index] as LedgerEntry;
    const kind = kindCode(entry.kind);
    const dueDate = entry.dueDate;
    kinds[position] = kind;
    amounts[position] = entry.amount;
    days[position] = sourceDays[index] as number;
    dueDays[position] = dueDate === undefined ? NO_DAY : isoDayNumber(dueDate);
    const documentNumber = kind === RECEIPT ? undefined : entry.documentNumber;
    documentNumbers[position] = documentNumber === undefined ? -1 : numberHash(documentNumber);
    const reference = entry.referencedInvoice;
    references[position] = reference === undefined ? -1 : numberHash(reference);
  }

  return { entries, order, starts, kinds, amounts, days, dueDays, documentNumbers, references };
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
function replayOrder(
  groupOf: Int32Array,
  days: Int32Array,
  count: number,
  groupCount: number,
  scratch: Int32Array,
): { order: Int32Array; starts: Int32Array } {
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

  const byDay = sortedByDay(groupOf, days, count, firstDay, lastDay, scratch);
  const fill = starts.slice(0, groupCount);
  for (let at = 0; at < size; at++) {
    const index = byDay[at] as number;
    const group = groupOf[index] as number;
    order[fill[group] as number] = index;
    fill[group] = (fill[group] as number) + 1;
  }
  return { order, starts };
}

/** The source positions of the entries that exist as of the date, by day, then source position,
 * written to the start of `sorted`. */
function sortedByDay(
  groupOf: Int32Array,
  days: Int32Array,
  count: number,
  firstDay: number,
  lastDay: number,
  sorted: Int32Array,
): Int32Array {
  const next = new Int32Array(lastDay - firstDay + 2);
  for (let index = 0; index < count; index++) {
    if ((groupOf[index] as number) < 0) continue;
    const slot = (days[index] as number) - firstDay + 1;
    next[slot] = (next[slot] as number) + 1;
  }
  for (let slot = 1; slot < next.length; slot++) {
    next[slot] = (next[slot] as number) + (next[slot - 1] as number);
  }

  for (let index = 0; index < count; index++) {
    if ((groupOf[index] as number) < 0) continue;
    const slot = (days[index] as number) - firstDay;
    sorted[next[slot] as number] = index;
    next[slot] = (next[slot] as number) + 1;
  }
  return sorted;
}
