/**
 * The cashier's own logs kept in the workbook's stored values: the follow-up log (跟进记录) and
 * the letter log (函件登记). Both are lists the pane only appends to.
 */
import type { FollowUpEntry, LetterLogEntry } from '../../domain/collections/collectionsInput';
import type { Problem } from '../../domain/problem';
import type { StoredValues, WorkbookPort } from '../../workbook/workbookPort';

export const FOLLOW_UPS_STORE_KEY = 'desk.followUps';
export const LETTER_LOG_STORE_KEY = 'desk.letterLog';

export interface CollectionsLog {
  readonly followUps: readonly FollowUpEntry[];
  readonly letters: readonly LetterLogEntry[];
  readonly problems: readonly Problem[];
}

export function collectionsLogFromStore(stored: StoredValues): CollectionsLog {
  const problems: Problem[] = [];
  return {
    followUps: readList<FollowUpEntry>(stored, FOLLOW_UPS_STORE_KEY, problems),
    letters: readList<LetterLogEntry>(stored, LETTER_LOG_STORE_KEY, problems),
    problems,
  };
}

function readList<T>(stored: StoredValues, key: string, problems: Problem[]): T[] {
  const text = stored[key];
  if (text === undefined) return [];
  try {
    const value: unknown = JSON.parse(text);
    if (Array.isArray(value)) return value as T[];
  } catch {
    // Reported below, like a value that parsed to something other than a list.
  }
  problems.push({ code: 'pane.log-unreadable', detail: { key } });
  return [];
}

/** Appends to the follow-up log and the letter log, keeping every other stored value. */
export async function appendToLogs(
  port: WorkbookPort,
  added: { followUps?: readonly FollowUpEntry[]; letters?: readonly LetterLogEntry[] },
): Promise<CollectionsLog> {
  const stored = await port.readStoredValues();
  const current = collectionsLogFromStore(stored);
  const followUps = [...current.followUps, ...(added.followUps ?? [])];
  const letters = [...current.letters, ...(added.letters ?? [])];
  await port.writeStoredValues({
    ...stored,
    [FOLLOW_UPS_STORE_KEY]: JSON.stringify(followUps),
    [LETTER_LOG_STORE_KEY]: JSON.stringify(letters),
  });
  return { followUps, letters, problems: current.problems };
}
