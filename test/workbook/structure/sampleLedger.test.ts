import { readFileSync } from 'node:fs';
import path from 'node:path';

import { openXlsx } from '../../../src/adapters/xlsx';
import { structureWorkbook } from '../../../src/workbook/structure/structureWorkbook';
import type { StructureResult } from '../../../src/workbook/structure/structureTypes';
import { writeStructure } from '../../../src/workbook/structure/writeStructure';

const SAMPLE = path.join(__dirname, '../../../assets/sample-ledger.xlsx');

describe('the sample ledger in assets/', () => {
  let result: StructureResult;
  let port: Awaited<ReturnType<typeof openXlsx>>;
  beforeAll(async () => {
    port = await openXlsx(new Uint8Array(readFileSync(SAMPLE)));
    result = await structureWorkbook(port);
  });

  it('reads the customer list and six monthly ledgers below their merged titles', () => {
    expect(result.report.sheets.map((s) => [s.sheet, s.kind, s.headerRow])).toEqual([
      ['客户档案', 'customers', 2],
      ...['1月', '2月', '3月', '4月', '5月', '6月'].map((m) => [m, 'ledger', 3]),
    ]);
  });

  it('keeps the list ids, folds names typed with other brackets or spaces, and proposes the suffix variant', () => {
    const listed = result.customers.filter((c) => c.id.startsWith('KH'));
    const proposal = result.mergeProposals.find((p) =>
      p.names.includes('上海恒通贸易有限责任公司'),
    );

    expect(listed).toHaveLength(15);
    expect(result.customers.find((c) => c.id === 'KH002')?.nameVariants).toEqual(
      expect.arrayContaining(['南方建材(广州)有限公司', '南方建材（广州）有限公司']),
    );
    expect(proposal?.reason).toBe('company-suffix');
  });

  it('rejects only the 待定 amount and the #N/A cell, and imports the hidden row saying so', () => {
    const rejected = result.report.sheets.flatMap((s) =>
      s.rejected.map((r) => [r.sheet, r.problem.code, r.problem.detail?.text]),
    );
    const notes = result.report.sheets.flatMap((s) =>
      s.notes.map((n) => [n.sheet, n.row, n.problem.code]),
    );

    expect(rejected).toEqual([
      ['3月', 'structure.amount-unreadable', '待定'],
      ['4月', 'structure.cell-error', '#N/A'],
    ]);
    expect(notes).toContainEqual(['2月', 6, 'structure.hidden-row-imported']);
    expect(notes).toContainEqual(['客户档案', 13, 'structure.field-ignored']);
  });

  it('reads the opening balance, the red-ink credit note and receipts naming their invoices', () => {
    expect(result.entries[0]).toMatchObject({
      customerId: 'KH001',
      kind: 'opening',
      date: '2024-01-01',
      amount: 3500000,
    });
    expect(result.entries.find((e) => e.memo === '退货红字冲销')).toMatchObject({
      kind: 'credit-note',
      amount: 120000,
    });
    // 上海恒通 is also typed with a longer suffix: a different customer until the cashier confirms
    // the merge, so its receipts cannot claim invoices written under the other name.
    const hengtong = new Set(
      result.customers.filter((c) => c.name.includes('恒通')).map((c) => c.id),
    );
    const named = result.entries.filter(
      (e) => e.kind === 'receipt' && /XS2024/.test(e.memo ?? '') && !hengtong.has(e.customerId),
    );
    expect(named.length).toBeGreaterThan(5);
    expect(
      named.every(
        (e) => e.referencedInvoice !== undefined && e.memo!.includes(e.referencedInvoice),
      ),
    ).toBe(true);
  });

  it('writes its output beside the cashier’s own 客户档案 and leaves that sheet alone', async () => {
    const written = await writeStructure(port, result);

    expect(written.customers).toBe('客户档案(2)');
    expect((await port.describe()).sheets.find((s) => s.name === '客户档案')?.owned).toBe(false);
  });
});
