/**
 * Crafted workbook layouts, each as plain seed data (written to a real .xlsx by ExcelJS) with the
 * outcome structuring must reach: rows in, imported, skipped, rejected, customers, and the codes
 * of the sheet problems it must report.
 */
import type { SeedSheet, SeedWorkbook } from '../contract/seed';
import type { CellValue } from '../../src/workbook/workbookPort';

export interface LayoutOutcome {
  readonly rowsIn: number;
  readonly imported: number;
  readonly skipped: number;
  readonly rejected: number;
  readonly customers: number;
  /** Codes of sheet and workbook problems, sorted. */
  readonly problems: readonly string[];
}

export interface HostileLayout {
  readonly name: string;
  readonly seed: SeedWorkbook;
  readonly expected: LayoutOutcome;
}

const HEADER: CellValue[] = ['日期', '客户名称', '类型', '金额'];

function invoices(count: number, name = (i: number) => `客户${i % 7}`): CellValue[][] {
  return Array.from({ length: count }, (_, i) => [
    `2024-03-${String((i % 28) + 1).padStart(2, '0')}`,
    name(i),
    '应收',
    100 + i,
  ]);
}

function ledger(cells: CellValue[][], extra: Partial<SeedSheet> = {}): SeedSheet {
  return { name: '应收明细', cells, ...extra };
}

const blank = (n: number): CellValue[][] => Array.from({ length: n }, () => [null]);

export const HOSTILE_LAYOUTS: readonly HostileLayout[] = [
  {
    name: 'a title merged across the header',
    seed: {
      sheets: [
        ledger([['2024年应收账款', null, null, null], HEADER, ...invoices(5)], {
          merged: [{ startRow: 1, startColumn: 1, endRow: 1, endColumn: 4 }],
        }),
      ],
    },
    expected: { rowsIn: 7, imported: 5, skipped: 2, rejected: 0, customers: 5, problems: [] },
  },
  {
    name: 'the header in row 30',
    seed: { sheets: [ledger([...blank(29), HEADER, ...invoices(3)])] },
    expected: { rowsIn: 33, imported: 3, skipped: 30, rejected: 0, customers: 3, problems: [] },
  },
  {
    name: 'every cell an error value',
    seed: {
      sheets: [
        ledger(
          Array.from({ length: 6 }, () => Array.from({ length: 4 }, () => ({ error: '#REF!' }))),
        ),
      ],
    },
    expected: {
      rowsIn: 0,
      imported: 0,
      skipped: 0,
      rejected: 0,
      customers: 0,
      problems: ['structure.sheet-not-recognized'],
    },
  },
  {
    name: 'a column of error values under 金额',
    seed: {
      sheets: [ledger([HEADER, ...invoices(4).map((r) => [...r.slice(0, 3), { error: '#N/A' }])])],
    },
    expected: { rowsIn: 5, imported: 0, skipped: 1, rejected: 4, customers: 0, problems: [] },
  },
  {
    name: 'numbers as text with byte-order marks and zero-width spaces',
    seed: {
      sheets: [
        ledger([
          HEADER,
          ['2024-03-01', '客户1', '应收', '\uFEFF1,234.50'],
          ['2024-03-02', '客户1', '应收', '1\u200B000'],
          ['\uFEFF2024-03-03', '客户1', '应收', '\u200B￥88'],
        ]),
      ],
    },
    expected: { rowsIn: 4, imported: 3, skipped: 1, rejected: 0, customers: 1, problems: [] },
  },
  {
    name: 'subtotal words in every column',
    seed: {
      sheets: [
        ledger([
          HEADER,
          ...invoices(2),
          ['小计', null, null, 201],
          [null, '合计', null, 201],
          [null, null, '总计', 201],
          [null, null, null, '本月合计'],
        ]),
      ],
    },
    expected: { rowsIn: 7, imported: 2, skipped: 5, rejected: 0, customers: 2, problems: [] },
  },
  {
    name: 'a sheet of only headers',
    seed: { sheets: [ledger([HEADER])] },
    expected: { rowsIn: 1, imported: 0, skipped: 1, rejected: 0, customers: 0, problems: [] },
  },
  {
    name: 'the header repeated every third row',
    seed: {
      sheets: [ledger([HEADER, ...invoices(2), HEADER, ...invoices(2), HEADER, ...invoices(2)])],
    },
    expected: { rowsIn: 9, imported: 6, skipped: 3, rejected: 0, customers: 2, problems: [] },
  },
  {
    name: 'the 1904 date system with dates as serials',
    seed: {
      dateSystem: '1904',
      sheets: [
        ledger([HEADER, [43_893, '客户1', '应收', 100]], {
          numberFormats: [
            ['General', 'General', 'General', 'General'],
            ['yyyy-mm-dd', 'General', 'General', 'General'],
          ],
        }),
      ],
    },
    expected: { rowsIn: 2, imported: 1, skipped: 1, rejected: 0, customers: 1, problems: [] },
  },
  {
    name: 'a hidden sheet and a very hidden one',
    seed: {
      sheets: [
        { name: '说明', cells: [['这里是说明']] },
        ledger([HEADER, ...invoices(3)], { visibility: 'hidden' }),
        { name: '秘密', cells: [HEADER, ...invoices(3)], visibility: 'very-hidden' },
      ],
    },
    expected: {
      rowsIn: 4,
      imported: 3,
      skipped: 1,
      rejected: 0,
      customers: 3,
      problems: ['structure.sheet-not-recognized'],
    },
  },
  {
    name: 'a sheet 16,384 columns wide',
    seed: {
      sheets: [
        ledger([
          [...HEADER, ...Array.from({ length: 16_380 }, () => null)],
          ...invoices(2).map((r) => [...r, ...Array.from({ length: 16_379 }, () => null), 'XFD']),
        ]),
      ],
    },
    expected: { rowsIn: 3, imported: 2, skipped: 1, rejected: 0, customers: 2, problems: [] },
  },
  {
    name: 'one column only',
    seed: { sheets: [ledger([['金额'], [100], [200]])] },
    expected: {
      rowsIn: 0,
      imported: 0,
      skipped: 0,
      rejected: 0,
      customers: 0,
      problems: ['structure.sheet-not-recognized'],
    },
  },
  {
    name: 'an empty workbook',
    seed: { sheets: [{ name: 'Sheet1', cells: [] }] },
    expected: {
      rowsIn: 0,
      imported: 0,
      skipped: 0,
      rejected: 0,
      customers: 0,
      problems: ['structure.sheet-not-recognized'],
    },
  },
  {
    name: 'a customer list and no ledger at all',
    seed: {
      sheets: [
        {
          name: '客户名单',
          cells: [
            ['客户编号', '客户名称', '联系人'],
            ['K1', '华东五金', '张伟'],
            ['K2', '南方建材', '李娜'],
          ],
        },
      ],
    },
    expected: { rowsIn: 3, imported: 2, skipped: 1, rejected: 0, customers: 2, problems: [] },
  },
  {
    name: "a sheet name of 31 characters with apostrophes (客户 '2024' (旧) ...)",
    seed: {
      sheets: [{ name: "客户 '2024' (旧) 应收明细 abcdefghijkl", cells: [HEADER, ...invoices(2)] }],
    },
    expected: { rowsIn: 3, imported: 2, skipped: 1, rejected: 0, customers: 2, problems: [] },
  },
  {
    name: 'a memo of 32,767 characters',
    seed: {
      sheets: [
        ledger([
          [...HEADER, '摘要'],
          ['2024-03-01', '客户1', '应收', 100, '备'.repeat(32_767)],
        ]),
      ],
    },
    expected: { rowsIn: 2, imported: 1, skipped: 1, rejected: 0, customers: 1, problems: [] },
  },
  {
    name: 'duplicate 金额 headers',
    seed: { sheets: [ledger([[...HEADER, '金额'], ...invoices(2).map((r) => [...r, 999])])] },
    expected: { rowsIn: 3, imported: 2, skipped: 1, rejected: 0, customers: 2, problems: [] },
  },
  {
    name: 'hidden rows among the entries',
    seed: { sheets: [ledger([HEADER, ...invoices(4)], { hiddenRows: [3, 4] })] },
    expected: { rowsIn: 5, imported: 4, skipped: 1, rejected: 0, customers: 4, problems: [] },
  },
  {
    name: 'a sheet of the cashier already named 台账',
    seed: { sheets: [{ name: '台账', cells: [HEADER, ...invoices(2)] }] },
    expected: { rowsIn: 3, imported: 2, skipped: 1, rejected: 0, customers: 2, problems: [] },
  },
  {
    name: 'full-width header words with spaces inside',
    seed: { sheets: [ledger([['日　期', '客户名称', '类　型', '金　额'], ...invoices(2)])] },
    expected: { rowsIn: 3, imported: 2, skipped: 1, rejected: 0, customers: 2, problems: [] },
  },
  {
    name: 'formula text typed in every data cell',
    seed: {
      sheets: [
        ledger([HEADER, ['=TODAY()', '=A1', '=B1', '=1+1'], ['@x', '+y', '-z', '=SUM(D2)']]),
      ],
    },
    expected: { rowsIn: 3, imported: 0, skipped: 1, rejected: 2, customers: 0, problems: [] },
  },
];
