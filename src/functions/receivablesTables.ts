/**
 * The tables AGING, OPENITEMS and PROVISION spill, and the figures CREDITSCORE and CREDITFLAG
 * return: each reads the columns, runs the receivables engine as it is, and lays the answer out as
 * rows of cells. Amounts come back in yuan, dates as Excel serials (format the cells as dates).
 */
import { customerKey } from '../domain/customerName';
import { dayNumber, serialFromIsoDay } from '../domain/isoDay';
import type { IsoDay } from '../domain/isoDay';
import type { LedgerEntry } from '../domain/ledger';
import type { Lang } from '../domain/messages';
import { describeProblem } from '../domain/messages';
import { fenToYuanNumber } from '../domain/money';
import type { Fen } from '../domain/money';
import { failure, success } from '../domain/problem';
import type { Outcome } from '../domain/problem';
import {
  ageReceivables,
  allocateReceipts,
  DEFAULT_RECEIVABLES_SETTINGS,
  evaluateCredit,
  provideForBadDebts,
} from '../domain/receivables';
import type {
  AgingBucket,
  CreditEvaluation,
  ProvisionBand,
  ReceivablesSettings,
} from '../domain/receivables';
import { FUNCTION_DATE_SYSTEM } from './arguments';
import type { LedgerColumns } from './ledgerColumns';

export type SpilledCell = string | number;
export type SpilledTable = SpilledCell[][];

const WORDS = {
  zh: {
    customer: '客户',
    total: '合计',
    unapplied: '未核销预收',
    document: '单据号',
    date: '日期',
    due: '到期日',
    amount: '金额',
    paid: '已核销',
    open: '未收余额',
    daysPastDue: '逾期天数',
  },
  en: {
    customer: 'Customer',
    total: 'TOTAL',
    unapplied: 'Unapplied credit',
    document: 'Document',
    date: 'Date',
    due: 'Due date',
    amount: 'Amount',
    paid: 'Paid',
    open: 'Open',
    daysPastDue: 'Days past due',
  },
} as const;

/** Open items dated by their due date: each exists on the as-of date, whenever it falls due. */
export function asOpenItems(ledger: LedgerColumns, asOf: IsoDay): LedgerEntry[] {
  return ledger.entries.map((entry) => ({
    ...entry,
    dueDate: entry.date,
    date: entry.date > asOf ? asOf : entry.date,
  }));
}

/** Customers by buckets, a header row and a TOTAL row, customers in the order first met. */
export function agingTable(
  ledger: LedgerColumns,
  entries: readonly LedgerEntry[],
  asOf: IsoDay,
  buckets: readonly AgingBucket[],
  lang: Lang,
): SpilledTable {
  const settings: ReceivablesSettings = { ...DEFAULT_RECEIVABLES_SETTINGS, agingBuckets: buckets };
  const allocation = allocateReceipts(ledger.customers, entries, asOf, settings);
  const report = ageReceivables(allocation, settings);
  const words = WORDS[lang];
  const names = new Map(ledger.customers.map((customer) => [customer.id, customer.name]));

  const table: SpilledTable = [
    [words.customer, ...buckets.map((bucket) => bucket[lang]), words.total, words.unapplied],
  ];
  for (const line of report.customers) {
    if (line.openInvoiceTotal === 0 && line.unappliedCredit === 0) continue;
    table.push([
      names.get(line.customerId) ?? line.customerId,
      ...line.buckets.map((bucket) => fenToYuanNumber(bucket.amount)),
      fenToYuanNumber(line.openInvoiceTotal),
      fenToYuanNumber(line.unappliedCredit),
    ]);
  }

  const total = report.totals[0];
  table.push([
    words.total,
    ...buckets.map((_bucket, index) =>
      fenToYuanNumber(total?.buckets[index]?.amount ?? (0 as Fen)),
    ),
    fenToYuanNumber(total?.openInvoiceTotal ?? (0 as Fen)),
    fenToYuanNumber(total?.unappliedCredit ?? (0 as Fen)),
  ]);
  return table;
}

/** The invoices still open after allocation, by customer (first met) and due date. */
export function openItemsTable(ledger: LedgerColumns, asOf: IsoDay, lang: Lang): SpilledTable {
  const allocation = allocateReceipts(ledger.customers, ledger.entries, asOf);
  const words = WORDS[lang];
  const names = new Map(ledger.customers.map((customer) => [customer.id, customer.name]));
  const asOfDay = dayNumber(asOf);
  const serial = (day: IsoDay): number => serialFromIsoDay(day, FUNCTION_DATE_SYSTEM);

  const table: SpilledTable = [
    [
      words.customer,
      words.document,
      words.date,
      words.due,
      words.amount,
      words.paid,
      words.open,
      words.daysPastDue,
    ],
  ];
  for (const customer of allocation.customers) {
    const open = customer.invoices
      .filter((invoice) => invoice.open > 0)
      .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));
    for (const invoice of open) {
      table.push([
        names.get(customer.customerId) ?? customer.customerId,
        invoice.documentNumber ?? '',
        serial(invoice.date),
        serial(invoice.dueDate),
        fenToYuanNumber(invoice.amount),
        fenToYuanNumber(invoice.paid),
        fenToYuanNumber(invoice.open),
        asOfDay - dayNumber(invoice.dueDate),
      ]);
    }
  }
  return table;
}

/** Rates (fractions such as 0.05, one per band) over the default bands, or a problem. */
export function provisionBands(rates: readonly number[] | undefined): Outcome<ProvisionBand[]> {
  const bands = DEFAULT_RECEIVABLES_SETTINGS.provisionBands;
  if (rates === undefined) return success([...bands]);
  if (rates.length !== bands.length) {
    return failure('functions.rates-count', {
      count: rates.length,
      expected: bands.length,
      bands: bands.map((band) => band.zh).join('、'),
    });
  }

  const out: ProvisionBand[] = [];
  for (const [index, rate] of rates.entries()) {
    if (!Number.isFinite(rate) || rate < 0 || rate > 1) {
      return failure('functions.rate-out-of-range', { value: String(rate) });
    }
    out.push({ ...(bands[index] as ProvisionBand), rateBp: Math.round(rate * 10000) });
  }
  return success(out);
}

/** The total bad-debt provision on open items by the rate table, in fen. */
export function provisionTotal(
  ledger: LedgerColumns,
  entries: readonly LedgerEntry[],
  asOf: IsoDay,
  bands: readonly ProvisionBand[],
): Fen {
  const settings: ReceivablesSettings = { ...DEFAULT_RECEIVABLES_SETTINGS, provisionBands: bands };
  const allocation = allocateReceipts(ledger.customers, entries, asOf, settings);
  const report = provideForBadDebts(allocation, ledger.customers, settings);
  return (report.totals[0]?.provision ?? 0) as Fen;
}

/** One customer's credit evaluation, or #N/A's problem when the customer is not in the range. */
export function creditOf(
  ledger: LedgerColumns,
  customerName: string,
  asOf: IsoDay,
  creditLimit: Fen | undefined,
): Outcome<CreditEvaluation> {
  const id = ledger.idByName.get(customerName) ?? idByKey(ledger, customerName);
  if (id === undefined) return failure('functions.customer-not-found', { customer: customerName });

  const customers = ledger.customers.map((customer) =>
    customer.id === id && creditLimit !== undefined ? { ...customer, creditLimit } : customer,
  );
  const own = ledger.entries.filter((entry) => entry.customerId === id);
  const allocation = allocateReceipts(
    customers.filter((customer) => customer.id === id),
    own,
    asOf,
  );
  const evaluation = evaluateCredit(allocation, customers)[0];
  return evaluation
    ? success(evaluation)
    : failure('functions.customer-not-found', { customer: customerName });
}

/** The flag's reasons in words, most severe first, joined into one cell. */
export function reasonsText(evaluation: CreditEvaluation, lang: Lang): string {
  return evaluation.reasons
    .map((reason) => describeProblem(reason, lang))
    .join(lang === 'zh' ? '；' : '; ');
}

function idByKey(ledger: LedgerColumns, name: string): string | undefined {
  const wanted = customerKey(name);
  for (const [written, id] of ledger.idByName) {
    if (customerKey(written) === wanted) return id;
  }
  return undefined;
}
