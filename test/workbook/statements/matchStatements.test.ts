import { readFileSync } from 'node:fs';
import path from 'node:path';
import { openXlsx } from '../../../src/adapters/xlsx';
import type { IsoDay } from '../../../src/domain/isoDay';
import { allocateReceipts } from '../../../src/domain/receivables';
import { readMatchRecords } from '../../../src/workbook/statements/matchesSheet';
import {
  confirmPayerAlias,
  matchStatements,
  writeStatementMatches,
} from '../../../src/workbook/statements/matchStatements';
import { readStatement } from '../../../src/workbook/statements/readStatement';
import type { StatementRead } from '../../../src/workbook/statements/statementTypes';
import { structureWorkbook } from '../../../src/workbook/structure/structureWorkbook';
import type { WorkbookPort } from '../../../src/workbook/workbookPort';
import { STATEMENT_BOOK } from '../../fixtures/statements/statementBook';
import { seedToXlsx } from '../../support/seedXlsx';

const FIXTURES = path.resolve(__dirname, '../../fixtures/statements');
const FILES = [
  'alipay-2026-11.gbk.csv',
  'wechat-2026-11.utf8bom.csv',
  'icbc-2026-11.gbk.csv',
  'bank-en-2026-11.csv',
  'ccb-2026-11.xlsx',
];
const AS_OF = '2026-11-30' as IsoDay;

async function statements(files = FILES): Promise<StatementRead[]> {
  return Promise.all(
    files.map((file) =>
      readStatement(
        { name: file, bytes: new Uint8Array(readFileSync(path.join(FIXTURES, file))) },
        { openWorkbook: (bytes) => openXlsx(bytes) },
      ),
    ),
  );
}

async function run(port: WorkbookPort, files = FILES) {
  const book = await structureWorkbook(port);
  const result = await matchStatements(port, {
    customers: book.customers,
    ledger: book.entries,
    statements: await statements(files),
    asOf: AS_OF,
  });
  await writeStatementMatches(port, result, book.customers);
  return { book, result };
}

describe('matching the fixture statements to the cashier workbook', () => {
  it('matches each receipt line as a careful cashier would, with its reason', async () => {
    const port = await openXlsx(await seedToXlsx(STATEMENT_BOOK));
    const { result } = await run(port);

    const receipts = result.lines
      .filter((line) => line.status !== 'skipped' && line.status !== 'rejected')
      .map(
        (l) =>
          `${l.file}:${l.line} ${l.status} ${l.customerId ?? '-'} [${l.invoices}] ${l.reasonCode}`,
      );
    expect(receipts).toEqual([
      'alipay-2026-11.gbk.csv:6 matched C0001 [FP-2026-103] match.invoice-in-memo',
      'alipay-2026-11.gbk.csv:8 matched C0005 [FP-2026-501] match.exact-amount',
      'alipay-2026-11.gbk.csv:11 matched C0002 [FP-2026-202, FP-2026-203] match.invoice-set',
      'wechat-2026-11.utf8bom.csv:18 needs-review C0003 [FP-2026-301] match.several-exact',
      'wechat-2026-11.utf8bom.csv:21 unmatched - [] match.payer-unknown',
      'wechat-2026-11.utf8bom.csv:22 needs-review - [] match.payer-near',
      'wechat-2026-11.utf8bom.csv:24 unmatched - [] match.payer-unknown',
      'icbc-2026-11.gbk.csv:6 matched C0006 [FP-2026-601, FP-2026-602] match.invoice-set',
      'icbc-2026-11.gbk.csv:7 matched C0001 [FP-2026-101] match.invoice-in-memo',
      'icbc-2026-11.gbk.csv:11 matched C0002 [FP-2026-201] match.exact-amount',
      'bank-en-2026-11.csv:2 matched C0004 [INV-4001] match.invoice-in-memo',
      'bank-en-2026-11.csv:3 matched C0004 [INV-4002] match.invoice-in-memo-partial',
      'bank-en-2026-11.csv:6 unmatched - [] match.payer-unknown',
      'ccb-2026-11.xlsx:3 matched C0001 [FP-2026-102] match.exact-amount',
      'ccb-2026-11.xlsx:4 needs-review C0001 [] match.no-open-invoices',
    ]);
    expect(result.counts).toEqual({
      matched: 9,
      'needs-review': 3,
      unmatched: 3,
      duplicate: 0,
      skipped: 51,
      rejected: 1,
    });
  });

  it('turns matched receipts into ledger entries the allocation engine applies where the match put them', async () => {
    const port = await openXlsx(await seedToXlsx(STATEMENT_BOOK));
    const { book, result } = await run(port);

    const set = result.newEntries.filter(
      (e) => e.source.sheet === 'icbc-2026-11.gbk.csv' && e.source.row === 6,
    );
    expect(set).toEqual([
      expect.objectContaining({
        kind: 'receipt',
        amount: 600000,
        referencedInvoice: 'FP-2026-601',
        paymentMethod: 'bank-transfer',
        documentNumber: 'ICBC202611040001',
        date: '2026-11-04',
      }),
      expect.objectContaining({
        kind: 'receipt',
        amount: 400000,
        referencedInvoice: 'FP-2026-602',
      }),
    ]);

    const allocation = allocateReceipts(
      book.customers,
      [...book.entries, ...result.newEntries],
      AS_OF,
    );
    const open = allocation.customers.flatMap((c) =>
      c.invoices.filter((i) => i.open > 0).map((i) => `${i.documentNumber} ${i.open}`),
    );
    expect(open).toEqual(['FP-2026-301 168000', 'FP-2026-302 168000', 'INV-4002 30000']);
  });

  it('remembers an account seen with a known payer and recognises it next time', async () => {
    const port = await openXlsx(await seedToXlsx(STATEMENT_BOOK));
    await run(port);

    const stored = await port.readStoredValues();
    expect(stored['matching.account:6217000011112222']).toBe('C0001');
    expect(stored['matching.account:3300000000000000101']).toBe('C0001');
  });

  it('adds nothing when the same statements are imported again into the saved workbook', async () => {
    const first = await openXlsx(await seedToXlsx(STATEMENT_BOOK));
    const once = await run(first);
    const saved = await openXlsx(await first.save());

    const again = await run(saved);

    expect(again.result.newEntries).toEqual([]);
    expect(again.result.counts.duplicate).toBe(15);
    expect(again.result.statementEntries).toEqual(once.result.statementEntries);
    expect((await readMatchRecords(saved)).length).toBe(once.result.records.length);
  });

  it('matches a payer the cashier confirmed as an alias on the next statement', async () => {
    const port = await openXlsx(await seedToXlsx(STATEMENT_BOOK));
    await confirmPayerAlias(port, '杭州明远贸易', 'C0001');

    const { result } = await run(port, ['wechat-2026-11.utf8bom.csv']);

    const line = result.lines.find((l) => l.line === 22);
    expect(line).toMatchObject({ status: 'matched', customerId: 'C0001', invoices: 'FP-2026-102' });
    expect(line?.reasonDetail?.via).toBe('alias');
  });

  it('writes one Matches row per statement line with words in Chinese and English', async () => {
    const port = await openXlsx(await seedToXlsx(STATEMENT_BOOK));
    const { result } = await run(port, ['bank-en-2026-11.csv']);
    const saved = await openXlsx(await port.save());

    const rows: unknown[][] = [];
    for await (const block of saved.readSheet('收款匹配 Matches'))
      rows.push(...block.values.map((r) => r.slice(0, 9)));
    expect(rows.length).toBe(1 + result.lines.length);
    expect(rows[2]).toEqual([
      expect.any(Number),
      'NORTHWIND SUPPLIES LTD',
      4200,
      'Northwind Supplies Ltd',
      'INV-4001',
      '摘要写明发票 INV-4001，金额正好相符。（按客户名称）',
      'The memo names invoice INV-4001 and the amount pays it exactly. (by customer name)',
      0.98,
      '已匹配 matched',
    ]);
  });
});
