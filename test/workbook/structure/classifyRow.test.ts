import {
  classifyRow,
  classifyRowAboveHeader,
  rowLayout,
} from '../../../src/workbook/structure/classifyRow';
import { mapColumns } from '../../../src/workbook/structure/mapColumns';
import { isSubtotalText } from '../../../src/workbook/structure/subtotalWords';
import type { CellValue } from '../../../src/workbook/workbookPort';

describe('subtotal words', () => {
  it.each([
    '小计',
    '合计',
    '合  计',
    '合计：',
    '总计',
    '本月合计',
    '1月小计',
    '本年累计',
    '小计(1月)',
    'Total',
    'TOTAL',
    'Total for Acme Ltd',
    'Subtotal',
    'Grand Total',
    'Acme Ltd Total',
  ])('marks "%s" as a subtotal', (text) => {
    expect(isSubtotalText(text)).toBe(true);
  });

  it.each([
    '合计贸易有限公司',
    'Totally Fresh Foods',
    '华为技术',
    '计算机公司',
    '',
    'Totalcare Inc',
  ])('reads "%s" as an ordinary cell', (text) => {
    expect(isSubtotalText(text)).toBe(false);
  });
});

describe('classifyRow', () => {
  const mapping = mapColumns(['日期', '客户', '类型', '金额', '摘要']);
  const layout = rowLayout(mapping, [{ startRow: 9, startColumn: 1, endRow: 9, endColumn: 5 }]);
  const classify = (cells: CellValue[], row = 5) => classifyRow(cells, row, layout).kind;

  it.each<[string, CellValue[], string]>([
    ['a data row', [45292, '华为', '销售', 100, null], 'data'],
    ['an empty row', [null, null, null, null, null], 'blank'],
    ['a row of spaces', ['  ', null, '\u3000'.trim(), null, ' '], 'blank'],
    ['a total in the memo column', [null, null, null, 500, '本月合计'], 'subtotal'],
    ['a total in the customer column', [null, 'Total for 华为', null, 500, null], 'subtotal'],
    ['a repeated header', ['日期', '客户', '类型', '金额', '摘要'], 'header'],
    ['a lone section title in the date column', ['二月份', null, null, null, null], 'title'],
    ['a lone name with no amount', [null, '华为', null, null, null], 'data'],
    ['a lone amount', [null, null, null, 100, null], 'data'],
    ['an error cell', [{ error: '#N/A' }, null, null, null, null], 'data'],
  ])('classifies %s', (_, cells, kind) => {
    expect(classify(cells)).toBe(kind);
  });

  it('reads a lone text merged across columns as a title, even in the customer column', () => {
    expect(classify([null, '第二季度', null, null, null], 9)).toBe('title');
  });

  it('calls rows above the header titles when written on and blank otherwise', () => {
    expect(classifyRowAboveHeader(['2024年应收账款台账', null]).kind).toBe('title');
    expect(classifyRowAboveHeader([null, ' ']).kind).toBe('blank');
  });
});
