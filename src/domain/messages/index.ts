/**
 * One table turns every stable code (of a Problem or a CashierError) into the words a cashier
 * reads, Chinese first and English second. Each area keeps its own table in this folder.
 */
import type { Problem } from '../problem';
import { GENERAL_MESSAGES } from './general';
import { EXCEL_MESSAGES } from './excel';
import { RECEIVABLES_MESSAGES } from './receivables';
import { FUNCTIONS_MESSAGES } from './functions';
import { COLLECTIONS_MESSAGES } from './collections';
import { XLSX_MESSAGES } from './xlsx';
import { STRUCTURE_MESSAGES } from './structure';
import { BEHAVIOUR_MESSAGES } from './behaviour';
import { ANALYSIS_MESSAGES } from './analysis';
import { STATEMENT_MESSAGES } from './statements';
import { PARSING_MESSAGES } from './parsing';
import { WORKFLOW_MESSAGES } from './workflows';
import { AUDIT_MESSAGES } from './audit';
import { CONFIRM_MATCH_MESSAGES } from './confirmMatch';
import { LETTER_RUN_MESSAGES } from './letterRuns';

export type Lang = 'zh' | 'en';

export interface Message {
  readonly zh: string;
  readonly en: string;
}

/** Templates use {name} for the Problem's detail fields. */
export type MessageTable = Readonly<Record<string, Message>>;

export const MESSAGES: MessageTable = {
  ...PARSING_MESSAGES,
  ...STRUCTURE_MESSAGES,
  ...GENERAL_MESSAGES,
  ...EXCEL_MESSAGES,
  ...RECEIVABLES_MESSAGES,
  ...FUNCTIONS_MESSAGES,
  ...COLLECTIONS_MESSAGES,
  ...XLSX_MESSAGES,
  ...BEHAVIOUR_MESSAGES,
  ...ANALYSIS_MESSAGES,
  ...WORKFLOW_MESSAGES,
  ...STATEMENT_MESSAGES,
  ...AUDIT_MESSAGES,
  ...CONFIRM_MATCH_MESSAGES,
  ...LETTER_RUN_MESSAGES,
};

/** The cashier's words for a code; an unknown code is a bug, shown as such rather than hidden. */
export function describeProblem(
  problem: Problem,
  lang: Lang,
  table: MessageTable = MESSAGES,
): string {
  const message = table[problem.code];
  if (!message) {
    const fallback =
      lang === 'zh' ? '内部错误（未知代码 {code}）' : 'Internal error (unknown code {code})';
    return fill(fallback, { code: problem.code });
  }
  return fill(message[lang], problem.detail ?? {});
}

function fill(template: string, detail: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in detail ? String(detail[key]) : whole,
  );
}
