/**
 * The cashier settles a statement line that matching left for review (or could not match): the
 * customer, and the invoices the money pays. The line's record on the 收款匹配 Matches sheet
 * becomes 'confirmed' and carries the ledger entries, so every later import rebuilds them and a
 * re-import still finds the line already imported. A payer name the cashier confirmed is kept as
 * an alias, so the next statement from that payer matches by itself.
 */
import { customerKey } from '../../domain/customerName';
import { compareIsoDay, type IsoDay } from '../../domain/isoDay';
import type { Customer, LedgerEntry } from '../../domain/ledger';
import { invoiceList, receiptEntries, type StatementReceipt } from '../../domain/matching';
import { formatYuan, type Fen } from '../../domain/money';
import type { Outcome, Problem } from '../../domain/problem';
import { allocateReceipts, type ReceivablesSettings } from '../../domain/receivables';
import type { WorkbookPort } from '../workbookPort';
import { readMatchRecords, writeMatchRecords, type MatchRecord } from './matchesSheet';
import { confirmPayerAlias } from './matchStatements';

/** Statuses a cashier may still settle. */
export const OPEN_STATUSES: ReadonlySet<MatchRecord['status']> = new Set([
  'needs-review',
  'unmatched',
]);

/** An invoice the cashier can tick for a receipt, with what is still open on it. */
export interface InvoiceChoice {
  readonly entryId: string;
  readonly documentNumber?: string;
  readonly date: IsoDay;
  readonly dueDate: IsoDay;
  readonly open: Fen;
}

export interface MatchConfirmation {
  /** The record's key on the Matches sheet. */
  readonly key: string;
  readonly customerId: string;
  /** Entry ids of the invoices the money pays; none: on account, applied oldest due first. */
  readonly invoiceIds: readonly string[];
}

export interface ConfirmMatchInput {
  readonly customers: readonly Customer[];
  /** The cashier's ledger without statement receipts (as for matchStatements). */
  readonly ledger: readonly LedgerEntry[];
  readonly asOf: IsoDay;
  readonly confirmation: MatchConfirmation;
  readonly settings?: ReceivablesSettings;
}

export interface ConfirmedMatch {
  readonly record: MatchRecord;
  /** The Matches sheet as written. */
  readonly records: readonly MatchRecord[];
  /** Every statement receipt now in the ledger, in sheet order (for 台账). */
  readonly statementEntries: readonly LedgerEntry[];
  /** True when the payer's name was remembered as the customer's alias. */
  readonly aliasRemembered: boolean;
}

/**
 * The customer's invoices the line may pay: in the customer's currency, dated on or before the
 * payment, still open as of `asOf` after every statement receipt already in, oldest due first.
 */
export function invoiceChoices(
  customers: readonly Customer[],
  ledger: readonly LedgerEntry[],
  records: readonly MatchRecord[],
  record: MatchRecord,
  customerId: string,
  asOf: IsoDay,
  settings?: ReceivablesSettings,
): InvoiceChoice[] {
  const customer = customers.find((candidate) => candidate.id === customerId);
  if (customer === undefined) return [];

  const entries = [...ledger, ...records.flatMap((other) => other.entries)];
  const allocation = allocateReceipts(customers, entries, asOf, settings);
  const day = (record.date ?? asOf) as IsoDay;
  return allocation.customers
    .filter((c) => c.customerId === customerId && c.currency === customer.currency)
    .flatMap((c) => c.invoices)
    .filter((invoice) => invoice.open > 0 && compareIsoDay(invoice.date, day) <= 0)
    .sort((a, b) => compareIsoDay(a.dueDate, b.dueDate) || compareIsoDay(a.date, b.date))
    .map((invoice) => ({
      entryId: invoice.entryId,
      ...(invoice.documentNumber === undefined ? {} : { documentNumber: invoice.documentNumber }),
      date: invoice.date,
      dueDate: invoice.dueDate,
      open: invoice.open,
    }));
}

/** Customer ids the line's candidates name ("C0003 (payer-near 0.9); ..."), in order. */
export function proposedCustomerIds(record: MatchRecord): string[] {
  const ids = record.customerId === undefined ? [] : [record.customerId];
  for (const part of record.candidates.split('; ')) {
    const id = /^(\S+) \(/.exec(part)?.[1];
    if (id !== undefined && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

/**
 * Confirms one open line. The chosen invoices' open amounts must add up to the receipt exactly
 * (each invoice is paid in full); with no invoice chosen the whole amount goes on account. Bad
 * choices come back as a Problem and nothing is written.
 */
export async function confirmMatch(
  port: WorkbookPort,
  input: ConfirmMatchInput,
): Promise<Outcome<ConfirmedMatch>> {
  const { confirmation } = input;
  const records = await readMatchRecords(port);
  const at = records.findIndex((record) => record.key === confirmation.key);
  const record = records[at];
  if (record === undefined) {
    return fail('statements.confirm-line-unknown', { key: confirmation.key });
  }
  if (!OPEN_STATUSES.has(record.status) || record.amount === undefined || !record.method) {
    return fail('statements.confirm-not-open', { status: record.status });
  }
  const customer = input.customers.find((c) => c.id === confirmation.customerId);
  if (customer === undefined) {
    return fail('statements.confirm-customer-unknown', { customer: confirmation.customerId });
  }

  const choices = invoiceChoices(
    input.customers,
    input.ledger,
    records,
    record,
    customer.id,
    input.asOf,
    input.settings,
  );
  const chosen: InvoiceChoice[] = [];
  for (const id of confirmation.invoiceIds) {
    const choice = choices.find((c) => c.entryId === id);
    if (choice === undefined) return fail('statements.confirm-invoice-not-open', { invoice: id });
    chosen.push(choice);
  }
  const sum = chosen.reduce((total, choice) => total + choice.open, 0) as Fen;
  if (chosen.length > 0 && sum !== record.amount) {
    return fail('statements.confirm-sum-differs', {
      sum: formatYuan(sum),
      amount: formatYuan(record.amount),
    });
  }

  const receipt: StatementReceipt = {
    source: {
      file: record.file,
      line: record.line,
      ...(record.transactionId ? { transactionId: record.transactionId } : {}),
    },
    date: (record.date ?? input.asOf) as IsoDay,
    payer: record.payer,
    ...(record.payerAccount ? { payerAccount: record.payerAccount } : {}),
    amount: record.amount,
    currency: customer.currency,
    ...(record.memo ? { memo: record.memo } : {}),
    method: record.method,
  };
  const parts = chosen.map((choice) => ({
    entryId: choice.entryId,
    ...(choice.documentNumber === undefined ? {} : { documentNumber: choice.documentNumber }),
    amount: choice.open,
  }));
  const invoices = invoiceList(parts);
  const confirmed: MatchRecord = {
    ...record,
    status: 'confirmed',
    customerId: customer.id,
    invoices,
    reasonCode: chosen.length > 0 ? 'match.confirmed-by-cashier' : 'match.confirmed-on-account',
    reasonDetail: { customer: customer.name, invoices },
    confidence: 1,
    entries: receiptEntries(record.key, receipt, customer.id, parts),
  };

  const next = records.map((other, index) => (index === at ? confirmed : other));
  await writeMatchRecords(port, next, input.customers);

  // A payer written differently from every name of the customer is worth remembering; one that
  // already reads as the customer's name needs no alias.
  const names = new Set([customer.name, ...customer.nameVariants].map(customerKey));
  const aliasRemembered = record.payer.trim() !== '' && !names.has(customerKey(record.payer));
  if (aliasRemembered) await confirmPayerAlias(port, record.payer, customer.id);

  return {
    ok: true,
    value: {
      record: confirmed,
      records: next,
      statementEntries: next.flatMap((other) => other.entries),
      aliasRemembered,
    },
  };
}

function fail(code: string, detail: Problem['detail']): Outcome<never> {
  return { ok: false, problem: { code, ...(detail ? { detail } : {}) } };
}
