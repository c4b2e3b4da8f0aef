/**
 * The Collections buttons: 催款提醒 (reminders), 导出函件 (export letters) and 对账函 (account
 * confirmations), each one run of generateLetters whose .zip goes to the run inbox for the task
 * pane to offer (an add-in cannot save a file itself).
 *
 * Which customers (the rule written down in docs/functions.md):
 * - reminders: every customer, and the reminder rules decide who is due which level;
 * - export letters: the customers named in the selected cells when the selection names at least
 *   one (the rules still decide: a named customer not due gets no letter, and a note says why);
 *   otherwise, as for reminders, every customer due one, with a note that the selection named
 *   nobody;
 * - confirmations: every customer with a balance (a 对账函 for a zero balance asks for nothing).
 * The as-of date is the Settings sheet's 截止日, else today; the language and the receivables
 * settings (payment terms) are the Settings sheet's, so letters agree with the aging sheets.
 */
import type { IsoDay } from '../domain/isoDay';
import type { Lang } from '../domain/messages';
import { describeProblem } from '../domain/messages';
import type { Problem } from '../domain/problem';
import { letterRunRecords } from '../workbook/audit';
import type { RunRecord } from '../workbook/audit';
import type { CollectionsIssue } from '../workbook/collections/collectionsIssue';
import { generateLetters } from '../workbook/collections/generateLetters';
import type {
  GeneratedLetters,
  GenerateLettersOptions,
} from '../workbook/collections/generateLetters';
import { logSheetName } from '../workbook/collections/letterLog';
import type { RunFile } from '../workbook/runInbox';
import { readSettingsSheet } from '../workbook/settings/settingsSheet';
import type { SettingsIssue } from '../workbook/settings/workbookSettings';
import type { WorkbookPort } from '../workbook/workbookPort';
import { StoppedRun } from './stoppedRun';

/** What a letters run needs from the ribbon's host. */
export interface LettersHost {
  readonly port: WorkbookPort;
  today(): IsoDay;
  /** Texts of the selected cells; absent or empty means no selection to go by. */
  selectedTexts?(): Promise<readonly string[]>;
}

export type LettersMode = 'reminders' | 'selected' | 'statements';

export interface LettersFinished {
  readonly outcome: Problem;
  readonly notes: readonly Problem[];
  readonly sheets: readonly string[];
  readonly file?: RunFile;
  /** The run's audit rows, as `cashier-desk letters` records them. */
  readonly records: readonly RunRecord[];
}

const ZIP_MIME = 'application/zip';

/**
 * Runs one Collections button; throws StoppedRun with the reasons when no letter may go out.
 * `time` stamps the audit rows the caller appends.
 */
export async function runLetters(
  host: LettersHost,
  mode: LettersMode,
  progress: (done: number, total: number) => void,
  time: string,
): Promise<LettersFinished> {
  const read = await readSettingsSheet(host.port);
  if (read.problems.length > 0) {
    throw new StoppedRun(
      { code: 'workflow.settings-invalid', detail: { count: read.problems.length } },
      read.problems.map((found) => settingsNote(read.sheet, found)),
    );
  }

  const asOf = read.settings.asOf ?? host.today();
  const lang = read.settings.lang;
  const kind = mode === 'statements' ? 'statement' : 'reminder';
  const base: GenerateLettersOptions = {
    asOf,
    kind,
    lang,
    receivablesSettings: read.settings.receivables,
    structure: { onProgress: progress },
  };

  const named = mode === 'selected' ? await selectedCustomers(host) : [];
  const notes: Problem[] = [];
  let result = await generateLetters(
    host.port,
    named.length > 0 ? { ...base, customers: named } : base,
  );
  if (named.length > 0 && result.problems.length === 0 && result.decisions.length === 0) {
    // Nothing selected is a customer: the cashier had some other cell selected.
    notes.push({ code: 'commands.selection-not-customers' });
    result = await generateLetters(host.port, base);
  } else if (named.length > 0) {
    notes.push(...selectionNotes(result));
  }

  if (!result.zip) {
    throw new StoppedRun(
      { code: 'commands.letters-stopped', detail: { count: result.problems.length } },
      result.problems.map(issueNote),
    );
  }
  if ((result.report?.rejected ?? 0) > 0) {
    notes.push({ code: 'commands.rows-rejected', detail: { count: result.report?.rejected ?? 0 } });
  }
  progress(1, 1);

  const sheets = [logSheetName(await host.port.describe())];
  const records = letterRunRecords(time, result);
  const count = result.index.length;
  if (count === 0) {
    const customers = new Set(result.decisions.map((decision) => decision.customerId)).size;
    return {
      outcome: {
        code: kind === 'statement' ? 'commands.statements-none' : 'commands.reminders-none',
        detail: { asOf, customers },
      },
      notes,
      sheets,
      records,
    };
  }

  const fileName = zipName(kind, lang, asOf);
  return {
    outcome: {
      code: kind === 'statement' ? 'commands.statements-done' : 'commands.reminders-done',
      detail: { count, asOf, file: fileName },
    },
    notes,
    sheets,
    records,
    file: { fileName, mimeType: ZIP_MIME, bytes: result.zip },
  };
}

/** "催款函-2026-12-03.zip" / "reminders-2026-12-03.zip": what the cashier saves. */
export function zipName(kind: 'reminder' | 'statement', lang: Lang, asOf: IsoDay): string {
  const word =
    lang === 'zh'
      ? { reminder: '催款函', statement: '对账函' }[kind]
      : { reminder: 'reminders', statement: 'confirmations' }[kind];
  return `${word}-${asOf}.zip`;
}

async function selectedCustomers(host: LettersHost): Promise<readonly string[]> {
  if (!host.selectedTexts) return [];
  return host.selectedTexts();
}

/** How many selected customers got a letter, and why each of the others got none. */
function selectionNotes(result: GeneratedLetters): Problem[] {
  const customers = new Set(result.decisions.map((decision) => decision.customerId));
  const notes: Problem[] = [{ code: 'commands.selection-used', detail: { count: customers.size } }];
  const lettered = new Set(result.index.map((line) => line.customerId));
  for (const decision of result.decisions) {
    if (decision.level !== undefined || lettered.has(decision.customerId)) continue;
    notes.push({
      code: 'commands.letter-not-due',
      detail: {
        customer: decision.customerName,
        reasonsZh: reasonsText(decision.reasons, 'zh'),
        reasonsEn: reasonsText(decision.reasons, 'en'),
      },
    });
  }
  return notes;
}

function reasonsText(reasons: readonly Problem[], lang: Lang): string {
  return reasons.map((reason) => describeProblem(reason, lang)).join(lang === 'zh' ? '' : ' ');
}

/** A problem that stopped the run, with its sheet and row (or customer) in the words. */
function issueNote(found: CollectionsIssue): Problem {
  const reasonZh = describeProblem(found.problem, 'zh');
  const reasonEn = describeProblem(found.problem, 'en');
  if (found.sheet !== undefined) {
    return {
      code: 'commands.letters-issue-at',
      detail: { sheet: found.sheet, row: found.row ?? 0, reasonZh, reasonEn },
    };
  }
  const customer = found.problem.detail?.customer;
  if (customer !== undefined) {
    return { code: 'commands.letters-issue-customer', detail: { customer, reasonZh, reasonEn } };
  }
  return found.problem;
}

function settingsNote(sheet: string, found: SettingsIssue): Problem {
  if (found.row === undefined) return found.problem;
  return {
    code: 'commands.letters-issue-at',
    detail: {
      sheet,
      row: found.row,
      reasonZh: describeProblem(found.problem, 'zh'),
      reasonEn: describeProblem(found.problem, 'en'),
    },
  };
}
