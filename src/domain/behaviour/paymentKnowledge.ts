/**
 * What the ledger teaches about how customers pay, as of one day: each customer's typical delay
 * (days from due date to settlement, recent invoices counting more), the whole population's, and
 * how much later disputed, paper-billed and unusually large invoices are paid. Only invoices
 * issued and settled on or before the as-of date are read, so nothing later can leak in.
 */
import { compareIsoDay, dayNumber, type IsoDay } from '../isoDay';
import { isSettledBy, type InvoiceHistory } from './invoiceHistory';
import type { PredictionSettings } from './predictionSettings';
import {
  median,
  sortSamples,
  weightedQuantile,
  winsorisedMean,
  type WeightedSample,
} from './weightedStats';

/** Typical delay and its spread, in days after the due date (negative = paid early). */
export interface DelayProfile {
  /** Settled invoices it was learnt from. */
  readonly count: number;
  readonly typical: number;
  readonly low: number;
  readonly high: number;
}

/** Extra days of delay learnt from the history; 0 when there were too few cases to learn from. */
export interface DelayAdjustments {
  readonly disputed: number;
  readonly paper: number;
  readonly large: number;
}

export interface CustomerBehaviour {
  readonly settledCount: number;
  /** Learnt from the customer's own settled invoices, after taking the adjustments out. */
  readonly profile?: DelayProfile;
  /** Median amount (fen) of the customer's invoices issued so far: what "large" is measured by. */
  readonly usualAmount?: number;
}

export interface PaymentKnowledge {
  readonly asOf: IsoDay;
  readonly settings: PredictionSettings;
  readonly adjustments: DelayAdjustments;
  readonly population?: DelayProfile;
  readonly customers: ReadonlyMap<string, CustomerBehaviour>;
}

interface SettledCase {
  readonly invoice: InvoiceHistory;
  readonly delay: number;
  readonly large: boolean;
}

/**
 * Learns payment behaviour from the invoices known on `asOf`: issued on or before it, and for the
 * delays, settled on or before it. Invoices issued later are ignored, whatever they say.
 */
export function learnPaymentBehaviour(
  invoices: readonly InvoiceHistory[],
  asOf: IsoDay,
  settings: PredictionSettings,
): PaymentKnowledge {
  const byCustomer = new Map<string, InvoiceHistory[]>();
  for (const invoice of invoices) {
    if (compareIsoDay(invoice.issued, asOf) > 0) continue;
    const list = byCustomer.get(invoice.customerId);
    if (list) list.push(invoice);
    else byCustomer.set(invoice.customerId, [invoice]);
  }

  const usualAmounts = new Map<string, number | undefined>();
  const casesByCustomer = new Map<string, SettledCase[]>();
  for (const [customerId, known] of byCustomer) {
    const usual = median(known.map((invoice) => invoice.amount));
    usualAmounts.set(customerId, usual);
    casesByCustomer.set(customerId, settledCases(known, asOf, usual, settings));
  }

  const adjustments = learnAdjustments([...casesByCustomer.values()], settings);
  const asOfDay = dayNumber(asOf);
  const toSample = (item: SettledCase): WeightedSample => ({
    value: item.delay - adjustmentFor(item.invoice, item.large, adjustments),
    // Recency by issue date: how the customer pays lately matters more than years ago.
    weight: Math.pow(0.5, (asOfDay - dayNumber(item.invoice.issued)) / settings.halfLifeDays),
  });

  const everyone: WeightedSample[] = [];
  const customers = new Map<string, CustomerBehaviour>();
  for (const [customerId, cases] of casesByCustomer) {
    const samples = cases.map(toSample);
    everyone.push(...samples);
    const usualAmount = usualAmounts.get(customerId);
    customers.set(customerId, {
      settledCount: cases.length,
      ...(samples.length > 0 ? { profile: profileOf(samples, settings) } : {}),
      ...(usualAmount !== undefined ? { usualAmount } : {}),
    });
  }

  return {
    asOf,
    settings,
    adjustments,
    ...(everyone.length > 0 ? { population: profileOf(everyone, settings) } : {}),
    customers,
  };
}

/** The extra delay an invoice's known attributes call for. */
export function adjustmentFor(
  invoice: InvoiceHistory,
  large: boolean,
  adjustments: DelayAdjustments,
): number {
  return (
    (invoice.disputed ? adjustments.disputed : 0) +
    (invoice.channel === 'paper' ? adjustments.paper : 0) +
    (large ? adjustments.large : 0)
  );
}

/** Whether the amount is large for this customer (false when the customer has no usual yet). */
export function isLargeInvoice(
  amount: number,
  usualAmount: number | undefined,
  settings: PredictionSettings,
): boolean {
  return (
    usualAmount !== undefined &&
    usualAmount > 0 &&
    amount >= usualAmount * settings.largeInvoiceRatio
  );
}

function settledCases(
  known: readonly InvoiceHistory[],
  asOf: IsoDay,
  usualAmount: number | undefined,
  settings: PredictionSettings,
): SettledCase[] {
  const cases: SettledCase[] = [];
  for (const invoice of known) {
    if (!isSettledBy(invoice, asOf) || invoice.settled === undefined) continue;
    cases.push({
      invoice,
      delay: dayNumber(invoice.settled) - dayNumber(invoice.due),
      large: isLargeInvoice(invoice.amount, usualAmount, settings),
    });
  }
  return cases;
}

function profileOf(samples: readonly WeightedSample[], settings: PredictionSettings): DelayProfile {
  const sorted = sortSamples(samples);
  return {
    count: samples.length,
    typical: winsorisedMean(sorted, settings.clipMads),
    low: weightedQuantile(sorted, settings.intervalLow),
    high: weightedQuantile(sorted, settings.intervalHigh),
  };
}

/**
 * Each adjustment compares like with like: a customer's disputed (or large) invoices against the
 * same customer's plain ones, and paper against electronic bills of one customer, so a slow
 * customer who happens to dispute often does not make disputes look slower than they are.
 */
function learnAdjustments(
  customers: readonly (readonly SettledCase[])[],
  settings: PredictionSettings,
): DelayAdjustments {
  const disputedGaps: number[] = [];
  const largeGaps: number[] = [];
  const paperGaps: number[] = [];

  for (const cases of customers) {
    const undisputed = cases.filter((item) => !item.invoice.disputed);
    const plain = median(undisputed.map((item) => item.delay));
    if (plain !== undefined) {
      for (const item of cases) if (item.invoice.disputed) disputedGaps.push(item.delay - plain);
    }

    const ordinary = median(undisputed.filter((item) => !item.large).map((item) => item.delay));
    if (ordinary !== undefined) {
      for (const item of undisputed) if (item.large) largeGaps.push(item.delay - ordinary);
    }

    const paper = median(delaysBy(undisputed, 'paper'));
    const electronic = median(delaysBy(undisputed, 'electronic'));
    if (paper !== undefined && electronic !== undefined) paperGaps.push(paper - electronic);
  }

  const learnt = (gaps: readonly number[]): number =>
    gaps.length >= settings.minAdjustmentCases ? (median(gaps) ?? 0) : 0;
  return { disputed: learnt(disputedGaps), paper: learnt(paperGaps), large: learnt(largeGaps) };
}

function delaysBy(cases: readonly SettledCase[], channel: 'paper' | 'electronic'): number[] {
  return cases.filter((item) => item.invoice.channel === channel).map((item) => item.delay);
}
