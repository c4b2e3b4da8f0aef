import { openXlsx } from '../../src/adapters/xlsx';
import { parseAmount } from '../../src/domain/parseAmount';
import { parseDateText } from '../../src/domain/parseDate';
import { structureWorkbook } from '../../src/workbook/structure/structureWorkbook';
import type { StructureResult } from '../../src/workbook/structure/structureTypes';
import type { CellValue } from '../../src/workbook/workbookPort';
import { seedToXlsx } from '../support/seedXlsx';
import {
  AMOUNT_CASES,
  DATE_CASES,
  NAME_CASES,
  WORKBOOK_AMOUNT_CASES,
  amountInput,
} from './hostileCells';

/** What became of each source row: "imported <fen>", "rejected <code> <reason>", "skipped ...". */
function outcomes(result: StructureResult): Map<number, string> {
  const byRow = new Map<number, string>();
  for (const entry of result.entries) byRow.set(entry.source.row, `imported ${entry.amount}`);
  for (const sheet of result.report.sheets) {
    for (const row of sheet.rejected) {
      const reason = row.problem.detail?.reason;
      byRow.set(row.row, `rejected ${row.problem.code}${reason ? ` ${reason}` : ''}`);
    }
    for (const row of sheet.skipped) byRow.set(row.row, `skipped ${row.reason}`);
  }
  return byRow;
}

/** One ledger sheet, one crafted cell per row in the given column, through a real .xlsx. */
async function structureRows(rows: readonly (readonly CellValue[])[]): Promise<StructureResult> {
  const cells = [['日期', '客户名称', '类型', '金额'], ...rows];
  return structureWorkbook(await openXlsx(await seedToXlsx({ sheets: [{ name: '应收', cells }] })));
}

describe('hostile amounts', () => {
  const parsable = AMOUNT_CASES.filter(([, cell]) => amountInput(cell) !== undefined);

  it.each(parsable)('parseAmount reads %s as its table says', (_, cell, expected) => {
    const parsed = parseAmount(amountInput(cell)!);
    if (typeof expected === 'number') {
      expect(parsed).toMatchObject({ ok: true, value: { fen: expected } });
    } else {
      expect(parsed).toMatchObject({ ok: false, problem: { code: expected } });
    }
  });

  it('imports or rejects every crafted amount cell of a real .xlsx as the table says', async () => {
    const cases = [...AMOUNT_CASES, ...WORKBOOK_AMOUNT_CASES];
    const result = await structureRows(
      cases.map(([, cell]) => ['2024-03-05', '华东五金', '应收', cell]),
    );
    const byRow = outcomes(result);

    const seen = cases.map(([label], i) => [label, byRow.get(i + 2)]);
    const wanted = cases.map(([label, , expected]) => {
      if (typeof expected === 'number') return [label, `imported ${Math.abs(expected)}`];
      if (expected.startsWith('structure.')) return [label, `rejected ${expected}`];
      return [label, `rejected structure.amount-unreadable ${expected}`];
    });
    expect(seen).toEqual(wanted);
    expect(result.report.rowsIn).toBe(cases.length + 1);
  });
});

describe('hostile dates', () => {
  it.each(DATE_CASES)('parseDateText reads %s as its table says', (_, text, expected) => {
    const parsed = parseDateText(text);
    if (/^\d{4}-\d{2}-\d{2}$/.test(expected)) {
      expect(parsed).toEqual({ ok: true, value: expected });
    } else {
      expect(parsed).toMatchObject({ ok: false, problem: { code: expected } });
    }
  });

  it('imports or rejects every crafted date cell of a real .xlsx, the column settling slashes', async () => {
    const result = await structureRows(
      DATE_CASES.map(([, text]) => [text, '华东五金', '应收', 100]),
    );
    const byRow = outcomes(result);

    DATE_CASES.forEach(([label, text, expected], i) => {
      const entry = result.entries.find((e) => e.source.row === i + 2);
      let wanted: string;
      if (text === '') wanted = 'rejected structure.no-date';
      // 13/5/2024 in the same column settles day-first for the whole column (DOMAIN.md).
      else if (text === '3/5/2024') wanted = '2024-05-03';
      else if (/^\d{4}-\d{2}-\d{2}$/.test(expected)) wanted = expected;
      else if (expected === 'date.ambiguous-order')
        wanted = `rejected structure.date-needs-order ${expected}`;
      else wanted = `rejected structure.date-unreadable ${expected}`;
      expect([label, entry ? entry.date : byRow.get(i + 2)]).toEqual([label, wanted]);
    });
  });
});

describe('hostile customer names', () => {
  it('groups names that differ only in spacing, width and case, and keeps lookalikes apart', async () => {
    const result = await structureRows(
      NAME_CASES.map(([, name]) => ['2024-03-05', name, '应收', 100]),
    );
    const nameOf = new Map(result.customers.map((c) => [c.id, c.name]));

    const seen = NAME_CASES.map(([label], i) => {
      const entry = result.entries.find((e) => e.source.row === i + 2);
      return [label, nameOf.get(entry!.customerId)];
    });
    const wanted = NAME_CASES.map(([label, name, joins]) => [label, joins ?? name]);
    expect(seen).toEqual(wanted);
    expect(result.customers).toHaveLength(new Set(wanted.map(([, name]) => name)).size);
  });

  it('proposes near-matches for the cashier to confirm instead of merging them', async () => {
    const result = await structureRows(
      NAME_CASES.map(([, name]) => ['2024-03-05', name, '应收', 100]),
    );
    const proposed = result.mergeProposals.map((p) => [...p.names].sort().join(' | '));
    expect(proposed).toEqual(
      expect.arrayContaining([
        ['南方建材(广州)有限公司', '南方建材(广州)有限责任公司'].sort().join(' | '),
        ['ACME Trading Ltd', 'ACME Trading Ltd😀'].sort().join(' | '),
        ['ACME Trading Ltd', 'АСМЕ Trading Ltd'].sort().join(' | '),
        ['南方建材(广州)有限公司', '南方建材(广州)有限公司\u200F'].sort().join(' | '),
      ]),
    );
  });
});
