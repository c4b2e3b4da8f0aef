/**
 * The CASHIER.* worksheet functions. custom-functions-metadata-plugin reads the JSDoc below into
 * functions.json (the @customfunction tag gives the id and the name Excel shows), so each function
 * is a plain top-level declaration. Parameter types follow what the plugin maps: `unknown` is
 * "any" (a date may be a serial or text), `unknown[][]` is a range, an array return spills.
 * Chinese names and descriptions live in functions.zh-CN.json; the build merges them into
 * functions-zh-CN.json (docs/functions.md).
 *
 * Rules for every function here: arguments arrive as Excel passes them (serials or text for dates,
 * 2-D arrays for ranges, '' or null for empty cells); expected problems come back as cell errors
 * with the cashier's words, never thrown; a bug is caught and shown as an internal error; and
 * nothing reads the clock. The as-of date is an argument: `=CASHIER.DAYSPASTDUE(C2, TODAY())`.
 * A default of "today" would need the function marked volatile, or Excel would keep yesterday's
 * answer after midnight; TODAY() in the formula gives Excel's own recalculation and a sheet that
 * can be re-run for any date.
 *
 * Association happens here and only when Excel's CustomFunctions global exists, so loading this
 * bundle in a plain browser does nothing. (webpack.config.js removes the plugin's own appended,
 * unguarded associate calls for that reason.)
 */
import { toEnglishWords } from '../domain/amountWords';
import { paymentMetrics, predictOpenInvoices } from '../domain/behaviour';
import { toChineseCapitals } from '../domain/chineseCapitals';
import type { CapitalsOptions } from '../domain/chineseCapitals';
import { daysBetween, serialFromIsoDay } from '../domain/isoDay';
import { fenToYuanNumber } from '../domain/money';
import type { Outcome, Problem } from '../domain/problem';
import { bucketIndexFor } from '../domain/receivables';
import { parseAmount } from '../domain/parseAmount';
import { parseDateText } from '../domain/parseDate';
import {
  dayArgument,
  fenArgument,
  flagArgument,
  FUNCTION_DATE_SYSTEM,
  isBlank,
  optionalText,
  slashOrderArgument,
  textOrNumberArgument,
} from './arguments';
import { bucketsArgument } from './bucketChoice';
import { cellErrorFor, customFunctionsHost, functionLanguage, invalidValue } from './cellError';
import type { CellError, CustomFunctionsHost } from './cellError';
import { readInvoiceColumns } from './invoiceColumns';
import { readLedgerColumns } from './ledgerColumns';
import { letterTextCell } from './letterText';
import {
  agingTable,
  asOpenItems,
  creditOf,
  openItemsTable,
  provisionBands,
  provisionTotal,
  reasonsText,
} from './receivablesTables';

// Excel shows the JSDoc's first paragraph in formula autocomplete, so it stays one line; the sign
// rule: positive when overdue, zero on the due date, negative while not yet due.
/**
 * Calendar days from the due date to the as-of date (negative while not yet due).
 * @customfunction DAYSPASTDUE DAYSPASTDUE
 * @param dueDate The due date: a date cell, its serial number or a date typed as text.
 * @param asOf The date to count to, usually TODAY().
 * @returns Whole calendar days past due (negative when not yet due).
 */
export function daysPastDue(dueDate: unknown, asOf: unknown): number | CellError {
  return guarded(() => {
    const due = dayArgument(dueDate, 'dueDate');
    if (!due.ok) return invalidValue(due.problem);

    const end = dayArgument(asOf, 'asOf');
    if (!end.ok) return invalidValue(end.problem);

    return daysBetween(due.value, end.value);
  });
}

/**
 * The aging bucket a due date falls in on the as-of date, such as 31-60 days.
 * @customfunction AGEBUCKET AGEBUCKET
 * @param dueDate The due date: a date cell, its serial number or a date typed as text.
 * @param asOf The date to age to, usually TODAY().
 * @param [buckets] "days" (default: not yet due, 1-30 ... over 365), "years" (1年以内 ... 5年以上), or upper bounds such as "30,60,90".
 * @returns The bucket's label in Excel's display language.
 */
export function ageBucket(dueDate: unknown, asOf: unknown, buckets?: unknown): string | CellError {
  return guarded(() => {
    const due = dayArgument(dueDate, 'dueDate');
    if (!due.ok) return invalidValue(due.problem);
    const end = dayArgument(asOf, 'asOf');
    if (!end.ok) return invalidValue(end.problem);
    const set = bucketsArgument(buckets);
    if (!set.ok) return invalidValue(set.problem);

    const bucket = set.value[bucketIndexFor(set.value, daysBetween(due.value, end.value))];
    return bucket ? bucket[functionLanguage()] : '';
  });
}

/**
 * Open items aged by customer: a header row, one row per customer and a TOTAL row.
 * @customfunction AGING AGING
 * @param customers The customer of each open item (a column).
 * @param dueDates The due date of each item (a column of the same length).
 * @param amounts What is open on each item; a negative amount is a credit, set against the oldest items.
 * @param asOf The date to age to, usually TODAY().
 * @param [buckets] "days" (default), "years", or upper bounds such as "30,60,90".
 * @returns A table: customer, one column per bucket, total open and unapplied credit.
 */
export function aging(
  customers: unknown[][],
  dueDates: unknown[][],
  amounts: unknown[][],
  asOf: unknown,
  buckets?: unknown,
): unknown[][] {
  return spilled(() => {
    const end = dayArgument(asOf, 'asOf');
    if (!end.ok) return end;
    const set = bucketsArgument(buckets);
    if (!set.ok) return set;
    const ledger = readLedgerColumns({
      customers,
      dates: dueDates,
      amounts,
      names: { customers: 'customers', dates: 'dueDates' },
    });
    if (!ledger.ok) return ledger;

    const items = asOpenItems(ledger.value, end.value);
    return ok(agingTable(ledger.value, items, end.value, set.value, functionLanguage()));
  });
}

/**
 * The invoices still open after receipts and credit notes are set against them (核销).
 * @customfunction OPENITEMS OPENITEMS
 * @param customers The customer of each ledger row (a column).
 * @param kinds What each row is: 应收/销售/invoice, 收款/receipt, 退货/折让/credit note, 期初/opening, 坏账/write-off, 调整/adjustment.
 * @param dates The date of each row.
 * @param amounts The amount of each row, positive in its own direction (a receipt of 500 is 500).
 * @param asOf The date to allocate to; rows dated later are left out.
 * @param [documentNumbers] Invoice numbers, so receipts that name an invoice pay it first.
 * @param [references] The invoice number each receipt or credit note names.
 * @param [dueDates] Due dates; where empty, the row's date plus 30 days.
 * @returns A table: customer, document, date, due date, amount, paid, open and days past due.
 */
export function openItems(
  customers: unknown[][],
  kinds: unknown[][],
  dates: unknown[][],
  amounts: unknown[][],
  asOf: unknown,
  documentNumbers?: unknown[][],
  references?: unknown[][],
  dueDates?: unknown[][],
): unknown[][] {
  return spilled(() => {
    const end = dayArgument(asOf, 'asOf');
    if (!end.ok) return end;
    const ledger = readLedgerColumns({
      customers,
      kinds,
      dates,
      amounts,
      documentNumbers,
      references,
      dueDates,
      names: { customers: 'customers', dates: 'dates' },
    });
    if (!ledger.ok) return ledger;

    return ok(openItemsTable(ledger.value, end.value, functionLanguage()));
  });
}

/**
 * Bad-debt provision (坏账准备) on open items by the aging rate table.
 * @customfunction PROVISION PROVISION
 * @param customers The customer of each open item (a column).
 * @param dueDates The due date of each item.
 * @param amounts What is open on each item; a negative amount is a credit.
 * @param asOf The date to age to, usually the period end.
 * @param [rates] Six rates for 1年以内, 1-2年, 2-3年, 3-4年, 4-5年, 5年以上 (default 5%, 10%, 30%, 50%, 80%, 100%).
 * @returns The total provision in yuan.
 */
export function provision(
  customers: unknown[][],
  dueDates: unknown[][],
  amounts: unknown[][],
  asOf: unknown,
  rates?: unknown[][],
): number | CellError {
  return guarded(() => {
    const end = dayArgument(asOf, 'asOf');
    if (!end.ok) return invalidValue(end.problem);
    const bands = provisionBands(rateList(rates));
    if (!bands.ok) return invalidValue(bands.problem);
    const ledger = readLedgerColumns({
      customers,
      dates: dueDates,
      amounts,
      names: { customers: 'customers', dates: 'dueDates' },
    });
    if (!ledger.ok) return invalidValue(ledger.problem);

    const items = asOpenItems(ledger.value, end.value);
    return fenToYuanNumber(provisionTotal(ledger.value, items, end.value, bands.value));
  });
}

/**
 * A customer's credit score, 0 to 100, from the ledger alone.
 * @customfunction CREDITSCORE CREDITSCORE
 * @param customer The customer to score, as written in the customers column.
 * @param customers The customer of each ledger row (a column).
 * @param kinds What each row is: invoice, receipt, credit note, opening, write-off, adjustment.
 * @param dates The date of each row.
 * @param amounts The amount of each row.
 * @param asOf The date to evaluate on, usually TODAY().
 * @param [creditLimit] The customer's credit limit, for limit use and over-limit warnings.
 * @param [dueDates] Due dates; where empty, the row's date plus 30 days.
 * @returns The score: 100 is a customer who always pays on time.
 */
export function creditScore(
  customer: unknown,
  customers: unknown[][],
  kinds: unknown[][],
  dates: unknown[][],
  amounts: unknown[][],
  asOf: unknown,
  creditLimit?: unknown,
  dueDates?: unknown[][],
): number | CellError {
  return guarded(() => {
    const evaluation = evaluate(
      customer,
      { customers, kinds, dates, amounts, dueDates },
      asOf,
      creditLimit,
    );
    return evaluation.ok ? evaluation.value.score : cellErrorFor(evaluation.problem);
  });
}

/**
 * A customer's credit flag: OK, WATCH, WARN or HOLD (停止赊销), optionally with its reasons.
 * @customfunction CREDITFLAG CREDITFLAG
 * @param customer The customer to check, as written in the customers column.
 * @param customers The customer of each ledger row (a column).
 * @param kinds What each row is: invoice, receipt, credit note, opening, write-off, adjustment.
 * @param dates The date of each row.
 * @param amounts The amount of each row.
 * @param asOf The date to evaluate on, usually TODAY().
 * @param [creditLimit] The customer's credit limit.
 * @param [dueDates] Due dates; where empty, the row's date plus 30 days.
 * @param [withReason] TRUE spills the flag and its reasons into two cells side by side.
 * @returns OK, WATCH, WARN or HOLD; with withReason, the flag and the reasons in words.
 */
export function creditFlag(
  customer: unknown,
  customers: unknown[][],
  kinds: unknown[][],
  dates: unknown[][],
  amounts: unknown[][],
  asOf: unknown,
  creditLimit?: unknown,
  dueDates?: unknown[][],
  withReason?: unknown,
): unknown[][] {
  return spilled(() => {
    const evaluation = evaluate(
      customer,
      { customers, kinds, dates, amounts, dueDates },
      asOf,
      creditLimit,
    );
    if (!evaluation.ok) return evaluation;

    const flag = evaluation.value.flag;
    return ok(
      flagArgument(withReason)
        ? [[flag, reasonsText(evaluation.value, functionLanguage())]]
        : [[flag]],
    );
  });
}

// Accepts every form in DOMAIN.md (1,234.50, ¥1234.5, 1234.50元, 1.2万, (500.00), full-width
// digits) and returns yuan rounded to the fen; text that is not an amount is #VALUE!, not a guess.
/**
 * Reads an amount typed as text, such as ¥1,234.50 or 1.2万, as a number.
 * @customfunction PARSEAMOUNT PARSEAMOUNT
 * @param text The amount as text, or a number.
 * @returns The amount in yuan (or the sheet's currency), rounded to the fen.
 */
export function parseAmountCell(text: unknown): number | CellError {
  return guarded(() => {
    const value = textOrNumberArgument(text, 'text');
    if (!value.ok) return invalidValue(value.problem);

    const parsed = parseAmount(value.value);
    if (!parsed.ok) return cellErrorFor(parsed.problem);
    return fenToYuanNumber(parsed.value.fen);
  });
}

/**
 * Reads a date typed as text (2024/3/5, 2024年3月5日, 20240305, 3/5/2024) as a date serial.
 * @customfunction PARSEDATE PARSEDATE
 * @param text The date as text, or a date cell.
 * @param [order] For dates like 3/5/2024: "mdy" (March 5) or "dmy" (3 May); without it such a date is refused unless a part over 12 settles it.
 * @returns The date's serial number; format the cell as a date.
 */
export function parseDateCell(text: unknown, order?: unknown): number | CellError {
  return guarded(() => {
    const slashOrder = slashOrderArgument(order, 'order');
    if (!slashOrder.ok) return invalidValue(slashOrder.problem);
    // Text keeps the parser's own reason (an ambiguous 3/5/2024, a two-digit year).
    if (typeof text === 'string' && text.trim() !== '') {
      const parsed = parseDateText(text, slashOrder.value);
      if (!parsed.ok) return invalidValue(parsed.problem);
      return serialFromIsoDay(parsed.value, FUNCTION_DATE_SYSTEM);
    }

    const day = dayArgument(text, 'text');
    if (!day.ok) return invalidValue(day.problem);
    return serialFromIsoDay(day.value, FUNCTION_DATE_SYSTEM);
  });
}

/**
 * An amount in Chinese capitals (人民币大写), such as 壹仟肆佰零玖元伍角整.
 * @customfunction CAPITALS CAPITALS
 * @param amount The amount: a number or text such as ¥1,409.50.
 * @param [style] "人民币" to start with 人民币; "无整" for no 整 after 角; both may be given, separated by a comma.
 * @returns The capitals, per the People's Bank rules.
 */
export function capitals(amount: unknown, style?: unknown): string | CellError {
  return guarded(() => {
    const fen = fenArgument(amount, 'amount');
    if (!fen.ok) return cellErrorFor(fen.problem);
    const options = capitalsStyle(style);
    if (!options.ok) return invalidValue(options.problem);

    return toChineseCapitals(fen.value, options.value);
  });
}

/**
 * An amount in English words for letters, such as One thousand yuan and fifty fen.
 * @customfunction AMOUNTWORDS AMOUNTWORDS
 * @param amount The amount: a number or text such as $1,234.50.
 * @param [currency] CNY (default), USD, HKD, EUR or GBP; another code is written after the words.
 * @returns The amount in words, sentence case.
 */
export function amountWords(amount: unknown, currency?: unknown): string | CellError {
  return guarded(() => {
    const fen = fenArgument(amount, 'amount');
    if (!fen.ok) return cellErrorFor(fen.problem);
    const code = optionalText(currency);
    if (code !== undefined && !/^[A-Za-z]{3}$/.test(code)) {
      return invalidValue({ code: 'functions.not-a-currency', detail: { value: code } });
    }

    return code === undefined
      ? toEnglishWords(fen.value)
      : toEnglishWords(fen.value, code.toUpperCase());
  });
}

/**
 * Days sales outstanding over a period: closing receivables / credit sales x days.
 * @customfunction DSO DSO
 * @param issueDates The date each invoice was issued (a column).
 * @param dueDates The due date of each invoice.
 * @param amounts The amount of each invoice.
 * @param settledDates The day each invoice was fully paid; empty while unpaid.
 * @param periodStart The first day of the period.
 * @param periodEnd The last day of the period.
 * @returns DSO in days; #N/A when the period has no credit sales.
 */
export function dso(
  issueDates: unknown[][],
  dueDates: unknown[][],
  amounts: unknown[][],
  settledDates: unknown[][],
  periodStart: unknown,
  periodEnd: unknown,
): number | CellError {
  return guarded(() =>
    metric(issueDates, dueDates, amounts, settledDates, periodStart, periodEnd, 'dso'),
  );
}

/**
 * Collection effectiveness index, in percent: how much of what could be collected was.
 * @customfunction CEI CEI
 * @param issueDates The date each invoice was issued (a column).
 * @param dueDates The due date of each invoice.
 * @param amounts The amount of each invoice.
 * @param settledDates The day each invoice was fully paid; empty while unpaid.
 * @param periodStart The first day of the period.
 * @param periodEnd The last day of the period.
 * @returns CEI in percent (100 = everything collectable was collected).
 */
export function cei(
  issueDates: unknown[][],
  dueDates: unknown[][],
  amounts: unknown[][],
  settledDates: unknown[][],
  periodStart: unknown,
  periodEnd: unknown,
): number | CellError {
  return guarded(() =>
    metric(issueDates, dueDates, amounts, settledDates, periodStart, periodEnd, 'cei'),
  );
}

/**
 * Predicted payment date of each open invoice, from its customer's own payment history.
 * @customfunction PREDICTPAY PREDICTPAY
 * @param customers The customer of each invoice (a column).
 * @param issueDates The date each invoice was issued.
 * @param dueDates The due date of each invoice.
 * @param amounts The amount of each invoice.
 * @param settledDates The day each invoice was fully paid; empty while unpaid.
 * @param asOf The date to predict from: only what was known by then is used.
 * @returns A column beside the invoices: the predicted date for open ones, empty for paid ones.
 */
export function predictPay(
  customers: unknown[][],
  issueDates: unknown[][],
  dueDates: unknown[][],
  amounts: unknown[][],
  settledDates: unknown[][],
  asOf: unknown,
): unknown[][] {
  return spilled(() => {
    const end = dayArgument(asOf, 'asOf');
    if (!end.ok) return end;
    const read = readInvoiceColumns({
      customers,
      issued: issueDates,
      due: dueDates,
      amounts,
      settled: settledDates,
    });
    if (!read.ok) return read;

    const predicted = new Map(
      predictOpenInvoices(read.value.invoices, end.value).map((p) => [p.invoiceId, p.predicted]),
    );
    const column: (string | number)[][] = read.value.invoiceAtRow.map((at) => {
      const invoice = at < 0 ? undefined : read.value.invoices[at];
      const day = invoice ? predicted.get(invoice.invoiceId) : undefined;
      return [day ? serialFromIsoDay(day, FUNCTION_DATE_SYSTEM) : ''];
    });
    if (read.value.header && column[0]) {
      column[0] = [functionLanguage() === 'zh' ? '预计回款日' : 'Predicted payment'];
    }
    return ok(column);
  });
}

// The text of a letter is read from the open workbook, not from ranges: Excel recalculates it when
// an argument changes (or on Ctrl+Alt+F9), not when the ledger does (docs/functions.md).
/**
 * One customer's letter as text: the reminder the rules give today, or a 对账函 with kind "statement".
 * @customfunction LETTERTEXT LETTERTEXT
 * @param customer The customer's name or id, as the ledger names it.
 * @param asOf The letter's date and the as-of date of its figures, usually TODAY().
 * @param [kind] "reminder" (default: the level the reminder rules give) or "statement" (account confirmation, 对账函).
 * @param [lang] "zh" or "en"; the Settings sheet's language when omitted.
 * @returns The letter as plain text, one paragraph per line (turn on Wrap Text to see the lines).
 */
export function letterTextOf(
  customer: unknown,
  asOf: unknown,
  kind?: unknown,
  lang?: unknown,
): Promise<string | CellError> {
  return letterTextCell(customer, asOf, kind, lang);
}

/** Ids as in the @customfunction tags above; the build test checks they match functions.json. */
export const CUSTOM_FUNCTIONS = {
  DAYSPASTDUE: daysPastDue,
  AGEBUCKET: ageBucket,
  AGING: aging,
  OPENITEMS: openItems,
  PROVISION: provision,
  CREDITSCORE: creditScore,
  CREDITFLAG: creditFlag,
  PARSEAMOUNT: parseAmountCell,
  PARSEDATE: parseDateCell,
  CAPITALS: capitals,
  AMOUNTWORDS: amountWords,
  DSO: dso,
  CEI: cei,
  PREDICTPAY: predictPay,
  LETTERTEXT: letterTextOf,
} as const;

export function associateCustomFunctions(host: CustomFunctionsHost): void {
  for (const [id, implementation] of Object.entries(CUSTOM_FUNCTIONS)) {
    host.associate(id, implementation as (...args: never[]) => unknown);
  }
}

// --- How the functions above share their plumbing --------------------------------------------

/** Runs a scalar function; a throw is a bug, shown as an internal error rather than escaping. */
function guarded<T>(body: () => T | CellError): T | CellError {
  try {
    return body();
  } catch (error) {
    return cellErrorFor(internalError(error));
  }
}

/** Runs a spilling function: its table, or its problem as a single error cell. */
function spilled(body: () => Outcome<(string | number)[][]>): (string | number)[][] {
  let outcome: Outcome<(string | number)[][]>;
  try {
    outcome = body();
  } catch (error) {
    outcome = { ok: false, problem: internalError(error) };
  }
  // Excel takes an error object in a cell of the returned array; the type says cells are values.
  return outcome.ok ? outcome.value : [[cellErrorFor(outcome.problem) as unknown as string]];
}

function ok<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

function internalError(error: unknown): Problem {
  const code = (error as { code?: unknown } | null)?.code;
  return {
    code: 'functions.internal-error',
    detail: { code: typeof code === 'string' ? code : 'unknown' },
  };
}

function rateList(rates: unknown): number[] | undefined {
  if (isBlank(rates)) return undefined;
  const cells = Array.isArray(rates) ? (rates as unknown[]).flat() : [rates];
  return cells
    .filter((cell) => !isBlank(cell))
    .map((cell) => (typeof cell === 'number' ? cell : Number.NaN));
}

function capitalsStyle(style: unknown): Outcome<CapitalsOptions> {
  const text = optionalText(style);
  if (text === undefined) return ok({});

  let prefix = false;
  let zhengAfterJiao = true;
  for (const word of text.split(/[,，;；\s]+/).filter((part) => part !== '')) {
    if (/^(人民币|rmb|prefix)$/i.test(word)) prefix = true;
    else if (/^(无整|不加整|no-?zheng)$/i.test(word)) zhengAfterJiao = false;
    else
      return {
        ok: false,
        problem: {
          code: 'functions.unknown-option',
          detail: { argument: 'style', value: word, options: '人民币, 无整' },
        },
      };
  }
  return ok({ prefix, zhengAfterJiao });
}

function evaluate(
  customer: unknown,
  ranges: {
    customers: unknown;
    kinds: unknown;
    dates: unknown;
    amounts: unknown;
    dueDates: unknown;
  },
  asOf: unknown,
  creditLimit: unknown,
): ReturnType<typeof creditOf> {
  const name = optionalText(customer);
  if (name === undefined) {
    return {
      ok: false,
      problem: { code: 'functions.argument-missing', detail: { argument: 'customer' } },
    };
  }
  const end = dayArgument(asOf, 'asOf');
  if (!end.ok) return end;
  const limit = isBlank(creditLimit) ? undefined : fenArgument(creditLimit, 'creditLimit');
  if (limit && !limit.ok) return limit;

  const ledger = readLedgerColumns({
    ...ranges,
    names: { customers: 'customers', dates: 'dates' },
  });
  if (!ledger.ok) return ledger;
  return creditOf(ledger.value, name, end.value, limit?.value);
}

function metric(
  issueDates: unknown,
  dueDates: unknown,
  amounts: unknown,
  settledDates: unknown,
  periodStart: unknown,
  periodEnd: unknown,
  which: 'dso' | 'cei',
): number | CellError {
  const from = dayArgument(periodStart, 'periodStart');
  if (!from.ok) return invalidValue(from.problem);
  const to = dayArgument(periodEnd, 'periodEnd');
  if (!to.ok) return invalidValue(to.problem);
  const read = readInvoiceColumns({
    issued: issueDates,
    due: dueDates,
    amounts,
    settled: settledDates,
  });
  if (!read.ok) return invalidValue(read.problem);

  const report = paymentMetrics({ invoices: read.value.invoices }, from.value, to.value);
  if (!report.ok) return invalidValue(report.problem);
  const value =
    which === 'dso' ? report.value.total.dso : report.value.total.collectionEffectivenessIndex;
  return value.ok ? value.value : cellErrorFor(value.problem);
}

// Only inside Excel: elsewhere there is no CustomFunctions global and nothing to register with.
const host = customFunctionsHost();
if (host) associateCustomFunctions(host);
