/**
 * The facts an audit row records about a run, taken from what the workflows return: rows and
 * amounts in (the cashier's sheets) and out (entries, letters), per currency, never added across.
 */
import type { CurrencyCode, Fen } from '../../domain/money';
import { formatYuanPlain } from '../../domain/money';
import type { GeneratedLetters } from '../collections/generateLetters';
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
  const amounts = amountsText(letters.index);
  const run: RunRecord = {
    time,
    action: 'letters',
    rowsIn: letters.decisions.length,
    amountsIn: '',
    rowsOut: letters.index.length,
    amountsOut: amounts,
    result: `${letters.index.length} letters, ${letters.problems.length} problems`,
  };
  return [
    run,
    ...letters.index.map((line) => {
      const amount = amountsText([line]);
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
