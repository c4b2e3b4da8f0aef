/**
 * Collection metrics (回款指标) for a period, per customer and in total: DSO, best possible DSO,
 * average days delinquent, collection effectiveness index, how much is paid late and how late,
 * the lateness trend, unapplied cash and disputes. A ratio whose denominator is zero has no
 * value: it comes back as a Problem saying why, never as NaN or Infinity.
 */
import { addDays, addMonths, compareIsoDay, dayNumber, daysBetween, type IsoDay } from '../isoDay';
import type { Fen } from '../money';
import { failure, success, type Outcome } from '../problem';
import { openOn, type InvoiceHistory } from './invoiceHistory';

export interface MetricsInput {
  /** One currency's invoices: amounts of different currencies are never added. */
  readonly invoices: readonly InvoiceHistory[];
  /** Unapplied cash (预收/未核销) per customer at the end of the period. */
  readonly unappliedCash?: ReadonlyMap<string, Fen>;
}

/** Amount-weighted days late of invoices settled in the last 3 months against the 12 before. */
export interface LatenessTrend {
  /** First day of the recent window; it ends on the period's last day. */
  readonly recentFrom: IsoDay;
  /** First day of the earlier window; it ends the day before recentFrom. */
  readonly earlierFrom: IsoDay;
  readonly recent: Outcome<number>;
  readonly earlier: Outcome<number>;
  /** recent - earlier: above zero means the customer is paying later than before. */
  readonly change: Outcome<number>;
}

export interface PaymentMetrics {
  /** Absent for the total over all customers. */
  readonly customerId?: string;
  readonly days: number;
  readonly openingReceivables: Fen;
  readonly creditSales: Fen;
  readonly closingReceivables: Fen;
  /** Closing receivables not yet due on the period's last day (due on or after it). */
  readonly closingCurrent: Fen;
  readonly dso: Outcome<number>;
  readonly bestPossibleDso: Outcome<number>;
  readonly averageDaysDelinquent: Outcome<number>;
  /** Percent: 100 means everything that could be collected was. */
  readonly collectionEffectivenessIndex: Outcome<number>;
  /** Invoices that became fully paid within the period. */
  readonly settledCount: number;
  /** Share (0..1) of those paid after their due date. */
  readonly paidLateShare: Outcome<number>;
  /** Days past due of those, weighted by amount (an invoice paid on time counts 0). */
  readonly weightedAverageDaysLate: Outcome<number>;
  readonly trend: LatenessTrend;
  readonly unappliedCash: Fen;
  readonly disputedCount: number;
  /** Still owed on disputed invoices at the end of the period. */
  readonly disputedOpen: Fen;
}

export interface MetricsReport {
  readonly from: IsoDay;
  readonly to: IsoDay;
  readonly total: PaymentMetrics;
  /** Sorted by customer id. */
  readonly customers: readonly PaymentMetrics[];
}

/**
 * Works out the metrics for [from, to], both days included, from invoices and their payments.
 * A period that ends before it starts is reported, not guessed.
 */
export function paymentMetrics(
  input: MetricsInput,
  from: IsoDay,
  to: IsoDay,
): Outcome<MetricsReport> {
  if (compareIsoDay(from, to) > 0) return failure('metrics.period-reversed', { from, to });

  const byCustomer = new Map<string, InvoiceHistory[]>();
  for (const invoice of input.invoices) {
    const list = byCustomer.get(invoice.customerId);
    if (list) list.push(invoice);
    else byCustomer.set(invoice.customerId, [invoice]);
  }
  for (const customerId of input.unappliedCash?.keys() ?? []) {
    if (!byCustomer.has(customerId)) byCustomer.set(customerId, []);
  }

  let totalUnapplied = 0;
  for (const amount of input.unappliedCash?.values() ?? []) totalUnapplied += amount;

  const customers = [...byCustomer.keys()].sort().map((customerId) => ({
    customerId,
    ...metricsOf(
      byCustomer.get(customerId) ?? [],
      from,
      to,
      input.unappliedCash?.get(customerId) ?? 0,
    ),
  }));

  return success({
    from,
    to,
    total: metricsOf(input.invoices, from, to, totalUnapplied),
    customers,
  });
}

function metricsOf(
  invoices: readonly InvoiceHistory[],
  from: IsoDay,
  to: IsoDay,
  unapplied: number,
): PaymentMetrics {
  const days = daysBetween(from, to) + 1;
  const dayBefore = addDays(from, -1);
  const period = { from, to };

  let opening = 0;
  let sales = 0;
  let closing = 0;
  let current = 0;
  let disputedCount = 0;
  let disputedOpen = 0;
  for (const invoice of invoices) {
    opening += openOn(invoice, dayBefore);
    if (within(invoice.issued, from, to)) sales += invoice.amount;

    const open = openOn(invoice, to);
    closing += open;
    if (compareIsoDay(invoice.due, to) >= 0) current += open;
    if (invoice.disputed && open > 0) {
      disputedCount++;
      disputedOpen += open;
    }
  }

  const noSales = (metric: string): Outcome<number> =>
    failure('metrics.no-credit-sales', { ...period, metric });
  const dso = sales === 0 ? noSales('DSO') : success((closing / sales) * days);
  const bestPossibleDso =
    sales === 0 ? noSales('best possible DSO') : success((current / sales) * days);
  const collectable = opening + sales - current;

  const lateness = latenessOf(invoices, from, to);
  return {
    days,
    openingReceivables: opening as Fen,
    creditSales: sales as Fen,
    closingReceivables: closing as Fen,
    closingCurrent: current as Fen,
    dso,
    bestPossibleDso,
    averageDaysDelinquent: difference(dso, bestPossibleDso),
    collectionEffectivenessIndex:
      collectable === 0
        ? failure('metrics.nothing-to-collect', period)
        : success(((opening + sales - closing) / collectable) * 100),
    settledCount: lateness.count,
    paidLateShare: lateness.lateShare,
    weightedAverageDaysLate: lateness.averageDaysLate,
    trend: trendOf(invoices, to),
    unappliedCash: unapplied as Fen,
    disputedCount,
    disputedOpen: disputedOpen as Fen,
  };
}

interface Lateness {
  readonly count: number;
  readonly lateShare: Outcome<number>;
  readonly averageDaysLate: Outcome<number>;
}

/** Lateness of the invoices that became fully paid within [from, to]. */
function latenessOf(invoices: readonly InvoiceHistory[], from: IsoDay, to: IsoDay): Lateness {
  let count = 0;
  let late = 0;
  let amount = 0;
  let amountDays = 0;
  for (const invoice of invoices) {
    if (invoice.settled === undefined || !within(invoice.settled, from, to)) continue;
    const daysLate = Math.max(0, dayNumber(invoice.settled) - dayNumber(invoice.due));
    count++;
    if (daysLate > 0) late++;
    amount += invoice.amount;
    amountDays += invoice.amount * daysLate;
  }

  const none = (metric: string): Outcome<number> =>
    failure('metrics.nothing-settled', { from, to, metric });
  return {
    count,
    lateShare: count === 0 ? none('the share paid late') : success(late / count),
    averageDaysLate: amount === 0 ? none('the average days late') : success(amountDays / amount),
  };
}

function trendOf(invoices: readonly InvoiceHistory[], to: IsoDay): LatenessTrend {
  const recentFrom = addDays(addMonths(to, -3), 1);
  const earlierFrom = addDays(addMonths(to, -15), 1);
  const recent = latenessOf(invoices, recentFrom, to).averageDaysLate;
  const earlier = latenessOf(invoices, earlierFrom, addDays(recentFrom, -1)).averageDaysLate;
  return { recentFrom, earlierFrom, recent, earlier, change: difference(recent, earlier) };
}

/** a - b, or the first missing side's reason. */
function difference(a: Outcome<number>, b: Outcome<number>): Outcome<number> {
  if (!a.ok) return a;
  if (!b.ok) return b;
  return success(a.value - b.value);
}

function within(day: IsoDay, from: IsoDay, to: IsoDay): boolean {
  return compareIsoDay(day, from) >= 0 && compareIsoDay(day, to) <= 0;
}
