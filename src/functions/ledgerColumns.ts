/**
 * Reads ledger columns passed to a worksheet function (customers, kinds, dates, amounts, and the
 * optional document numbers, references and due dates) into the engine's customers and entries.
 *
 * Rules, so whole-column references (A:A) work:
 * - a row whose customer, date and amount cells are all empty is skipped (the empty tail of a
 *   column, blank lines between blocks);
 * - the first row is a header, and skipped, when neither its date nor its amount reads as one;
 * - any other row that cannot be read fails the call with its row number and reason: a ledger
 *   with a bad row is not added up as if the row were not there.
 */
import { customerKey } from '../domain/customerName';
import type { IsoDay } from '../domain/isoDay';
import type { Customer, EntryKind, LedgerEntry } from '../domain/ledger';
import { DEFAULT_CURRENCY } from '../domain/money';
import type { Fen } from '../domain/money';
import { parseAmount } from '../domain/parseAmount';
import { failure, success } from '../domain/problem';
import type { Outcome, Problem } from '../domain/problem';
import { kindFromTypeWord } from '../workbook/structure/entryWords';
import { dayCell, isBlank, sameLengthColumns } from './arguments';
import type { CellArgument } from './arguments';
import { rowProblem } from './cellError';

export interface LedgerColumnsInput {
  readonly customers: unknown;
  /** Absent: each amount's sign says what it is (open items: + owed, - credit). */
  readonly kinds?: unknown;
  readonly dates: unknown;
  readonly amounts: unknown;
  readonly documentNumbers?: unknown;
  readonly references?: unknown;
  readonly dueDates?: unknown;
  /** Argument names for messages, in the function's own words. */
  readonly names: { readonly customers: string; readonly dates: string };
}

export interface LedgerColumns {
  readonly customers: readonly Customer[];
  readonly entries: readonly LedgerEntry[];
  /** Customer id by the name as first written in the range. */
  readonly idByName: ReadonlyMap<string, string>;
}

/** Reads the columns; fails with the first row that cannot be read. */
export function readLedgerColumns(input: LedgerColumnsInput): Outcome<LedgerColumns> {
  const columns = sameLengthColumns([
    { argument: input.names.customers, range: input.customers },
    { argument: 'kinds', range: input.kinds, optional: true },
    { argument: input.names.dates, range: input.dates },
    { argument: 'amounts', range: input.amounts },
    { argument: 'documentNumbers', range: input.documentNumbers, optional: true },
    { argument: 'references', range: input.references, optional: true },
    { argument: 'dueDates', range: input.dueDates, optional: true },
  ]);
  if (!columns.ok) return columns;

  const [names, kinds, dates, amounts, documents, references, dues] = columns.value as [
    CellArgument[],
    CellArgument[] | undefined,
    CellArgument[],
    CellArgument[],
    CellArgument[] | undefined,
    CellArgument[] | undefined,
    CellArgument[] | undefined,
  ];
  const reader = new RowReader(input.names.dates);
  const entries: LedgerEntry[] = [];
  for (let index = 0; index < names.length; index++) {
    const name = names[index];
    const date = dates[index];
    const amount = amounts[index];
    if (isBlank(name) && isBlank(date) && isBlank(amount)) continue;
    if (index === 0 && reader.isHeader(date, amount)) continue;

    const row = index + 1;
    const entry = reader.entry(row, {
      name,
      kind: kinds?.[index],
      date,
      amount,
      documentNumber: documents?.[index],
      reference: references?.[index],
      due: dues?.[index],
    });
    if (!entry.ok) return entry;
    entries.push(entry.value);
  }

  return success({
    customers: reader.customerList(),
    entries,
    idByName: reader.idByName,
  });
}

interface RowCells {
  readonly name: CellArgument;
  readonly kind: CellArgument;
  readonly date: CellArgument;
  readonly amount: CellArgument;
  readonly documentNumber: CellArgument;
  readonly reference: CellArgument;
  readonly due: CellArgument;
}

/** Reads rows with caches: a ledger repeats the same names, kinds and date texts many times. */
class RowReader {
  readonly idByName = new Map<string, string>();
  private readonly idByKey = new Map<string, string>();
  private readonly customers: Customer[] = [];
  private readonly kinds = new Map<string, EntryKind | undefined>();

  constructor(private readonly datesArgument: string) {}

  isHeader(date: CellArgument, amount: CellArgument): boolean {
    const dateReads = !isBlank(date) && dayCell(date, this.datesArgument).ok;
    const amountReads =
      (typeof amount === 'number' || typeof amount === 'string') && parseAmount(amount).ok;
    return !dateReads && !amountReads;
  }

  entry(row: number, cells: RowCells): Outcome<LedgerEntry> {
    const customerId = this.customerId(cells.name);
    if (customerId === undefined) {
      return rowFailure({ code: 'functions.customer-missing' }, 'customers', row);
    }

    const date = this.day(cells.date, this.datesArgument, row);
    if (!date.ok) return date;

    const amount = readAmount(cells.amount, row);
    if (!amount.ok) return amount;

    const kind = this.kindOf(cells.kind, amount.value, row);
    if (!kind.ok) return kind;

    let dueDate: IsoDay | undefined;
    if (!isBlank(cells.due)) {
      const due = this.day(cells.due, 'dueDates', row);
      if (!due.ok) return due;
      dueDate = due.value;
    }

    const documentNumber = textOf(cells.documentNumber);
    const referencedInvoice = textOf(cells.reference);
    // Without a kinds column a negative amount is a credit waiting for invoices (an open item).
    const signed = kind.value === 'credit-note' && cells.kind === undefined;
    return success({
      id: `R${row}`,
      customerId,
      kind: kind.value,
      date: date.value,
      ...(dueDate ? { dueDate } : {}),
      ...(documentNumber ? { documentNumber } : {}),
      ...(referencedInvoice ? { referencedInvoice } : {}),
      amount: (signed ? -amount.value : amount.value) as Fen,
      currency: DEFAULT_CURRENCY,
      source: { sheet: '', row },
    });
  }

  customerList(): Customer[] {
    return this.customers;
  }

  private customerId(cell: CellArgument): string | undefined {
    if (isBlank(cell)) return undefined;
    const name = String(cell).trim();
    if (name === '') return undefined;

    const known = this.idByName.get(name);
    if (known !== undefined) return known;

    // Names differing only by spaces, full/half width or case are one customer (DOMAIN.md).
    const key = customerKey(name);
    let id = this.idByKey.get(key);
    if (id === undefined) {
      id = `C${String(this.customers.length + 1).padStart(5, '0')}`;
      this.idByKey.set(key, id);
      this.customers.push({ id, name, nameVariants: [name], currency: DEFAULT_CURRENCY });
    }
    this.idByName.set(name, id);
    return id;
  }

  private day(cell: CellArgument, argument: string, row: number): Outcome<IsoDay> {
    if (isBlank(cell)) return rowFailure({ code: 'functions.cell-empty' }, argument, row);
    const day = dayCell(cell, argument);
    return day.ok ? day : rowFailure(day.problem, argument, row);
  }

  private kindOf(cell: CellArgument, amount: Fen, row: number): Outcome<EntryKind> {
    if (cell === undefined) return success(amount < 0 ? 'credit-note' : 'invoice');
    if (isBlank(cell)) return rowFailure({ code: 'functions.cell-empty' }, 'kinds', row);

    const text = String(cell);
    let kind = this.kinds.get(text);
    if (!this.kinds.has(text)) {
      kind = kindFromTypeWord(text);
      this.kinds.set(text, kind);
    }
    return kind === undefined
      ? rowFailure({ code: 'functions.unknown-kind', detail: { value: text } }, 'kinds', row)
      : success(kind);
  }
}

function readAmount(cell: CellArgument, row: number): Outcome<Fen> {
  if (isBlank(cell)) return rowFailure({ code: 'functions.cell-empty' }, 'amounts', row);
  if (typeof cell !== 'number' && typeof cell !== 'string') {
    return rowFailure(
      { code: 'amount.not-an-amount', detail: { text: String(cell) } },
      'amounts',
      row,
    );
  }

  const parsed = parseAmount(cell);
  return parsed.ok ? success(parsed.value.fen) : rowFailure(parsed.problem, 'amounts', row);
}

function textOf(cell: CellArgument): string | undefined {
  if (isBlank(cell)) return undefined;
  const text = String(cell).trim();
  return text === '' ? undefined : text;
}

function rowFailure<T>(problem: Problem, argument: string, row: number): Outcome<T> {
  const wrapped = rowProblem(problem, argument, row);
  return failure(wrapped.code, wrapped.detail);
}
