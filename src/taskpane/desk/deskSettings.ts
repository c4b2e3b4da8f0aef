/**
 * The settings the pane edits. The workbook's owned Settings sheet (设置) is the one source of
 * truth for what it holds: aging basis and buckets, default terms, provision rates, credit
 * thresholds and the company details letters print (the same company.* keys the letters workflow
 * reads). What the sheet has no row for, the reminder levels and the pane's template overrides,
 * is kept in one JSON stored value, `desk.letterSettings`.
 */
import { DEFAULT_REMINDER_SETTINGS } from '../../domain/collections/reminderSettings';
import type { ReminderSettings } from '../../domain/collections/reminderSettings';
import type { IsoDay } from '../../domain/isoDay';
import type { LetterCompany } from '../../domain/letters/letterData';
import type { TemplateKind } from '../../domain/letters/letterKinds';
import { validateTemplate } from '../../domain/letters/validateTemplate';
import { describeProblem } from '../../domain/messages/index';
import type { Lang } from '../../domain/messages/index';
import type { Problem } from '../../domain/problem';
import {
  DEFAULT_RECEIVABLES_SETTINGS,
  validateReceivablesSettings,
} from '../../domain/receivables';
import type { ReceivablesSettings } from '../../domain/receivables';
import { recordRun, settingsRunRecord } from '../../workbook/audit';
import {
  DEFAULT_COMPANY,
  describeSettingsIssue,
  readSettingsSheet,
  SETTING_ROWS,
  writeSettingsSheet,
} from '../../workbook/settings';
import type { WorkbookPort } from '../../workbook/workbookPort';
import { PANE_TABLE } from '../problemWords';

/** Stored value holding what the Settings sheet has no place for (reminders, templates). */
export const LETTER_SETTINGS_STORE_KEY = 'desk.letterSettings';

/** Templates the cashier changed, by language and kind; the rest are the default templates. */
export type TemplateOverrides = Readonly<
  Partial<Record<Lang, Partial<Record<TemplateKind, string>>>>
>;

export interface DeskSettings {
  readonly company: LetterCompany;
  readonly receivables: ReceivablesSettings;
  readonly reminders: ReminderSettings;
  readonly templates: TemplateOverrides;
}

export const DEFAULT_DESK_SETTINGS: DeskSettings = {
  company: DEFAULT_COMPANY,
  receivables: DEFAULT_RECEIVABLES_SETTINGS,
  reminders: DEFAULT_REMINDER_SETTINGS,
  templates: {},
};

export interface ReadSettings {
  readonly settings: DeskSettings;
  /** The as-of date the Settings sheet names, when it names one. */
  readonly asOf?: IsoDay;
  /** In the cashier's words: sheet rows that cannot be used, a stored value that cannot be read. */
  readonly problems: readonly string[];
}

/**
 * Reads the Settings sheet (creating it with the defaults when the workbook has none) and the
 * pane's letter settings. A sheet with problems is reported row by row and the defaults are used
 * for the receivables until it is corrected; the company details are taken as they are.
 */
export async function loadSettings(port: WorkbookPort, lang: Lang): Promise<ReadSettings> {
  const sheet = await readSettingsSheet(port);
  const stored = await port.readStoredValues();
  const problems = sheet.problems.map((issue) => describeSettingsIssue(issue, lang));

  let letters: Partial<Pick<DeskSettings, 'reminders' | 'templates'>> = {};
  const text = stored[LETTER_SETTINGS_STORE_KEY];
  if (text !== undefined) {
    try {
      letters = JSON.parse(text) as typeof letters;
    } catch {
      problems.push(describeProblem({ code: 'pane.settings-unreadable' }, lang, PANE_TABLE));
    }
  }

  const settings: DeskSettings = {
    company: sheet.settings.company,
    receivables:
      sheet.problems.length > 0 ? DEFAULT_RECEIVABLES_SETTINGS : sheet.settings.receivables,
    reminders: { ...DEFAULT_REMINDER_SETTINGS, ...letters.reminders },
    templates: letters.templates ?? {},
  };
  const invalid = checkSettings({
    ...DEFAULT_DESK_SETTINGS,
    reminders: settings.reminders,
    templates: settings.templates,
  });
  if (invalid.length > 0) {
    problems.push(...invalid.map((problem) => describeProblem(problem, lang, PANE_TABLE)));
    return {
      settings: { ...settings, reminders: DEFAULT_REMINDER_SETTINGS, templates: {} },
      ...(sheet.settings.asOf ? { asOf: sheet.settings.asOf } : {}),
      problems,
    };
  }
  return { settings, ...(sheet.settings.asOf ? { asOf: sheet.settings.asOf } : {}), problems };
}

/** Every problem that keeps `settings` from being used; empty when they can be saved. */
export function checkSettings(settings: DeskSettings): Problem[] {
  const problems = validateReceivablesSettings(settings.receivables);

  const levels = settings.reminders.levelFromDays;
  if (!(levels[1] >= 1 && levels[1] < levels[2] && levels[2] < levels[3])) {
    problems.push({
      code: 'pane.reminder-levels-order',
      detail: { first: levels[1], second: levels[2], third: levels[3] },
    });
  }

  for (const lang of ['zh', 'en'] as const) {
    const templates = settings.templates[lang] ?? {};
    for (const [kind, text] of Object.entries(templates) as [TemplateKind, string][]) {
      problems.push(...validateTemplate(text, kind));
    }
  }
  return problems;
}

/**
 * Writes the receivables settings and company details to the Settings sheet (its other rows, the
 * as-of date, language and provision method, stay as the sheet has them) and the reminders and
 * templates to the pane's stored value, then records which settings changed on the audit trail,
 * stamped `time`. Returns the keys that changed.
 */
export async function saveSettings(
  port: WorkbookPort,
  settings: DeskSettings,
  time: string,
): Promise<readonly string[]> {
  const sheet = await readSettingsSheet(port);
  const next = { ...sheet.settings, receivables: settings.receivables, company: settings.company };
  const written = await writeSettingsSheet(port, next);

  const stored = await port.readStoredValues();
  const letters = JSON.stringify({ reminders: settings.reminders, templates: settings.templates });
  await port.writeStoredValues({ ...stored, [LETTER_SETTINGS_STORE_KEY]: letters });

  // A key changed when the sheet now shows it differently from what it was read as.
  const changed = SETTING_ROWS.filter((row) => row.show(sheet.settings) !== row.show(next)).map(
    (row) => row.key,
  );
  if (stored[LETTER_SETTINGS_STORE_KEY] !== letters) changed.push(LETTER_SETTINGS_STORE_KEY);
  await recordRun(port, settingsRunRecord(time, written, changed));
  return changed;
}
