/**
 * The owned Settings sheet (设置): one table of key, bilingual label, value and notes that the
 * cashier edits in place. Reading it validates every value and the receivables settings as a
 * whole, and tells each problem with its row; a workbook without the sheet gets one with the
 * defaults. Workflows never rewrite an existing Settings sheet: the cashier's edits are the point.
 */
import type { Problem } from '../../domain/problem';
import { validateReceivablesSettings } from '../../domain/receivables';
import { freeSheetName } from '../structure/writeStructure';
import type { CellValue, OwnedTable, WorkbookFacts, WorkbookPort } from '../workbookPort';
import { cellText, SETTING_ROWS, type SettingRow, type SettingsDraft } from './settingRows';
import {
  DEFAULT_WORKBOOK_SETTINGS,
  langOfLocale,
  type SettingsIssue,
  type WorkbookSettings,
} from './workbookSettings';

export const SETTINGS_SHEET = '设置';

const HEADERS = ['键 Key', '设置 Setting', '值 Value', '说明 Notes'] as const;

export interface SettingsRead {
  readonly sheet: string;
  readonly settings: WorkbookSettings;
  /** Values that could not be read or settings that cannot be used: the run must stop. */
  readonly problems: readonly SettingsIssue[];
  /** Facts that change nothing: an unknown key ignored, a missing row defaulted. */
  readonly notes: readonly SettingsIssue[];
  readonly created: boolean;
}

/** The Settings table for these settings, as a new sheet shows it. */
export function settingsTable(
  sheet: string,
  settings: WorkbookSettings = DEFAULT_WORKBOOK_SETTINGS,
): OwnedTable {
  return {
    sheet,
    tableName: 'CashierSettings',
    columns: [
      { header: HEADERS[0], format: 'text', width: 26 },
      { header: HEADERS[1], format: 'text', width: 34 },
      { header: HEADERS[2], format: 'text', width: 30 },
      { header: HEADERS[3], format: 'text', width: 80 },
    ],
    rows: SETTING_ROWS.map((row) => [row.key, row.label, row.show(settings), row.note]),
  };
}

/**
 * Reads the Settings sheet, creating it with the defaults (in the workbook's language) when the
 * workbook has none. The settings returned are usable only when `problems` is empty.
 */
export async function readSettingsSheet(port: WorkbookPort): Promise<SettingsRead> {
  const facts = await port.describe();
  const existing = await peekSettingsSheet(port, facts);
  if (existing !== undefined) return existing;

  const sheet = freeSheetName(facts, SETTINGS_SHEET);
  const settings = { ...DEFAULT_WORKBOOK_SETTINGS, lang: langOfLocale(facts.locale) };
  await port.writeOwnedTable(settingsTable(sheet, settings));
  return {
    sheet,
    settings,
    problems: [],
    notes: [{ problem: { code: 'settings.sheet-created', detail: { sheet } } }],
    created: true,
  };
}

/**
 * The Settings sheet as it stands, without creating it: undefined when the workbook has none.
 * Structuring reads it this way, since structuring writes nothing.
 */
export async function peekSettingsSheet(
  port: WorkbookPort,
  facts: WorkbookFacts,
): Promise<SettingsRead | undefined> {
  const sheet = freeSheetName(facts, SETTINGS_SHEET);
  if (!facts.sheets.some((info) => info.name === sheet && info.owned)) return undefined;

  const cells = await readCells(port, sheet);
  return { sheet, ...settingsFromCells(cells, facts), created: false };
}

/** Settings from the sheet's cells (row 1 the header), with every problem tied to its row. */
export function settingsFromCells(
  cells: readonly (readonly CellValue[])[],
  facts: Pick<WorkbookFacts, 'dateSystem' | 'locale'>,
): Pick<SettingsRead, 'settings' | 'problems' | 'notes'> {
  const draft: SettingsDraft = { ...DEFAULT_WORKBOOK_SETTINGS, lang: langOfLocale(facts.locale) };
  const problems: SettingsIssue[] = [];
  const notes: SettingsIssue[] = [];
  const header = (cells[0] ?? []).map((value) => cellText(value));
  const at = (name: string, fallback: number): number => {
    const index = header.indexOf(name);
    return index >= 0 ? index : fallback;
  };
  const keyColumn = at(HEADERS[0], 0);
  const valueColumn = at(HEADERS[2], 2);

  const rowOfKey = new Map<string, number>();
  cells.forEach((values, index) => {
    const key = cellText(values[keyColumn] ?? null);
    if (index === 0 || key === '') return;
    const row = index + 1;
    const definition = SETTING_ROWS.find((candidate) => candidate.key === key);
    if (definition === undefined) {
      notes.push({ row, problem: { code: 'settings.unknown-key', detail: { key } } });
      return;
    }
    if (rowOfKey.has(key)) {
      problems.push(issueAt(row, definition, { code: 'settings.key-repeated', detail: { key } }));
      return;
    }
    rowOfKey.set(key, row);

    const read = definition.read(values[valueColumn] ?? null, facts.dateSystem);
    if ('ok' in read) read.apply(draft);
    else problems.push(issueAt(row, definition, read));
  });

  for (const definition of SETTING_ROWS) {
    if (rowOfKey.has(definition.key)) continue;
    notes.push({
      label: definition.label,
      problem: {
        code: 'settings.row-missing',
        detail: {
          label: definition.label,
          value: definition.show(DEFAULT_WORKBOOK_SETTINGS) || '—',
        },
      },
    });
  }

  if (problems.length === 0) {
    for (const problem of validateReceivablesSettings(draft.receivables)) {
      const definition = rowForProblem(problem);
      const row = rowOfKey.get(definition.key);
      problems.push(row === undefined ? { problem } : issueAt(row, definition, problem));
    }
  }
  return { settings: draft, problems, notes };
}

function issueAt(row: number, definition: SettingRow, problem: Problem): SettingsIssue {
  return { row, label: definition.label, problem };
}

// validateReceivablesSettings names the setting or the bucket list at fault; this finds its row.
function rowForProblem(problem: Problem): SettingRow {
  const setting = problem.detail?.setting;
  const list = problem.detail?.list;
  const key =
    typeof setting === 'string'
      ? setting
      : problem.code === 'receivables.settings.terms-invalid'
        ? 'defaultTermsDays'
        : problem.code === 'receivables.settings.rate-out-of-range' || list === 'provision'
          ? 'provisionRates'
          : problem.code === 'receivables.settings.thresholds-out-of-order'
            ? 'credit.gradeAFrom'
            : 'agingBuckets';
  return (
    SETTING_ROWS.find((row) => row.key === key) ??
    (SETTING_ROWS.find((row) => row.key === 'agingBuckets') as SettingRow)
  );
}

async function readCells(port: WorkbookPort, sheet: string): Promise<CellValue[][]> {
  const cells: CellValue[][] = [];
  for await (const block of port.readSheet(sheet)) {
    for (const row of block.values) cells.push([...row]);
  }
  return cells;
}
