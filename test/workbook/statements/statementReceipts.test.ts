/**
 * Receipts a statement import brought in are part of the ledger for every later run: aging,
 * credit, payment analysis, letters and restructuring read them from the Matches sheet, and 台账
 * keeps them when it is rewritten.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { openXlsx } from '../../../src/adapters/xlsx';
import type { XlsxWorkbook } from '../../../src/adapters/xlsx';
import type { IsoDay } from '../../../src/domain/isoDay';
import { analysePayments } from '../../../src/workbook/analysis';
import { previewLetter } from '../../../src/workbook/collections/letterPreview';
import { ageWorkbook } from '../../../src/workbook/receivables';
import type { ReceivablesOutcome, ReceivablesRun } from '../../../src/workbook/receivables';
import {
  matchStatements,
  writeStatementMatches,
} from '../../../src/workbook/statements/matchStatements';
import { readStatement } from '../../../src/workbook/statements/readStatement';
import { withStatementReceipts } from '../../../src/workbook/statements/statementReceipts';
import { structureWorkbook } from '../../../src/workbook/structure/structureWorkbook';
import { writeStructure } from '../../../src/workbook/structure/writeStructure';
import { STATEMENT_BOOK } from '../../fixtures/statements/statementBook';
import { seedToXlsx } from '../../support/seedXlsx';
import { COMPANY_VALUES } from '../collections/lettersWorkbook';
import { sheetCells } from '../receivables/receivablesFixtures';

const FIXTURES = path.resolve(__dirname, '../../fixtures/statements');
const AS_OF = '2026-11-30' as IsoDay;
const NANXING = '广州南星五金有限公司';

/** The statement book after importing the ICBC statement, as the match command leaves it. */
async function importedBook(): Promise<{ port: XlsxWorkbook; receipts: number }> {
  const port = await openXlsx(await seedToXlsx(STATEMENT_BOOK));
  const file = 'icbc-2026-11.gbk.csv';
  const read = await readStatement(
    { name: file, bytes: new Uint8Array(readFileSync(path.join(FIXTURES, file))) },
    { openWorkbook: (bytes) => openXlsx(bytes) },
  );
  const book = await structureWorkbook(port);
  const result = await matchStatements(port, {
    customers: book.customers,
    ledger: book.entries,
    statements: [read],
    asOf: AS_OF,
  });
  await writeStatementMatches(port, result, book.customers);
  await writeStructure(port, { ...book, entries: [...book.entries, ...result.statementEntries] });
  return { port, receipts: result.statementEntries.length };
}

function ran(outcome: ReceivablesOutcome): ReceivablesRun {
  if (!outcome.ok) throw new Error(`run stopped: ${outcome.problem.code}`);
  return outcome;
}

function nanxingOpen(run: ReceivablesRun): number {
  const id = run.structure.customers.find((customer) => customer.name === NANXING)?.id;
  const line = run.figures.allocation.customers.find((customer) => customer.customerId === id);
  if (line === undefined) throw new Error('no allocation for Nanxing');
  return line.openInvoiceTotal;
}

describe('receipts brought in by a statement import', () => {
  it('are added to the structured ledger from the Matches sheet, and nothing is added without one', async () => {
    const { port, receipts } = await importedBook();
    const cashier = await structureWorkbook(port);

    const withReceipts = await withStatementReceipts(port, cashier);

    expect(receipts).toBeGreaterThan(0);
    expect(withReceipts.entries.length).toBe(cashier.entries.length + receipts);
    const fresh = await openXlsx(await seedToXlsx(STATEMENT_BOOK));
    const plain = await structureWorkbook(fresh);
    expect(await withStatementReceipts(fresh, plain)).toBe(plain);
  });

  it('pay the invoices in the aging that follows, and 台账 keeps them when aging rewrites it', async () => {
    const { port } = await importedBook();
    const ledgerRows = (await sheetCells(port, '台账')).length;

    const aged = ran(await ageWorkbook(port, { asOf: AS_OF }));

    // FP-2026-601 and FP-2026-602 (10,000.00 in all) were paid by one bank transfer.
    expect(nanxingOpen(aged)).toBe(0);
    expect((await sheetCells(port, '台账')).length).toBe(ledgerRows);
  });

  it('leave no predicted payment for an invoice they paid', async () => {
    const { port } = await importedBook();

    const run = await analysePayments(port, { asOf: AS_OF });

    if (!run.ok) throw new Error(run.problem.code);
    const predicted = run.figures.currencies.flatMap((currency) => currency.predictions);
    const numbers = predicted.map((p) => run.figures.items.get(p.invoiceId)?.documentNumber);
    expect(numbers).not.toContain('FP-2026-601');
    expect(numbers).toContain('FP-2026-102');
  });

  it('are in the letters too: a customer they paid in full gets no reminder', async () => {
    const options = { customer: NANXING, asOf: '2027-02-28' as IsoDay, kind: 'reminder' } as const;
    const unpaid = await openXlsx(await seedToXlsx(STATEMENT_BOOK));
    await unpaid.writeStoredValues(COMPANY_VALUES);
    expect(await previewLetter(unpaid, options)).toMatchObject({ ok: true });
    const { port } = await importedBook();
    await port.writeStoredValues({ ...(await port.readStoredValues()), ...COMPANY_VALUES });

    const preview = await previewLetter(port, options);

    expect(preview).toMatchObject({
      ok: false,
      problem: { code: 'collections.preview-no-reminder' },
    });
  });
});
