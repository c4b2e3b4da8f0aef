/**
 * The figures behind the Analysis sheets, one currency at a time from one allocation: collection
 * metrics for a period, a predicted payment date for every open item, and the expected receipts
 * by week. Amounts of different currencies are never added.
 */
import {
  expectedReceiptsByWeek,
  paymentMetrics,
  predictOpenInvoices,
  type InvoiceChannel,
  type InvoiceHistory,
  type MetricsReport,
  type OpenInvoicePrediction,
  type WeekOfReceipts,
} from '../../domain/behaviour';
import {
  allocationCurrencies,
  invoiceHistoriesFromAllocation,
  unappliedCashFromAllocation,
} from '../../domain/behaviour/fromAllocation';
import { addDays, type IsoDay } from '../../domain/isoDay';
import type { CurrencyCode } from '../../domain/money';
import type { Outcome } from '../../domain/problem';
import type { AllocationResult, InvoiceAllocation } from '../../domain/receivables';

/** Metrics cover this many days ending on the as-of date, as the task pane's DSO does. */
export const ANALYSIS_PERIOD_DAYS = 90;

export interface AnalysisPeriod {
  readonly from: IsoDay;
  readonly to: IsoDay;
}

export interface CurrencyAnalysis {
  readonly currency: CurrencyCode;
  readonly invoices: readonly InvoiceHistory[];
  readonly metrics: Outcome<MetricsReport>;
  /** Sorted by predicted date, then customer, then invoice. */
  readonly predictions: readonly OpenInvoicePrediction[];
  readonly weeks: readonly WeekOfReceipts[];
}

export interface AnalysisFigures {
  readonly asOf: IsoDay;
  readonly period: AnalysisPeriod;
  readonly currencies: readonly CurrencyAnalysis[];
  /** The allocation's items by entry id, for their document numbers. */
  readonly items: ReadonlyMap<string, InvoiceAllocation>;
}

/**
 * The period the metrics cover: the given days, else the 90 days (ANALYSIS_PERIOD_DAYS) that end
 * on `to`, where `to` defaults to the as-of date.
 */
export function analysisPeriod(asOf: IsoDay, from?: IsoDay, to?: IsoDay): AnalysisPeriod {
  const end = to ?? asOf;
  return { from: from ?? addDays(end, 1 - ANALYSIS_PERIOD_DAYS), to: end };
}

export function analyseAllocation(
  allocation: AllocationResult,
  period: AnalysisPeriod,
  channels?: ReadonlyMap<string, InvoiceChannel>,
): AnalysisFigures {
  const asOf = allocation.asOf;
  const currencies = allocationCurrencies(allocation).map((currency): CurrencyAnalysis => {
    const invoices = invoiceHistoriesFromAllocation(allocation, currency, channels);
    const unappliedCash = unappliedCashFromAllocation(allocation, currency);
    const predictions = predictOpenInvoices(invoices, asOf).sort(
      (a, b) =>
        compareText(a.predicted, b.predicted) ||
        compareText(a.customerId, b.customerId) ||
        compareText(a.invoiceId, b.invoiceId),
    );
    return {
      currency,
      invoices,
      metrics: paymentMetrics({ invoices, unappliedCash }, period.from, period.to),
      predictions,
      weeks: expectedReceiptsByWeek(predictions, asOf),
    };
  });

  const items = new Map(
    allocation.customers.flatMap((line) => line.invoices.map((item) => [item.entryId, item])),
  );
  return { asOf, period, currencies, items };
}

/** Code-unit order: the same on every machine, whatever its locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
