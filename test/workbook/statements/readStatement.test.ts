import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { openXlsx } from '../../../src/adapters/xlsx';
import { csvLines } from '../../../src/workbook/statements/csvLines';
import { readStatement, readStatementText } from '../../../src/workbook/statements/readStatement';
import { decodeStatementText } from '../../../src/workbook/statements/statementBytes';
import type { StatementRead } from '../../../src/workbook/statements/statementTypes';

const FIXTURES = path.resolve(__dirname, '../../fixtures/statements');

async function read(file: string): Promise<StatementRead> {
  const bytes = new Uint8Array(readFileSync(path.join(FIXTURES, file)));
  return readStatement({ name: file, bytes }, { openWorkbook: (b) => openXlsx(b) });
}

/** Each line's outcome as "outcome code" (receipts as "receipt"), by line number. */
function outcomes(result: StatementRead): Record<number, string> {
  return Object.fromEntries(
    result.lines.map((line) => [
      line.line,
      line.outcome === 'receipt'
        ? 'receipt'
        : `${line.outcome} ${line.problem.code.replace(/^statement\.(skip|reject)\./, '')}`,
    ]),
  );
}

describe('reading statements', () => {
  it.each([
    ['alipay-2026-11.gbk.csv', 'alipay', 'gb18030', 15],
    ['wechat-2026-11.utf8bom.csv', 'wechat-pay', 'utf-8', 24],
    ['icbc-2026-11.gbk.csv', 'bank', 'gb18030', 15],
    ['bank-en-2026-11.csv', 'bank', 'utf-8', 8],
    ['ccb-2026-11.xlsx', 'bank', 'xlsx', 5],
  ])(
    'reads %s as %s in %s, every one of its %i lines once',
    async (file, kind, encoding, count) => {
      const result = await read(file);

      expect(result.kind).toBe(kind);
      expect(result.encoding).toBe(encoding);
      expect(result.lines.map((line) => line.line)).toEqual(
        Array.from({ length: count }, (_, i) => i + 1),
      );
    },
  );

  it('reads the Alipay 账务明细 export: comments, the header, receipts, a fee, a withdrawal and a refund', async () => {
    const result = await read('alipay-2026-11.gbk.csv');

    expect(outcomes(result)).toEqual({
      1: 'skipped comment',
      2: 'skipped comment',
      3: 'skipped comment',
      4: 'skipped comment',
      5: 'skipped header',
      6: 'receipt',
      7: 'skipped fee',
      8: 'receipt',
      9: 'skipped internal-transfer',
      10: 'skipped refund',
      11: 'receipt',
      12: 'skipped comment',
      13: 'skipped comment',
      14: 'skipped comment',
      15: 'skipped comment',
    });
    expect(result.receipts[0]).toEqual({
      source: { file: 'alipay-2026-11.gbk.csv', line: 6, transactionId: '20261103100001' },
      date: '2026-11-03',
      payer: '杭州明远贸易有限公司',
      payerAccount: 'mingyuan@example.com',
      amount: 880000,
      currency: 'CNY',
      memo: '货款 FP-2026-103',
      method: 'alipay',
    });
  });

  it('reads the WeChat Pay 账单: the 16-line header block, neutral, spent and refunded lines, tab-suffixed ids', async () => {
    const result = await read('wechat-2026-11.utf8bom.csv');
    const lines = outcomes(result);

    for (let line = 1; line <= 16; line++) expect(lines[line]).toMatch(/^skipped (title|blank)$/);
    expect(lines).toMatchObject({
      17: 'skipped header',
      18: 'receipt',
      19: 'skipped neutral',
      20: 'skipped outgoing',
      21: 'receipt',
      22: 'receipt',
      23: 'skipped not-completed',
      24: 'receipt',
    });
    expect(result.receipts.map((r) => [r.payer, r.amount, r.source.transactionId])).toEqual([
      ['成都蓝湾餐饮管理有限公司', 168000, '1000050001202611060000000001'],
      ['陈先生', 30000, '1000050001202611120000000004'],
      ['杭州明远贸易', 350000, '1000050001202611130000000005'],
      ['陈先生', 8000, '1000050001202611150000000007'],
    ]);
    expect(result.receipts.every((r) => r.method === 'wechat-pay')).toBe(true);
  });

  it('reads a Chinese bank export in GBK: title rows, a fee, an Alipay withdrawal, interest, 待定 and totals', async () => {
    const result = await read('icbc-2026-11.gbk.csv');

    expect(outcomes(result)).toEqual({
      1: 'skipped title',
      2: 'skipped title',
      3: 'skipped title',
      4: 'skipped blank',
      5: 'skipped header',
      6: 'receipt',
      7: 'receipt',
      8: 'skipped fee',
      9: 'skipped internal-transfer',
      10: 'skipped interest',
      11: 'receipt',
      12: 'rejected amount-unreadable',
      13: 'skipped outgoing',
      14: 'skipped summary',
      15: 'skipped summary',
    });
    expect(result.receipts.map((r) => [r.date, r.payer, r.payerAccount, r.amount])).toEqual([
      ['2026-11-04', '广州南星五金有限公司', '4400000000000000601', 1000000],
      ['2026-11-05', '杭州明远贸易有限公司', '3300000000000000101', 1200000],
      ['2026-11-12', '苏州青禾电子有限公司', '3200000000000000201', 500000],
    ]);
  });

  it('reads an English bank export with day-first dates settled by 13/11/2026', async () => {
    const result = await read('bank-en-2026-11.csv');

    expect(outcomes(result)).toEqual({
      1: 'skipped header',
      2: 'receipt',
      3: 'receipt',
      4: 'skipped fee',
      5: 'skipped internal-transfer',
      6: 'receipt',
      7: 'skipped blank',
      8: 'skipped summary',
    });
    expect(result.receipts.map((r) => [r.date, r.payer, r.memo])).toEqual([
      ['2026-11-13', 'NORTHWIND SUPPLIES LTD', 'FASTER PAYMENT INV-4001'],
      ['2026-11-14', 'Northwind Supplies  Ltd', 'FASTER PAYMENT INV-4002 part'],
      ['2026-11-17', 'ACME TRADING', 'FASTER PAYMENT ORDER 77'],
    ]);
  });

  it('reads a bank .xlsx through the workbook port: serial dates, numeric amounts, row numbers', async () => {
    const result = await read('ccb-2026-11.xlsx');

    expect(outcomes(result)).toEqual({
      1: 'skipped title',
      2: 'skipped header',
      3: 'receipt',
      4: 'receipt',
      5: 'skipped outgoing',
    });
    expect(result.receipts.map((r) => [r.date, r.amount, r.source.transactionId])).toEqual([
      ['2026-11-18', 350000, 'CCB2026111800001'],
      ['2026-11-20', 10000, 'CCB2026112000002'],
    ]);
  });

  it('reports an .xls file when no .xls reader was given, with the advice to save it as .xlsx or .csv', async () => {
    const result = await read('old-export.xls');

    expect(result.lines).toEqual([]);
    expect(result.problem).toEqual({
      code: 'statement.xls-needs-reader',
      detail: { file: 'old-export.xls' },
    });
  });

  it.each([
    [
      'alipay-2026-11.gbk.csv',
      { source: 2878880, receipts: 1968000, skipped: 910880, rejected: 0 },
    ],
    ['icbc-2026-11.gbk.csv', { source: 3801821, receipts: 2700000, skipped: 1101821, rejected: 0 }],
    ['bank-en-2026-11.csv', { source: 580150, receipts: 529900, skipped: 50250, rejected: 0 }],
  ])(
    'conserves the amounts of %s to the fen (Alipay: as its own 收入合计 and 支出合计 lines say)',
    async (file, totals) => {
      const result = await read(file);

      expect(result.totals).toEqual([{ currency: 'CNY', ...totals }]);
    },
  );

  it('says when a file has no statement header', () => {
    const result = readStatementText('notes.csv', '会议记录\n明天开会\n');

    expect(result.problem?.code).toBe('statement.no-header');
    expect(result.lines).toEqual([]);
  });

  it('rejects a line with money in both directions and one with no date, with their reasons', () => {
    const text = [
      '交易日期,收入金额,支出金额,对方户名,摘要',
      '2026-11-01,100.00,50.00,甲公司,货款',
      ',200.00,,乙公司,货款',
      '2026-11-31,300.00,,丙公司,货款',
    ].join('\n');

    const result = readStatementText('bank.csv', text);

    expect(
      result.lines.slice(1).map((l) => (l.outcome === 'receipt' ? 'receipt' : l.problem.code)),
    ).toEqual([
      'statement.reject.both-directions',
      'statement.reject.no-date',
      'statement.reject.date-unreadable',
    ]);
  });
});

describe('decoding statement text', () => {
  const chinese = fc.string({
    unit: fc.constantFrom(...'货款收入支出杭州明远贸易有限公司微信支付宝，：（）0123456789abc '),
  });

  // A few characters alone are valid UTF-8 and GBK at once (贸 is C3 B3, which UTF-8 reads as ó);
  // a statement always has its header, whose words settle it, so the property starts with one.
  it('reads a GBK statement back to the same text, whatever follows its header', () => {
    fc.assert(
      fc.property(chinese, (text) => {
        const statement = `交易日期,收入金额,对方户名,摘要\n${text}`;
        const decoded = decodeStatementText(new Uint8Array(iconv.encode(statement, 'gbk')));
        expect(decoded).toEqual({ text: statement, encoding: 'gb18030', byteOrderMark: false });
      }),
    );
  });

  it('reads UTF-8 with or without a byte-order mark back to the same text', () => {
    fc.assert(
      fc.property(chinese, fc.boolean(), (text, bom) => {
        const bytes = new TextEncoder().encode(`${bom ? '\uFEFF' : ''}${text}`);
        const decoded = decodeStatementText(bytes);
        expect(decoded.text).toBe(text);
        expect(decoded.encoding).toBe('utf-8');
      }),
    );
  });
});

describe('CSV lines', () => {
  it('reads back any quoted fields, with commas, quotes and line breaks, and keeps line numbers', () => {
    const field = fc.string({ unit: fc.constantFrom('a', '货', ',', '"', '\n', ' ', '1') });
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        (rows) => {
          const text = rows
            .map((cells) => cells.map((c) => `"${c.replace(/"/g, '""')}"`).join(','))
            .join('\n');
          const parsed = csvLines(text);
          expect(parsed.map((row) => row.cells)).toEqual(rows);

          let line = 1;
          rows.forEach((cells, index) => {
            expect(parsed[index]?.line).toBe(line);
            line += cells.join('').split('\n').length;
          });
        },
      ),
    );
  });
});
