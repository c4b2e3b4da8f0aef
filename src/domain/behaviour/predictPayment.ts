/**
 * Predicted payment date (预计回款日) for open invoices, from what was known on the as-of date:
 * the customer's own history when there is enough of it, the population's otherwise, adjusted for
 * disputes, paper bills and unusually large invoices. The method travels with every prediction as
 * a code with its facts, so the cashier can read why.
 */
import { addDays, compareIsoDay, daysBetween, type IsoDay } from '../isoDay';
import type { Fen } from '../money';
import type { Problem } from '../problem';
import { openOn, type InvoiceHistory } from './invoiceHistory';
import {
  adjustmentFor,
  isLargeInvoice,
  learnPaymentBehaviour,
  type DelayProfile,
  type PaymentKnowledge,
} from './paymentKnowledge';
import { DEFAULT_PREDICTION_SETTINGS, type PredictionSettings } from './predictionSettings';

export type PredictionMethod = 'customer-history' | 'population' | 'due-date';

export interface PaymentPrediction {
  readonly invoiceId: string;
  readonly customerId: string;
  readonly due: IsoDay;
  readonly predicted: IsoDay;
  /** The likely range (by default the 10th to 90th percentile of comparable delays). */
  readonly low: IsoDay;
  readonly high: IsoDay;
  readonly method: PredictionMethod;
  /** Whether the predicted date is after the due date. */
  readonly late: boolean;
  /** The method in words first, then each adjustment applied: codes in messages/behaviour.ts. */
  readonly reasons: readonly Problem[];
}

export interface OpenInvoicePrediction extends PaymentPrediction {
  /** Still owed on the as-of date. */
  readonly open: Fen;
}

/**
 * Predicts when one invoice will be settled from knowledge learnt on some as-of date. The date is
 * not moved past the as-of date; predictOpenInvoices does that for invoices still open.
 */
export function predictSettlement(
  invoice: InvoiceHistory,
  knowledge: PaymentKnowledge,
): PaymentPrediction {
  const { settings, adjustments } = knowledge;
  const customer = knowledge.customers.get(invoice.customerId);
  const settledCount = customer?.settledCount ?? 0;
  const own = customer?.profile;
  const population = knowledge.population;

  if (population === undefined) {
    return onDueDate(invoice);
  }

  const large = isLargeInvoice(invoice.amount, customer?.usualAmount, settings);
  const shift = adjustmentFor(invoice, large, adjustments);
  const useOwn = own !== undefined && settledCount >= settings.minCustomerHistory;
  const base: DelayProfile = useOwn ? shrink(own, population, settings) : population;

  const typical = Math.round(base.typical + shift);
  const low = Math.min(typical, Math.round(base.low + shift));
  const high = Math.max(typical, Math.round(base.high + shift));
  const method: PredictionMethod = useOwn ? 'customer-history' : 'population';

  const reasons: Problem[] = [
    useOwn
      ? {
          code: 'predict.customer-history',
          detail: {
            count: settledCount,
            delay: signedDays(Math.round(base.typical)),
            halfLife: settings.halfLifeDays,
          },
        }
      : {
          code: 'predict.population',
          detail: {
            count: settledCount,
            minimum: settings.minCustomerHistory,
            population: population.count,
            delay: signedDays(Math.round(population.typical)),
          },
        },
  ];
  if (invoice.disputed && adjustments.disputed !== 0) {
    reasons.push({
      code: 'predict.adjust-disputed',
      detail: { days: signedDays(adjustments.disputed) },
    });
  }
  if (invoice.channel === 'paper' && adjustments.paper !== 0) {
    reasons.push({ code: 'predict.adjust-paper', detail: { days: signedDays(adjustments.paper) } });
  }
  if (large && adjustments.large !== 0) {
    reasons.push({
      code: 'predict.adjust-large',
      detail: { days: signedDays(adjustments.large), ratio: settings.largeInvoiceRatio },
    });
  }

  return {
    invoiceId: invoice.invoiceId,
    customerId: invoice.customerId,
    due: invoice.due,
    predicted: addDays(invoice.due, typical),
    low: addDays(invoice.due, low),
    high: addDays(invoice.due, high),
    method,
    late: typical > 0,
    reasons,
  };
}

/**
 * Predicts the settlement date of every invoice open at the end of `asOf`, learning only from
 * invoices issued and settled on or before it. An invoice that should already have been paid
 * is expected the day after the as-of date (it was not paid by then), and says so.
 */
export function predictOpenInvoices(
  invoices: readonly InvoiceHistory[],
  asOf: IsoDay,
  settings: PredictionSettings = DEFAULT_PREDICTION_SETTINGS,
): OpenInvoicePrediction[] {
  const knowledge = learnPaymentBehaviour(invoices, asOf, settings);
  const earliest = addDays(asOf, 1);

  const predictions: OpenInvoicePrediction[] = [];
  for (const invoice of invoices) {
    const open = openOn(invoice, asOf);
    if (open <= 0) continue;

    const prediction = predictSettlement(invoice, knowledge);
    predictions.push({ ...notBefore(prediction, earliest), open });
  }
  return predictions;
}

/** The due date itself, when nothing at all has been settled yet to learn from. */
function onDueDate(invoice: InvoiceHistory): PaymentPrediction {
  return {
    invoiceId: invoice.invoiceId,
    customerId: invoice.customerId,
    due: invoice.due,
    predicted: invoice.due,
    low: invoice.due,
    high: invoice.due,
    method: 'due-date',
    late: false,
    reasons: [{ code: 'predict.due-date' }],
  };
}

/** A customer's own profile, pulled towards the population as if it were a few more invoices. */
function shrink(
  own: DelayProfile,
  population: DelayProfile,
  settings: PredictionSettings,
): DelayProfile {
  const k = settings.populationWeight;
  const blend = (mine: number, theirs: number): number =>
    (own.count * mine + k * theirs) / (own.count + k);
  return {
    count: own.count,
    typical: blend(own.typical, population.typical),
    low: blend(own.low, population.low),
    high: blend(own.high, population.high),
  };
}

function notBefore(prediction: PaymentPrediction, earliest: IsoDay): PaymentPrediction {
  if (compareIsoDay(prediction.predicted, earliest) >= 0) return prediction;

  const later = (day: IsoDay): IsoDay => (compareIsoDay(day, earliest) < 0 ? earliest : day);
  return {
    ...prediction,
    predicted: earliest,
    low: later(prediction.low),
    high: later(prediction.high),
    late: daysBetween(prediction.due, earliest) > 0,
    reasons: [
      ...prediction.reasons,
      { code: 'predict.expected-earlier', detail: { date: prediction.predicted, next: earliest } },
    ],
  };
}

/** "+5", "-3", "0": a shift in days as the words show it. */
function signedDays(days: number): string {
  const rounded = Math.round(days * 10) / 10;
  return rounded > 0 ? `+${rounded}` : String(rounded === 0 ? 0 : rounded);
}
