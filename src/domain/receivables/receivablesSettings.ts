/**
 * The receivables settings a cashier can edit in the workbook: payment terms, how aging counts
 * days, the aging buckets, the bad-debt rate table and the credit thresholds. Every number here is
 * a default from DOMAIN.md or written down in docs/receivables.md.
 */

/** Aging counts days from the due date (management view) or from the entry date (年报 view). */
export type AgingBasis = 'due' | 'entry';

/**
 * One aging bucket: an inclusive range of days. `fromDays` null means "and everything younger"
 * (not-yet-due amounts have zero or negative days past due); `toDays` null means "and older".
 */
export interface AgingBucket {
  readonly id: string;
  readonly zh: string;
  readonly en: string;
  readonly fromDays: number | null;
  readonly toDays: number | null;
}

/** A band of the bad-debt rate table: a bucket with its provision rate in basis points. */
export interface ProvisionBand extends AgingBucket {
  /** 500 = 5%; 10000 = 100%. Whole basis points keep provision free of float drift. */
  readonly rateBp: number;
}

export interface CreditThresholds {
  /** Score at or above which a customer is grade A, B, C; below C is D. */
  readonly gradeAFrom: number;
  readonly gradeBFrom: number;
  readonly gradeCFrom: number;
  /** Oldest overdue days above which the flag is HOLD (DOMAIN.md: over 90 days). */
  readonly holdOverdueDays: number;
  /** Oldest overdue days above which the flag is at least WARN. */
  readonly warnOverdueDays: number;
  /** Score below which the flag is HOLD / at least WARN / at least WATCH. */
  readonly holdBelowScore: number;
  readonly warnBelowScore: number;
  readonly watchBelowScore: number;
  /** Share of the credit limit in use (basis points) from which the flag is at least WATCH. */
  readonly watchLimitUseBp: number;
  /** Recent days late worse than the earlier 12 months by more than this is a worsening trend. */
  readonly worseningTrendDays: number;
  /** Grade A customers' overdue days up to this count raise no flag (DOMAIN.md: 7 days). */
  readonly gradeAGraceDays: number;
}

export interface LossMatrixSettings {
  /** Days after a month end at which what is still unpaid (or written off) counts as lost. */
  readonly horizonDays: number;
  /** How many of the latest usable month ends to study. */
  readonly monthEnds: number;
  /** Fewer usable month ends than this: no matrix, the table is used and the note says so. */
  readonly minMonthEnds: number;
  /** A band seen on fewer invoices than this keeps the table rate, with a note. */
  readonly minInvoicesPerBand: number;
}

export interface ReceivablesSettings {
  /** Terms for a customer whose file has none (DOMAIN.md: 30 days). */
  readonly defaultTermsDays: number;
  readonly agingBasis: AgingBasis;
  readonly agingBuckets: readonly AgingBucket[];
  /** The bad-debt rate table; open invoices are re-aged into these bands on the aging basis. */
  readonly provisionBands: readonly ProvisionBand[];
  readonly lossMatrix: LossMatrixSettings;
  readonly credit: CreditThresholds;
}

/** The management view's buckets: days past due. */
export const DAY_BUCKETS: readonly AgingBucket[] = [
  { id: 'not-due', zh: '未到期', en: 'Not yet due', fromDays: null, toDays: 0 },
  { id: 'd1-30', zh: '1-30天', en: '1-30 days', fromDays: 1, toDays: 30 },
  { id: 'd31-60', zh: '31-60天', en: '31-60 days', fromDays: 31, toDays: 60 },
  { id: 'd61-90', zh: '61-90天', en: '61-90 days', fromDays: 61, toDays: 90 },
  { id: 'd91-180', zh: '91-180天', en: '91-180 days', fromDays: 91, toDays: 180 },
  { id: 'd181-365', zh: '181-365天', en: '181-365 days', fromDays: 181, toDays: 365 },
  { id: 'over-365', zh: '365天以上', en: 'Over 365 days', fromDays: 366, toDays: null },
];

/** The annual-report preset (年报账龄). A year is 365 days: 1年以内 is up to 365 days old. */
export const ANNUAL_REPORT_BUCKETS: readonly AgingBucket[] = [
  { id: 'y0-1', zh: '1年以内', en: 'Within 1 year', fromDays: null, toDays: 365 },
  { id: 'y1-2', zh: '1-2年', en: '1-2 years', fromDays: 366, toDays: 730 },
  { id: 'y2-3', zh: '2-3年', en: '2-3 years', fromDays: 731, toDays: 1095 },
  { id: 'y3-4', zh: '3-4年', en: '3-4 years', fromDays: 1096, toDays: 1460 },
  { id: 'y4-5', zh: '4-5年', en: '4-5 years', fromDays: 1461, toDays: 1825 },
  { id: 'y5-plus', zh: '5年以上', en: 'Over 5 years', fromDays: 1826, toDays: null },
];

const DEFAULT_RATES_BP = [500, 1000, 3000, 5000, 8000, 10000];

/** DOMAIN.md's rate table: 5%, 10%, 30%, 50%, 80%, 100% over the annual-report bands. */
export const DEFAULT_PROVISION_BANDS: readonly ProvisionBand[] = ANNUAL_REPORT_BUCKETS.map(
  (bucket, index) => ({ ...bucket, rateBp: DEFAULT_RATES_BP[index] ?? 10000 }),
);

export const DEFAULT_CREDIT_THRESHOLDS: CreditThresholds = {
  gradeAFrom: 85,
  gradeBFrom: 70,
  gradeCFrom: 50,
  holdOverdueDays: 90,
  warnOverdueDays: 60,
  holdBelowScore: 30,
  warnBelowScore: 50,
  watchBelowScore: 70,
  watchLimitUseBp: 8000,
  worseningTrendDays: 10,
  gradeAGraceDays: 7,
};

export const DEFAULT_RECEIVABLES_SETTINGS: ReceivablesSettings = {
  defaultTermsDays: 30,
  agingBasis: 'due',
  agingBuckets: DAY_BUCKETS,
  provisionBands: DEFAULT_PROVISION_BANDS,
  lossMatrix: { horizonDays: 365, monthEnds: 24, minMonthEnds: 12, minInvoicesPerBand: 30 },
  credit: DEFAULT_CREDIT_THRESHOLDS,
};
