/**
 * The Credit sheet (信用评估): per customer and currency the figures the score comes from, the
 * score, grade and flag, and the reasons for the flag in the workbook's language.
 */
import type { Customer } from '../../domain/ledger';
import { describeProblem, type Lang } from '../../domain/messages';
import type { CreditEvaluation } from '../../domain/receivables';
import type { IsoDay } from '../../domain/isoDay';
import type { OwnedCell, OwnedTable } from '../workbookPort';
import { FLAG_COLUMN, flagHighlights } from './flagHighlights';
import { flagWord, trendWord } from './receivableWords';

export function creditReasons(line: CreditEvaluation, lang: Lang): string {
  // Most reasons are whole sentences; only those that are not need a separator after them.
  return line.reasons
    .map((reason) => describeProblem(reason, lang))
    .reduce((text, words) => {
      if (text === '') return words;
      if (/[。！？.!?]$/.test(text)) return `${text}${lang === 'zh' ? '' : ' '}${words}`;
      return `${text}${lang === 'zh' ? '；' : '; '}${words}`;
    }, '');
}

export function creditTable(
  sheet: string,
  credit: readonly CreditEvaluation[],
  customers: readonly Customer[],
  asOf: IsoDay,
  lang: Lang,
): OwnedTable {
  const names = new Map(customers.map((customer) => [customer.id, customer.name]));
  const rows: OwnedCell[][] = credit.map((line) => [
    line.customerId,
    names.get(line.customerId) ?? line.customerId,
    line.currency,
    line.balance,
    line.creditLimit ?? null,
    line.limitUseBp === undefined ? null : line.limitUseBp / 10000,
    line.overdueAmount,
    line.oldestOverdueDays,
    line.averageDaysLate,
    line.lateShareBp / 10000,
    trendWord(line.trend, lang),
    line.disputedOpenCount,
    line.score,
    line.grade,
    line.flag,
    flagWord(line.flag, lang),
    creditReasons(line, lang),
    asOf,
  ]);

  return {
    sheet,
    tableName: 'CashierCredit',
    columns: [
      { header: '客户编号 Customer ID', format: 'text', width: 14 },
      { header: '客户名称 Customer', format: 'text', width: 28 },
      { header: '币种 Currency', format: 'text', width: 8 },
      { header: '余额 Balance', format: 'money', width: 16 },
      { header: '信用额度 Credit limit', format: 'money', width: 16 },
      { header: '额度使用 Limit use', format: 'percent', width: 10 },
      { header: '逾期金额 Overdue', format: 'money', width: 16 },
      { header: '最长逾期天数 Oldest overdue days', format: 'integer', width: 12 },
      { header: '平均逾期天数 Avg days late', format: 'number', width: 12 },
      { header: '逾期付款占比 Share paid late', format: 'percent', width: 12 },
      { header: '趋势 Trend', format: 'text', width: 8 },
      { header: '争议未清 Disputed open', format: 'integer', width: 10 },
      { header: '评分 Score', format: 'integer', width: 8 },
      { header: '等级 Grade', format: 'text', width: 6 },
      { header: FLAG_COLUMN, format: 'text', width: 8 },
      { header: '标志说明 Flag words', format: 'text', width: 18 },
      { header: '原因 Reasons', format: 'text', width: 80 },
      { header: '截止日 As of', format: 'date', width: 12 },
    ],
    rows,
    highlights: flagHighlights(),
  };
}
