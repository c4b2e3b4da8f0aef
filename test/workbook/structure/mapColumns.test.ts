import { foldHeader, matchHeader } from '../../../src/workbook/structure/columnRoles';
import { findHeaderRow } from '../../../src/workbook/structure/findHeaderRow';
import {
  columnLetters,
  mapColumns,
  resolveColumn,
} from '../../../src/workbook/structure/mapColumns';

const roles = (header: readonly (string | null)[]) =>
  Object.fromEntries(mapColumns(header).columns.map((c) => [c.role, c.column]));

describe('header words', () => {
  it.each([
    ['客户名称', 'customer', 1],
    ['往来单位', 'customer', 1],
    [' Customer  Name ', 'customer', 1],
    ['金额（元）', 'amount', 1],
    ['借方', 'debit', 1],
    ['贷 方', 'credit', 1],
    ['Open Balance', 'amount', 1],
    ['付款期限', 'dueDate', 1],
    ['InvoiceAmount', 'debit', 1],
    ['customerID', 'customerId', 1],
    ['账期(天)', 'terms', 1],
    ['本期应收金额', 'debit', 0.7],
    ['业务发生日期', 'date', 0.7],
  ])('reads %s as %s with confidence %s', (header, role, confidence) => {
    expect(matchHeader(header)).toMatchObject({ role, confidence });
  });

  it.each(['Phone Number', '联系电话'])('reads %s as a phone, not a document number', (header) => {
    expect(matchHeader(header)?.role).toBe('phone');
  });

  it('folds full-width letters, case, spaces and bracketed units away', () => {
    expect(foldHeader('　ＣＵＳＴＯＭＥＲ_Name（全称）')).toBe('customername');
  });

  it('knows no role for a header that names nothing it reads', () => {
    expect(matchHeader('PaperlessBill')).toBeUndefined();
    expect(matchHeader('PaperlessDate')).toBeUndefined();
    expect(matchHeader('')).toBeUndefined();
  });
});

describe('mapColumns', () => {
  it('maps a Chinese ledger with one amount column and a type column', () => {
    expect(roles(['日期', '客户名称', '类型', '金额', '单据号', '摘要', '收款方式'])).toEqual({
      date: 1,
      customer: 2,
      type: 3,
      amount: 4,
      document: 5,
      memo: 6,
      method: 7,
    });
  });

  it('maps debit and credit columns and takes the exact word over a contained one', () => {
    const mapping = mapColumns(['往来单位', '发票日期', '日期', '借方金额', '贷方金额', '余额']);

    expect(mapping.kind).toBe('ledger');
    expect(mapping.columns.map((c) => [c.role, c.column, c.source])).toEqual([
      ['customer', 1, 'exact'],
      ['date', 3, 'exact'],
      ['debit', 4, 'exact'],
      ['credit', 5, 'exact'],
      ['balance', 6, 'exact'],
    ]);
    expect(mapping.confidence).toBe(1);
  });

  it('lowers the whole mapping to its weakest needed column', () => {
    const mapping = mapColumns(['客户', '业务发生日期', '金额']);

    expect(mapping.kind).toBe('ledger');
    expect(mapping.confidence).toBe(0.7);
  });

  it('sees a customer list when a customer comes with contact details and no amounts', () => {
    const mapping = mapColumns(['客户编号', '客户名称', '联系人', '电话', '信用额度', '账期']);

    expect(mapping.kind).toBe('customers');
    expect(mapping.confidence).toBe(1);
  });

  it('calls a sheet unrecognized when no customer column is there', () => {
    expect(mapColumns(['日期', '金额', '摘要'])).toMatchObject({
      kind: 'unrecognized',
      confidence: 0,
    });
  });

  it('lets an override name a column by letter, number or header, over what the words say', () => {
    const header = ['Who', 'When', 'How much', '备注'];
    const mapping = mapColumns(header, { columns: { customer: 'A', date: 2, amount: 'How much' } });

    expect(mapping.kind).toBe('ledger');
    expect(mapping.columns.map((c) => [c.role, c.column, c.source])).toEqual([
      ['customer', 1, 'override'],
      ['date', 2, 'override'],
      ['amount', 3, 'override'],
      ['memo', 4, 'exact'],
    ]);
  });

  it('turns column letters and numbers into each other', () => {
    expect([1, 26, 27, 52, 703].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA']);
    expect(resolveColumn([], 'aa')).toBe(27);
    expect(resolveColumn([], 0)).toBeUndefined();
    expect(resolveColumn([], '金额')).toBeUndefined();
  });
});

describe('findHeaderRow', () => {
  it('finds the header below a merged title and blank rows', () => {
    const rows = [
      ['2024年应收账款台账', null, null],
      [null, null, null],
      ['单位：元', null, null],
      ['日期', '客户', '金额'],
      [45292, '华为', 100],
    ];

    expect(findHeaderRow(rows, 1)?.row).toBe(4);
  });

  it('prefers a ledger header to a customer-list one and the upper row on a tie', () => {
    const rows = [
      ['客户', '联系人'],
      ['客户', '日期', '金额'],
      ['客户', '日期', '金额'],
    ];

    expect(findHeaderRow(rows, 1)).toMatchObject({ row: 2, mapping: { kind: 'ledger' } });
  });

  it('finds nothing on a sheet of notes', () => {
    expect(findHeaderRow([['说明'], ['本表记录客户往来']], 1)).toBeUndefined();
  });

  it('takes the header row an override names', () => {
    expect(findHeaderRow([['x'], ['客户', '日期', '金额']], 1, { headerRow: 2 })?.row).toBe(2);
  });
});
