/**
 * The knobs of payment-date prediction. The defaults were chosen by backtesting the IBM sample's
 * invoices of 2012-07..12 and then checked on its 2013 invoices (docs/payment-prediction.md);
 * they are settings, not truths.
 */
export interface PredictionSettings {
  /** A settled invoice this many days older than the as-of date counts half as much. */
  readonly halfLifeDays: number;
  /** Fewer settled invoices than this and the customer is predicted from the population. */
  readonly minCustomerHistory: number;
  /** The population counts as this many extra invoices in a customer's typical delay. */
  readonly populationWeight: number;
  /** Delays further than this many median absolute deviations from the median are clipped. */
  readonly clipMads: number;
  /** The interval runs between these weighted quantiles of the customer's (adjusted) delays. */
  readonly intervalLow: number;
  readonly intervalHigh: number;
  /** An adjustment (disputes, paper bills, large invoices) is only learnt from this many cases. */
  readonly minAdjustmentCases: number;
  /** An invoice at least this many times the customer's median amount counts as large. */
  readonly largeInvoiceRatio: number;
}

export const DEFAULT_PREDICTION_SETTINGS: PredictionSettings = {
  halfLifeDays: 365,
  minCustomerHistory: 3,
  populationWeight: 1,
  clipMads: 5,
  intervalLow: 0.1,
  intervalHigh: 0.9,
  minAdjustmentCases: 5,
  largeInvoiceRatio: 2,
};
