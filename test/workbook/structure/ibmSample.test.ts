import { openXlsx } from '../../../src/adapters/xlsx';
import { structureWorkbook } from '../../../src/workbook/structure/structureWorkbook';
import type { StructureResult } from '../../../src/workbook/structure/structureTypes';
import { ibmWorkbook } from '../../fixtures/ibmSample';
import { seedToXlsx } from '../../support/seedXlsx';

describe('importing the public IBM accounts-receivable sample from a real .xlsx', () => {
  const { seed, invoices } = ibmWorkbook();
  let result: StructureResult;
  beforeAll(async () => {
    result = await structureWorkbook(await openXlsx(await seedToXlsx(seed)), {
      defaultCurrency: 'USD',
    });
  });

  it('finds 100 customers, 2,466 invoices and 2,466 receipts and rejects nothing', () => {
    expect(result.customers).toHaveLength(100);
    expect(result.entries.filter((e) => e.kind === 'invoice')).toHaveLength(2466);
    expect(result.entries.filter((e) => e.kind === 'receipt')).toHaveLength(2466);
    expect(result.report.rejected).toBe(0);
    expect(result.report.skipped).toBe(2);
  });

  it('keeps zero-padded invoice numbers as text and reads US dates by the data', () => {
    const first = result.entries[0];
    const [month, day, year] = invoices[0]!.invoiceDate.split('/');

    expect(first).toMatchObject({
      customerId: invoices[0]!.customerId,
      documentNumber: invoices[0]!.invoiceNumber,
      date: `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`,
      amount: invoices[0]!.amount,
    });
    expect(
      result.report.sheets[0]?.dateOrders.map((d) => [d.header, d.order, d.settledBy]),
    ).toEqual([
      ['InvoiceDate', 'mdy', 'data'],
      ['DueDate', 'mdy', 'data'],
    ]);
  });

  it('ties every receipt to the invoice it names and keeps the disputes', () => {
    const receipts = result.entries.filter((e) => e.kind === 'receipt');

    expect(receipts.map((r) => r.referencedInvoice)).toEqual(invoices.map((i) => i.invoiceNumber));
    expect(result.entries.filter((e) => e.disputed).length).toBe(
      invoices.filter((i) => i.disputed).length,
    );
  });

  it('keeps the customer ids as written and adds amounts up to the source to the fen', () => {
    const total = invoices.reduce((sum, i) => sum + i.amount, 0);

    expect(new Set(result.customers.map((c) => c.id))).toEqual(
      new Set(invoices.map((i) => i.customerId)),
    );
    expect(result.report.totals).toEqual([
      { currency: 'USD', source: 2 * total, imported: 2 * total, rejected: 0 },
    ]);
  });
});
