import JSZip from 'jszip';
import type { XlsxWorkbook } from '../../../src/adapters/xlsx';
import type { IsoDay } from '../../../src/domain/isoDay';
import { FOLLOW_UPS_SHEET, followUpsTable } from '../../../src/workbook/collections/followUpsSheet';
import {
  generateLetters,
  type GenerateLettersOptions,
} from '../../../src/workbook/collections/generateLetters';
import { LETTERS_SHEET } from '../../../src/workbook/collections/letterLog';
import { TEMPLATES_SHEET, templatesTable } from '../../../src/workbook/collections/templatesSheet';
import { readSheetCells } from '../../../src/workbook/collections/ownedSheetCells';
import type { OwnedCell } from '../../../src/workbook/workbookPort';
import { docxText } from '../letters/letterFiles';
import { openXlsx } from '../../../src/adapters/xlsx';
import { seedToXlsx } from '../../support/seedXlsx';
import { AS_OF, LEDGER, openLedger, reopen } from './lettersWorkbook';

const reminders = (asOf: IsoDay = AS_OF): GenerateLettersOptions => ({
  asOf,
  kind: 'reminder',
  lang: 'zh',
});

async function sheetRows(workbook: XlsxWorkbook, sheet: string): Promise<string[][]> {
  const { values } = await readSheetCells(workbook, sheet);
  return values.map((row) => row.map((cell) => (cell === null ? '' : String(cell))));
}

async function writeFollowUps(workbook: XlsxWorkbook, rows: OwnedCell[][]): Promise<void> {
  // The cashier typing rows into the sheet the add-in created.
  await workbook.writeOwnedTable({ ...followUpsTable(FOLLOW_UPS_SHEET), rows });
}

describe('reminder letters from the cashier’s workbook as of 2026-12-03', () => {
  let workbook: XlsxWorkbook;
  let result: Awaited<ReturnType<typeof generateLetters>>;
  beforeAll(async () => {
    workbook = await openLedger();
    result = await generateLetters(workbook, reminders());
  });

  it('writes one letter, to the customer with overdue invoices, at the level of the oldest', () => {
    expect(result.problems).toEqual([]);
    expect(result.index).toEqual([
      {
        number: 'CD-2026-0001',
        customerId: expect.any(String),
        customerName: '上海华东机电有限公司',
        kind: 'reminder-2',
        level: 2,
        amount: 350_050,
        currency: 'CNY',
        file: 'CD-2026-0001 上海华东机电有限公司 催款函.docx',
      },
    ]);
  });

  it('says why the others get none', () => {
    const reasons = Object.fromEntries(
      result.decisions.map((d) => [d.customerName, d.reasons.map((r) => r.code)]),
    );
    expect(reasons['广州南方贸易有限公司']).toContain('collections.nothing-open');
    expect(reasons['北京北辰科技有限公司']).toContain('collections.not-overdue');
  });

  it('zips the .docx with its index, and the letter lists both invoices and the bank account', async () => {
    const zip = await JSZip.loadAsync(result.zip!);
    expect(Object.keys(zip.files).sort()).toEqual([
      'CD-2026-0001 上海华东机电有限公司 催款函.docx',
      'index.csv',
    ]);
    const text = await docxText(result.files[0]!.bytes);
    expect(text).toContain('FP-101');
    expect(text).toContain('FP-102');
    expect(text).toContain('3301 0400 1234 5678 901');
  });

  it('creates the templates, follow-ups and letter log sheets', async () => {
    const names = (await workbook.describe()).sheets.filter((s) => s.owned).map((s) => s.name);
    expect(names).toEqual(
      expect.arrayContaining([TEMPLATES_SHEET, FOLLOW_UPS_SHEET, LETTERS_SHEET]),
    );
    expect(await sheetRows(workbook, FOLLOW_UPS_SHEET)).toEqual([
      [
        '日期 Date',
        '客户 Customer',
        '渠道 Channel',
        '沟通内容 What was said',
        '承诺付款日 Promised date',
        '承诺金额 Promised amount',
        '下一步 Next action',
      ],
    ]);
    const log = await sheetRows(workbook, LETTERS_SHEET);
    expect(log[1]?.[0]).toBe('CD-2026-0001');
  });
});

describe('a second run after the file was saved and reopened', () => {
  it('continues the letter numbers and escalates as the invoices age', async () => {
    const first = await openLedger();
    await generateLetters(first, reminders());

    const second = await reopen(first);
    const result = await generateLetters(second, reminders('2026-12-25' as IsoDay));

    expect(result.index.map((l) => [l.number, l.customerName, l.level])).toEqual([
      ['CD-2026-0002', '上海华东机电有限公司', 3],
      ['CD-2026-0003', '北京北辰科技有限公司', 1],
    ]);
    const log = await sheetRows(await reopen(second), LETTERS_SHEET);
    expect(log.slice(1).map((row) => row[0])).toEqual([
      'CD-2026-0001',
      'CD-2026-0002',
      'CD-2026-0003',
    ]);
  });

  it('sends nothing twice within 14 days', async () => {
    const workbook = await openLedger();
    await generateLetters(workbook, reminders());
    const again = await generateLetters(workbook, reminders('2026-12-10' as IsoDay));
    expect(again.index).toEqual([]);
    const east = again.decisions.find((d) => d.customerName === '上海华东机电有限公司');
    expect(east?.reasons.map((r) => r.code)).toContain('collections.recently-reminded');
  });
});

describe('follow-ups the cashier wrote', () => {
  it('hold a harsher letter back while a payment promise is live, and survive the re-run', async () => {
    const workbook = await openLedger();
    await generateLetters(workbook, reminders());
    const promise: OwnedCell[] = [
      '2026-12-05',
      '上海华东机电有限公司',
      '电话',
      '财务说月底前付清',
      '2026-12-31',
      3500.5,
      '12月31日再打电话',
    ];
    await writeFollowUps(workbook, [promise]);

    const result = await generateLetters(workbook, reminders('2026-12-25' as IsoDay));

    const east = result.index.find((l) => l.customerName === '上海华东机电有限公司');
    expect(east?.level).toBe(2);
    const rows = await sheetRows(workbook, FOLLOW_UPS_SHEET);
    expect(rows[1]?.slice(1, 4)).toEqual(['上海华东机电有限公司', '电话', '财务说月底前付清']);
  });

  it('stop the run when a row cannot be read, naming the row', async () => {
    const workbook = await openLedger();
    await writeFollowUps(workbook, [
      ['2026-11-28', '上海华东机电有限公司', '电话', '会付', null, null, null],
      ['2026-11-30', '不存在的公司', '电话', '?', null, null, null],
      ['2026-11-30', '上海华东机电有限公司', '飞鸽传书', '?', null, null, null],
    ]);

    const result = await generateLetters(workbook, reminders());

    expect(result.zip).toBeUndefined();
    expect(result.problems.map((p) => [p.row, p.problem.code])).toEqual([
      [3, 'collections.follow-up-customer-unknown'],
      [4, 'collections.follow-up-channel-unknown'],
    ]);
  });
});

describe('templates the cashier edited', () => {
  it('report an unknown placeholder with its row before anything is generated', async () => {
    const workbook = await openLedger();
    await generateLetters(workbook, reminders('2026-11-01' as IsoDay));
    const table = templatesTable(TEMPLATES_SHEET);
    const rows = table.rows.map((row) =>
      row[0] === 'reminder-2' && row[1] === 'zh' ? [row[0], row[1], `${row[2]}\n{{折扣}}`] : row,
    );
    await workbook.writeOwnedTable({ ...table, rows });

    const result = await generateLetters(workbook, reminders());

    const row = rows.findIndex((r) => r[0] === 'reminder-2' && r[1] === 'zh') + 2;
    expect(result.zip).toBeUndefined();
    expect(result.problems).toEqual([
      {
        sheet: TEMPLATES_SHEET,
        row,
        problem: expect.objectContaining({ code: 'letters.placeholder-unknown' }),
      },
    ]);
    expect((await sheetRows(workbook, LETTERS_SHEET)).length).toBe(2);
  });

  it('are used as written', async () => {
    const workbook = await openLedger();
    const table = templatesTable(TEMPLATES_SHEET);
    const rows = table.rows.map((row) =>
      row[0] === 'reminder-2' && row[1] === 'zh'
        ? [row[0], row[1], String(row[2]).replace(/^[^\n]*/, '对账及付款提醒')]
        : row,
    );
    await workbook.writeOwnedTable({ ...table, rows });

    const result = await generateLetters(workbook, reminders());

    expect(result.problems).toEqual([]);
    expect(await docxText(result.files[0]!.bytes)).toContain('对账及付款提醒');
  });
});

describe('account confirmations (对账函)', () => {
  it('go to every customer with a balance, numbered DZ, with the year’s entries', async () => {
    const workbook = await openLedger();
    const result = await generateLetters(workbook, { ...reminders(), kind: 'statement' });

    expect(result.index.map((l) => [l.number, l.customerName, l.amount])).toEqual([
      ['DZ-2026-0001', '上海华东机电有限公司', 350_050],
      ['DZ-2026-0002', '北京北辰科技有限公司', 300_000],
    ]);
  });

  it('go to the customers named, even with a zero balance', async () => {
    const workbook = await openLedger();
    const result = await generateLetters(workbook, {
      ...reminders(),
      kind: 'statement',
      customers: ['广州南方贸易有限公司'],
    });

    expect(result.index.map((l) => [l.customerName, l.amount])).toEqual([
      ['广州南方贸易有限公司', 0],
    ]);
  });
});

describe('the company details a letter prints', () => {
  it('stop the run once, not once per letter, when the bank account is blank', async () => {
    const workbook = await openXlsx(await seedToXlsx(LEDGER));

    const result = await generateLetters(workbook, { ...reminders(), kind: 'statement' });

    expect(result.zip).toBeUndefined();
    expect(result.problems).toEqual([
      {
        problem: {
          code: 'letters.value-missing',
          detail: expect.objectContaining({ customer: '上海华东机电有限公司' }),
        },
      },
    ]);
  });

  it('come from the Settings sheet before the stored values', async () => {
    const workbook = await openLedger();
    await workbook.writeOwnedTable({
      sheet: '设置',
      tableName: 'CashierSettings',
      columns: ['键 Key', '设置 Setting', '值 Value', '说明 Notes'].map((header) => ({
        header,
        format: 'text' as const,
      })),
      rows: [
        ['company.accountNumber', '收款账号 Account number', '6222 0000 1111 2222', ''],
        ['company.bankName', '开户银行 Bank', '', ''],
      ],
    });

    const result = await generateLetters(workbook, reminders());

    const text = await docxText(result.files[0]!.bytes);
    expect(text).toContain('6222 0000 1111 2222');
    expect(text).toContain('中国工商银行杭州西湖支行');
  });
});
