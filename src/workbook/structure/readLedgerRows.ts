/**
 * Reads the data rows of a ledger sheet into entries, one outcome per row: an entry, a skip or a
 * rejection with its reason. Column roles and date orders are settled once per sheet; per row the
 * work is a handful of type tests and cached parses.
 */
import type { IsoDay, DateSystem } from '../../domain/isoDay';
import type { EntryKind, LedgerEntry, PaymentMethod } from '../../domain/ledger';
import { fenFromYuanNumber, MAX_FEN } from '../../domain/money';
import type { CurrencyCode, Fen } from '../../domain/money';
import { parseAmount } from '../../domain/parseAmount';
import { inferSlashOrder, parseDateSerial, parseDateText } from '../../domain/parseDate';
import type { SlashOrder } from '../../domain/parseDate';
import { parseTerms } from '../../domain/parseTerms';
import type { Outcome, Problem } from '../../domain/problem';
import { dueDateAfter } from '../../domain/receivables/dueDates';
import type { CellValue } from '../workbookPort';
import { isCellError } from '../workbookPort';
import { cellText, isDateFormat, optionalText } from './cellText';
import { countSpelling } from './buildCustomers';
import type { LedgerSpellings } from './buildCustomers';
import { classifyRow, isBlankCell } from './classifyRow';
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
  /** Entries are appended here; customerId holds the raw name until customers are built. */
  readonly entries: MutableEntry[];
  /** Each imported row's name (and 客户编号) is counted here. */
  readonly spellings: LedgerSpellings;
}

export interface LedgerRowsOutput {
  /** Rows imported; a row with both a debit and a credit amount gives two entries. */
  importedRows: number;
  entriesAdded: number;
  readonly skipped: SkippedRow[];
  readonly rejected: RejectedRow[];
  readonly notes: RowNote[];
  readonly totals: TotalsByCurrency;
  readonly dateOrders: DateColumnOrder[];
  readonly problems: Problem[];
}

interface AmountRead {
  /** Signed change to what the customer owes as typed: debit +, credit -, a lone amount as is. */
  effect: number;
  /** What the cashier typed, as a magnitude. */
  magnitude: number;
  side: 'debit' | 'credit' | 'amount';
  currency: CurrencyCode | undefined;
}

/** Reads every row below the header; rows above it are the caller's (titles and blanks). */
export function readLedgerRows(input: LedgerRowsInput): LedgerRowsOutput {
  const reader = new LedgerRowReader(input);
  return reader.readAll();
}

// Per-row work avoids allocating: each step returns its value and, when the row fails, records
// the column and reason in the reader's fields (failed, failColumn, failProblem). With a million
// rows, wrapper objects and closures per cell cost more than the reading itself.
class LedgerRowReader {
  private readonly col: Readonly<Record<ColumnRole, number>>;
  private readonly headers: ReadonlyMap<number, string>;
  private readonly dateOrder = new Map<number, SlashOrder | undefined>();
  private readonly dateCache = new Map<string, Outcome<IsoDay>>();
  private readonly serialCache = new Map<number, Outcome<IsoDay>>();
  private readonly kindCache = new Map<string, EntryKind | undefined>();
  private readonly methodCache = new Map<string, PaymentMethod | undefined>();
  private readonly out: LedgerRowsOutput;
  /** `<sheet>!`, made once: an entry id is this and the row number. */
  private readonly idPrefix: string;

  private failed = false;
  private failColumn = -1;
  private failProblem: Problem = { code: '' };
  private readonly amount: AmountRead = {
    effect: 0,
    magnitude: 0,
    side: 'amount',
    currency: undefined,
  };
  private moneyCurrency: CurrencyCode | undefined;
  /** The other side of a row holding both a debit and a credit amount; NaN when there is none. */
  private secondMagnitude = NaN;
  private secondEffect = 0;
  private secondCurrency: CurrencyCode | undefined;

  constructor(private readonly input: LedgerRowsInput) {
    const col: Partial<Record<ColumnRole, number>> = {};
    for (const column of input.mapping.columns) col[column.role] = column.column - 1;
    this.col = { ...emptyColumns(), ...col };
    this.headers = new Map(input.mapping.columns.map((c) => [c.column - 1, c.header]));
    this.idPrefix = `${input.rows.sheet}!`;
    this.out = {
      importedRows: 0,
      entriesAdded: 0,
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

    const { rows, firstRow, formats } = this.input.rows;
    const sheet = this.input.rows.sheet;
    const hidden = this.input.rows.hidden;
    const layout = this.input.layout;
    const noFormats: readonly string[] = [];
    for (let i = this.input.headerRow - firstRow + 1; i < rows.length; i++) {
      const row = firstRow + i;
      const cells = rows[i] ?? noFormats;
      const decided = classifyRow(cells, row, layout);
      if (decided.kind !== 'data') {
        this.out.skipped.push(
          'text' in decided
            ? { sheet, row, reason: decided.kind, text: decided.text }
            : { sheet, row, reason: decided.kind },
        );
        continue;
      }
      const imported = this.readDataRow(cells, formats[i] ?? noFormats, row);
      if (imported && hidden.size > 0 && hidden.has(row)) {
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

  private fail(column: number, problem: Problem): void {
    this.failed = true;
    this.failColumn = column;
    this.failProblem = problem;
  }

  /** Reads one data row; true when it became one entry (or two, see readBothSides). */
  private readDataRow(
    cells: readonly CellValue[],
    formats: readonly string[],
    row: number,
  ): boolean {
    const col = this.col;
    this.failed = false;

    const hasAmount = this.readAmount(cells);
    if (this.failed) return this.reject(cells, row, false, '');
    const name = this.readName(cells);
    if (this.failed || !hasAmount) return this.reject(cells, row, hasAmount, name);
    const twoSided = this.secondMagnitude === this.secondMagnitude;
    if (twoSided && col.type >= 0 && !isBlankCell(cells[col.type])) {
      // A type word names one kind, and the row carries two amounts: not guessed.
      this.fail(col.type, {
        code: 'structure.debit-and-credit',
        detail: {
          debit: cellText(cells[col.debit]),
          credit: cellText(cells[col.credit]),
          text: cellText(cells[col.type]),
        },
      });
      return this.reject(cells, row, true, name);
    }

    const date = this.readDate(cells[col.date], formats[col.date], col.date);
    if (this.failed) return this.reject(cells, row, true, name);

    const kind = this.readKind(cells);
    if (this.failed) return this.reject(cells, row, true, name);

    const due = this.readDueDate(cells, formats, date);
    if (this.failed) return this.reject(cells, row, true, name);

    const currency = this.readCurrency(cells, name);
    if (this.failed) return this.reject(cells, row, true, name);

    const sheet = this.input.rows.sheet;
    const code = col.customerId >= 0 ? optionalText(cells[col.customerId]) : undefined;
    if (twoSided) return this.readBothSides(cells, row, name, code, kind, date, due, currency);

    countSpelling(this.input.spellings, name, code, currency, sheet, row);
    this.input.entries.push(this.buildEntry(cells, row, name, kind, date, due, currency, ''));
    this.out.totals.addImported(currency, this.amount.magnitude as Fen);
    this.out.importedRows++;
    this.out.entriesAdded++;
    return true;
  }

  /**
   * A row with a debit and a credit amount (当日开票并收款) is two entries: the debit side with id
   * <sheet>!<row>:D and the credit side with id <sheet>!<row>:C, each read as a one-sided row. The
   * receipt applies to the invoice of its own row. Either side failing rejects the whole row, with
   * both amounts in the rejected total.
   */
  private readBothSides(
    cells: readonly CellValue[],
    row: number,
    name: string,
    code: string | undefined,
    debitKind: EntryKind,
    date: IsoDay,
    due: IsoDay | undefined,
    debitCurrency: CurrencyCode,
  ): boolean {
    const read = this.amount;
    const debit = this.buildEntry(cells, row, name, debitKind, date, due, debitCurrency, ':D');
    const debitMagnitude = read.magnitude;

    // The credit side becomes the current amount, the debit side the second one (for rejection).
    const creditEffect = this.secondEffect;
    const creditMagnitude = this.secondMagnitude;
    const creditCurrency = this.secondCurrency;
    this.secondEffect = read.effect;
    this.secondMagnitude = debitMagnitude;
    this.secondCurrency = read.currency;
    read.effect = creditEffect;
    read.magnitude = creditMagnitude;
    read.side = 'credit';
    read.currency = creditCurrency;

    const creditKind = this.readKind(cells);
    if (this.failed) return this.reject(cells, row, true, name);
    const currency = this.readCurrency(cells, name);
    if (this.failed) return this.reject(cells, row, true, name);
    if (currency !== debitCurrency) {
      this.fail(this.col.credit, {
        code: 'structure.currency-conflict',
        detail: { text: cellText(cells[this.col.credit]), amountCurrency: debitCurrency },
      });
      return this.reject(cells, row, true, name);
    }

    const credit = this.buildEntry(cells, row, name, creditKind, date, undefined, currency, ':C');
    if (credit.referencedInvoice === undefined && debit.kind === 'invoice') {
      credit.referencedInvoice = debit.documentNumber;
    }
    countSpelling(this.input.spellings, name, code, currency, this.input.rows.sheet, row);
    this.input.entries.push(debit, credit);
    this.out.totals.addImported(debitCurrency, debitMagnitude as Fen);
    this.out.totals.addImported(currency, read.magnitude as Fen);
    this.out.notes.push({
      sheet: this.input.rows.sheet,
      row,
      problem: {
        code: 'structure.debit-and-credit-split',
        detail: {
          debit: cellText(cells[this.col.debit]),
          credit: cellText(cells[this.col.credit]),
        },
      },
    });
    this.out.importedRows++;
    this.out.entriesAdded += 2;
    return true;
  }

  private reject(
    cells: readonly CellValue[],
    row: number,
    amountKnown: boolean,
    name: string,
  ): false {
    const column = this.failColumn;
    const rejected: { -readonly [K in keyof RejectedRow]: RejectedRow[K] } = {
      sheet: this.input.rows.sheet,
      row,
      problem: this.failProblem,
    };
    if (column >= 0) {
      rejected.column = column + 1;
      rejected.header = this.headers.get(column) ?? '';
    }
    if (amountKnown) {
      const currency = this.amount.currency ?? this.currencyFor(cells, name);
      rejected.amount = this.amount.magnitude as Fen;
      rejected.currency = currency;
      this.out.totals.addRejected(currency, this.amount.magnitude as Fen);

      // Both sides of a two-sided row count as rejected; the row shows their sum.
      const second = this.secondMagnitude;
      if (second === second) {
        const secondCurrency = this.secondCurrency ?? this.currencyFor(cells, name);
        this.out.totals.addRejected(secondCurrency, second as Fen);
        if (secondCurrency === currency) rejected.amount = (this.amount.magnitude + second) as Fen;
      }
    }
    this.out.rejected.push(rejected);
    return false;
  }

  private readName(cells: readonly CellValue[]): string {
    const index = this.col.customer >= 0 ? this.col.customer : this.col.customerId;
    const value = cells[index];
    if (typeof value === 'string') {
      const name = value.trim();
      if (name !== '') return name;
    } else if (value !== null && value !== undefined && isCellError(value)) {
      this.fail(index, { code: 'structure.customer-error', detail: { text: value.error } });
      return '';
    } else if (value !== null && value !== undefined) {
      return cellText(value);
    }

    const idCell = this.col.customerId >= 0 ? cells[this.col.customerId] : null;
    const id =
      idCell !== null && idCell !== undefined && !isCellError(idCell) ? cellText(idCell) : '';
    if (id !== '') return id;
    this.fail(index, { code: 'structure.no-customer' });
    return '';
  }

  /** Fills this.amount; false when the row has no amount (a failure is recorded then). */
  private readAmount(cells: readonly CellValue[]): boolean {
    const { debit, credit, amount } = this.col;
    const read = this.amount;
    this.secondMagnitude = NaN;
    if (debit < 0 && credit < 0) {
      const fen = this.readMoney(cells, amount);
      if (this.failed) return false;
      if (Number.isNaN(fen)) {
        this.fail(amount, { code: 'structure.no-amount' });
        return false;
      }
      read.effect = fen;
      read.magnitude = fen < 0 ? -fen : fen;
      read.side = 'amount';
      read.currency = this.moneyCurrency;
      return true;
    }

    const d = this.readMoney(cells, debit);
    if (this.failed) return false;
    const debitCurrency = this.moneyCurrency;
    const c = this.readMoney(cells, credit);
    if (this.failed) return false;

    // A zero typed on the other side ("0.00" under 贷方) says nothing; two amounts say two things.
    const hasDebit = !Number.isNaN(d) && (d !== 0 || Number.isNaN(c) || c === 0);
    const hasCredit = !Number.isNaN(c) && (c !== 0 || !hasDebit);
    if (hasDebit && hasCredit) {
      // Two amounts say two things (当日开票并收款): the debit side now, the credit side second.
      this.secondEffect = -c;
      this.secondMagnitude = c < 0 ? -c : c;
      this.secondCurrency = this.moneyCurrency;
    }
    if (hasDebit) {
      read.effect = d;
      read.magnitude = d < 0 ? -d : d;
      read.side = 'debit';
      read.currency = debitCurrency;
      return true;
    }
    if (hasCredit) {
      read.effect = c === 0 ? 0 : -c;
      read.magnitude = c < 0 ? -c : c;
      read.side = 'credit';
      read.currency = this.moneyCurrency;
      return true;
    }
    this.fail(debit >= 0 ? debit : credit, { code: 'structure.no-amount' });
    return false;
  }

  /** Fen in a cell, NaN when the cell is blank or the column absent; sets this.moneyCurrency. */
  private readMoney(cells: readonly CellValue[], index: number): number {
    this.moneyCurrency = undefined;
    if (index < 0) return NaN;
    const value = cells[index];
    if (value === null || value === undefined) return NaN;

    // The common case, kept free of parsing: a numeric cell rounds to the nearest fen.
    if (typeof value === 'number' && Number.isFinite(value) && Math.abs(value) < MAX_FEN / 100) {
      return fenFromYuanNumber(value);
    }
    if (typeof value === 'string' && value.trim() === '') return NaN;
    if (typeof value === 'number' || typeof value === 'string') {
      const parsed = parseAmount(value);
      if (parsed.ok) {
        this.moneyCurrency = parsed.value.currency;
        return parsed.value.fen;
      }
      this.fail(index, inOwnWords('structure.amount-unreadable', parsed.problem));
      return NaN;
    }
    if (typeof value === 'boolean') {
      this.fail(index, { code: 'structure.amount-unreadable', detail: { text: cellText(value) } });
      return NaN;
    }
    this.fail(index, { code: 'structure.cell-error', detail: { text: value.error } });
    return NaN;
  }

  private readDate(
    value: CellValue | undefined,
    format: string | undefined,
    index: number,
  ): IsoDay {
    if (typeof value === 'number') {
      if (isDateFormat(format)) {
        let parsed = this.serialCache.get(value);
        if (parsed === undefined) {
          parsed = parseDateSerial(value, this.input.dateSystem);
          this.serialCache.set(value, parsed);
        }
        return this.dateOf(parsed, index);
      }
      // 20240305 typed as a number reads as the text it shows; any other plain number is a
      // serial Excel does not show as a date, so the cashier sees a number: not guessed.
      if (Number.isInteger(value) && value >= 10000101 && value <= 99991231) {
        return this.readDateText(String(value), index);
      }
      this.fail(index, { code: 'structure.date-not-formatted', detail: { text: cellText(value) } });
      return NO_DAY;
    }
    if (typeof value === 'string' && value.trim() !== '') return this.readDateText(value, index);
    if (value === null || value === undefined || typeof value === 'string') {
      this.fail(index, { code: 'structure.no-date' });
    } else if (typeof value === 'boolean') {
      this.fail(index, { code: 'structure.date-unreadable', detail: { text: cellText(value) } });
    } else {
      this.fail(index, { code: 'structure.cell-error', detail: { text: value.error } });
    }
    return NO_DAY;
  }

  private readDateText(text: string, index: number): IsoDay {
    const cache = this.dateCache;
    const key = index === this.col.date ? text : `${index}\u0000${text}`;
    let parsed = cache.get(key);
    if (parsed === undefined) {
      parsed = parseDateText(text, this.dateOrder.get(index));
      cache.set(key, parsed);
    }
    return this.dateOf(parsed, index);
  }

  private dateOf(parsed: Outcome<IsoDay>, index: number): IsoDay {
    if (parsed.ok) return parsed.value;
    this.fail(index, dateProblem(parsed.problem));
    return NO_DAY;
  }

  private readKind(cells: readonly CellValue[]): EntryKind {
    const typeIndex = this.col.type;
    const typeCell = typeIndex >= 0 ? cells[typeIndex] : null;
    if (typeCell !== null && typeCell !== undefined) {
      const typeText = typeof typeCell === 'string' ? typeCell : cellText(typeCell);
      if (typeText.trim() !== '') {
        let kind = this.kindCache.get(typeText);
        if (kind === undefined && !this.kindCache.has(typeText)) {
          kind = kindFromTypeWord(typeText);
          this.kindCache.set(typeText, kind);
        }
        if (kind !== undefined) return kind;
        this.fail(typeIndex, { code: 'structure.type-unknown', detail: { text: typeText.trim() } });
        return 'invoice';
      }
    }

    const amount = this.amount;
    const memo = this.col.memo >= 0 ? cells[this.col.memo] : undefined;
    const fromMemo = typeof memo === 'string' ? kindFromMemo(memo) : undefined;
    if (fromMemo !== undefined) {
      // A memo saying 退货 or 坏账 is believed only where the amount lowers the balance, since
      // memos also tell stories ("退货后重开发票" on an invoice).
      const lowers = amount.side === 'credit' || amount.effect <= 0;
      if (fromMemo === 'opening' || fromMemo === 'adjustment' || lowers) return fromMemo;
    }

    // No word says what the row is: the side decides. A lone amount column is a sales list.
    return amount.side === 'credit' ? 'receipt' : 'invoice';
  }

  private readDueDate(
    cells: readonly CellValue[],
    formats: readonly string[],
    date: IsoDay,
  ): IsoDay | undefined {
    const index = this.col.dueDate;
    if (index < 0) return undefined;
    const value = cells[index];
    if (value === null || value === undefined) return undefined;
    if (typeof value === 'string' && value.trim() === '') return undefined;

    const day = this.readDate(value, formats[index], index);
    if (!this.failed) return day;
    this.failed = false;

    // 付款期限 often holds terms ("30天", "Net 30", "月结30天") rather than a day.
    if (typeof value === 'string' || (typeof value === 'number' && !isDateFormat(formats[index]))) {
      const terms = parseTerms(value);
      if (terms.ok) return dueDateAfter(date, terms.value);
    }
    this.fail(index, { code: 'structure.due-date-unreadable', detail: { text: cellText(value) } });
    return undefined;
  }

  private readCurrency(cells: readonly CellValue[], name: string): CurrencyCode {
    const index = this.col.currency;
    const word = index >= 0 ? cellText(cells[index]) : '';
    const amountCurrency = this.amount.currency;
    if (word === '') {
      return amountCurrency ?? this.input.currencyOfName(name) ?? this.input.defaultCurrency;
    }

    const currency = currencyFromWord(word);
    if (currency === undefined) {
      this.fail(index, { code: 'structure.currency-unknown', detail: { text: word } });
      return '';
    }
    if (amountCurrency !== undefined && currency !== amountCurrency) {
      this.fail(index, {
        code: 'structure.currency-conflict',
        detail: { text: word, amountCurrency },
      });
    }
    return currency;
  }

  private currencyFor(cells: readonly CellValue[], name: string): CurrencyCode {
    const word = this.col.currency >= 0 ? cellText(cells[this.col.currency]) : '';
    return (
      (word !== '' ? currencyFromWord(word) : undefined) ??
      this.input.currencyOfName(name) ??
      this.input.defaultCurrency
    );
  }

  private paymentMethod(word: string): PaymentMethod | undefined {
    let method = this.methodCache.get(word);
    if (method === undefined && !this.methodCache.has(word)) {
      method = paymentMethodFromWord(word);
      this.methodCache.set(word, method);
    }
    return method;
  }

  private buildEntry(
    cells: readonly CellValue[],
    row: number,
    name: string,
    typed: EntryKind,
    date: IsoDay,
    due: IsoDay | undefined,
    currency: CurrencyCode,
    idSuffix: string,
  ): MutableEntry {
    const kind = kindForSign(typed, this.amount);
    const value = amountForKind(typed, this.amount);
    const col = this.col;
    const sheet = this.input.rows.sheet;
    const memo = col.memo >= 0 ? optionalText(cells[col.memo]) : undefined;
    const methodWord = col.method >= 0 ? optionalText(cells[col.method]) : undefined;
    const method =
      methodWord !== undefined
        ? this.paymentMethod(methodWord)
        : kind === 'receipt' && memo !== undefined
          ? paymentMethodFromMemo(memo)
          : undefined;

    let disputed: true | undefined;
    let disputeNote: string | undefined;
    const disputeCell = col.disputed >= 0 ? cells[col.disputed] : undefined;
    if (disputeCell !== null && disputeCell !== undefined && !isCellError(disputeCell)) {
      const dispute = readDispute(disputeCell);
      if (dispute.disputed) disputed = true;
      disputeNote = dispute.note;
    }

    // One literal with every field, so all entries share one object shape; absent fields are
    // undefined, which readers treat as missing.
    return {
      id: idSuffix === '' ? this.idPrefix + row : `${this.idPrefix}${row}${idSuffix}`,
      customerId: name,
      kind,
      date,
      dueDate: due,
      documentNumber: col.document >= 0 ? optionalText(cells[col.document]) : undefined,
      referencedInvoice: col.reference >= 0 ? optionalText(cells[col.reference]) : undefined,
      amount: value,
      currency,
      paymentMethod: method,
      memo,
      disputed,
      disputeNote,
      source: { sheet, row },
    };
  }
}

const NO_DAY = '' as IsoDay;

// The entry's kind and amount in the kind's own direction (see LedgerEntry.amount), from the kind
// the row's words name and the amount as typed. A negative invoice is a credit note (红字); credit
// notes and write-offs are magnitudes however they were typed; a negative receipt is a bounced
// payment; openings and adjustments keep the sign of their effect on the balance.

/** What the row does to the balance: on a debit/credit sheet the side gives the sign, on a lone
 * amount column the kind does. */
function owedBy(typed: EntryKind, amount: Pick<AmountRead, 'effect' | 'side'>): number {
  if (amount.side !== 'amount') return amount.effect;
  const lowers = typed === 'receipt' || typed === 'credit-note' || typed === 'write-off';
  return lowers ? -amount.effect : amount.effect;
}

function kindForSign(typed: EntryKind, amount: Pick<AmountRead, 'effect' | 'side'>): EntryKind {
  return typed === 'invoice' && owedBy(typed, amount) < 0 ? 'credit-note' : typed;
}

function amountForKind(typed: EntryKind, amount: Pick<AmountRead, 'effect' | 'side'>): Fen {
  const owed = owedBy(typed, amount);
  switch (typed) {
    case 'invoice':
    case 'credit-note':
    case 'write-off':
      return (owed < 0 ? -owed : owed) as Fen;
    case 'receipt':
      return (owed === 0 ? 0 : -owed) as Fen;
    case 'opening':
    case 'adjustment':
      return (owed === 0 ? 0 : owed) as Fen;
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
