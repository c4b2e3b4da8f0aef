/**
 * Payment promises (承诺付款) from the follow-up log. Only the customer's latest promise counts:
 * an older promise is superseded by the newer one the cashier accepted.
 */
import { compareIsoDay, type IsoDay } from '../isoDay';
import { sumFen, type Fen } from '../money';
import type { FollowUpEntry, ReceiptSeen } from './collectionsInput';

/** live: the promised date has not passed; kept: paid as promised; broken: date passed, not paid. */
export type PromiseState = 'live' | 'kept' | 'broken';

export interface PromiseStatus {
  readonly state: PromiseState;
  /** The day the promise was made (the follow-up's date). */
  readonly madeOn: IsoDay;
  readonly promisedDate: IsoDay;
  readonly promisedAmount?: Fen;
  /** Receipts from the day the promise was made up to the as-of date. */
  readonly paidSince: Fen;
}

/**
 * Judges the customer's latest payment promise as of `asOf`.
 *
 * Paid means: receipts dated from the day the promise was made to the as-of date reach the promised
 * amount, or the overdue total fell by at least that amount since the promise (when the overdue
 * total on that day was recorded). A promise without an amount is a promise to pay everything
 * overdue, kept only when nothing is overdue any more. A promise is broken once the as-of date is
 * after the promised date and it was not paid; on the promised date itself it is still live.
 *
 * @param followUps the customer's follow-up log, any order; entries after `asOf` are ignored
 * @param receipts the customer's receipts, any order
 * @param overdueNow the customer's overdue, undisputed total as of `asOf`
 */
export function latestPromiseStatus(
  followUps: readonly FollowUpEntry[],
  receipts: readonly ReceiptSeen[],
  overdueNow: Fen,
  asOf: IsoDay,
): PromiseStatus | undefined {
  const promise = latestPromise(followUps, asOf);
  if (!promise || promise.promisedDate === undefined) return undefined;

  const madeOn = promise.date;
  const promisedDate = promise.promisedDate;
  const paidSince = sumFen(
    receipts
      .filter((r) => compareIsoDay(r.date, madeOn) >= 0 && compareIsoDay(r.date, asOf) <= 0)
      .map((r) => r.amount),
  );

  const kept = isPaid(promise, paidSince, overdueNow);
  const state: PromiseState = kept
    ? 'kept'
    : compareIsoDay(asOf, promisedDate) > 0
      ? 'broken'
      : 'live';

  return promise.promisedAmount === undefined
    ? { state, madeOn, promisedDate, paidSince }
    : { state, madeOn, promisedDate, promisedAmount: promise.promisedAmount, paidSince };
}

function latestPromise(
  followUps: readonly FollowUpEntry[],
  asOf: IsoDay,
): FollowUpEntry | undefined {
  let latest: FollowUpEntry | undefined;
  for (const entry of followUps) {
    if (entry.promisedDate === undefined || compareIsoDay(entry.date, asOf) > 0) continue;
    // Later in the log wins a tie: the cashier wrote it down after the earlier one.
    if (!latest || compareIsoDay(entry.date, latest.date) >= 0) latest = entry;
  }
  return latest;
}

function isPaid(promise: FollowUpEntry, paidSince: Fen, overdueNow: Fen): boolean {
  if (promise.promisedAmount === undefined) return overdueNow <= 0;

  if (paidSince >= promise.promisedAmount) return true;
  return (
    promise.overdueWhenPromised !== undefined &&
    promise.overdueWhenPromised - overdueNow >= promise.promisedAmount
  );
}
