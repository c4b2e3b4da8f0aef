/**
 * The cashier's logs, kept where the letters workflow keeps them, so the ribbon and the pane read
 * the same records: follow-ups on the owned Follow-ups sheet (跟进记录), which the cashier may also
 * type into, and the letter log in the workflow's stored log, shown on the owned Letters sheet
 * (函件记录) that is rewritten from it after each batch.
 */
import type { FollowUpEntry } from '../../domain/collections/collectionsInput';
import type { Customer } from '../../domain/ledger';
import { reminderKind } from '../../domain/letters/letterKinds';
import type { Lang } from '../../domain/messages/index';
import { describeProblem } from '../../domain/messages/index';
import { followUpRunRecord, letterBatchRecords, recordRun, recordRuns } from '../../workbook/audit';
import { appendFollowUp } from '../../workbook/collections/appendFollowUp';
import { readFollowUpsSheet } from '../../workbook/collections/followUpsSheet';
import {
  letterLogTable,
  logSheetName,
  numbersOnLogSheet,
  readLetterLog,
  withLetterLog,
  type LoggedLetter,
} from '../../workbook/collections/letterLog';
import type { WorkbookPort } from '../../workbook/workbookPort';

export interface CollectionsLog {
  readonly followUps: readonly FollowUpEntry[];
  readonly letters: readonly LoggedLetter[];
  /** Letter numbers taken: the stored log's and any still on the Letters sheet. */
  readonly numbersTaken: readonly { readonly number: string }[];
  /** In words: Follow-ups rows that cannot be read (with their row), an unreadable log line. */
  readonly problems: readonly string[];
}

/** Reads both logs; the Follow-ups sheet is created, headers only, when the workbook has none. */
export async function readCollectionsLog(
  port: WorkbookPort,
  customers: readonly Customer[],
  lang: Lang,
): Promise<CollectionsLog> {
  const facts = await port.describe();
  const followUps = await readFollowUpsSheet(port, facts, customers);
  const log = readLetterLog(await port.readStoredValues());
  const onSheet = await numbersOnLogSheet(port, facts);
  const problems = [
    ...followUps.problems.map(
      (issue) => `${issue.sheet ?? ''} ${describeProblem(issue.problem, lang)}`,
    ),
    ...log.problems.map((problem) => describeProblem(problem, lang)),
  ];
  return {
    followUps: followUps.followUps,
    letters: log.letters,
    numbersTaken: [...log.letters, ...onSheet],
    problems,
  };
}

/**
 * Adds a follow-up as the last row of the Follow-ups sheet, records it on the audit trail
 * (stamped `time`) and reads the logs back.
 */
export async function addFollowUpRow(
  port: WorkbookPort,
  entry: FollowUpEntry,
  customers: readonly Customer[],
  lang: Lang,
  time: string,
): Promise<CollectionsLog> {
  const sheet = await appendFollowUp(port, entry, customers, lang);
  await recordRun(port, followUpRunRecord(time, sheet, entry, customers));
  return readCollectionsLog(port, customers, lang);
}

/** What the Letters screen knows of the batch beyond the letters it wrote. */
export interface LetterBatchCounts {
  /** Customers chosen for the batch. */
  readonly considered: number;
  /** Chosen customers whose letter could not be written. */
  readonly problems: number;
}

/**
 * Appends letters to the stored log, rewrites the Letters sheet from the whole log, and records
 * the batch and each letter on the audit trail (stamped `time`) as `cashier-desk letters` does.
 */
export async function logLetterRows(
  port: WorkbookPort,
  letters: readonly LoggedLetter[],
  customers: readonly Customer[],
  lang: Lang,
  time: string,
  counts: LetterBatchCounts = { considered: letters.length, problems: 0 },
): Promise<CollectionsLog> {
  const stored = await port.readStoredValues();
  const all = [...readLetterLog(stored).letters, ...letters];
  await port.writeStoredValues(withLetterLog(stored, all));
  await port.writeOwnedTable(letterLogTable(logSheetName(await port.describe()), all));
  // The trail names a letter by its template, as the ribbon's and the command line's rows do.
  const named = letters.map((letter) => ({
    ...letter,
    kind:
      letter.kind === 'reminder' && letter.level !== undefined
        ? reminderKind(letter.level)
        : letter.kind,
  }));
  await recordRuns(port, letterBatchRecords(time, { ...counts, letters: named }));
  return readCollectionsLog(port, customers, lang);
}
