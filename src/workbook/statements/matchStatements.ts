/**
 * The statement import workflow: statements already read (readStatement) are matched against the
 * customers and ledger of the workbook, remembering what earlier imports brought in (the 收款匹配
 * Matches sheet) and which payers and accounts the cashier confirmed (stored values). Nothing is
 * written until writeStatementMatches, so the task pane can show the result first.
 */
import { customerKey } from '../../domain/customerName';
import type { IsoDay } from '../../domain/isoDay';
import type { Customer, LedgerEntry } from '../../domain/ledger';
import {
  invoiceList,
  keyReceipts,
  matchReceipts,
  type InvoiceMatchSettings,
  type KeyedReceipt,
  type ReceiptMatch,
} from '../../domain/matching';
import type { StoredValues, WorkbookPort } from '../workbookPort';
import { readMatchRecords, writeMatchRecords, type MatchRecord } from './matchesSheet';
import type { StatementRead } from './statementTypes';

/** Stored value prefixes: a confirmed payer name (its customerKey) or account, naming a customer id. */
export const ALIAS_PREFIX = 'matching.alias:';
export const ACCOUNT_PREFIX = 'matching.account:';

export interface MatchStatementsInput {
  readonly customers: readonly Customer[];
  /** The cashier's ledger (e.g. structureWorkbook's entries), without earlier statement receipts. */
  readonly ledger: readonly LedgerEntry[];
  readonly statements: readonly StatementRead[];
  readonly asOf: IsoDay;
  readonly settings?: InvoiceMatchSettings;
}

export interface StatementMatchResult {
  /** This run's lines, one record per line of every statement, in file order. */
  readonly lines: readonly MatchRecord[];
  /** What the Matches sheet will hold: earlier records, updated, then this run's new ones. */
  readonly records: readonly MatchRecord[];
  /** Ledger entries added by this run. */
  readonly newEntries: readonly LedgerEntry[];
  /** Every statement receipt in the ledger, earlier imports' and this run's, in sheet order. */
  readonly statementEntries: readonly LedgerEntry[];
  readonly learnedAccounts: ReadonlyMap<string, string>;
  /** This run's lines by status ('confirmed' is only ever set later, by the cashier). */
  readonly counts: Readonly<Record<Exclude<MatchRecord['status'], 'confirmed'>, number>>;
}

export async function matchStatements(
  port: WorkbookPort,
  input: MatchStatementsInput,
): Promise<StatementMatchResult> {
  const earlier = await readMatchRecords(port);
  const stored = await port.readStoredValues();
  const earlierEntries = earlier.flatMap((record) => record.entries);
  // Every receipt seen before counts as imported, whatever became of it: re-importing must not
  // change the ledger, so a line left for review stays with the cashier rather than re-matching.
  // The cashier settles such a line in place instead (confirmMatch.ts), and it stays imported.
  const receiptStatuses = new Set(['matched', 'needs-review', 'unmatched', 'confirmed']);
  const imported = new Set(earlier.filter((r) => receiptStatuses.has(r.status)).map((r) => r.key));

  const keyed: KeyedReceipt[] = input.statements.flatMap((read) => keyReceipts(read.receipts));
  const outcome = matchReceipts({
    customers: input.customers,
    ledger: [...input.ledger, ...earlierEntries],
    asOf: input.asOf,
    receipts: keyed,
    memory: payerMemory(stored),
    importedKeys: imported,
    ...(input.settings ? { settings: input.settings } : {}),
  });

  const byLine = new Map<string, ReceiptMatch>();
  for (const match of outcome.matches) {
    byLine.set(`${match.receipt.source.file}\u0000${match.receipt.source.line}`, match);
  }
  const lines: MatchRecord[] = input.statements.flatMap((read) =>
    read.lines.map((line) =>
      line.outcome === 'receipt'
        ? receiptRecord(byLine.get(`${read.file}\u0000${line.line}`) as ReceiptMatch)
        : {
            key: `line:${read.file}:${line.line}`,
            status: line.outcome,
            payer: '',
            ...(line.amount === undefined ? {} : { amount: line.amount }),
            invoices: '',
            reasonCode: line.problem.code,
            ...(line.problem.detail ? { reasonDetail: line.problem.detail } : {}),
            confidence: 1,
            file: read.file,
            line: line.line,
            candidates: '',
            entries: [],
          },
    ),
  );

  const records = mergeRecords(earlier, lines);
  const counts = {
    matched: 0,
    'needs-review': 0,
    unmatched: 0,
    duplicate: 0,
    skipped: 0,
    rejected: 0,
  };
  for (const line of lines) if (line.status !== 'confirmed') counts[line.status]++;
  return {
    lines,
    records,
    newEntries: outcome.entries,
    statementEntries: records.flatMap((record) => record.entries),
    learnedAccounts: outcome.learnedAccounts,
    counts,
  };
}

/** Writes the Matches sheet and remembers accounts first seen with a recognised payer. */
export async function writeStatementMatches(
  port: WorkbookPort,
  result: StatementMatchResult,
  customers: readonly Customer[],
): Promise<void> {
  await writeMatchRecords(port, result.records, customers);
  if (result.learnedAccounts.size === 0) return;

  const stored = { ...(await port.readStoredValues()) };
  for (const [account, customerId] of result.learnedAccounts) {
    stored[`${ACCOUNT_PREFIX}${account}`] = customerId;
  }
  await port.writeStoredValues(stored);
}

/** Records a payer name the cashier confirmed as a customer, for every later import. */
export async function confirmPayerAlias(
  port: WorkbookPort,
  payer: string,
  customerId: string,
): Promise<void> {
  const stored = { ...(await port.readStoredValues()) };
  stored[`${ALIAS_PREFIX}${customerKey(payer)}`] = customerId;
  await port.writeStoredValues(stored);
}

export function payerMemory(stored: StoredValues): {
  aliases: Map<string, string>;
  accounts: Map<string, string>;
} {
  const aliases = new Map<string, string>();
  const accounts = new Map<string, string>();
  for (const [key, value] of Object.entries(stored)) {
    if (key.startsWith(ALIAS_PREFIX)) aliases.set(key.slice(ALIAS_PREFIX.length), value);
    if (key.startsWith(ACCOUNT_PREFIX)) accounts.set(key.slice(ACCOUNT_PREFIX.length), value);
  }
  return { aliases, accounts };
}

function receiptRecord(match: ReceiptMatch): MatchRecord {
  const { receipt } = match;
  const candidates = [
    ...match.customerProposals.map((p) => `${p.customerId} (${p.reason} ${p.similarity})`),
    ...match.alternatives.map((parts) => invoiceList(parts)),
  ].join('; ');
  return {
    key: match.key,
    status: match.status,
    date: receipt.date,
    payer: receipt.payer,
    amount: receipt.amount,
    ...(match.customerId === undefined ? {} : { customerId: match.customerId }),
    invoices: invoiceList(match.invoices),
    reasonCode: match.reason.code,
    ...(match.reason.detail ? { reasonDetail: match.reason.detail } : {}),
    confidence: match.confidence,
    method: receipt.method,
    file: receipt.source.file,
    line: receipt.source.line,
    ...(receipt.source.transactionId ? { transactionId: receipt.source.transactionId } : {}),
    ...(receipt.payerAccount ? { payerAccount: receipt.payerAccount } : {}),
    ...(receipt.memo ? { memo: receipt.memo } : {}),
    candidates,
    entries: match.entries,
  };
}

/**
 * Earlier records stay; a receipt seen again is a duplicate and is not added, so the sheet holds
 * each statement line once. A skipped or rejected line read again replaces its earlier record.
 */
function mergeRecords(
  earlier: readonly MatchRecord[],
  lines: readonly MatchRecord[],
): MatchRecord[] {
  const records = [...earlier];
  const position = new Map(records.map((record, index) => [record.key, index]));
  for (const line of lines) {
    if (line.status === 'duplicate') continue;
    const at = position.get(line.key);
    if (at === undefined) {
      position.set(line.key, records.length);
      records.push(line);
    } else if (line.status === 'skipped' || line.status === 'rejected') {
      records[at] = line;
    }
  }
  return records;
}
