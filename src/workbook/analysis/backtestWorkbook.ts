/**
 * The backtest (回测) of predicted payment dates on the cashier's own ledger: every invoice dated
 * in the period is predicted as of the day before its date, from what had been settled by then,
 * and scored against when it was really settled; the two baselines run on the same protocol.
 * Settlement days come from allocation as of the ledger's latest entry date, so every payment the
 * workbook knows of can score an invoice. Nothing is written to the workbook.
 */
import {
  backtestPayments,
  type BacktestPredictor,
  type BacktestResult,
} from '../../domain/behaviour';
import {
  allocationCurrencies,
  invoiceHistoriesFromAllocation,
} from '../../domain/behaviour/fromAllocation';
import { compareIsoDay, type IsoDay } from '../../domain/isoDay';
import type { CurrencyCode } from '../../domain/money';
import type { Problem } from '../../domain/problem';
import { allocateReceipts } from '../../domain/receivables';
import { latestEntryDate } from '../receivables/receivablesFigures';
import type { ReceivablesStopped } from '../receivables/receivablesWorkflow';
import { readSettingsSheet } from '../settings/settingsSheet';
import { withStatementReceipts } from '../statements/statementReceipts';
import { structureWorkbook } from '../structure/structureWorkbook';
import type { StructureOptions, StructureResult } from '../structure/structureTypes';
import type { WorkbookPort } from '../workbookPort';
import { readBillingChannels } from './billingChannels';

export interface WorkbookBacktestOptions {
  /** Invoices dated from this day to `to`, both included, are predicted and scored. */
  readonly from: IsoDay;
  readonly to: IsoDay;
  readonly structure?: StructureOptions;
}

/** The predictors in the order they are shown: the model first, then its baselines. */
export const BACKTEST_PREDICTORS: readonly BacktestPredictor[] = [
  'model',
  'due-date',
  'customer-median',
];

export interface CurrencyBacktest {
  readonly currency: CurrencyCode;
  /** One result per predictor, in BACKTEST_PREDICTORS order. */
  readonly results: readonly BacktestResult[];
}

export interface WorkbookBacktest {
  readonly ok: true;
  /** The latest entry date: settlements up to it are known. */
  readonly knownUntil: IsoDay;
  readonly structure: StructureResult;
  readonly currencies: readonly CurrencyBacktest[];
  readonly problems: readonly Problem[];
}

export async function backtestWorkbook(
  port: WorkbookPort,
  options: WorkbookBacktestOptions,
): Promise<WorkbookBacktest | ReceivablesStopped> {
  const stop = (problem: Problem): ReceivablesStopped => ({
    ok: false,
    problem,
    settingsIssues: [],
  });
  if (compareIsoDay(options.from, options.to) > 0) {
    return stop({
      code: 'metrics.period-reversed',
      detail: { from: options.from, to: options.to },
    });
  }

  const settingsRead = await readSettingsSheet(port);
  if (settingsRead.problems.length > 0) {
    return {
      ok: false,
      problem: {
        code: 'workflow.settings-invalid',
        detail: { count: settingsRead.problems.length },
      },
      settingsIssues: settingsRead.problems,
    };
  }

  // Receipts from imported statements settle invoices too.
  const structure = await withStatementReceipts(
    port,
    await structureWorkbook(port, options.structure),
  );
  const knownUntil = latestEntryDate(structure.entries);
  if (knownUntil === undefined) return stop({ code: 'analysis.no-ledger' });

  const allocation = allocateReceipts(
    structure.customers,
    structure.entries,
    knownUntil,
    settingsRead.settings.receivables,
  );
  const billing = await readBillingChannels(port, structure);

  const currencies = allocationCurrencies(allocation).map((currency): CurrencyBacktest => {
    const invoices = invoiceHistoriesFromAllocation(allocation, currency, billing.channels);
    return {
      currency,
      results: BACKTEST_PREDICTORS.map((predictor) =>
        backtestPayments(invoices, { from: options.from, to: options.to, predictor }),
      ),
    };
  });
  return { ok: true, knownUntil, structure, currencies, problems: billing.problems };
}
