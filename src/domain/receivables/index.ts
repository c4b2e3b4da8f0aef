/** The receivables engine's public face: due dates, allocation, aging, provision and credit. */
export * from './receivablesSettings';
export { validateReceivablesSettings, validateBuckets } from './validateSettings';
export { dueDateOf, termsDaysFor } from './dueDates';
export { applyRateBp, shareBp } from './fenRates';
export type * from './allocationTypes';
export { allocateReceipts } from './allocateReceipts';
export * from './agingBuckets';
export * from './lossMatrix';
export * from './provision';
export * from './creditEvaluation';
