import { dayNumber, type IsoDay } from '../../src/domain/isoDay';
import { ageReceivables, allocateReceipts, evaluateCredit } from '../../src/domain/receivables';
import { ibmLedger, readIbmRows } from '../support/ibmLedger';

const rows = readIbmRows();
const { customers, entries } = ibmLedger(rows);

describe('replaying IBM’s accounts-receivable sample', () => {
  it('reads all 2,466 invoices of 100 customers, keeping invoice numbers as text', () => {
    expect(rows).toHaveLength(2466);
    expect(customers).toHaveLength(100);
    expect(rows[0]).toMatchObject({
      invoiceNumber: '0000611365',
      amount: 5594,
      invoiceDate: '2013-01-02',
    });
  });

  it.each(['2012-06-30', '2012-12-31', '2013-06-30', '2013-11-15'])(
    'as of %s, leaves open exactly the invoices issued by then and settled after, with their days past due',
    (asOf) => {
      const allocation = allocateReceipts(customers, entries, asOf as IsoDay);
      const aging = ageReceivables(allocation);

      const open = aging.customers
        .flatMap((line) => line.openInvoices)
        .map((aged) => [aged.invoice.documentNumber, aged.invoice.open, aged.daysPastDue])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
      const expected = rows
        .filter((row) => row.invoiceDate <= asOf && row.settledDate > asOf)
        .map((row) => [
          row.invoiceNumber,
          row.amount,
          dayNumber(asOf as IsoDay) - dayNumber(row.dueDate),
        ])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0])));

      expect(expected.length).toBeGreaterThan(0);
      expect(open).toEqual(expected);
      expect(allocation.customers.every((line) => line.unappliedCredit === 0)).toBe(true);
      expect(allocation.customers.every((line) => line.notes.length === 0)).toBe(true);
    },
  );

  it('settles every invoice with its own receipt, on the settled date', () => {
    const allocation = allocateReceipts(customers, entries, '2014-12-31' as IsoDay);
    const settled = new Map(
      allocation.customers.flatMap((line) =>
        line.invoices.map((invoice) => [invoice.documentNumber, invoice]),
      ),
    );

    for (const row of rows) {
      const invoice = settled.get(row.invoiceNumber);
      expect(invoice?.settledOn).toBe(row.settledDate);
      expect(invoice?.applications).toEqual([
        {
          entryId: `WA_Fn-UseC_-Accounts-Receivable!${row.line}:settled`,
          kind: 'receipt',
          date: row.settledDate,
          amount: row.amount,
        },
      ]);
    }
  });

  it('matches the sample’s own days late in the credit evaluation', () => {
    const asOf = '2013-12-31' as IsoDay;
    const evaluations = evaluateCredit(allocateReceipts(customers, entries, asOf), customers);

    for (const evaluation of evaluations) {
      const mine = rows.filter(
        (row) =>
          row.customerId === evaluation.customerId &&
          row.settledDate > '2012-12-31' &&
          row.settledDate <= asOf,
      );
      const weight = mine.reduce((sum, row) => sum + row.amount, 0);
      const weighted = mine.reduce((sum, row) => sum + row.amount * row.daysLate, 0);
      expect(evaluation.settledLast12Months).toBe(mine.length);
      expect(evaluation.averageDaysLate).toBeCloseTo(weight === 0 ? 0 : weighted / weight, 1);
    }
  });
});
