/**
 * The settings that decide who gets which reminder (催收). Each value lives in the workbook's
 * settings; the numbers here are the defaults from the domain rules.
 */
import type { CreditGrade } from '../ledger';
import type { Fen } from '../money';

/** 1 friendly reminder, 2 formal 催款函, 3 final notice. */
export type ReminderLevel = 1 | 2 | 3;

export const REMINDER_LEVELS: readonly ReminderLevel[] = [1, 2, 3];

export interface ReminderSettings {
  /** Days past due (after any grace) from which each level applies. */
  readonly levelFromDays: Readonly<Record<ReminderLevel, number>>;
  /** Extra days before the first reminder, per credit grade (grade A: 7 days). */
  readonly graceDaysByGrade: Readonly<Partial<Record<CreditGrade, number>>>;
  /** No customer gets a reminder of the same (or a lower) level again within this many days. */
  readonly noRepeatWithinDays: number;
  /** A customer whose reminder amount is below this gets no reminder (1 yuan = 100 fen). */
  readonly tolerance: Fen;
  /** Days from the letter date to the new payment deadline the letter names, per level. */
  readonly deadlineDays: Readonly<Record<ReminderLevel, number>>;
}

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
  levelFromDays: { 1: 1, 2: 31, 3: 61 },
  graceDaysByGrade: { A: 7 },
  noRepeatWithinDays: 14,
  tolerance: 100 as Fen,
  deadlineDays: { 1: 15, 2: 10, 3: 7 },
};
