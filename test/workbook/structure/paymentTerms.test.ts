import { openXlsx } from '../../../src/adapters/xlsx';
import { structureWorkbook } from '../../../src/workbook/structure/structureWorkbook';
import { writeStructure } from '../../../src/workbook/structure/writeStructure';
import type { SeedWorkbook } from '../../contract/seed';
import { seedToXlsx } from '../../support/seedXlsx';
import { dumpXlsx } from '../../support/xlsxSubject';

const TERMS_WORKBOOK: SeedWorkbook = {
  sheets: [
    {
      name: '客户名单',
      cells: [
        ['客户编号', '客户名称', '账期', '币种'],
        ['K001', '华东五金有限公司', '月结30天', '人民币'],
        ['K002', '南方建材有限公司', '45天', '人民币'],
        ['K003', '北方贸易有限公司', '当月结', '人民币'],
        ['K004', 'Pacific Trading Ltd', 'Net 30 EOM', 'USD'],
        ['K005', '西部物流有限公司', null, '人民币'],
      ],
    },
    {
      name: '台账',
      cells: [
        ['日期', '客户名称', '类型', '金额', '单据号', '付款期限'],
        ['2024-01-15', '华东五金有限公司', '销售', 1000, 'INV-1', '月结30天'],
        ['2024-02-10', '南方建材有限公司', '销售', 2000, 'INV-2', '2024-03-31'],
        ['2024-12-20', '北方贸易有限公司', '销售', 3000, 'INV-3', 'EOM'],
        ['2024-01-15', '南方建材有限公司', '销售', 500, 'INV-4', '30天'],
      ],
    },
  ],
};

async function structuredFile(seed: SeedWorkbook) {
  const port = await openXlsx(await seedToXlsx(seed));
  const result = await structureWorkbook(port);
  await writeStructure(port, result);
  return { result, sheets: await dumpXlsx(await port.save()) };
}

describe('payment terms through structuring', () => {
  it('reads month-end terms (月结) from the customer list with their basis', async () => {
    const { result } = await structuredFile(TERMS_WORKBOOK);
    const terms = result.customers.map((c) => [c.id, c.termsDays, c.termsBasis]);

    expect(terms).toEqual([
      ['K001', 30, 'month-end'],
      ['K002', 45, undefined],
      ['K003', 0, 'month-end'],
      ['K004', 30, 'month-end'],
      ['K005', undefined, undefined],
    ]);
  });

  it('writes the terms into 客户档案 in the cashier’s words', async () => {
    const { sheets } = await structuredFile(TERMS_WORKBOOK);
    const customers = sheets.find((s) => s.name === '客户档案')!.cells;
    const column = customers[0]!.indexOf('账期 Terms');

    expect(customers.map((row) => row[column])).toEqual([
      '账期 Terms',
      '月结30天',
      '45天',
      '月结0天',
      '月结30天',
      null,
    ]);
  });

  it('reads the written 客户档案 back as the same terms when it is used as a customer list', async () => {
    const first = await structuredFile(TERMS_WORKBOOK);
    const written = first.sheets.find((s) => s.name === '客户档案')!;
    const again = await structuredFile({
      sheets: [{ name: '客户名单', cells: written.cells }, TERMS_WORKBOOK.sheets[1]!],
    });
    const termsOf = (customers: typeof first.result.customers) =>
      customers.map((c) => [c.name, c.termsDays, c.termsBasis]);

    expect(termsOf(again.result.customers)).toEqual(termsOf(first.result.customers));
  });

  it('turns terms written in the due-date column into a due date, month-end terms included', async () => {
    const { result } = await structuredFile(TERMS_WORKBOOK);
    const due = result.entries.map((e) => [e.documentNumber, e.dueDate]);

    expect(due).toEqual([
      ['INV-1', '2024-03-01'],
      ['INV-2', '2024-03-31'],
      ['INV-3', '2024-12-31'],
      ['INV-4', '2024-02-14'],
    ]);
  });
});
