/**
 * The letters Cashier Desk writes: reminders at three levels (付款提醒, 催款函, 最后催款通知) and the
 * account confirmation (对账函), each in Chinese or English.
 */
import type { ReminderLevel } from '../collections/reminderSettings';

export type TemplateKind = 'reminder-1' | 'reminder-2' | 'reminder-3' | 'statement';

export const TEMPLATE_KINDS: readonly TemplateKind[] = [
  'reminder-1',
  'reminder-2',
  'reminder-3',
  'statement',
];

export const REMINDER_KINDS: readonly TemplateKind[] = ['reminder-1', 'reminder-2', 'reminder-3'];

export function reminderKind(level: ReminderLevel): TemplateKind {
  return `reminder-${level}`;
}

export function isTemplateKind(text: string): text is TemplateKind {
  return (TEMPLATE_KINDS as readonly string[]).includes(text);
}
