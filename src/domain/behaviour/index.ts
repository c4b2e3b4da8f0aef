/** Payment behaviour: collection metrics, predicted payment dates, their backtest, cash by week. */
export * from './invoiceHistory';
export * from './predictionSettings';
export { paymentMetrics } from './paymentMetrics';
export type * from './paymentMetrics';
export { learnPaymentBehaviour } from './paymentKnowledge';
export type { DelayProfile, DelayAdjustments, PaymentKnowledge } from './paymentKnowledge';
export { predictOpenInvoices, predictSettlement } from './predictPayment';
export type * from './predictPayment';
export { expectedReceiptsByWeek } from './expectedReceipts';
export type * from './expectedReceipts';
export { backtestPayments, predictAsIssued } from './backtest';
export type * from './backtest';
