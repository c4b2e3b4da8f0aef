/**
 * The facts an audit row records about a run, taken from what the workflows return: rows and
 * amounts in (the cashier's sheets) and out (entries, letters), per currency, never added across.
 */
import type { FollowUpEntry } from '../../domain/collections/collectionsInput';
import type { Customer } from '../../domain/ledger';
import { describeProblem } from '../../domain/messages';
import type { CurrencyCode, Fen } from '../../domain/money';
import { formatYuanPlain } from '../../domain/money';
import type { Problem } from '../../domain/problem';
import { CHANNEL_WORDS } from '../collections/appendFollowUp';
import type { GeneratedLetters, LetterIndexLine } from '../collections/generateLetters';
import type { ConfirmedMatch } from '../statements/confirmMatch';
import type { StatementMatchResult } from '../statements/matchStatements';
import type { StatementRead } from '../statements/statementTypes';
import type { StructureResult } from '../structure/structureTypes';
import type { RunRecord } from './recordRun';

export interface CurrencyAmount {
  readonly currency: CurrencyCode;
  readonly amount: Fen;
}

/** "CNY 1234.50; USD 10.00", currencies in code order; "" when there is none. */
export function amountsText(amounts: readonly CurrencyAmount[]): string {
  const byCurrency = new Map<string, number>();
  for (const { currency, amount } of amounts) {
    byCurrency.set(currency, (byCurrency.get(currency) ?? 0) + amount);
  }
  return [...byCurrency.keys()]
    .sort()
    .map((currency) => `${currency} ${formatYuanPlain(byCurrency.get(currency) as Fen)}`)
    .join('; ');
}

/** A structuring run: rows in and the amounts read, entries out and the amounts imported. */
export function structureRunRecord(
  time: string,
  action: string,
  result: StructureResult,
  outcome?: string,
): RunRecord {
  const { report } = result;
  return {
    time,
    action,
    rowsIn: report.rowsIn,
    amountsIn: amountsText(report.totals.map((t) => ({ currency: t.currency, amount: t.source }))),
    rowsOut: result.entries.length,
    amountsOut: amountsText(
      report.totals.map((t) => ({ currency: t.currency, amount: t.imported })),
    ),
    result:
      outcome ??
      `imported ${report.imported}, skipped ${report.skipped}, rejected ${report.rejected}`,
  };
}

/** A letters run: one row for the run, then one row per letter with its number and customer. */
export function letterRunRecords(time: string, letters: GeneratedLetters): RunRecord[] {
  return letterBatchRecords(time, {
    considered: letters.decisions.length,
    letters: letters.index,
    problems: letters.problems.length,
  });
}

/** A batch of letters however it was written: the ribbon's and CLI's run or the pane's screen. */
export interface LetterBatchFacts {
  /** Customers the batch considered (reminder decisions, the pane's chosen candidates). */
  readonly considered: number;
  readonly letters: readonly BatchLetter[];
  /** Letters that could not be written. */
  readonly problems: number;
}

/** A letter as its audit row names it; `kind` is the template's ('reminder-2', 'statement'). */
export type BatchLetter = Pick<
  LetterIndexLine,
  'number' | 'customerName' | 'level' | 'amount' | 'currency' | 'file'
> & { readonly kind: string };

/** One row for the batch, then one per letter, as letterRunRecords writes them. */
export function letterBatchRecords(time: string, batch: LetterBatchFacts): RunRecord[] {
  const run: RunRecord = {
    time,
    action: 'letters',
    rowsIn: batch.considered,
    amountsIn: '',
    rowsOut: batch.letters.length,
    amountsOut: amountsText(batch.letters.map(currencyAmount)),
    result: `${batch.letters.length} letters, ${batch.problems} problems`,
  };
  return [
    run,
    ...batch.letters.map((line) => {
      const amount = amountsText([currencyAmount(line)]);
      const level = line.level === undefined ? '' : ` level ${line.level}`;
      return {
        time,
        action: 'letter',
        rowsIn: 1,
        amountsIn: amount,
        rowsOut: 1,
        amountsOut: amount,
        result: `${line.number} ${line.kind}${level} ${line.customerName} ${line.file}`,
      };
    }),
  ];
}

function currencyAmount(line: { readonly currency: string; readonly amount: Fen }): CurrencyAmount {
  return { currency: line.currency as CurrencyCode, amount: line.amount };
}

/**
 * A statement import: lines read and the receipts in them; the statement receipts the ledger
 * holds afterwards (earlier imports' too) and this run's lines by status.
 */
export function matchRunRecord(
  time: string,
  reads: readonly StatementRead[],
  result: StatementMatchResult,
): RunRecord {
  return {
    time,
    action: 'match',
    rowsIn: reads.reduce((n, read) => n + read.lines.length, 0),
    amountsIn: amountsText(reads.flatMap((read) => read.receipts)),
    rowsOut: result.statementEntries.length,
    amountsOut: amountsText(result.statementEntries),
    result: Object.entries(result.counts)
      .map(([status, count]) => `${status} ${count}`)
      .join(', '),
  };
}

/** The cashier settling one statement line: the line in, the receipt entries it became out. */
export function confirmRunRecord(time: string, confirmed: ConfirmedMatch): RunRecord {
  const { record } = confirmed;
  const customer = String(record.reasonDetail?.customer ?? record.customerId ?? '');
  const where = { file: record.file, line: record.line, customer };
  const amounts = amountsText(record.entries);
  return {
    time,
    action: 'confirm',
    rowsIn: 1,
    amountsIn: amounts,
    rowsOut: record.entries.length,
    amountsOut: amounts,
    result: bothLanguages(
      record.invoices === ''
        ? { code: 'audit.run-confirm-on-account', detail: where }
        : { code: 'audit.run-confirm', detail: { ...where, invoices: record.invoices } },
      confirmed.aliasRemembered
        ? { code: 'audit.run-alias-remembered', detail: { payer: record.payer } }
        : undefined,
    ),
  };
}

/** The cashier saving settings: which keys changed, on which sheet; no rows or money. */
export function settingsRunRecord(
  time: string,
  sheet: string,
  changed: readonly string[],
): RunRecord {
  return {
    time,
    action: 'settings',
    rowsIn: 0,
    amountsIn: '',
    rowsOut: changed.length,
    amountsOut: '',
    result: bothLanguages(
      changed.length === 0
        ? { code: 'audit.run-settings-unchanged', detail: { sheet } }
        : { code: 'audit.run-settings', detail: { sheet, keys: changed.join(', ') } },
    ),
  };
}

/** A follow-up added to the Follow-ups sheet, with the amount the customer promised if any. */
export function followUpRunRecord(
  time: string,
  sheet: string,
  entry: FollowUpEntry,
  customers: readonly Customer[],
): RunRecord {
  const customer = customers.find((c) => c.id === entry.customerId);
  const promised =
    entry.promisedAmount === undefined || customer === undefined
      ? ''
      : amountsText([{ currency: customer.currency, amount: entry.promisedAmount }]);
  return {
    time,
    action: 'follow-up',
    rowsIn: 1,
    amountsIn: promised,
    rowsOut: 1,
    amountsOut: promised,
    result: bothLanguages({
      code: 'audit.run-follow-up',
      detail: {
        sheet,
        customer: customer?.name ?? entry.customerId,
        date: entry.date,
        channelZh: CHANNEL_WORDS[entry.channel].zh,
        channelEn: CHANNEL_WORDS[entry.channel].en,
      },
    }),
  };
}

// The audit sheet is read by the cashier and by an auditor who may not read Chinese.
function bothLanguages(first: Problem, then?: Problem): string {
  const words = (lang: 'zh' | 'en') =>
    [first, then]
      .filter((problem): problem is Problem => problem !== undefined)
      .map((problem) => describeProblem(problem, lang))
      .join(lang === 'zh' ? '' : ' ');
  return `${words('zh')} / ${words('en')}`;
}
