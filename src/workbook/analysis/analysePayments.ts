/**
 * Payment behaviour in the workbook (回款分析): collection metrics in 分析 Analysis, a predicted
 * payment date for every open item in 回款预测 Predictions and the expected receipts by week in
 * 回款计划 Cash plan. It runs on the aging workflow's footing: the cashier's sheets structured
 * afresh, the Settings sheet read, the as-of date chosen the same way, allocation as of it; then
 * its own sheets are replaced, so running twice gives the same workbook and the cashier's sheets
 * are never written.
 */
import { compareIsoDay, type IsoDay } from '../../domain/isoDay';
import type { Lang } from '../../domain/messages';
import type { Problem } from '../../domain/problem';
import {
  canRunReceivables,
  runReceivables,
  type CanRun,
  type ReceivablesRun,
  type ReceivablesStopped,
} from '../receivables/receivablesWorkflow';
import type { StructureOptions } from '../structure/structureTypes';
import { freeSheetName } from '../structure/writeStructure';
import type { OwnedTable, WorkbookFacts, WorkbookPort } from '../workbookPort';
import { analyseAllocation, analysisPeriod, type AnalysisFigures } from './analysisFigures';
import { ANALYSIS_SHEETS, type AnalysisSheet } from './analysisSheets';
import { readBillingChannels } from './billingChannels';
import { cashPlanTable } from './cashPlanTable';
import { metricsTable } from './metricsTable';
import { predictionsTable } from './predictionsTable';

export interface AnalysisOptions {
  /** Wins over the Settings sheet's as-of date. */
  readonly asOf?: IsoDay;
  /** The metrics' period; by default the 90 days ending on periodTo, itself the as-of date. */
  readonly periodFrom?: IsoDay;
  readonly periodTo?: IsoDay;
  /** Words in the sheets; by default the Settings sheet's language. */
  readonly lang?: Lang;
  readonly structure?: StructureOptions;
}

export interface AnalysisRun {
  readonly ok: true;
  readonly receivables: ReceivablesRun;
  readonly figures: AnalysisFigures;
  readonly lang: Lang;
  /** The owned sheets written, by role, with the names they got. */
  readonly written: Readonly<Record<AnalysisSheet, string>>;
  /** Renamed outputs and channel words that could not be read. */
  readonly problems: readonly Problem[];
}

export type AnalysisOutcome = AnalysisRun | ReceivablesStopped;

/** The Analyse button's rule: the same as the run's, which is the aging run's. */
export function canAnalyse(facts: WorkbookFacts): CanRun {
  return canRunReceivables(facts);
}

export async function analysePayments(
  port: WorkbookPort,
  options: AnalysisOptions = {},
): Promise<AnalysisOutcome> {
  const receivables = await runReceivables(
    port,
    {
      ...(options.asOf === undefined ? {} : { asOf: options.asOf }),
      ...(options.structure === undefined ? {} : { structure: options.structure }),
    },
    [],
  );
  if (!receivables.ok) return receivables;

  const { asOf, structure } = receivables;
  const period = analysisPeriod(asOf, options.periodFrom, options.periodTo);
  const stopped = periodProblem(period, asOf);
  if (stopped !== undefined) return { ok: false, problem: stopped, settingsIssues: [] };

  const billing = await readBillingChannels(port, structure);
  const figures = analyseAllocation(receivables.figures.allocation, period, billing.channels);
  const lang = options.lang ?? receivables.settings.lang;

  const facts = await port.describe();
  const problems: Problem[] = [...billing.problems];
  const nameOf = (role: AnalysisSheet): string => {
    const wanted = ANALYSIS_SHEETS[role].sheet;
    const name = freeSheetName(facts, wanted);
    if (name !== wanted) {
      problems.push({ code: 'structure.output-sheet-renamed', detail: { wanted, used: name } });
    }
    return name;
  };
  const written: Record<AnalysisSheet, string> = {
    metrics: nameOf('metrics'),
    predictions: nameOf('predictions'),
    cashPlan: nameOf('cashPlan'),
  };

  const tables: OwnedTable[] = [
    metricsTable(
      written.metrics,
      ANALYSIS_SHEETS.metrics.table,
      figures,
      structure.customers,
      lang,
    ),
    predictionsTable(
      written.predictions,
      ANALYSIS_SHEETS.predictions.table,
      figures,
      structure.customers,
      lang,
    ),
    cashPlanTable(written.cashPlan, ANALYSIS_SHEETS.cashPlan.table, figures),
  ];
  for (const table of tables) await port.writeOwnedTable(table);

  return { ok: true, receivables, figures, lang, written, problems };
}

/** A period must run forwards and end by the as-of date: later entries do not exist yet. */
function periodProblem(period: { from: IsoDay; to: IsoDay }, asOf: IsoDay): Problem | undefined {
  if (compareIsoDay(period.from, period.to) > 0) {
    return { code: 'metrics.period-reversed', detail: { ...period } };
  }
  if (compareIsoDay(period.to, asOf) > 0) {
    return { code: 'analysis.period-after-as-of', detail: { to: period.to, asOf } };
  }
  return undefined;
}
