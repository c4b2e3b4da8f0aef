/**
 * The Predictions sheet (回款预测 Predictions): one line per open item with its predicted payment
 * date, the likely range, and the method and adjustments in words, so the cashier can read why.
 * Lines run by predicted date, so the sheet reads as a calendar of what should come in.
 */
import { daysBetween } from '../../domain/isoDay';
import type { Customer } from '../../domain/ledger';
import { describeProblem, type Lang } from '../../domain/messages';
import type { OwnedCell, OwnedColumn, OwnedTable } from '../workbookPort';
import type { AnalysisFigures } from './analysisFigures';
import { methodWord } from './analysisWords';

export const PREDICTION_COLUMNS: readonly OwnedColumn[] = [
  { header: '发票号 Invoice', format: 'text', width: 16 },
  { header: '客户编号 Customer ID', format: 'text', width: 14 },
  { header: '客户名称 Customer', format: 'text', width: 30 },
  { header: '币种 Currency', format: 'text', width: 8 },
  { header: '开票日 Date', format: 'date', width: 12 },
  { header: '金额 Amount', format: 'money', width: 16 },
  { header: '未清 Open', format: 'money', width: 16 },
  { header: '到期日 Due', format: 'date', width: 12 },
  { header: '预计回款日 Predicted', format: 'date', width: 12 },
  { header: '最早 Low', format: 'date', width: 12 },
  { header: '最晚 High', format: 'date', width: 12 },
  { header: '预计逾期天数 Days late', format: 'integer', width: 10 },
  { header: '争议 Disputed', format: 'boolean', width: 8 },
  { header: '方法 Method', format: 'text', width: 14 },
  { header: '依据 Why', format: 'text', width: 60 },
];

export function predictionsTable(
  sheet: string,
  tableName: string,
  figures: AnalysisFigures,
  customers: readonly Customer[],
  lang: Lang,
): OwnedTable {
  const names = new Map(customers.map((customer) => [customer.id, customer.name]));

  const rows: OwnedCell[][] = [];
  for (const analysis of figures.currencies) {
    for (const prediction of analysis.predictions) {
      const item = figures.items.get(prediction.invoiceId);
      rows.push([
        item?.documentNumber ?? prediction.invoiceId,
        prediction.customerId,
        names.get(prediction.customerId) ?? prediction.customerId,
        analysis.currency,
        item?.date ?? null,
        item?.amount ?? null,
        prediction.open,
        prediction.due,
        prediction.predicted,
        prediction.low,
        prediction.high,
        Math.max(0, daysBetween(prediction.due, prediction.predicted)),
        item?.disputed ?? false,
        methodWord(prediction.method, lang),
        prediction.reasons.map((reason) => describeProblem(reason, lang)).join(' '),
      ]);
    }
  }
  return { sheet, tableName, columns: PREDICTION_COLUMNS, rows };
}
