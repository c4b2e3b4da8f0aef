/**
 * The receivables workflows behind the ribbon buttons and the command line: aging (账龄分析 and
 * 未清明细) and credit evaluation (信用评估). Each run structures the cashier's own sheets afresh
 * (the source of truth), adds the receipts statement imports brought in (收款匹配 Matches),
 * refreshes 客户档案/台账/导入报告, reads the Settings sheet (creating it when missing) and replaces
 * the contents of its owned sheets, so running twice gives the same workbook and the cashier's
 * sheets are never written.
 */
import type { IsoDay } from '../../domain/isoDay';
import type { Problem } from '../../domain/problem';
import type { AgingBasis } from '../../domain/receivables';
import { readSettingsSheet, type SettingsRead } from '../settings/settingsSheet';
import type { SettingsIssue, WorkbookSettings } from '../settings/workbookSettings';
import { structureWorkbook } from '../structure/structureWorkbook';
import type { StructureOptions, StructureResult } from '../structure/structureTypes';
import { freeSheetName, writeStructure, type WrittenSheets } from '../structure/writeStructure';
import { withStatementReceipts } from '../statements/statementReceipts';
import type { OwnedTable, WorkbookFacts, WorkbookPort } from '../workbookPort';
import { agingTable } from './agingTable';
import { creditTable } from './creditTable';
import { openItemsTable } from './openItemsTable';
import { computeReceivables, latestEntryDate, type ReceivablesFigures } from './receivablesFigures';
import { RECEIVABLES_SHEETS, type ReceivablesSheet } from './receivablesSheets';

/** Where the as-of date came from: the caller, the Settings sheet, or the ledger's latest day. */
export type AsOfSource = 'argument' | 'settings' | 'latest-entry';

export interface ReceivablesOptions {
  /** Wins over the Settings sheet's as-of date. */
  readonly asOf?: IsoDay;
  /** With neither an argument nor a setting, age as of the latest entry date (the demo does). */
  readonly asOfFallback?: 'latest-entry';
  /** Wins over the Settings sheet's aging basis. */
  readonly basis?: AgingBasis;
  readonly structure?: StructureOptions;
}

export interface ReceivablesRun {
  readonly ok: true;
  readonly asOf: IsoDay;
  readonly asOfSource: AsOfSource;
  readonly settings: WorkbookSettings;
  readonly settingsRead: SettingsRead;
  readonly structure: StructureResult;
  readonly structureSheets: WrittenSheets;
  readonly figures: ReceivablesFigures;
  /** The owned sheets written, by role, with the names they got. */
  readonly written: Partial<Record<ReceivablesSheet, string>>;
  /** Outputs that had to take another name because the cashier uses theirs. */
  readonly problems: readonly Problem[];
}

export interface ReceivablesStopped {
  readonly ok: false;
  readonly problem: Problem;
  /** The Settings sheet's problems, by row, when those stopped the run. */
  readonly settingsIssues: readonly SettingsIssue[];
}

export type ReceivablesOutcome = ReceivablesRun | ReceivablesStopped;

export type CanRun = { readonly ok: true } | { readonly ok: false; readonly reason: Problem };

/** A run needs at least one of the cashier's own sheets with something in it to read. */
export function canRunReceivables(facts: WorkbookFacts): CanRun {
  const readable = facts.sheets.some(
    (sheet) => !sheet.owned && sheet.visibility !== 'very-hidden' && sheet.rowCount > 0,
  );
  return readable ? { ok: true } : { ok: false, reason: { code: 'workflow.no-cashier-sheets' } };
}

/** The Aging button's rule: the same as the run's. */
export const canAge = canRunReceivables;
/** The Credit button's rule: the same as the run's. */
export const canAssessCredit = canRunReceivables;

/** Aging: writes 账龄分析 and 未清明细 (and refreshes the structured sheets). */
export function ageWorkbook(
  port: WorkbookPort,
  options: ReceivablesOptions = {},
): Promise<ReceivablesOutcome> {
  return runReceivables(port, options, ['aging', 'openItems']);
}

/** Credit evaluation: writes 信用评估 (and refreshes the structured sheets). */
export function assessCredit(
  port: WorkbookPort,
  options: ReceivablesOptions = {},
): Promise<ReceivablesOutcome> {
  return runReceivables(port, options, ['credit']);
}

/** The whole job: structure, settings, aging, open items and credit, each in its owned sheet. */
export async function runReceivables(
  port: WorkbookPort,
  options: ReceivablesOptions = {},
  sheets: readonly ReceivablesSheet[] = ['aging', 'openItems', 'credit'],
): Promise<ReceivablesOutcome> {
  const can = canRunReceivables(await port.describe());
  if (!can.ok) return { ok: false, problem: can.reason, settingsIssues: [] };

  const settingsRead = await readSettingsSheet(port);
  if (settingsRead.problems.length > 0) {
    return {
      ok: false,
      problem: {
        code: 'workflow.settings-invalid',
        detail: { count: settingsRead.problems.length },
      },
      settingsIssues: settingsRead.problems,
    };
  }

  const mayFindAsOf =
    options.asOf !== undefined ||
    settingsRead.settings.asOf !== undefined ||
    options.asOfFallback !== undefined;
  if (!mayFindAsOf)
    return { ok: false, problem: { code: 'workflow.no-as-of' }, settingsIssues: [] };

  const structure = await withStatementReceipts(
    port,
    await structureWorkbook(port, options.structure),
  );
  const structureSheets = await writeStructure(port, structure);

  const chosen = chooseAsOf(options, settingsRead.settings, structure);
  if (chosen === undefined) {
    return { ok: false, problem: { code: 'workflow.no-as-of' }, settingsIssues: [] };
  }

  const settings: WorkbookSettings =
    options.basis === undefined
      ? settingsRead.settings
      : {
          ...settingsRead.settings,
          receivables: { ...settingsRead.settings.receivables, agingBasis: options.basis },
        };
  const figures = computeReceivables(structure, settings, chosen.asOf);

  const facts = await port.describe();
  const problems: Problem[] = [];
  const written: Partial<Record<ReceivablesSheet, string>> = {};
  for (const role of sheets) {
    const wanted = RECEIVABLES_SHEETS[role];
    const name = freeSheetName(facts, wanted);
    if (name !== wanted) {
      problems.push({ code: 'structure.output-sheet-renamed', detail: { wanted, used: name } });
    }
    const table = tableFor(role, name, figures, structure, settings);
    await port.writeOwnedTable(table);
    written[role] = name;
  }

  return {
    ok: true,
    asOf: chosen.asOf,
    asOfSource: chosen.source,
    settings,
    settingsRead,
    structure,
    structureSheets,
    figures,
    written,
    problems,
  };
}

function chooseAsOf(
  options: ReceivablesOptions,
  settings: WorkbookSettings,
  structure: StructureResult,
): { asOf: IsoDay; source: AsOfSource } | undefined {
  if (options.asOf !== undefined) return { asOf: options.asOf, source: 'argument' };
  if (settings.asOf !== undefined) return { asOf: settings.asOf, source: 'settings' };
  if (options.asOfFallback !== 'latest-entry') return undefined;
  const latest = latestEntryDate(structure.entries);
  return latest === undefined ? undefined : { asOf: latest, source: 'latest-entry' };
}

function tableFor(
  role: ReceivablesSheet,
  sheet: string,
  figures: ReceivablesFigures,
  structure: StructureResult,
  settings: WorkbookSettings,
): OwnedTable {
  switch (role) {
    case 'aging':
      return agingTable(sheet, figures, structure.customers, settings.lang);
    case 'openItems':
      return openItemsTable(sheet, figures, structure.customers, structure.entries, settings.lang);
    case 'credit':
      return creditTable(sheet, figures.credit, structure.customers, figures.asOf, settings.lang);
  }
}
