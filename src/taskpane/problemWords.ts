/**
 * Problems and errors in the cashier's words. The pane's own problem codes (pane.*) sit beside
 * the shared message table; a thrown CashierError is described by its code and the facts it
 * carries; anything else is a bug and is said to be one.
 */
import { describeProblem, MESSAGES } from '../domain/messages/index';
import type { MessageTable } from '../domain/messages/index';
import type { Problem } from '../domain/problem';
import type { PaneLanguage } from './strings';

const PANE_MESSAGES: MessageTable = {
  'pane.settings-unreadable': {
    zh: '工作簿中保存的催收级别和函件模板无法读取，已改用默认值。请在“设置”中重新保存。',
    en: 'The reminder levels and letter templates stored in the workbook cannot be read; the defaults are used. Save them again under Settings.',
  },
  'pane.reminder-levels-order': {
    zh: '催收级别的起始天数必须依次增大（现为 {first}、{second}、{third} 天）。',
    en: 'Reminder levels must start on increasing days (now {first}, {second}, {third}).',
  },
  'pane.log-unreadable': {
    zh: '工作簿中的记录“{key}”无法读取，已按空记录处理。',
    en: 'The log "{key}" stored in the workbook cannot be read; it is treated as empty.',
  },
  'pane.no-reminder-due': {
    zh: '该客户今天没有需要发出的催款函。',
    en: 'This customer has no reminder due today.',
  },
  'pane.not-a-number': {
    zh: '“{field}”应为数字，现为“{value}”。',
    en: '"{field}" must be a number, not "{value}".',
  },
  'pane.unexpected': {
    zh: '出纳台遇到意外错误（{message}）。这不是您的数据问题；请重试，若仍出现请联系开发者。',
    en: 'Cashier Desk hit an unexpected error ({message}). Your data is not at fault; try again and report it if it recurs.',
  },
};

export const PANE_TABLE: MessageTable = { ...MESSAGES, ...PANE_MESSAGES };
const TABLE = PANE_TABLE;

export function problemWords(problem: Problem, language: PaneLanguage): string {
  return describeProblem(problem, language, TABLE);
}

/** A thrown error as words: its code and the facts on it (a sheet name), or a bug. */
export function errorWords(error: unknown, language: PaneLanguage): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code in TABLE) {
    const detail: Record<string, string | number> = {};
    for (const [key, value] of Object.entries(error as object)) {
      if (typeof value === 'string' || typeof value === 'number') detail[key] = value;
    }
    return problemWords({ code, detail }, language);
  }

  const message = error instanceof Error ? error.message : String(error);
  return problemWords({ code: 'pane.unexpected', detail: { message } }, language);
}

export function isCancelled(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'cancelled';
}
