/**
 * The Analysis sheet (分析 Analysis): one line per customer and currency with the period's
 * collection metrics, then a TOTAL line per currency. A figure with no value (no credit sales,
 * nothing settled) is a blank cell, and the Notes column says why in words: never 0, NaN or #DIV/0!.
 */
import type { PaymentMetrics } from '../../domain/behaviour';
import type { Customer } from '../../domain/ledger';
import { describeProblem, type Lang } from '../../domain/messages';
import type { Outcome, Problem } from '../../domain/problem';
import { totalWord } from '../receivables/receivableWords';
import type { OwnedCell, OwnedColumn, OwnedTable } from '../workbookPort';
import type { AnalysisFigures } from './analysisFigures';
import { lateTrendWord } from './analysisWords';

export const METRICS_COLUMNS: readonly OwnedColumn[] = [
  { header: '客户编号 Customer ID', format: 'text', width: 14 },
  { header: '客户名称 Customer', format: 'text', width: 30 },
  { header: '币种 Currency', format: 'text', width: 8 },
  { header: '期初应收 Opening AR', format: 'money', width: 16 },
  { header: '本期赊销 Credit sales', format: 'money', width: 16 },
  { header: '期末应收 Closing AR', format: 'money', width: 16 },
  { header: '期末未到期 Closing current', format: 'money', width: 16 },
  { header: '应收周转天数 DSO', format: 'number', width: 10 },
  { header: '最佳周转天数 Best DSO', format: 'number', width: 10 },
  { header: '平均逾期天数 ADD', format: 'number', width: 10 },
  { header: '回款有效指数 CEI %', format: 'number', width: 10 },
  { header: '本期结清 Settled', format: 'integer', width: 8 },
  { header: '逾期付款占比 Paid late', format: 'percent', width: 10 },
  { header: '加权逾期天数 Weighted days late', format: 'number', width: 10 },
  { header: '趋势(天) Trend days', format: 'number', width: 10 },
  { header: '趋势 Trend', format: 'text', width: 10 },
  { header: '未核销 Unapplied cash', format: 'money', width: 16 },
  { header: '争议张数 Disputes', format: 'integer', width: 8 },
  { header: '争议未清 Disputed open', format: 'money', width: 16 },
  { header: '期间起 From', format: 'date', width: 12 },
  { header: '期间止 To', format: 'date', width: 12 },
  { header: '说明 Notes', format: 'text', width: 40 },
];

export function metricsTable(
  sheet: string,
  tableName: string,
  figures: AnalysisFigures,
  customers: readonly Customer[],
  lang: Lang,
): OwnedTable {
  const names = new Map(customers.map((customer) => [customer.id, customer.name]));
  const several = figures.currencies.length > 1;

  const rows: OwnedCell[][] = [];
  for (const analysis of figures.currencies) {
    if (!analysis.metrics.ok) continue;
    const report = analysis.metrics.value;
    for (const line of report.customers) {
      const id = line.customerId ?? '';
      rows.push([id, names.get(id) ?? id, ...figuresOf(line, analysis.currency, report, lang)]);
    }
    rows.push([
      null,
      totalWord(analysis.currency, several),
      ...figuresOf(report.total, analysis.currency, report, lang),
    ]);
  }
  return { sheet, tableName, columns: METRICS_COLUMNS, rows };
}

function figuresOf(
  line: PaymentMetrics,
  currency: string,
  period: { from: string; to: string },
  lang: Lang,
): OwnedCell[] {
  const reasons: Problem[] = [];
  const value = (outcome: Outcome<number>, places: number): number | null => {
    if (outcome.ok) return round(outcome.value, places);
    if (!reasons.some((reason) => reason.code === outcome.problem.code)) {
      reasons.push(outcome.problem);
    }
    return null;
  };

  const trend = line.trend.change.ok ? line.trend.change.value : undefined;
  const cells: OwnedCell[] = [
    currency,
    line.openingReceivables,
    line.creditSales,
    line.closingReceivables,
    line.closingCurrent,
    value(line.dso, 1),
    value(line.bestPossibleDso, 1),
    value(line.averageDaysDelinquent, 1),
    value(line.collectionEffectivenessIndex, 1),
    line.settledCount,
    value(line.paidLateShare, 4),
    value(line.weightedAverageDaysLate, 1),
    // The trend's missing side is a fact about another window, not about the period: say it
    // in the trend word only, so the notes stay about this period's figures.
    trend === undefined ? null : round(trend, 1),
    lateTrendWord(trend, lang),
    line.unappliedCash,
    line.disputedCount,
    line.disputedOpen,
    period.from,
    period.to,
  ];
  cells.push(reasons.map((reason) => describeProblem(reason, lang)).join(' '));
  return cells;
}

function round(value: number, places: number): number {
  const scale = 10 ** places;
  return Math.round(value * scale) / scale;
}
