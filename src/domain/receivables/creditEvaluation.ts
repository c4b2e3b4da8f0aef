/**
 * Credit evaluation (信用评估) per customer from the ledger alone: what is open and overdue, how
 * late the customer has paid over the last 12 months, whether that is getting worse, disputes
 * and unapplied credit. These give a score 0-100, a grade A-D and a flag with its reasons.
 * docs/receivables.md states the score formula and the flag rules.
 */
import { addMonths, asIsoDay, dayNumber, type IsoDay } from '../isoDay';
import type { CreditGrade, Customer } from '../ledger';
import { formatYuan, type CurrencyCode, type Fen } from '../money';
import { InvalidArgumentError, type Problem } from '../problem';
import type { AllocationResult, CustomerAllocation, InvoiceAllocation } from './allocationTypes';
import { shareBp } from './fenRates';
import {
  DEFAULT_RECEIVABLES_SETTINGS,
  type CreditThresholds,
  type ReceivablesSettings,
} from './receivablesSettings';

export type CreditFlag = 'OK' | 'WATCH' | 'WARN' | 'HOLD';

/** The flags in rising severity, with the cashier's words. */
export const CREDIT_FLAGS: readonly { flag: CreditFlag; zh: string; en: string }[] = [
  { flag: 'OK', zh: '正常', en: 'OK' },
  { flag: 'WATCH', zh: '关注', en: 'Watch' },
  { flag: 'WARN', zh: '预警', en: 'Warning' },
  { flag: 'HOLD', zh: '停止赊销', en: 'Hold: no further credit' },
];

export type PaymentTrend = 'better' | 'steady' | 'worse' | 'unknown';

export interface CreditEvaluation {
  readonly customerId: string;
  readonly currency: CurrencyCode;
  readonly openInvoiceTotal: Fen;
  readonly unappliedCredit: Fen;
  /** Open invoices less unapplied credit. */
  readonly balance: Fen;
  readonly creditLimit: Fen | undefined;
  /** Balance over limit in basis points (10000 = the whole limit); undefined without a limit. */
  readonly limitUseBp: number | undefined;
  readonly overdueAmount: Fen;
  /** Days past due of the oldest overdue invoice; 0 when nothing is overdue. */
  readonly oldestOverdueDays: number;
  /** Invoices fully settled in the last 12 months and their amount-weighted days late. */
  readonly settledLast12Months: number;
  readonly averageDaysLate: number;
  /** Share of those invoices settled after their due date, in basis points. */
  readonly lateShareBp: number;
  readonly trend: PaymentTrend;
  /** Weighted days late of invoices settled in the last 3 months / the 12 months before. */
  readonly recentDaysLate: number | undefined;
  readonly earlierDaysLate: number | undefined;
  readonly disputedOpenCount: number;
  readonly disputedOpenAmount: Fen;
  readonly score: number;
  readonly grade: CreditGrade;
  readonly flag: CreditFlag;
  /** True when a grade A customer's overdue days are all within the grace period. */
  readonly withinGrace: boolean;
  /** Why the flag is what it is, most severe first, each with words in messages/receivables. */
  readonly reasons: readonly Problem[];
}

interface LatenessSummary {
  count: number;
  late: number;
  weightedDays: number;
  weight: number;
}

function summarise(): LatenessSummary {
  return { count: 0, late: 0, weightedDays: 0, weight: 0 };
}

function average(summary: LatenessSummary): number | undefined {
  return summary.weight === 0 ? undefined : summary.weightedDays / summary.weight;
}

const round1 = (value: number): number => Math.round(value * 10) / 10;

/** The grade a score earns under the thresholds. */
export function gradeForScore(score: number, thresholds: CreditThresholds): CreditGrade {
  if (score >= thresholds.gradeAFrom) return 'A';
  if (score >= thresholds.gradeBFrom) return 'B';
  if (score >= thresholds.gradeCFrom) return 'C';
  return 'D';
}

/** Days of grace before an overdue invoice counts: the setting for grade A, none otherwise. */
export function graceDaysFor(grade: CreditGrade | undefined, thresholds: CreditThresholds): number {
  return grade === 'A' ? thresholds.gradeAGraceDays : 0;
}

/** Evaluates every customer-and-currency line of an allocation. */
export function evaluateCredit(
  allocation: AllocationResult,
  customers: readonly Customer[],
  settings: ReceivablesSettings = DEFAULT_RECEIVABLES_SETTINGS,
): CreditEvaluation[] {
  if (asIsoDay(allocation.asOf) === undefined) {
    throw new InvalidArgumentError(`as-of date is not an ISO day: ${String(allocation.asOf)}`);
  }
  const byId = new Map(customers.map((customer) => [customer.id, customer]));
  return allocation.customers.map((line) =>
    evaluateLine(line, byId.get(line.customerId), allocation.asOf, settings.credit),
  );
}

function evaluateLine(
  line: CustomerAllocation,
  customer: Customer | undefined,
  asOf: IsoDay,
  thresholds: CreditThresholds,
): CreditEvaluation {
  const asOfDay = dayNumber(asOf);
  const yearAgo = addMonths(asOf, -12);
  const quarterAgo = addMonths(asOf, -3);
  const fifteenMonthsAgo = addMonths(asOf, -15);

  let overdue = 0;
  let oldest = 0;
  let disputedCount = 0;
  let disputedAmount = 0;
  const year = summarise();
  const recent = summarise();
  const earlier = summarise();
  for (const invoice of line.invoices) {
    if (invoice.open > 0) {
      const daysPastDue = asOfDay - dayNumber(invoice.dueDate);
      if (daysPastDue > 0) {
        overdue += invoice.open;
        oldest = Math.max(oldest, daysPastDue);
      }
      if (invoice.disputed) {
        disputedCount += 1;
        disputedAmount += invoice.open;
      }
      continue;
    }

    const settled = invoice.settledOn;
    if (settled === undefined || invoice.kind !== 'invoice') continue;
    if (settled > yearAgo) addLateness(year, invoice, settled);
    if (settled > quarterAgo) addLateness(recent, invoice, settled);
    else if (settled > fifteenMonthsAgo) addLateness(earlier, invoice, settled);
  }

  const limit =
    customer !== undefined && customer.currency === line.currency
      ? customer.creditLimit
      : undefined;
  const balance = line.balance as number;
  const limitUseBp =
    limit !== undefined && limit > 0 ? shareBp(Math.max(0, balance), limit) : undefined;
  const averageDaysLate = average(year) ?? 0;
  const lateShare = year.count === 0 ? 0 : year.late / year.count;
  const recentDaysLate = average(recent);
  const earlierDaysLate = average(earlier);
  const trend = trendOf(recentDaysLate, earlierDaysLate, thresholds.worseningTrendDays);

  // The score: 100 less weighted penalties, each capped (docs/receivables.md, Credit score).
  const open = line.openInvoiceTotal as number;
  const exposedOverdue = Math.max(0, overdue - line.unappliedCredit);
  const penalties =
    25 * (open > 0 ? Math.min(1, exposedOverdue / open) : 0) +
    25 * Math.min(1, oldest / 120) +
    20 * Math.min(1, averageDaysLate / 60) +
    10 * lateShare +
    10 * (limitUseBp === undefined ? 0 : Math.min(1, Math.max(0, (limitUseBp - 5000) / 5000))) +
    (disputedCount > 0 ? 5 : 0) +
    (trend === 'worse' ? 5 : 0);
  const score = Math.max(0, Math.min(100, Math.round(100 - penalties)));
  const grade = gradeForScore(score, thresholds);

  const graceGrade = customer?.creditGrade ?? grade;
  const grace = graceDaysFor(graceGrade, thresholds);
  const withinGrace = oldest > 0 && oldest <= grace;

  const { flag, reasons } = flagWithReasons({
    thresholds,
    score,
    oldest,
    overdue,
    withinGrace,
    grace,
    balance,
    limit,
    limitUseBp,
    disputedCount,
    disputedAmount,
    trend,
    recentDaysLate,
    earlierDaysLate,
  });

  return {
    customerId: line.customerId,
    currency: line.currency,
    openInvoiceTotal: line.openInvoiceTotal,
    unappliedCredit: line.unappliedCredit,
    balance: line.balance,
    creditLimit: limit,
    limitUseBp,
    overdueAmount: overdue as Fen,
    oldestOverdueDays: oldest,
    settledLast12Months: year.count,
    averageDaysLate: round1(averageDaysLate),
    lateShareBp: year.count === 0 ? 0 : shareBp(year.late, year.count),
    trend,
    recentDaysLate: recentDaysLate === undefined ? undefined : round1(recentDaysLate),
    earlierDaysLate: earlierDaysLate === undefined ? undefined : round1(earlierDaysLate),
    disputedOpenCount: disputedCount,
    disputedOpenAmount: disputedAmount as Fen,
    score,
    grade,
    flag,
    withinGrace,
    reasons,
  };
}

function addLateness(summary: LatenessSummary, invoice: InvoiceAllocation, settled: IsoDay): void {
  const daysLate = Math.max(0, dayNumber(settled) - dayNumber(invoice.dueDate));
  summary.count += 1;
  if (daysLate > 0) summary.late += 1;
  summary.weightedDays += daysLate * invoice.amount;
  summary.weight += invoice.amount;
}

function trendOf(
  recent: number | undefined,
  earlier: number | undefined,
  margin: number,
): PaymentTrend {
  if (recent === undefined || earlier === undefined) return 'unknown';
  if (recent - earlier > margin) return 'worse';
  if (earlier - recent > margin) return 'better';
  return 'steady';
}

interface FlagFacts {
  readonly thresholds: CreditThresholds;
  readonly score: number;
  readonly oldest: number;
  readonly overdue: number;
  readonly withinGrace: boolean;
  readonly grace: number;
  readonly balance: number;
  readonly limit: Fen | undefined;
  readonly limitUseBp: number | undefined;
  readonly disputedCount: number;
  readonly disputedAmount: number;
  readonly trend: PaymentTrend;
  readonly recentDaysLate: number | undefined;
  readonly earlierDaysLate: number | undefined;
}

const SEVERITY: Record<CreditFlag, number> = { OK: 0, WATCH: 1, WARN: 2, HOLD: 3 };

/** Every rule that fires adds its reason; the flag is the most severe rule that fired. */
function flagWithReasons(facts: FlagFacts): { flag: CreditFlag; reasons: Problem[] } {
  const t = facts.thresholds;
  const fired: { flag: CreditFlag; reason: Problem }[] = [];
  const fire = (flag: CreditFlag, code: string, detail: Record<string, string | number>): void => {
    fired.push({ flag, reason: { code, detail } });
  };

  if (facts.oldest > t.holdOverdueDays) {
    fire('HOLD', 'credit.overdue-hold', { days: facts.oldest, limit: t.holdOverdueDays });
  } else if (facts.oldest > t.warnOverdueDays) {
    fire('WARN', 'credit.overdue-warn', { days: facts.oldest, limit: t.warnOverdueDays });
  } else if (facts.oldest > 0 && !facts.withinGrace) {
    fire('WATCH', 'credit.overdue', {
      amount: formatYuan(facts.overdue as Fen),
      days: facts.oldest,
    });
  }

  if (facts.limit !== undefined && facts.balance > facts.limit) {
    fire('WARN', 'credit.over-limit', {
      over: formatYuan((facts.balance - facts.limit) as Fen),
      limit: formatYuan(facts.limit),
    });
  } else if (facts.limitUseBp !== undefined && facts.limitUseBp >= t.watchLimitUseBp) {
    fire('WATCH', 'credit.limit-use-high', { use: `${(facts.limitUseBp / 100).toFixed(1)}%` });
  }

  if (facts.score < t.holdBelowScore) {
    fire('HOLD', 'credit.score-low', { score: facts.score, threshold: t.holdBelowScore });
  } else if (facts.score < t.warnBelowScore) {
    fire('WARN', 'credit.score-low', { score: facts.score, threshold: t.warnBelowScore });
  } else if (facts.score < t.watchBelowScore) {
    fire('WATCH', 'credit.score-low', { score: facts.score, threshold: t.watchBelowScore });
  }

  if (facts.disputedCount > 0) {
    fire('WATCH', 'credit.disputed-open', {
      count: facts.disputedCount,
      amount: formatYuan(facts.disputedAmount as Fen),
    });
  }
  if (facts.trend === 'worse') {
    fire('WATCH', 'credit.trend-worsening', {
      recent: round1(facts.recentDaysLate ?? 0),
      earlier: round1(facts.earlierDaysLate ?? 0),
    });
  }

  fired.sort((a, b) => SEVERITY[b.flag] - SEVERITY[a.flag]);
  const flag = fired[0]?.flag ?? 'OK';
  const reasons = fired.map((entry) => entry.reason);
  if (facts.withinGrace) {
    reasons.push({
      code: 'credit.within-grace',
      detail: { days: facts.oldest, grace: facts.grace },
    });
  }
  if (flag === 'OK' && !facts.withinGrace) reasons.push({ code: 'credit.in-good-standing' });
  return { flag, reasons };
}
