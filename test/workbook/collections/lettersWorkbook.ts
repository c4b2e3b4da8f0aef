/**
 * A cashier's workbook for the letters scenario: one ledger sheet of 2026 with three customers,
 * as of 2026-12-03:
 * - 华东机电 owes FP-101 (due 2026-11-20, 13 days over: level 1) and FP-102 (due 2026-10-25,
 *   39 days over: level 2);
 * - 南方贸易 paid its only invoice in full;
 * - 北辰科技 owes FP-301, due 2026-12-20, not yet due.
 * Company details come from stored values.
 */
import { openXlsx } from '../../../src/adapters/xlsx';
import type { IsoDay } from '../../../src/domain/isoDay';
import type { XlsxWorkbook } from '../../../src/adapters/xlsx';
import type { SeedWorkbook } from '../../contract/seed';
import { seedToXlsx } from '../../support/seedXlsx';

export const AS_OF = '2026-12-03' as IsoDay;

export const LEDGER: SeedWorkbook = {
  sheets: [
    {
      name: '2026应收',
      cells: [
        ['日期', '客户', '类型', '单号', '金额', '到期日', '备注'],
        ['2026-09-25', '上海华东机电有限公司', '销售', 'FP-102', 2000, '2026-10-25', null],
        ['2026-10-21', '上海华东机电有限公司', '销售', 'FP-101', 1500.5, '2026-11-20', null],
        ['2026-10-01', '广州南方贸易有限公司', '销售', 'FP-201', 800, '2026-10-31', null],
        ['2026-10-30', '广州南方贸易有限公司', '收款', 'SK-201', 800, null, '付FP-201'],
        ['2026-11-20', '北京北辰科技有限公司', '销售', 'FP-301', 3000, '2026-12-20', null],
      ],
    },
  ],
};

export const COMPANY_VALUES = {
  'company.name': '杭州明远贸易有限公司',
  'company.accountName': '杭州明远贸易有限公司',
  'company.accountNumber': '3301 0400 1234 5678 901',
  'company.bankName': '中国工商银行杭州西湖支行',
  'company.contactPerson': '王会计',
  'company.contactPhone': '0571-8888 1234',
};

/** The ledger as a real .xlsx opened by the adapter, with the company details stored. */
export async function openLedger(seed: SeedWorkbook = LEDGER): Promise<XlsxWorkbook> {
  const workbook = await openXlsx(await seedToXlsx(seed));
  await workbook.writeStoredValues(COMPANY_VALUES);
  return workbook;
}

/** Saves and reopens, as the cashier closing and opening the file between two runs does. */
export async function reopen(workbook: XlsxWorkbook): Promise<XlsxWorkbook> {
  return openXlsx(await workbook.save());
}
