import { createHash } from 'node:crypto';

import { openXlsx } from '../../../src/adapters/xlsx';
import { customerKey } from '../../../src/domain/customerName';
import { structureWorkbook } from '../../../src/workbook/structure/structureWorkbook';
import { writeStructure } from '../../../src/workbook/structure/writeStructure';
import type { DumpedSheet, SeedWorkbook } from '../../contract/seed';
import { CHINESE_WORKBOOK } from '../../fixtures/chineseWorkbook';
import { MemoryWorkbook } from '../../support/memoryWorkbook';
import { seedToXlsx } from '../../support/seedXlsx';
import { dumpXlsx } from '../../support/xlsxSubject';

const OUTPUT = ['客户档案', '台账', '导入报告', '_CashierDesk'];

function hashSheets(sheets: readonly DumpedSheet[], skip: readonly string[]): string {
  const hash = createHash('sha256');
  for (const sheet of sheets.filter((s) => !skip.includes(s.name))) {
    hash.update(JSON.stringify([sheet.name, sheet.visibility, sheet.cells, sheet.numberFormats]));
  }
  return hash.digest('hex');
}

async function structureAndWrite(port: MemoryWorkbook | Awaited<ReturnType<typeof openXlsx>>) {
  const result = await structureWorkbook(port);
  const written = await writeStructure(port, result);
  return { result, written };
}

describe('writing the structure', () => {
  it('writes customers, ledger and report as owned tables with bilingual headers', async () => {
    const workbook = new MemoryWorkbook(CHINESE_WORKBOOK);
    const { result } = await structureAndWrite(workbook);
    const sheets = workbook.dump();
    const byName = (name: string) => sheets.find((s) => s.name === name)!;

    expect(sheets.map((s) => s.name)).toEqual([
      '客户名单',
      '1月',
      '2月',
      '说明',
      '客户档案',
      '台账',
      '导入报告',
    ]);
    expect(byName('客户档案').cells[0]?.slice(0, 2)).toEqual([
      '客户编号 Customer ID',
      '客户名称 Customer',
    ]);
    expect(byName('客户档案').cells).toHaveLength(result.customers.length + 1);
    expect(byName('台账').cells).toHaveLength(result.entries.length + 1);
    expect(byName('台账').cells[1]?.slice(0, 5)).toEqual([
      '1月!4',
      'K001',
      '华东五金有限公司',
      '期初 Opening',
      45292,
    ]);
    expect(byName('台账').tables).toEqual([{ name: 'CashierLedger', range: 'A1:P15' }]);

    const report = byName('导入报告').cells;
    const rejectedLines = report.filter((row) => row[0] === '拒绝 Rejected');
    expect(rejectedLines).toHaveLength(result.report.rejected);
    expect(rejectedLines[0]?.slice(1, 4)).toEqual(['1月', 9, 'D 金额']);
    expect(rejectedLines[0]?.[4]).toContain('待定');
    expect(rejectedLines[0]?.[6]).toBe('待定');
    expect(report.filter((row) => row[0] === '跳过 Skipped')).toHaveLength(result.report.skipped);
    expect(report[1]?.[9]).toBe('structure.summary.total');
  });

  it('gives the same sheets on a re-run and never reads its own output back', async () => {
    const workbook = new MemoryWorkbook(CHINESE_WORKBOOK);
    const first = await structureAndWrite(workbook);
    const once = JSON.stringify(workbook.dump());
    const second = await structureAndWrite(workbook);

    expect(JSON.stringify(workbook.dump())).toBe(once);
    expect(second.result.entries).toEqual(first.result.entries);
  });

  it('leaves every source cell unchanged in a real .xlsx file', async () => {
    const bytes = await seedToXlsx(CHINESE_WORKBOOK);
    const before = hashSheets(await dumpXlsx(bytes), OUTPUT);
    const port = await openXlsx(bytes);
    await structureAndWrite(port);
    const after = await dumpXlsx(await port.save());

    expect(after.map((s) => s.name)).toEqual(
      expect.arrayContaining(['客户档案', '台账', '导入报告']),
    );
    expect(hashSheets(after, OUTPUT)).toBe(before);
  });

  it('writes beside a cashier sheet that already bears an output name, and says so', async () => {
    const seed: SeedWorkbook = {
      sheets: [
        ...CHINESE_WORKBOOK.sheets.map((s) =>
          s.name === '客户名单' ? { ...s, name: '客户档案' } : s,
        ),
      ],
    };
    const workbook = new MemoryWorkbook(seed);
    const { written } = await structureAndWrite(workbook);

    expect(written.customers).toBe('客户档案(2)');
    expect(written.problems).toEqual([
      {
        code: 'structure.output-sheet-renamed',
        detail: { wanted: '客户档案', used: '客户档案(2)' },
      },
    ]);
    const report = workbook.dump().find((s) => s.name === '导入报告')!;
    expect(report.cells.some((row) => row[9] === 'structure.output-sheet-renamed')).toBe(true);
    expect(workbook.dump()[0]?.cells).toEqual(seed.sheets[0]?.cells);
  });
});

describe('the cashier’s settings', () => {
  it('reads mapping overrides kept in the workbook under structure.mapping', async () => {
    const seed: SeedWorkbook = {
      sheets: [
        {
          name: 'Sheet1',
          cells: [
            ['Who', 'When', 'How much'],
            ['华为', '2024-03-01', 100],
          ],
        },
      ],
    };
    const stored = {
      'structure.mapping': JSON.stringify({
        Sheet1: { headerRow: 1, columns: { customer: 'A', date: 'B', amount: 'C' } },
      }),
    };
    const result = await structureWorkbook(new MemoryWorkbook(seed, { stored }));

    expect(result.entries.map((e) => [e.id, e.kind, e.date, e.amount])).toEqual([
      ['Sheet1!2', 'invoice', '2024-03-01', 10000],
    ]);
    expect(result.report.sheets[0]?.mapping.columns.map((c) => c.source)).toEqual([
      'override',
      'override',
      'override',
    ]);
  });

  it('reports a damaged stored mapping instead of failing', async () => {
    const workbook = new MemoryWorkbook(CHINESE_WORKBOOK, {
      stored: { 'structure.mapping': '{oops' },
    });
    const result = await structureWorkbook(workbook);

    expect(result.report.problems).toEqual([
      { code: 'structure.stored-value-unreadable', detail: { key: 'structure.mapping' } },
    ]);
    expect(result.entries).toHaveLength(14);
  });

  it('merges customers only when the cashier confirms it', async () => {
    const keys = [customerKey('北方贸易'), customerKey('新客户贸易')];
    const merged = await structureWorkbook(new MemoryWorkbook(CHINESE_WORKBOOK), {
      confirmedMerges: [{ keys }],
    });

    const north = merged.customers.find((c) => c.id === 'K003');
    expect(north?.nameVariants).toEqual(['北方贸易', '新客户贸易']);
    expect(merged.customers.map((c) => c.id)).toEqual(['K001', 'K002', 'K003']);
    expect(merged.entries.filter((e) => e.customerId === 'K003').map((e) => e.id)).toEqual([
      '1月!11',
      '2月!14',
    ]);
  });

  it('reads only the sheets asked for, and refuses its own output as input', async () => {
    const workbook = new MemoryWorkbook(CHINESE_WORKBOOK);
    const only = await structureWorkbook(workbook, { sheets: ['2月'] });
    await writeStructure(workbook, only);

    expect(only.report.sheets.map((s) => s.sheet)).toEqual(['2月']);
    expect(only.customers.map((c) => c.id)).toEqual(['C0001', 'C0002', 'C0003']);
    await expect(structureWorkbook(workbook, { sheets: ['台账'] })).rejects.toMatchObject({
      code: 'bug.invalid-argument',
    });
    await expect(structureWorkbook(workbook, { sheets: ['3月'] })).rejects.toMatchObject({
      code: 'workbook.sheet-missing',
    });
  });

  it('leaves out the sheets the cashier unticked at the last import, says so, and reads new ones', async () => {
    const stored = { 'structure.leftOutSheets': JSON.stringify(['2月', '已删除的表']) };
    const withNewMonth: SeedWorkbook = {
      ...CHINESE_WORKBOOK,
      sheets: [...CHINESE_WORKBOOK.sheets, { name: '3月', cells: [['说明'], ['空']] }],
    };
    const result = await structureWorkbook(new MemoryWorkbook(withNewMonth, { stored }));

    expect(result.report.sheets.map((s) => s.sheet)).toEqual(['客户名单', '1月', '说明', '3月']);
    expect(result.report.problems).toEqual([
      { code: 'structure.sheet-left-out', detail: { sheet: '2月' } },
    ]);
    const asked = await structureWorkbook(new MemoryWorkbook(withNewMonth, { stored }), {
      sheets: ['2月'],
    });
    expect(asked.report.sheets.map((s) => s.sheet)).toEqual(['2月']);
  });

  it('stops with CancelledError when the cashier cancels', async () => {
    const controller = new AbortController();
    controller.abort();

    await expect(
      structureWorkbook(new MemoryWorkbook(CHINESE_WORKBOOK), { signal: controller.signal }),
    ).rejects.toMatchObject({ code: 'cancelled' });
  });
});
