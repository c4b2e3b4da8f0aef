/**
 * The facts an audit row records about a run, taken from what the workflows return: rows and
 * amounts in (the cashier's sheets) and out (entries, letters), per currency, never added across.
 */
import type { CurrencyCode, Fen } from '../../domain/money';
import { formatYuanPlain } from '../../domain/money';
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
