/**
 * The Cash plan sheet (回款计划 Cash plan): the open amounts expected in each Monday-to-Sunday
 * week, from the as-of week to the last predicted one with no week skipped, and how much of each
 * week is predicted to come in late; a TOTAL line per currency adds up to what is open.
 */
import { sumFen } from '../../domain/money';
import { totalWord } from '../receivables/receivableWords';
import type { OwnedCell, OwnedColumn, OwnedTable } from '../workbookPort';
import type { AnalysisFigures } from './analysisFigures';

export const CASH_PLAN_COLUMNS: readonly OwnedColumn[] = [
  { header: '币种 Currency', format: 'text', width: 8 },
  { header: '周 Week', format: 'text', width: 24 },
  { header: '周一 Week from', format: 'date', width: 12 },
  { header: '周日 Week to', format: 'date', width: 12 },
  { header: '预计回款 Expected', format: 'money', width: 16 },
  { header: '发票张数 Invoices', format: 'integer', width: 8 },
  { header: '其中逾期 Of which late', format: 'money', width: 16 },
];

export function cashPlanTable(
  sheet: string,
  tableName: string,
  figures: AnalysisFigures,
): OwnedTable {
  const several = figures.currencies.length > 1;

  const rows: OwnedCell[][] = [];
  for (const { currency, weeks } of figures.currencies) {
    if (weeks.length === 0) continue;
    for (const week of weeks) {
      rows.push([
        currency,
        `${week.weekStart} ~ ${week.weekEnd}`,
        week.weekStart,
        week.weekEnd,
        week.expected,
        week.invoices,
        week.expectedLate,
      ]);
    }
    rows.push([
      currency,
      totalWord(currency, several),
      null,
      null,
      sumFen(weeks.map((week) => week.expected)),
      weeks.reduce((count, week) => count + week.invoices, 0),
      sumFen(weeks.map((week) => week.expectedLate)),
    ]);
  }

  // One currency's weeks chart cleanly; bars of several currencies on one axis would invite
  // adding them up by eye.
  const chartable = figures.currencies.filter((analysis) => analysis.weeks.length > 0).length === 1;
  return {
    sheet,
    tableName,
    columns: CASH_PLAN_COLUMNS,
    rows,
    ...(chartable
      ? {
          chart: {
            kind: 'column' as const,
            title: '按周预计回款 Expected receipts by week',
            categoriesColumn: '周 Week',
            seriesColumns: ['预计回款 Expected'],
            rows: 'all-but-last' as const,
            anchor: 'right' as const,
          },
        }
      : {}),
  };
}
