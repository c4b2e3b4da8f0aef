/**
 * Expected receipts by week (按周预计回款) for cash planning: the open amounts of the predicted
 * invoices, summed by the Monday-to-Sunday week of their predicted date. Weeks run without gaps
 * from the as-of date's week to the last predicted one, so a quiet week shows as zero.
 */
import { compareIsoDay, dayNumber, fromDayNumber, type IsoDay } from '../isoDay';
import type { Fen } from '../money';
import type { OpenInvoicePrediction } from './predictPayment';

export interface WeekOfReceipts {
  /** Monday. */
  readonly weekStart: IsoDay;
  /** Sunday. */
  readonly weekEnd: IsoDay;
  readonly expected: Fen;
  readonly invoices: number;
  /** The part of `expected` whose invoices are predicted to be paid after their due date. */
  readonly expectedLate: Fen;
}

/**
 * Sums predicted open amounts by week. All predictions must be in one currency (amounts of
 * different currencies are never added); they come from predictOpenInvoices for `asOf`.
 */
export function expectedReceiptsByWeek(
  predictions: readonly OpenInvoicePrediction[],
  asOf: IsoDay,
): WeekOfReceipts[] {
  if (predictions.length === 0) return [];

  const firstMonday = mondayOf(asOf);
  let lastMonday = firstMonday;
  const totals = new Map<number, { expected: number; invoices: number; late: number }>();
  for (const prediction of predictions) {
    // A prediction never falls before the as-of date; if one did, it belongs to the first week.
    const day = compareIsoDay(prediction.predicted, asOf) < 0 ? asOf : prediction.predicted;
    const monday = mondayOf(day);
    lastMonday = Math.max(lastMonday, monday);

    const week = totals.get(monday) ?? { expected: 0, invoices: 0, late: 0 };
    week.expected += prediction.open;
    week.invoices += 1;
    if (prediction.late) week.late += prediction.open;
    totals.set(monday, week);
  }

  const weeks: WeekOfReceipts[] = [];
  for (let monday = firstMonday; monday <= lastMonday; monday += 7) {
    const week = totals.get(monday);
    weeks.push({
      weekStart: fromDayNumber(monday),
      weekEnd: fromDayNumber(monday + 6),
      expected: (week?.expected ?? 0) as Fen,
      invoices: week?.invoices ?? 0,
      expectedLate: (week?.late ?? 0) as Fen,
    });
  }
  return weeks;
}

/** Day number of the Monday on or before the day (1970-01-01, day 0, was a Thursday). */
function mondayOf(day: IsoDay): number {
  const number = dayNumber(day);
  return number - ((((number + 3) % 7) + 7) % 7);
}
