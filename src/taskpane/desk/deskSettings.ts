/**
 * The settings the pane edits, kept as one JSON stored value in the workbook (the WorkbookPort's
 * stored values live in Cashier Desk's own very hidden sheet). Missing parts take the defaults
 * from the domain rules; settings that fail validation are reported and the defaults are used.
 */
import { DEFAULT_REMINDER_SETTINGS } from '../../domain/collections/reminderSettings';
import type { ReminderSettings } from '../../domain/collections/reminderSettings';
import type { LetterCompany } from '../../domain/letters/letterData';
import type { TemplateKind } from '../../domain/letters/letterKinds';
import { validateTemplate } from '../../domain/letters/validateTemplate';
import type { Lang } from '../../domain/messages/index';
import type { Problem } from '../../domain/problem';
import {
  DEFAULT_RECEIVABLES_SETTINGS,
  validateReceivablesSettings,
} from '../../domain/receivables';
import type { ReceivablesSettings } from '../../domain/receivables';
import type { StoredValues, WorkbookPort } from '../../workbook/workbookPort';

export const SETTINGS_STORE_KEY = 'desk.settings';

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

export const EMPTY_COMPANY: LetterCompany = {
  name: '',
  accountName: '',
  accountNumber: '',
  bankName: '',
  contactPerson: '',
  contactPhone: '',
};

export const DEFAULT_DESK_SETTINGS: DeskSettings = {
  company: EMPTY_COMPANY,
  receivables: DEFAULT_RECEIVABLES_SETTINGS,
  reminders: DEFAULT_REMINDER_SETTINGS,
  templates: {},
};

export interface ReadSettings {
  readonly settings: DeskSettings;
  readonly problems: readonly Problem[];
}

/** Reads the stored settings; unreadable or invalid ones fall back to the defaults, said so. */
export function settingsFromStore(stored: StoredValues): ReadSettings {
  const text = stored[SETTINGS_STORE_KEY];
  if (text === undefined) return { settings: DEFAULT_DESK_SETTINGS, problems: [] };

  let saved: Partial<DeskSettings>;
  try {
    saved = JSON.parse(text) as Partial<DeskSettings>;
  } catch {
    return { settings: DEFAULT_DESK_SETTINGS, problems: [{ code: 'pane.settings-unreadable' }] };
  }

  const settings: DeskSettings = {
    company: { ...EMPTY_COMPANY, ...saved.company },
    receivables: {
      ...DEFAULT_RECEIVABLES_SETTINGS,
      ...saved.receivables,
      credit: { ...DEFAULT_RECEIVABLES_SETTINGS.credit, ...saved.receivables?.credit },
    },
    reminders: { ...DEFAULT_REMINDER_SETTINGS, ...saved.reminders },
    templates: saved.templates ?? {},
  };
  const problems = checkSettings(settings);
  if (problems.length > 0) return { settings: DEFAULT_DESK_SETTINGS, problems };
  return { settings, problems: [] };
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

/** Saves the settings next to the other stored values, which are kept as they were. */
export async function saveSettings(port: WorkbookPort, settings: DeskSettings): Promise<void> {
  const stored = await port.readStoredValues();
  await port.writeStoredValues({ ...stored, [SETTINGS_STORE_KEY]: JSON.stringify(settings) });
}
