/**
 * The verify workflow: checks the audit trail's hash chain (and its head, for rows cut from the
 * end), then structures the cashier's sheets again and compares the owned 台账 Ledger and 客户档案
 * Customers sheets with what the source gives, row by row. Every edited, removed or inserted row
 * is a finding that names its sheet, its row and what differs. It writes nothing.
 */
import { checkAuditChain, type Finding } from '../../domain/audit/auditChain';
import type { Problem } from '../../domain/problem';
import { withStatementReceipts } from '../statements/statementReceipts';
import { structureWorkbook } from '../structure/structureWorkbook';
import type { StructureOptions } from '../structure/structureTypes';
import { writeStructure } from '../structure/writeStructure';
import type { CellValue, OwnedTable, WorkbookFacts, WorkbookPort } from '../workbookPort';
import { readAuditRows, readHead, AUDIT_SHEET } from './auditSheet';
import { checkOwnedTable } from './ownedTableCheck';

export interface VerifyResult {
  /** Everything found, audit trail first, then the ledger and customers, by row. */
  readonly findings: readonly Finding[];
  readonly auditRows: number;
  readonly ledgerRows: number;
  readonly customerRows: number;
  /** Facts that are not findings: no ledger yet, rows that came from statements. */
  readonly notes: readonly Problem[];
}

/** The one-line summary of a verify run, as the command line prints it and the ribbon reports it. */
export function verifySummary(result: VerifyResult): Problem {
  return {
    code: 'verify.summary',
    detail: {
      auditRows: result.auditRows,
      ledgerRows: result.ledgerRows,
      customerRows: result.customerRows,
      findings: result.findings.length,
    },
  };
}

// Ledger column holding the entry id (see writeStructure's LEDGER_COLUMNS).
const LEDGER_KEY = 0;

export async function verifyWorkbook(
  port: WorkbookPort,
  options: Pick<StructureOptions, 'signal'> = {},
): Promise<VerifyResult> {
  const facts = await port.describe();
  const notes: Problem[] = [];

  const audit = await checkTrail(port, facts, notes);

  const expected = await expectedTables(port, facts, options);
  const ledgerSheet = ownedSheet(facts, expected.ledger?.sheet);
  const customerSheet = ownedSheet(facts, expected.customers?.sheet);
  const findings = [...audit.findings];
  let ledgerRows = 0;
  let customerRows = 0;

  if (expected.ledger && ledgerSheet) {
    const ledger = checkOwnedTable({
      expected: expected.ledger,
      found: await readWhole(port, ledgerSheet),
      dateSystem: facts.dateSystem,
      keyColumn: LEDGER_KEY,
    });
    findings.push(...ledger.findings);
    ledgerRows = ledger.rowsChecked;
  } else {
    notes.push({ code: 'verify.no-ledger' });
  }

  if (expected.customers && customerSheet) {
    const customers = checkOwnedTable({
      expected: expected.customers,
      found: await readWhole(port, customerSheet),
      dateSystem: facts.dateSystem,
      keyColumn: 0,
    });
    findings.push(...customers.findings);
    customerRows = customers.rowsChecked;
  }

  return { findings, auditRows: audit.rows, ledgerRows, customerRows, notes };
}

async function checkTrail(
  port: WorkbookPort,
  facts: WorkbookFacts,
  notes: Problem[],
): Promise<{ findings: Finding[]; rows: number }> {
  const head = readHead(await port.readStoredValues());
  const sheetName = head?.sheet ?? AUDIT_SHEET;
  const sheet = facts.sheets.find((s) => s.owned && s.name === sheetName);

  if (!sheet) {
    if (head && head.count > 0) {
      const problem = {
        code: 'audit.sheet-removed',
        detail: { sheet: sheetName, count: head.count },
      };
      return { findings: [{ kind: 'removed', sheet: sheetName, row: 1, problem }], rows: 0 };
    }
    notes.push({ code: 'verify.no-audit' });
    return { findings: [], rows: 0 };
  }

  const rows = await readAuditRows(port, sheet.name);
  return { findings: checkAuditChain(sheet.name, rows, head), rows: rows.length };
}

/**
 * The owned tables structuring (with the statement receipts on record) would write now, caught
 * on their way to a port that keeps them.
 */
async function expectedTables(
  port: WorkbookPort,
  facts: WorkbookFacts,
  options: Pick<StructureOptions, 'signal'>,
): Promise<{ ledger?: OwnedTable; customers?: OwnedTable }> {
  // Statement receipts have no source row in the cashier's sheets: their source is the record
  // of the import that brought them in, on the 收款匹配 Matches sheet.
  const structured = await structureWorkbook(
    port,
    options.signal ? { signal: options.signal } : {},
  );
  const result = await withStatementReceipts(port, structured);
  const caught: OwnedTable[] = [];
  const catcher: WorkbookPort = {
    describe: async () => facts,
    readMergedAreas: (sheet) => port.readMergedAreas(sheet),
    readSheet: (sheet) => port.readSheet(sheet),
    writeOwnedTable: async (table) => {
      caught.push(table);
    },
    deleteOwnedSheet: async () => undefined,
    readStoredValues: () => port.readStoredValues(),
    writeStoredValues: async () => undefined,
  };
  const written = await writeStructure(catcher, result);
  const ledger = caught.find((table) => table.sheet === written.ledger);
  const customers = caught.find((table) => table.sheet === written.customers);
  return { ...(ledger ? { ledger } : {}), ...(customers ? { customers } : {}) };
}

function ownedSheet(facts: WorkbookFacts, name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  return facts.sheets.find((s) => s.owned && s.name === name)?.name;
}

async function readWhole(port: WorkbookPort, sheet: string): Promise<CellValue[][]> {
  const rows: CellValue[][] = [];
  for await (const block of port.readSheet(sheet)) {
    while (rows.length < block.startRow - 1) rows.push([]);
    for (const row of block.values) rows.push([...row]);
  }
  return rows;
}
