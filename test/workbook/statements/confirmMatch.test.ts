import { readFileSync } from 'node:fs';
import path from 'node:path';
import { openXlsx } from '../../../src/adapters/xlsx';
import type { IsoDay } from '../../../src/domain/isoDay';
import type { LedgerEntry } from '../../../src/domain/ledger';
import { allocateReceipts } from '../../../src/domain/receivables';
import {
  confirmMatch,
  invoiceChoices,
  proposedCustomerIds,
} from '../../../src/workbook/statements/confirmMatch';
import { readMatchRecords } from '../../../src/workbook/statements/matchesSheet';
import {
  matchStatements,
  writeStatementMatches,
} from '../../../src/workbook/statements/matchStatements';
import { readStatement } from '../../../src/workbook/statements/readStatement';
import { structureWorkbook } from '../../../src/workbook/structure/structureWorkbook';
import type { WorkbookPort } from '../../../src/workbook/workbookPort';
import { STATEMENT_BOOK } from '../../fixtures/statements/statementBook';
import { seedToXlsx } from '../../support/seedXlsx';
import { cashierHash, cashierNotesSheet } from '../receivables/receivablesFixtures';

const FIXTURES = path.resolve(__dirname, '../../fixtures/statements');
const WECHAT = 'wechat-2026-11.utf8bom.csv';
const AS_OF = '2026-11-30' as IsoDay;

async function importWechat(port: WorkbookPort) {
  const book = await structureWorkbook(port);
  const read = await readStatement({
    name: WECHAT,
    bytes: new Uint8Array(readFileSync(path.join(FIXTURES, WECHAT))),
  });
  const result = await matchStatements(port, {
    customers: book.customers,
    ledger: book.entries,
    statements: [read],
    asOf: AS_OF,
  });
  await writeStatementMatches(port, result, book.customers);
  return { book, result };
}

async function lineRecord(port: WorkbookPort, line: number) {
  const record = (await readMatchRecords(port)).find((r) => r.file === WECHAT && r.line === line);
  if (!record) throw new Error(`no record for line ${line}`);
  return record;
}

function openInvoices(
  book: Awaited<ReturnType<typeof importWechat>>['book'],
  extra: readonly LedgerEntry[],
) {
  const allocation = allocateReceipts(book.customers, [...book.entries, ...extra], AS_OF);
  return allocation.customers.flatMap((c) =>
    c.invoices.filter((i) => i.open > 0).map((i) => `${i.documentNumber} ${i.open}`),
  );
}

describe('the cashier confirming a statement line that waited for review', () => {
  it('turns a near-name proposal into a confirmed receipt that closes the invoice and remembers the payer', async () => {
    const port = await openXlsx(await seedToXlsx(STATEMENT_BOOK));
    const { book } = await importWechat(port);
    const waiting = await lineRecord(port, 22);
    expect(waiting.status).toBe('needs-review');
    expect(proposedCustomerIds(waiting)).toContain('C0001');

    const choices = invoiceChoices(book.customers, book.entries, [], waiting, 'C0001', AS_OF);
    const fp102 = choices.find((c) => c.documentNumber === 'FP-2026-102');
    expect(fp102?.open).toBe(waiting.amount);

    const outcome = await confirmMatch(port, {
      customers: book.customers,
      ledger: book.entries,
      asOf: AS_OF,
      confirmation: { key: waiting.key, customerId: 'C0001', invoiceIds: [fp102!.entryId] },
    });

    if (!outcome.ok) throw new Error(outcome.problem.code);
    expect(outcome.value.record).toMatchObject({
      status: 'confirmed',
      customerId: 'C0001',
      invoices: 'FP-2026-102',
      reasonCode: 'match.confirmed-by-cashier',
      confidence: 1,
    });
    expect(outcome.value.record.entries).toEqual([
      expect.objectContaining({
        kind: 'receipt',
        customerId: 'C0001',
        amount: waiting.amount,
        referencedInvoice: 'FP-2026-102',
        paymentMethod: 'wechat-pay',
      }),
    ]);
    expect(openInvoices(book, outcome.value.statementEntries)).not.toContainEqual(
      expect.stringMatching(/^FP-2026-102 /),
    );
    expect(outcome.value.aliasRemembered).toBe(true);
    expect(Object.values(await port.readStoredValues())).toContain('C0001');
    expect((await lineRecord(port, 22)).status).toBe('confirmed');
  });

  it('keeps a confirmed line when the same statement is imported again into the saved workbook', async () => {
    const first = await openXlsx(await seedToXlsx(STATEMENT_BOOK));
    const { book } = await importWechat(first);
    const waiting = await lineRecord(first, 18);
    const fp302 = invoiceChoices(book.customers, book.entries, [], waiting, 'C0003', AS_OF).find(
      (c) => c.documentNumber === 'FP-2026-302',
    );
    const outcome = await confirmMatch(first, {
      customers: book.customers,
      ledger: book.entries,
      asOf: AS_OF,
      confirmation: { key: waiting.key, customerId: 'C0003', invoiceIds: [fp302!.entryId] },
    });
    if (!outcome.ok) throw new Error(outcome.problem.code);
    const saved = await openXlsx(await first.save());

    const again = await importWechat(saved);

    expect(again.result.newEntries).toEqual([]);
    expect(again.result.statementEntries).toEqual(outcome.value.statementEntries);
    expect((await lineRecord(saved, 18)).status).toBe('confirmed');
    expect(openInvoices(book, again.result.statementEntries)).toContain('FP-2026-301 168000');
    expect(openInvoices(book, again.result.statementEntries)).not.toContain('FP-2026-302 168000');
  });

  it('puts the money on account when no invoice is chosen', async () => {
    const port = await openXlsx(await seedToXlsx(STATEMENT_BOOK));
    const { book } = await importWechat(port);
    const waiting = await lineRecord(port, 21);

    const outcome = await confirmMatch(port, {
      customers: book.customers,
      ledger: book.entries,
      asOf: AS_OF,
      confirmation: { key: waiting.key, customerId: 'C0002', invoiceIds: [] },
    });

    if (!outcome.ok) throw new Error(outcome.problem.code);
    expect(outcome.value.record.reasonCode).toBe('match.confirmed-on-account');
    expect(outcome.value.record.entries).toHaveLength(1);
    expect(outcome.value.record.entries[0]?.referencedInvoice).toBeUndefined();
  });

  it.each([
    ['an invoice set that does not add up to the receipt', 'sum', 'statements.confirm-sum-differs'],
    ["another customer's invoice", 'foreign', 'statements.confirm-invoice-not-open'],
    ['a customer not on file', 'customer', 'statements.confirm-customer-unknown'],
    ['a line the reader skipped', 'skipped', 'statements.confirm-not-open'],
    ['a line not on the sheet', 'key', 'statements.confirm-line-unknown'],
  ])('refuses %s with its reason and writes nothing', async (_what, bad, code) => {
    const port = await openXlsx(await seedToXlsx(STATEMENT_BOOK));
    const { book, result } = await importWechat(port);
    const waiting = await lineRecord(port, 18);
    const own = invoiceChoices(book.customers, book.entries, [], waiting, 'C0003', AS_OF);
    const foreign = invoiceChoices(book.customers, book.entries, [], waiting, 'C0001', AS_OF);
    const skipped = result.lines.find((l) => l.status === 'skipped');
    const confirmation = {
      key: bad === 'key' ? 'id:nowhere' : bad === 'skipped' ? (skipped?.key ?? '') : waiting.key,
      customerId: bad === 'customer' ? 'C9999' : 'C0003',
      invoiceIds:
        bad === 'sum'
          ? own.map((c) => c.entryId)
          : bad === 'foreign'
            ? [foreign[0]!.entryId]
            : [own[0]!.entryId],
    };
    const before = await readMatchRecords(port);

    const outcome = await confirmMatch(port, {
      customers: book.customers,
      ledger: book.entries,
      asOf: AS_OF,
      confirmation,
    });

    expect(outcome.ok ? 'ok' : outcome.problem.code).toBe(code);
    expect(await readMatchRecords(port)).toEqual(before);
  });
});

describe("the cashier's sheets while a line is confirmed", () => {
  it('hash the same before and after, a notes sheet named 收款匹配 included', async () => {
    const book = {
      ...STATEMENT_BOOK,
      sheets: [...STATEMENT_BOOK.sheets, cashierNotesSheet('收款匹配')],
    };
    const port = await openXlsx(await seedToXlsx(book));
    const { book: structured } = await importWechat(port);
    const waiting = await lineRecord(port, 22);
    const fp102 = invoiceChoices(
      structured.customers,
      structured.entries,
      [],
      waiting,
      'C0001',
      AS_OF,
    ).find((c) => c.documentNumber === 'FP-2026-102');
    const before = await cashierHash(port);

    const outcome = await confirmMatch(port, {
      customers: structured.customers,
      ledger: structured.entries,
      asOf: AS_OF,
      confirmation: { key: waiting.key, customerId: 'C0001', invoiceIds: [fp102?.entryId ?? ''] },
    });

    expect(outcome.ok).toBe(true);
    expect((await lineRecord(port, 22)).status).toBe('confirmed');
    expect(await cashierHash(await openXlsx(await port.save()))).toBe(before);
  });
});
