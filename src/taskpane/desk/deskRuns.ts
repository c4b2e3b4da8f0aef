/**
 * The task pane's runs that write to the workbook, over a port and without React, so the pane and
 * the tests run the same code: importing the cashier's sheets, importing statements and confirming
 * a statement line. Each appends its audit row (审计记录) as the matching command does, with the
 * time the pane passes in; settings, follow-ups and letters record in deskSettings.ts and
 * collectionsLog.ts.
 */
import {
  confirmRunRecord,
  matchRunRecord,
  recordRun,
  structureRunRecord,
} from '../../workbook/audit';
import type { Outcome } from '../../domain/problem';
import type { ReceivablesSettings } from '../../domain/receivables';
import { confirmMatch } from '../../workbook/statements/confirmMatch';
import type { ConfirmedMatch, MatchConfirmation } from '../../workbook/statements/confirmMatch';
import type { MatchRecord } from '../../workbook/statements/matchesSheet';
import { readMatchRecords } from '../../workbook/statements/matchesSheet';
import { matchStatements, writeStatementMatches } from '../../workbook/statements/matchStatements';
import type { StatementMatchResult } from '../../workbook/statements/matchStatements';
import type { StatementRead } from '../../workbook/statements/statementTypes';
import { structureWorkbook } from '../../workbook/structure/structureWorkbook';
import type { StructureOptions, StructureResult } from '../../workbook/structure/structureTypes';
import {
  LEFT_OUT_SHEETS_STORE_KEY,
  MAPPING_STORE_KEY,
  MERGES_STORE_KEY,
} from '../../workbook/structure/structureTypes';
import { writeStructure } from '../../workbook/structure/writeStructure';
import type { WorkbookPort } from '../../workbook/workbookPort';
import type { IsoDay } from '../../domain/isoDay';

export interface ImportedSheets {
  readonly result: StructureResult;
  /** The Matches sheet's records, whose receipts 台账 keeps. */
  readonly records: readonly MatchRecord[];
}

/**
 * Structures the chosen sheets, writes 客户档案, 台账 (with the receipts statement imports brought
 * in) and 导入报告, remembers the mapping, merges and sheets for the next refresh, and records the
 * run as `cashier-desk structure` does.
 */
export async function importCashierSheets(
  port: WorkbookPort,
  options: StructureOptions,
  time: string,
): Promise<ImportedSheets> {
  const result = await structureWorkbook(port, options);
  const records = await readMatchRecords(port);
  const signal = options.signal ? { signal: options.signal } : {};
  await writeStructure(port, withStatementEntries(result, records), signal);

  // The sheets left unticked are remembered, not the ones ticked: a month sheet added later is
  // then read by the next refresh, the ribbon and verify instead of being silently missed.
  const facts = await port.describe();
  const chosen = new Set(options.sheets ?? []);
  const leftOut = facts.sheets
    .filter((s) => !s.owned && s.visibility !== 'very-hidden' && !chosen.has(s.name))
    .map((s) => s.name);

  const stored = await port.readStoredValues();
  await port.writeStoredValues({
    ...stored,
    [MAPPING_STORE_KEY]: JSON.stringify(options.mapping ?? {}),
    [MERGES_STORE_KEY]: JSON.stringify(options.confirmedMerges ?? []),
    ...(options.sheets ? { [LEFT_OUT_SHEETS_STORE_KEY]: JSON.stringify(leftOut) } : {}),
  });

  await recordRun(port, structureRunRecord(time, 'structure', result));
  return { result, records };
}

/** The structured workbook a statement run works on, and the cashier's entries without receipts. */
export interface StatementBase {
  readonly book: StructureResult;
  readonly cashier: StructureResult['entries'];
  readonly asOf: IsoDay;
  readonly signal?: AbortSignal;
}

export interface ImportedStatements {
  readonly result: StatementMatchResult;
  /** The structuring result with every statement receipt in its entries, as 台账 now holds. */
  readonly shown: StructureResult;
}

/** Matches read statements, writes 收款匹配 and 台账, and records the run as `match` does. */
export async function importStatementFiles(
  port: WorkbookPort,
  base: StatementBase,
  reads: readonly StatementRead[],
  time: string,
): Promise<ImportedStatements> {
  const { book, cashier, asOf } = base;
  const result = await matchStatements(port, {
    customers: book.customers,
    ledger: cashier,
    statements: reads,
    asOf,
  });
  await writeStatementMatches(port, result, book.customers);
  const shown = { ...book, entries: [...cashier, ...result.statementEntries] };
  await writeStructure(port, shown, base.signal ? { signal: base.signal } : {});

  await recordRun(port, matchRunRecord(time, reads, result));
  return { result, shown };
}

export interface ConfirmedLine {
  readonly confirmed: ConfirmedMatch;
  readonly shown: StructureResult;
}

/**
 * Confirms one statement line the cashier settled, rewrites 台账 with its receipts and records
 * it; a choice that cannot be confirmed comes back as its problem, with nothing written.
 */
export async function confirmStatementLine(
  port: WorkbookPort,
  base: StatementBase & { readonly settings?: ReceivablesSettings },
  confirmation: MatchConfirmation,
  time: string,
): Promise<Outcome<ConfirmedLine>> {
  const { book, cashier, asOf } = base;
  const outcome = await confirmMatch(port, {
    customers: book.customers,
    ledger: cashier,
    asOf,
    confirmation,
    ...(base.settings ? { settings: base.settings } : {}),
  });
  if (!outcome.ok) return outcome;

  const shown = { ...book, entries: [...cashier, ...outcome.value.statementEntries] };
  await writeStructure(port, shown, base.signal ? { signal: base.signal } : {});

  await recordRun(port, confirmRunRecord(time, outcome.value));
  return { ok: true, value: { confirmed: outcome.value, shown } };
}

/** The structuring result with the statement receipts of the Matches sheet added to its entries. */
export function withStatementEntries(
  result: StructureResult,
  records: readonly MatchRecord[],
): StructureResult {
  const receipts = records.flatMap((record) => record.entries);
  return receipts.length === 0 ? result : { ...result, entries: [...result.entries, ...receipts] };
}
