/**
 * Backtest (回测) of payment-date prediction: every invoice issued in a period is predicted as of
 * the day before its own issue date, so only invoices settled before it was issued can inform it,
 * and the prediction is scored against when it was really settled. Two baselines run on the same
 * protocol: "paid on the due date" and "the customer's median days to settle so far".
 */
import { addDays, compareIsoDay, dayNumber, type IsoDay } from '../isoDay';
import { failure, success, type Outcome } from '../problem';
import { isSettledBy, type InvoiceHistory } from './invoiceHistory';
import { learnPaymentBehaviour } from './paymentKnowledge';
import { DEFAULT_PREDICTION_SETTINGS, type PredictionSettings } from './predictionSettings';
import { predictSettlement, type PaymentPrediction, type PredictionMethod } from './predictPayment';
import { median } from './weightedStats';

/** 'model' is predictSettlement; the other two are the baselines it has to beat. */
export type BacktestPredictor = 'model' | 'due-date' | 'customer-median';

export interface BacktestOptions {
  /** Invoices issued from this day to `to`, both included, are predicted and scored. */
  readonly from: IsoDay;
  readonly to: IsoDay;
  readonly predictor?: BacktestPredictor;
  readonly settings?: PredictionSettings;
}

export interface BacktestRow {
  readonly invoiceId: string;
  readonly customerId: string;
  readonly issued: IsoDay;
  readonly due: IsoDay;
  readonly predicted: IsoDay;
  readonly settled: IsoDay;
  /** |predicted - settled| in days. */
  readonly errorDays: number;
  readonly predictedLate: boolean;
  readonly actuallyLate: boolean;
  readonly method: PredictionMethod | BacktestPredictor;
}

export interface BacktestScore {
  readonly count: number;
  /** Mean absolute error in days; no value when nothing was scored. */
  readonly meanAbsoluteErrorDays: Outcome<number>;
  /** Share (0..1) of invoices whose "paid after the due date" was called right. */
  readonly lateAccuracy: Outcome<number>;
}

export interface BacktestResult extends BacktestScore {
  readonly predictor: BacktestPredictor;
  readonly from: IsoDay;
  readonly to: IsoDay;
  /** Issued in the period but not settled in the data: nothing to score them against. */
  readonly unsettled: number;
  readonly byMethod: readonly (BacktestScore & { readonly method: string })[];
  readonly rows: readonly BacktestRow[];
}

/**
 * Predicts and scores every invoice issued in [from, to]. An invoice's own settlement (and any
 * invoice settled on or after its issue date) is never read for its prediction.
 */
export function backtestPayments(
  invoices: readonly InvoiceHistory[],
  options: BacktestOptions,
): BacktestResult {
  const predictor = options.predictor ?? 'model';
  const settings = options.settings ?? DEFAULT_PREDICTION_SETTINGS;

  const inPeriod = invoices.filter(
    (invoice) =>
      compareIsoDay(invoice.issued, options.from) >= 0 &&
      compareIsoDay(invoice.issued, options.to) <= 0,
  );
  const byIssueDay = new Map<IsoDay, InvoiceHistory[]>();
  for (const invoice of inPeriod) {
    const list = byIssueDay.get(invoice.issued);
    if (list) list.push(invoice);
    else byIssueDay.set(invoice.issued, [invoice]);
  }

  const rows: BacktestRow[] = [];
  let unsettled = 0;
  for (const day of [...byIssueDay.keys()].sort(compareIsoDay)) {
    // Learnt once per issue day: everyone issued that day sees the same past.
    const predict = predictorAsOf(predictor, invoices, addDays(day, -1), settings);
    for (const invoice of byIssueDay.get(day) ?? []) {
      if (invoice.settled === undefined) {
        unsettled++;
        continue;
      }
      rows.push(scoreRow(invoice, invoice.settled, predict(invoice)));
    }
  }

  const methods = [...new Set(rows.map((row) => row.method))].sort();
  return {
    predictor,
    from: options.from,
    to: options.to,
    unsettled,
    ...scoreOf(rows),
    byMethod: methods.map((method) => ({
      method,
      ...scoreOf(rows.filter((row) => row.method === method)),
    })),
    rows,
  };
}

/**
 * The model's prediction for one invoice as the backtest makes it: as of the day before its issue
 * date. Exposed so a test can show that its own settlement never changes it.
 */
export function predictAsIssued(
  invoice: InvoiceHistory,
  invoices: readonly InvoiceHistory[],
  settings: PredictionSettings = DEFAULT_PREDICTION_SETTINGS,
): PaymentPrediction {
  const knowledge = learnPaymentBehaviour(invoices, addDays(invoice.issued, -1), settings);
  return predictSettlement(invoice, knowledge);
}

interface Guess {
  readonly predicted: IsoDay;
  readonly method: PredictionMethod | BacktestPredictor;
}

function predictorAsOf(
  predictor: BacktestPredictor,
  invoices: readonly InvoiceHistory[],
  asOf: IsoDay,
  settings: PredictionSettings,
): (invoice: InvoiceHistory) => Guess {
  switch (predictor) {
    case 'model': {
      const knowledge = learnPaymentBehaviour(invoices, asOf, settings);
      return (invoice) => {
        const prediction = predictSettlement(invoice, knowledge);
        return { predicted: prediction.predicted, method: prediction.method };
      };
    }
    case 'due-date':
      return (invoice) => ({ predicted: invoice.due, method: 'due-date' });
    case 'customer-median':
      return customerMedianAsOf(invoices, asOf);
  }
}

/** Baseline: the customer's median days from issue to settlement so far (else everyone's). */
function customerMedianAsOf(
  invoices: readonly InvoiceHistory[],
  asOf: IsoDay,
): (invoice: InvoiceHistory) => Guess {
  const daysToSettle = new Map<string, number[]>();
  const everyone: number[] = [];
  for (const invoice of invoices) {
    if (!isSettledBy(invoice, asOf) || invoice.settled === undefined) continue;
    const days = dayNumber(invoice.settled) - dayNumber(invoice.issued);
    everyone.push(days);
    const list = daysToSettle.get(invoice.customerId);
    if (list) list.push(days);
    else daysToSettle.set(invoice.customerId, [days]);
  }
  const medians = new Map([...daysToSettle].map(([id, days]) => [id, median(days) ?? 0]));
  const overall = median(everyone);

  return (invoice) => {
    const days = medians.get(invoice.customerId) ?? overall;
    return days === undefined
      ? { predicted: invoice.due, method: 'due-date' }
      : { predicted: addDays(invoice.issued, Math.round(days)), method: 'customer-median' };
  };
}

function scoreRow(invoice: InvoiceHistory, settled: IsoDay, guess: Guess): BacktestRow {
  return {
    invoiceId: invoice.invoiceId,
    customerId: invoice.customerId,
    issued: invoice.issued,
    due: invoice.due,
    predicted: guess.predicted,
    settled,
    errorDays: Math.abs(dayNumber(guess.predicted) - dayNumber(settled)),
    predictedLate: compareIsoDay(guess.predicted, invoice.due) > 0,
    actuallyLate: compareIsoDay(settled, invoice.due) > 0,
    method: guess.method,
  };
}

function scoreOf(rows: readonly BacktestRow[]): BacktestScore {
  if (rows.length === 0) {
    return {
      count: 0,
      meanAbsoluteErrorDays: failure('backtest.nothing-scored'),
      lateAccuracy: failure('backtest.nothing-scored'),
    };
  }

  let error = 0;
  let right = 0;
  for (const row of rows) {
    error += row.errorDays;
    if (row.predictedLate === row.actuallyLate) right++;
  }
  return {
    count: rows.length,
    meanAbsoluteErrorDays: success(error / rows.length),
    lateAccuracy: success(right / rows.length),
  };
}
