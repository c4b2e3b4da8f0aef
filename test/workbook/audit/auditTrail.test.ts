import { openXlsx, type XlsxWorkbook } from '../../../src/adapters/xlsx';
import { GENESIS_HASH, auditRowHash } from '../../../src/domain/audit/auditChain';
import { describeProblem } from '../../../src/domain/messages';
import {
  AUDIT_SHEET,
  readAuditRows,
  recordRun,
  recordRuns,
  structureRunRecord,
  verifyWorkbook,
} from '../../../src/workbook/audit';
import { auditTable } from '../../../src/workbook/audit/auditSheet';
import { structureWorkbook } from '../../../src/workbook/structure/structureWorkbook';
import { writeStructure } from '../../../src/workbook/structure/writeStructure';
import type { CellValue, OwnedCell, OwnedTable } from '../../../src/workbook/workbookPort';
import { CHINESE_WORKBOOK } from '../../fixtures/chineseWorkbook';
import { seedToXlsx } from '../../support/seedXlsx';

const T1 = '2026-03-05T09:00:00+08:00';
const T2 = '2026-03-05T09:05:00+08:00';
const T3 = '2026-03-06T16:30:00+08:00';

/** Structures the Chinese fixture, records three runs, and returns the saved file reopened. */
async function structuredAndAudited(): Promise<XlsxWorkbook> {
  const port = await openXlsx(await seedToXlsx(CHINESE_WORKBOOK));
  const result = await structureWorkbook(port);
  await writeStructure(port, result);
  await recordRun(port, structureRunRecord(T1, 'structure', result));
  await recordRun(port, structureRunRecord(T2, 'aging', result, 'as of 2024-03-31'));
  await recordRun(port, structureRunRecord(T3, 'structure', result));
  return openXlsx(await port.save());
}

async function readRows(port: XlsxWorkbook, sheet: string): Promise<CellValue[][]> {
  const rows: CellValue[][] = [];
  for await (const block of port.readSheet(sheet)) rows.push(...block.values.map((r) => [...r]));
  return rows;
}

/** Rewrites an owned sheet with different rows, as a cashier editing it by hand would leave it. */
async function rewriteLedger(
  port: XlsxWorkbook,
  change: (rows: OwnedCell[][]) => OwnedCell[][],
): Promise<void> {
  const captured: OwnedTable[] = [];
  const result = await structureWorkbook(port);
  await writeStructure(
    {
      ...port,
      describe: () => port.describe(),
      readStoredValues: () => port.readStoredValues(),
      writeOwnedTable: async (table: OwnedTable) => {
        captured.push(table);
      },
    } as unknown as XlsxWorkbook,
    result,
  );
  const ledger = captured.find((t) => t.sheet === '台账')!;
  await port.writeOwnedTable({ ...ledger, rows: change(ledger.rows.map((r) => [...r])) });
}

describe('the audit trail', () => {
  it('appends one chained row per run and keeps every earlier row as it was', async () => {
    const port = await structuredAndAudited();
    const rows = await readAuditRows(port, AUDIT_SHEET);

    expect(rows.map((r) => [r.sheetRow, r.seq, r.time, r.action])).toEqual([
      [2, 1, T1, 'structure'],
      [3, 2, T2, 'aging'],
      [4, 3, T3, 'structure'],
    ]);
    expect(rows[0]!.previousHash).toBe(GENESIS_HASH);
    expect(rows[1]!.previousHash).toBe(rows[0]!.hash);
    expect(rows[2]!.previousHash).toBe(rows[1]!.hash);
    for (const row of rows) expect(auditRowHash(row.previousHash, row)).toBe(row.hash);
    expect(rows[1]!.result).toBe('as of 2024-03-31');
    expect(rows[0]!.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set(rows.map((r) => r.fingerprint)).size).toBe(1);
  });

  it('records rows and amounts in and out per currency', async () => {
    const port = await structuredAndAudited();
    const [first] = await readAuditRows(port, AUDIT_SHEET);
    const result = await structureWorkbook(port);

    expect(first!.rowsIn).toBe(result.report.rowsIn);
    expect(first!.rowsOut).toBe(result.entries.length);
    expect(first!.amountsIn).toMatch(/^CNY \d+\.\d{2}$/);
    expect(first!.amountsOut).toMatch(/^CNY \d+\.\d{2}$/);
    expect(first!.result).toBe(
      `imported ${result.report.imported}, skipped ${result.report.skipped}, rejected ${result.report.rejected}`,
    );
  });

  it('takes a new fingerprint when a value of the cashier sheets changes', async () => {
    const seed = CHINESE_WORKBOOK;
    const changed = {
      ...seed,
      sheets: seed.sheets.map((s, i) =>
        i === 1
          ? { ...s, cells: [...s.cells.slice(0, -1), ['改了', ...s.cells.at(-1)!.slice(1)]] }
          : s,
      ),
    };
    const fingerprints: string[] = [];
    for (const workbook of [seed, changed]) {
      const port = await openXlsx(await seedToXlsx(workbook));
      const { rows } = await recordRun(port, {
        time: T1,
        action: 'structure',
        rowsIn: 0,
        amountsIn: '',
        rowsOut: 0,
        amountsOut: '',
        result: 'ok',
      });
      fingerprints.push(rows[0]!.fingerprint);
    }
    expect(fingerprints[0]).not.toBe(fingerprints[1]);
  });

  it('adds one row per letter of a batch in a single rewrite', async () => {
    const port = await openXlsx(await seedToXlsx(CHINESE_WORKBOOK));
    const letter = (n: number) => ({
      time: T1,
      action: 'letter',
      rowsIn: 1,
      amountsIn: 'CNY 100.00',
      rowsOut: 1,
      amountsOut: 'CNY 100.00',
      result: `CD-2026-00${n} 华东五金有限公司 level 2 letter`,
    });
    const { rows } = await recordRuns(port, [letter(1), letter(2), letter(3)]);
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3]);
    expect((await verifyWorkbook(port)).findings).toEqual([]);
  });

  it('protects the Audit sheet against accidental edits, without a password', async () => {
    const port = await structuredAndAudited();
    const saved = new TextDecoder('utf-8').decode(await port.save());
    expect(saved).not.toContain('password');
    const { unzipSync, strFromU8 } = await import('fflate');
    const parts = unzipSync(await port.save());
    const withProtection = Object.entries(parts).filter(
      ([name, bytes]) =>
        name.startsWith('xl/worksheets/') && strFromU8(bytes).includes('<sheetProtection '),
    );
    expect(withProtection.length).toBeGreaterThanOrEqual(1);
    for (const [, bytes] of withProtection) {
      expect(strFromU8(bytes)).not.toMatch(/password|hashValue/);
    }
  });
});

describe('verify', () => {
  it('finds nothing in a workbook as Cashier Desk left it', async () => {
    const port = await structuredAndAudited();
    const result = await verifyWorkbook(port);

    expect(result.findings).toEqual([]);
    expect(result.auditRows).toBe(3);
    expect(result.ledgerRows).toBeGreaterThan(0);
    expect(result.customerRows).toBeGreaterThan(0);
  });

  it('names a tampered ledger cell, a deleted audit row and an inserted ledger row', async () => {
    const port = await structuredAndAudited();

    // Tamper with the amount of the ledger's third entry and insert a made-up entry.
    await rewriteLedger(port, (rows) => {
      rows[2]![8] = (rows[2]![8] as number) + 100;
      rows.splice(4, 0, ['1月!999', 'K001', '华东五金有限公司', '应收 Invoice', '2024-01-31']);
      return rows;
    });
    // Delete the audit trail's second row.
    const trail = await readAuditRows(port, AUDIT_SHEET);
    await port.writeOwnedTable(auditTable(AUDIT_SHEET, [trail[0]!, trail[2]!]));

    const reopened = await openXlsx(await port.save());
    const { findings } = await verifyWorkbook(reopened);
    const seen = findings.map((f) => [f.kind, f.sheet, f.row, f.problem.code]);

    expect(seen).toEqual([
      ['removed', AUDIT_SHEET, 3, 'audit.rows-removed-before'],
      ['edited', '台账', 4, 'verify.cell-edited'],
      ['inserted', '台账', 6, 'verify.row-inserted'],
    ]);
    const edited = findings[1]!.problem.detail!;
    expect(edited.column).toBe('金额 Amount');
    expect(Number(edited.found) - Number(edited.expected)).toBeCloseTo(1, 2);
    expect(findings[0]!.problem.detail!.missing).toBe('2');
    expect(describeProblem(findings[2]!.problem, 'en')).toBe(
      'Row 6 of "台账" (1月!999) has no source row in the cashier\'s sheets: it was inserted.',
    );
  });

  it('names an edited audit row, an inserted audit row and rows cut from the end', async () => {
    const port = await structuredAndAudited();
    const trail = await readAuditRows(port, AUDIT_SHEET);
    const forged = {
      ...trail[1]!,
      result: 'forged',
      hash: 'f'.repeat(64),
      previousHash: trail[0]!.hash,
    };
    const edited = { ...trail[0]!, rowsIn: trail[0]!.rowsIn + 1 };
    await port.writeOwnedTable(auditTable(AUDIT_SHEET, [edited, forged, trail[1]!]));

    const { findings } = await verifyWorkbook(port);
    expect(findings.map((f) => [f.kind, f.row, f.problem.code])).toEqual([
      ['edited', 2, 'audit.row-edited'],
      ['inserted', 3, 'audit.row-inserted'],
      ['removed', 5, 'audit.rows-removed-at-end'],
    ]);
  });

  it('names a ledger row that was removed, with its source', async () => {
    const port = await structuredAndAudited();
    await rewriteLedger(port, (rows) => rows.filter((_, i) => i !== 1));

    const { findings } = await verifyWorkbook(port);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ kind: 'removed', sheet: '台账', row: 3 });
    expect(describeProblem(findings[0]!.problem, 'zh')).toMatch(
      /^“台账”少了 .+（来源 .+!\d+），它本应在第 3 行。$/,
    );
  });

  it('says a workbook never structured has no ledger, and finds nothing', async () => {
    const port = await openXlsx(await seedToXlsx(CHINESE_WORKBOOK));
    const result = await verifyWorkbook(port);
    expect(result.findings).toEqual([]);
    expect(result.notes.map((n) => n.code)).toEqual(['verify.no-audit', 'verify.no-ledger']);
  });

  it('reads the audit sheet back cell for cell as written', async () => {
    const port = await structuredAndAudited();
    const rows = await readRows(port, AUDIT_SHEET);
    expect(rows[0]![0]).toBe('序号 No.');
    expect(rows.slice(1).map((r) => r[0])).toEqual([1, 2, 3]);
  });
});
