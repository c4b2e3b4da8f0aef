/**
 * Predicted payment dates as CSV for other tools, one row per open item, in predicted-date order:
 * invoice,customer,amount,due_date,predicted_date,low,high,method. `amount` is what is still open
 * (what the cash plan expects to come in), in yuan with two decimals; `method` is the method's
 * code (customer-history, population, due-date). In a workbook of several currencies each
 * customer names its currency ("Acme (USD)"), as in the aging CSV.
 */
import type { Customer } from '../../domain/ledger';
import { formatYuanPlain } from '../../domain/money';
import { csvText } from '../letters/csvText';
import type { AnalysisFigures } from './analysisFigures';

export const PREDICTIONS_CSV_HEADER = [
  'invoice',
  'customer',
  'amount',
  'due_date',
  'predicted_date',
  'low',
  'high',
  'method',
] as const;

export function predictionsCsvRows(
  figures: AnalysisFigures,
  customers: readonly Customer[],
): string[][] {
  const names = new Map(customers.map((customer) => [customer.id, customer.name]));
  const several = figures.currencies.length > 1;

  const rows: string[][] = [[...PREDICTIONS_CSV_HEADER]];
  for (const { currency, predictions } of figures.currencies) {
    for (const prediction of predictions) {
      const name = names.get(prediction.customerId) ?? prediction.customerId;
      rows.push([
        figures.items.get(prediction.invoiceId)?.documentNumber ?? prediction.invoiceId,
        several ? `${name} (${currency})` : name,
        formatYuanPlain(prediction.open),
        prediction.due,
        prediction.predicted,
        prediction.low,
        prediction.high,
        prediction.method,
      ]);
    }
  }
  return rows;
}

export function predictionsCsv(figures: AnalysisFigures, customers: readonly Customer[]): string {
  return csvText(predictionsCsvRows(figures, customers));
}
