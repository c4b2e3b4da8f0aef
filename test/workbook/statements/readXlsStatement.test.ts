import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import path from 'node:path';
import { openXls } from '../../../src/adapters/xls';
import { openXlsx } from '../../../src/adapters/xlsx';
import type { IsoDay } from '../../../src/domain/isoDay';
import { matchStatements } from '../../../src/workbook/statements/matchStatements';
import { readStatement } from '../../../src/workbook/statements/readStatement';
import type { StatementRead } from '../../../src/workbook/statements/statementTypes';
import { structureWorkbook } from '../../../src/workbook/structure/structureWorkbook';
import { STATEMENT_BOOK } from '../../fixtures/statements/statementBook';
import { seedToXlsx } from '../../support/seedXlsx';

const FIXTURES = path.resolve(__dirname, '../../fixtures/statements');

function fixture(file: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(FIXTURES, file)));
}

async function read(file: string, bytes = fixture(file)): Promise<StatementRead> {
  return readStatement(
    { name: file, bytes },
    { openWorkbook: (b) => openXlsx(b), openLegacyWorkbook: (b) => openXls(b) },
  );
}

/** What a line says, without the file it came from: outcome, reason, amount, and the receipt. */
function lineFacts(result: StatementRead): unknown[] {
  return result.lines.map((line) =>
    line.outcome === 'receipt'
      ? {
          line: line.line,
          receipt: { ...line.receipt, source: { ...line.receipt.source, file: '' } },
        }
      : {
          line: line.line,
          outcome: line.outcome,
          code: line.problem.code,
          amount: line.amount,
          currency: line.currency,
        },
  );
}

// Each .xls was made from its source by LibreOffice (makeXlsFixtures.ts), or written as the HTML
// or tab-separated text banks send under an .xls name.
const PAIRS = [
  ['ccb-2026-11.xls', 'ccb-2026-11.xlsx', 'xls'],
  ['icbc-2026-11.xls', 'icbc-2026-11.gbk.csv', 'xls'],
  ['icbc-2026-11.html.xls', 'icbc-2026-11.gbk.csv', 'html gb18030'],
  ['icbc-2026-11.tab.xls', 'icbc-2026-11.gbk.csv', 'utf-8'],
  ['bank-en-2026-11.xls', 'bank-en-2026-11.csv', 'xls'],
  ['bank-many-2026-11.xls', 'bank-many-2026-11.csv', 'xls'],
] as const;

describe('reading .xls statements', () => {
  it.each(PAIRS)(
    'reads %s to the same lines as %s (dates, fen, payer, memo, id), as %s',
    async (xls, source, encoding) => {
      const fromXls = await read(xls);
      const fromSource = await read(source);

      expect(fromXls.problem).toBeUndefined();
      expect(fromXls.encoding).toBe(encoding);
      expect(fromXls.kind).toBe(fromSource.kind);
      expect(lineFacts(fromXls)).toEqual(lineFacts(fromSource));
      expect(fromXls.totals).toEqual(fromSource.totals);
      expect(fromXls.receipts.length).toBeGreaterThan(0);
    },
  );

  it('reads the ICBC .xls receipts with their dates, amounts, payers, accounts and ids', async () => {
    const result = await read('icbc-2026-11.xls');

    expect(
      result.receipts.map((r) => [
        r.date,
        r.amount,
        r.payer,
        r.payerAccount,
        r.source.transactionId,
      ]),
    ).toEqual([
      ['2026-11-04', 1000000, '广州南星五金有限公司', '4400000000000000601', 'ICBC202611040001'],
      ['2026-11-05', 1200000, '杭州明远贸易有限公司', '3300000000000000101', 'ICBC202611050002'],
      ['2026-11-12', 500000, '苏州青禾电子有限公司', '3200000000000000201', 'ICBC202611120006'],
    ]);
  });

  it('reads long Chinese and English texts split across the shared string table’s records', async () => {
    const result = await read('bank-many-2026-11.xls');

    const first = result.receipts[0];
    expect(first?.payer).toBe('杭州明远贸易第1分公司有限责任公司');
    expect(first?.memo).toContain('付FP-2026-1000 货款，第1笔（含运费）');
    expect(result.receipts.at(-1)?.source.transactionId).toBe('ABC2026000400');
  });

  it('counts dates from 1904 when the workbook says so (DATEMODE)', async () => {
    const bytes = fixture('ccb-2026-11.xls');
    const at = indexOf(bytes, [0x22, 0x00, 0x02, 0x00, 0x00, 0x00]);
    expect(at).toBeGreaterThan(0);
    bytes[at + 4] = 1;

    const result = await read('ccb-2026-11.xls', bytes);

    // The same serial counted from 1904-01-01 is 1,462 days later.
    expect(result.receipts.map((r) => r.date)).toEqual(['2030-11-19', '2030-11-21']);
  });

  it('refuses a damaged .xls with the reason and the advice to save it as .xlsx or .csv', async () => {
    const result = await read('old-export.xls');

    expect(result.lines).toEqual([]);
    expect(result.problem).toEqual({
      code: 'xls.unreadable',
      detail: { file: 'old-export.xls', reason: 'cfb-sector-size' },
    });
  });

  it('refuses a password-protected .xls (FILEPASS) in its own words', async () => {
    const bytes = fixture('ccb-2026-11.xls');
    const at = indexOf(bytes, [0x42, 0x00, 0x02, 0x00, 0xb0, 0x04]);
    expect(at).toBeGreaterThan(0);
    bytes[at] = 0x2f;

    const result = await read('locked.xls', bytes);

    expect(result.problem?.code).toBe('xls.encrypted');
  });

  it('matches the .xls statements to the same customers and invoices as their sources', async () => {
    const matched = async (files: readonly string[]): Promise<string[]> => {
      const port = await openXlsx(await seedToXlsx(STATEMENT_BOOK));
      const book = await structureWorkbook(port);
      const result = await matchStatements(port, {
        customers: book.customers,
        ledger: book.entries,
        statements: await Promise.all(files.map((file) => read(file))),
        asOf: '2026-11-30' as IsoDay,
      });
      return result.lines.map(
        (l) =>
          `${l.line} ${l.status} ${l.customerId ?? '-'} [${l.invoices}] ${l.reasonCode} ${l.confidence}`,
      );
    };

    const fromXls = await matched(['icbc-2026-11.xls', 'bank-en-2026-11.xls', 'ccb-2026-11.xls']);
    expect(fromXls).toEqual(
      await matched(['icbc-2026-11.gbk.csv', 'bank-en-2026-11.csv', 'ccb-2026-11.xlsx']),
    );
    expect(fromXls.filter((line) => line.includes(' matched '))).toEqual([
      '6 matched C0006 [FP-2026-601, FP-2026-602] match.invoice-set 0.83',
      '7 matched C0001 [FP-2026-101] match.invoice-in-memo 0.98',
      '11 matched C0002 [FP-2026-201] match.exact-amount 0.88',
      '2 matched C0004 [INV-4001] match.invoice-in-memo 0.98',
      '3 matched C0004 [INV-4002] match.invoice-in-memo-partial 0.93',
      '3 matched C0001 [FP-2026-102] match.exact-amount 0.88',
    ]);
  });
});

describe('any file named .xls', () => {
  it('reads to lines or to a problem of the file, never to an exception', async () => {
    const starts = fc.constantFrom(
      [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
      Array.from(Buffer.from('<html><table><tr><td>')),
      Array.from(Buffer.from('交易日期\t贷方发生额\n')),
      [],
    );
    await fc.assert(
      fc.asyncProperty(starts, fc.uint8Array({ maxLength: 2048 }), async (start, rest) => {
        const result = await read('x.xls', new Uint8Array([...start, ...rest]));
        expect(result.lines.length > 0 || result.problem !== undefined).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

function indexOf(bytes: Uint8Array, pattern: readonly number[]): number {
  for (let at = 0; at + pattern.length <= bytes.length; at++) {
    if (pattern.every((byte, i) => bytes[at + i] === byte)) return at;
  }
  return -1;
}
