/** A Settings sheet problem in the cashier's words, led by its row when it has one. */
import { describeProblem, type Lang } from '../../domain/messages';
import type { SettingsIssue } from './workbookSettings';

export function describeSettingsIssue(issue: SettingsIssue, lang: Lang): string {
  const words = describeProblem(issue.problem, lang);
  if (issue.row === undefined) return words;
  const lead = describeProblem(
    { code: 'settings.at-row', detail: { row: issue.row, label: issue.label ?? '' } },
    lang,
  );
  return `${lead}${words}`;
}
