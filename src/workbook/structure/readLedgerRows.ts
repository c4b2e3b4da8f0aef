/**
 * Reads the data rows of a ledger sheet into entries, one outcome per row: an entry, a skip or a
 * rejection with its reason. Column roles and date orders are settled once per sheet; per row the
 * work is a handful of type tests and cached parses.
 */
import type { IsoDay, DateSystem } from '../../domain/isoDay';
import { addDays } from '../../domain/isoDay';
import type { EntryKind, LedgerEntry } from '../../domain/ledger';
import { fenFromYuanNumber, MAX_FEN } from '../../domain/money';
import type { CurrencyCode, Fen } from '../../domain/money';
import { parseAmount } from '../../domain/parseAmount';
import { inferSlashOrder, parseDateSerial, parseDateText } from '../../domain/parseDate';
import type { SlashOrder } from '../../domain/parseDate';
import { parseTerms } from '../../domain/parseTerms';
import type { Problem } from '../../domain/problem';
import type { CellValue } from '../workbookPort';
import { isCellError } from '../workbookPort';
import { cellText, isDateFormat, optionalText } from './cellText';
import { classifyRow } from './classifyRow';
import type { RowLayout } from './classifyRow';
import type { ColumnRole } from './columnRoles';
import {
  currencyFromWord,
  kindFromMemo,
  kindFromTypeWord,
  paymentMethodFromMemo,
  paymentMethodFromWord,
  readDispute,
} from './entryWords';
import type { SheetRows } from './sheetRows';
import type {
  ColumnMapping,
  DateColumnOrder,
  RejectedRow,
  RowNote,
  SkippedRow,
} from './structureTypes';
import { TotalsByCurrency } from './totalsByCurrency';

export type MutableEntry = { -readonly [K in keyof LedgerEntry]: LedgerEntry[K] };

export interface LedgerRowsInput {
  readonly rows: SheetRows;
  readonly headerRow: number;
  readonly mapping: ColumnMapping;
  readonly layout: RowLayout;
  readonly dateSystem: DateSystem;
  readonly locale?: string;
  readonly defaultCurrency: CurrencyCode;
  /** Currency a customer list gives the customer, by the raw name's customer key. */
  readonly currencyOfName: (name: string) => CurrencyCode | undefined;
}

export interface LedgerRowsOutput {
  /** customerId holds the customer's raw name until customers are built. */
  readonly entries: MutableEntry[];
  /** 客户编号 read beside each entry's name (same order as entries), when the sheet has both. */
  readonly codes: (string | undefined)[];
  readonly skipped: SkippedRow[];
  readonly rejected: RejectedRow[];
  readonly notes: RowNote[];
  readonly totals: TotalsByCurrency;
  readonly dateOrders: DateColumnOrder[];
  readonly problems: Problem[];
}

interface AmountRead {
  /** Signed change to what the customer owes as typed: debit +, credit -, a lone amount as is. */
  effect: Fen;
  /** What the cashier typed, as a magnitude. */
  magnitude: Fen;
  side: 'debit' | 'credit' | 'amount';
  currency?: CurrencyCode;
}

type Step<T> = { ok: true; value: T } | { ok: false; column: number; problem: Problem };

/** Reads every row below the header; rows above it are the caller's (titles and blanks). */
export function readLedgerRows(input: LedgerRowsInput): LedgerRowsOutput {
  const reader = new LedgerRowReader(input);
  return reader.readAll();
}

class LedgerRowReader {
  private readonly col: Readonly<Record<ColumnRole, number>>;
  private readonly headers: ReadonlyMap<number, string>;
  private readonly dateOrder = new Map<number, SlashOrder | undefined>();
  private readonly dateCache = new Map<string, ReturnType<typeof parseDateText>>();
  private readonly serialCache = new Map<number, ReturnType<typeof parseDateSerial>>();
  private readonly out: LedgerRowsOutput;

  constructor(private readonly input: LedgerRowsInput) {
    const col: Partial<Record<ColumnRole, number>> = {};
    for (const column of input.mapping.columns) col[column.role] = column.column - 1;
    this.col = { ...emptyColumns(), ...col };
    this.headers = new Map(input.mapping.columns.map((c) => [c.column - 1, c.header]));
    this.out = {
      entries: [],
      codes: [],
      skipped: [],
      rejected: [],
      notes: [],
      totals: new TotalsByCurrency(),
      dateOrders: [],
      problems: [],
    };
  }

  readAll(): LedgerRowsOutput {
    this.settleDateOrders();

    const { rows, firstRow } = this.input.rows;
    const sheet = this.input.rows.sheet;
    const hidden = this.input.rows.hidden;
    for (let i = this.input.headerRow - firstRow + 1; i < rows.length; i++) {
      const row = firstRow + i;
      const cells = rows[i] ?? [];
      const decided = classifyRow(cells, row, this.input.layout);
      if (decided.kind !== 'data') {
        this.out.skipped.push(
          'text' in decided
            ? { sheet, row, reason: decided.kind, text: decided.text }
            : { sheet, row, reason: decided.kind },
        );
        continue;
      }
      const imported = this.readDataRow(cells, this.input.rows.formats[i] ?? [], row);
      if (imported && hidden.has(row)) {
        this.out.notes.push({ sheet, row, problem: { code: 'structure.hidden-row-imported' } });
      }
    }
    return this.out;
  }

  private settleDateOrders(): void {
    for (const role of ['date', 'dueDate'] as const) {
      const index = this.col[role];
      if (index < 0) continue;

      const texts = new Set<string>();
      const { rows } = this.input.rows;
      for (let i = this.input.headerRow - this.input.rows.firstRow + 1; i < rows.length; i++) {
        const value = rows[i]?.[index];
        if (typeof value === 'string' && value.length <= 40 && /^\s*\d{1,2}[/-]/.test(value)) {
          texts.add(value);
        }
      }
      const decision = inferSlashOrder([...texts], this.input.locale);
      const header = this.headers.get(index) ?? '';
      if ('order' in decision) {
        this.dateOrder.set(index, decision.order);
        this.out.dateOrders.push({
          column: index + 1,
          header,
          order: decision.order,
          settledBy: decision.settledBy,
        });
      } else if (decision.examples.length === 0) {
        this.out.dateOrders.push({ column: index + 1, header, order: 'not-needed' });
      } else {
        this.out.dateOrders.push({
          column: index + 1,
          header,
          order: 'ambiguous',
          examples: decision.examples,
        });
        this.out.problems.push({
          code: decision.conflicting
            ? 'structure.date-order-conflict'
            : 'structure.date-order-ambiguous',
          detail: { header, examples: decision.examples.join(', ') },
        });
      }
    }
  }

  /** Reads one data row; true when it became an entry. */
  private readDataRow(
    cells: readonly CellValue[],
    formats: readonly string[],
    row: number,
  ): boolean {
    const sheet = this.input.rows.sheet;
    const col = this.col;

    const amount = this.readAmount(cells);
    const name = this.readName(cells);
    const reject = (column: number, problem: Problem, known?: AmountRead): false => {
      const currency = known
        ? (known.currency ?? this.currencyFor(cells, name.ok ? name.value : ''))
        : undefined;
      if (known && currency) this.out.totals.addRejected(currency, known.magnitude);
      this.out.rejected.push({
        sheet,
        row,
        ...(column >= 0 ? { column: column + 1, header: this.headers.get(column) ?? '' } : {}),
        problem,
        ...(known && currency ? { amount: known.magnitude, currency } : {}),
      });
      return false;
    };

    if (!amount.ok) return reject(amount.column, amount.problem);
    const known = amount.value;
    if (!name.ok) return reject(name.column, name.problem, known);

    const date = this.readDate(cells[col.date], formats[col.date], col.date);
    if (!date.ok) return reject(date.column, date.problem, known);

    const kind = this.readKind(cells, known);
    if (!kind.ok) return reject(kind.column, kind.problem, known);

    const due = this.readDueDate(cells, formats, date.value);
    if (!due.ok) return reject(due.column, due.problem, known);

    const currency = this.readCurrency(cells, known, name.value);
    if (!currency.ok) return reject(currency.column, currency.problem, known);

    const entry = this.buildEntry(
      cells,
      row,
      name.value,
      kind.value,
      date.value,
      known,
      currency.value,
    );
    if (due.value !== undefined) entry.dueDate = due.value;
    this.out.entries.push(entry);
    this.out.codes.push(col.customerId >= 0 ? optionalText(cells[col.customerId]) : undefined);
    this.out.totals.addImported(currency.value, known.magnitude);
    return true;
  }

  private readName(cells: readonly CellValue[]): Step<string> {
    const index = this.col.customer >= 0 ? this.col.customer : this.col.customerId;
    const value = cells[index];
    if (value !== null && value !== undefined && isCellError(value)) {
      return {
        ok: false,
        column: index,
        problem: { code: 'structure.customer-error', detail: { text: value.error } },
      };
    }
    const name = cellText(value);
    if (name === '') {
      const id = this.col.customerId >= 0 ? cellText(cells[this.col.customerId]) : '';
      if (id !== '' && !isCellError(cells[this.col.customerId] ?? null))
        return { ok: true, value: id };
      return { ok: false, column: index, problem: { code: 'structure.no-customer' } };
    }
    return { ok: true, value: name };
  }

  private readAmount(cells: readonly CellValue[]): Step<AmountRead> {
    const { debit, credit, amount } = this.col;
    if (debit < 0 && credit < 0) {
      const read = this.readMoney(cells, amount);
      if (!read.ok) return read;
      if (read.value === undefined)
        return { ok: false, column: amount, problem: { code: 'structure.no-amount' } };
      return {
        ok: true,
        value: {
          ...read.value,
          magnitude: abs(read.value.fen),
          effect: read.value.fen,
          side: 'amount',
        },
      };
    }

    const d = this.readMoney(cells, debit);
    if (!d.ok) return d;
    const c = this.readMoney(cells, credit);
    if (!c.ok) return c;

    // A zero typed on the other side ("0.00" under 贷方) says nothing; two amounts say two things.
    const dv =
      d.value && (d.value.fen !== 0 || !c.value || c.value.fen === 0) ? d.value : undefined;
    const cv = c.value && (c.value.fen !== 0 || !dv) ? c.value : undefined;
    if (dv && cv) {
      return {
        ok: false,
        column: credit,
        problem: {
          code: 'structure.debit-and-credit',
          detail: { debit: cellText(cells[debit]), credit: cellText(cells[credit]) },
        },
      };
    }
    if (dv)
      return { ok: true, value: { ...dv, magnitude: abs(dv.fen), effect: dv.fen, side: 'debit' } };
    if (cv)
      return {
        ok: true,
        value: { ...cv, magnitude: abs(cv.fen), effect: (0 - cv.fen) as Fen, side: 'credit' },
      };
    return {
      ok: false,
      column: debit >= 0 ? debit : credit,
      problem: { code: 'structure.no-amount' },
    };
  }

  /** Undefined when the cell is blank or the column absent. */
  private readMoney(
    cells: readonly CellValue[],
    index: number,
  ): Step<{ fen: Fen; currency?: CurrencyCode } | undefined> {
    if (index < 0) return { ok: true, value: undefined };
    const value = cells[index];
    if (value === null || value === undefined) return { ok: true, value: undefined };

    if (typeof value === 'number') {
      // The common case, kept free of parsing: a numeric cell rounds to the nearest fen.
      if (Number.isFinite(value) && Math.abs(value) < MAX_FEN / 100) {
        return { ok: true, value: { fen: fenFromYuanNumber(value) } };
      }
      const parsed = parseAmount(value);
      return parsed.ok
        ? { ok: true, value: parsed.value }
        : {
            ok: false,
            column: index,
            problem: inOwnWords('structure.amount-unreadable', parsed.problem),
          };
    }
    if (typeof value === 'string') {
      if (value.trim() === '') return { ok: true, value: undefined };
      const parsed = parseAmount(value);
      return parsed.ok
        ? { ok: true, value: parsed.value }
        : {
            ok: false,
            column: index,
            problem: inOwnWords('structure.amount-unreadable', parsed.problem),
          };
    }
    if (typeof value === 'boolean') {
      return {
        ok: false,
        column: index,
        problem: { code: 'structure.amount-unreadable', detail: { text: cellText(value) } },
      };
    }
    return {
      ok: false,
      column: index,
      problem: { code: 'structure.cell-error', detail: { text: value.error } },
    };
  }

  private readDate(
    value: CellValue | undefined,
    format: string | undefined,
    index: number,
  ): Step<IsoDay> {
    if (
      value === null ||
      value === undefined ||
      (typeof value === 'string' && value.trim() === '')
    ) {
      return { ok: false, column: index, problem: { code: 'structure.no-date' } };
    }
    if (typeof value === 'number') {
      if (isDateFormat(format)) {
        let parsed = this.serialCache.get(value);
        if (parsed === undefined) {
          parsed = parseDateSerial(value, this.input.dateSystem);
          this.serialCache.set(value, parsed);
        }
        return parsed.ok
          ? parsed
          : { ok: false, column: index, problem: dateProblem(parsed.problem) };
      }
      // 20240305 typed as a number reads as the text it shows; any other plain number is a
      // serial Excel does not show as a date, so the cashier sees a number: not guessed.
      if (Number.isInteger(value) && value >= 10000101 && value <= 99991231) {
        return this.readDateText(String(value), index);
      }
      return {
        ok: false,
        column: index,
        problem: { code: 'structure.date-not-formatted', detail: { text: cellText(value) } },
      };
    }
    if (typeof value === 'string') return this.readDateText(value, index);
    if (typeof value === 'boolean') {
      return {
        ok: false,
        column: index,
        problem: { code: 'structure.date-unreadable', detail: { text: cellText(value) } },
      };
    }
    return {
      ok: false,
      column: index,
      problem: { code: 'structure.cell-error', detail: { text: value.error } },
    };
  }

  private readDateText(text: string, index: number): Step<IsoDay> {
    const key = index + '\u0000' + text;
    let parsed = this.dateCache.get(key);
    if (parsed === undefined) {
      parsed = parseDateText(text, this.dateOrder.get(index));
      this.dateCache.set(key, parsed);
    }
    return parsed.ok ? parsed : { ok: false, column: index, problem: dateProblem(parsed.problem) };
  }

  private readKind(cells: readonly CellValue[], amount: AmountRead): Step<EntryKind> {
    const typeIndex = this.col.type;
    const typeText = typeIndex >= 0 ? cellText(cells[typeIndex]) : '';
    if (typeText !== '') {
      const kind = kindFromTypeWord(typeText);
      if (kind === undefined) {
        return {
          ok: false,
          column: typeIndex,
          problem: { code: 'structure.type-unknown', detail: { text: typeText } },
        };
      }
      return { ok: true, value: kind };
    }

    const memo = this.col.memo >= 0 ? cells[this.col.memo] : undefined;
    const fromMemo = typeof memo === 'string' ? kindFromMemo(memo) : undefined;
    // A memo saying 退货 or 坏账 is believed only where the amount lowers the balance, since memos
    // also tell stories ("退货后重开发票" on an invoice).
    const lowers = amount.side === 'credit' ? amount.effect >= 0 : amount.effect <= 0;
    const memoFits =
      fromMemo !== undefined &&
      (fromMemo === 'opening' || fromMemo === 'adjustment' || amount.side === 'credit' || lowers);
    if (fromMemo && memoFits) return { ok: true, value: fromMemo };

    // No word says what the row is: the side decides. A lone amount column is a sales list.
    return { ok: true, value: amount.side === 'credit' ? 'receipt' : 'invoice' };
  }

  private readDueDate(
    cells: readonly CellValue[],
    formats: readonly string[],
    date: IsoDay,
  ): Step<IsoDay | undefined> {
    const index = this.col.dueDate;
    if (index < 0) return { ok: true, value: undefined };
    const value = cells[index];
    if (
      value === null ||
      value === undefined ||
      (typeof value === 'string' && value.trim() === '')
    ) {
      return { ok: true, value: undefined };
    }

    const asDate = this.readDate(value, formats[index], index);
    if (asDate.ok) return asDate;

    // 付款期限 often holds terms ("30天", "Net 30") rather than a day.
    if (typeof value === 'string' || (typeof value === 'number' && !isDateFormat(formats[index]))) {
      const terms = parseTerms(value);
      if (terms.ok) return { ok: true, value: addDays(date, terms.value) };
    }
    return {
      ok: false,
      column: index,
      problem: { code: 'structure.due-date-unreadable', detail: { text: cellText(value) } },
    };
  }

  private readCurrency(
    cells: readonly CellValue[],
    amount: AmountRead,
    name: string,
  ): Step<CurrencyCode> {
    const index = this.col.currency;
    const word = index >= 0 ? cellText(cells[index]) : '';
    let currency: CurrencyCode | undefined;
    if (word !== '') {
      currency = currencyFromWord(word);
      if (currency === undefined) {
        return {
          ok: false,
          column: index,
          problem: { code: 'structure.currency-unknown', detail: { text: word } },
        };
      }
    }
    if (currency !== undefined && amount.currency !== undefined && currency !== amount.currency) {
      return {
        ok: false,
        column: index,
        problem: {
          code: 'structure.currency-conflict',
          detail: { text: word, amountCurrency: amount.currency },
        },
      };
    }
    return {
      ok: true,
      value:
        currency ??
        amount.currency ??
        this.input.currencyOfName(name) ??
        this.input.defaultCurrency,
    };
  }

  private currencyFor(cells: readonly CellValue[], name: string): CurrencyCode {
    const word = this.col.currency >= 0 ? cellText(cells[this.col.currency]) : '';
    return (
      (word !== '' ? currencyFromWord(word) : undefined) ??
      this.input.currencyOfName(name) ??
      this.input.defaultCurrency
    );
  }

  private buildEntry(
    cells: readonly CellValue[],
    row: number,
    name: string,
    typed: EntryKind,
    date: IsoDay,
    amount: AmountRead,
    currency: CurrencyCode,
  ): MutableEntry {
    const { kind, value } = signedForKind(typed, amount);
    const entry: MutableEntry = {
      id: `${this.input.rows.sheet}!${row}`,
      customerId: name,
      kind,
      date,
      amount: value,
      currency,
      source: { sheet: this.input.rows.sheet, row },
    };
    const col = this.col;

    const documentNumber = col.document >= 0 ? optionalText(cells[col.document]) : undefined;
    if (documentNumber !== undefined) entry.documentNumber = documentNumber;
    const reference = col.reference >= 0 ? optionalText(cells[col.reference]) : undefined;
    if (reference !== undefined) entry.referencedInvoice = reference;
    const memo = col.memo >= 0 ? optionalText(cells[col.memo]) : undefined;
    if (memo !== undefined) entry.memo = memo;

    const methodWord = col.method >= 0 ? optionalText(cells[col.method]) : undefined;
    const method =
      methodWord !== undefined
        ? paymentMethodFromWord(methodWord)
        : kind === 'receipt' && memo !== undefined
          ? paymentMethodFromMemo(memo)
          : undefined;
    if (method !== undefined) entry.paymentMethod = method;

    const disputeCell = col.disputed >= 0 ? cells[col.disputed] : undefined;
    if (disputeCell !== null && disputeCell !== undefined && !isCellError(disputeCell)) {
      const dispute = readDispute(disputeCell);
      if (dispute.disputed) entry.disputed = true;
      if (dispute.note !== undefined) entry.disputeNote = dispute.note;
    }
    return entry;
  }
}

/**
 * The entry's kind and amount in the kind's own direction (see LedgerEntry.amount), from the kind
 * the row's words name and the amount as typed. A negative invoice is a credit note (红字); credit
 * notes and write-offs are magnitudes however they were typed; a negative receipt is a bounced
 * payment; openings and adjustments keep the sign of their effect on the balance.
 */
export function signedForKind(
  typed: EntryKind,
  amount: AmountRead,
): { kind: EntryKind; value: Fen } {
  const { effect, side } = amount;
  // On a debit/credit sheet the side gives the sign; a lone amount column is signed by the kind.
  const owed =
    side === 'amount'
      ? typed === 'receipt' || typed === 'credit-note' || typed === 'write-off'
        ? -effect
        : effect
      : effect;

  switch (typed) {
    case 'invoice':
      return owed < 0
        ? { kind: 'credit-note', value: (0 - owed) as Fen }
        : { kind: 'invoice', value: owed as Fen };
    case 'credit-note':
    case 'write-off':
      return { kind: typed, value: abs(owed as Fen) };
    case 'receipt':
      return { kind: 'receipt', value: (owed === 0 ? 0 : -owed) as Fen };
    case 'opening':
    case 'adjustment':
      return { kind: typed, value: owed as Fen };
  }
}

/** A parser's reason told in the structuring words, keeping the cell text and the parser's code. */
function inOwnWords(code: string, problem: Problem): Problem {
  return { code, detail: { text: '', ...problem.detail, reason: problem.code } };
}

function dateProblem(problem: Problem): Problem {
  return inOwnWords(
    problem.code === 'date.ambiguous-order'
      ? 'structure.date-needs-order'
      : 'structure.date-unreadable',
    problem,
  );
}

function abs(value: Fen): Fen {
  return (value < 0 ? -value : value) as Fen;
}

function emptyColumns(): Record<ColumnRole, number> {
  return {
    customer: -1,
    customerId: -1,
    date: -1,
    dueDate: -1,
    document: -1,
    reference: -1,
    memo: -1,
    method: -1,
    type: -1,
    amount: -1,
    debit: -1,
    credit: -1,
    balance: -1,
    currency: -1,
    disputed: -1,
    contact: -1,
    phone: -1,
    address: -1,
    creditLimit: -1,
    terms: -1,
    grade: -1,
  };
}
