import {
  ANNUAL_REPORT_BUCKETS,
  DEFAULT_RECEIVABLES_SETTINGS,
  ageReceivables,
  allocateReceipts,
  type ReceivablesSettings,
} from '../../../src/domain/receivables';
import { customer, day, invoice, receipt, yuan } from './ledgerBuilder';

const customers = [customer('C1', { termsDays: 30 })];

describe('aging (账龄)', () => {
  const entries = [
    invoice('2024-11-20', 100, { doc: 'NOT-DUE', due: '2025-01-10' }),
    invoice('2024-11-01', 200, { doc: 'DUE-TODAY', due: '2024-12-31' }),
    invoice('2024-10-01', 300, { doc: 'ONE-DAY', due: '2024-12-30' }),
    invoice('2024-09-01', 400, { doc: 'THIRTY', due: '2024-12-01' }),
    invoice('2024-08-01', 500, { doc: 'THIRTY-ONE', due: '2024-11-30' }),
    invoice('2023-01-01', 600, { doc: 'OLD', due: '2023-12-30' }),
    receipt('2024-12-15', 50, { ref: 'OLD' }),
  ];
  const allocation = allocateReceipts(customers, entries, day('2024-12-31'));

  it('lists the aged invoices as a field of the line, the same list on every read', () => {
    const line = ageReceivables(allocation).customers[0];

    expect(Object.keys(line ?? {})).toEqual([
      'customerId',
      'currency',
      'buckets',
      'openInvoiceTotal',
      'unappliedCredit',
      'openInvoices',
    ]);
    expect(line?.openInvoices).toBe(line?.openInvoices);
    expect({ ...line }.openInvoices).toHaveLength(6);
    expect(JSON.parse(JSON.stringify(line)).openInvoices[0].invoice.documentNumber).toBe('OLD');
  });

  it('counts days past due from the due date and buckets them at the edges', () => {
    const report = ageReceivables(allocation);

    const aged = report.customers[0]?.openInvoices.map((line) => [
      line.invoice.documentNumber,
      line.days,
      line.bucketId,
    ]);
    // Listed in the order the invoices arose: entry date, then source order.
    expect(aged).toEqual([
      ['OLD', 367, 'over-365'],
      ['THIRTY-ONE', 31, 'd31-60'],
      ['THIRTY', 30, 'd1-30'],
      ['ONE-DAY', 1, 'd1-30'],
      ['DUE-TODAY', 0, 'not-due'],
      ['NOT-DUE', -10, 'not-due'],
    ]);
  });

  it('keeps every bucket, zero or not, and adds them up to the open balance to the fen', () => {
    const report = ageReceivables(allocation);

    const line = report.customers[0];
    expect(line?.buckets.map((bucket) => [bucket.bucketId, bucket.amount])).toEqual([
      ['not-due', yuan(300)],
      ['d1-30', yuan(700)],
      ['d31-60', yuan(500)],
      ['d61-90', 0],
      ['d91-180', 0],
      ['d181-365', 0],
      ['over-365', yuan(550)],
    ]);
    expect(report.totals[0]?.openInvoiceTotal).toBe(line?.openInvoiceTotal);
  });

  it('counts from the entry date on the entry basis (annual-report view)', () => {
    const settings: ReceivablesSettings = {
      ...DEFAULT_RECEIVABLES_SETTINGS,
      agingBasis: 'entry',
      agingBuckets: ANNUAL_REPORT_BUCKETS,
    };

    const report = ageReceivables(allocation, settings);

    const line = report.customers[0];
    expect(line?.openInvoices.find((aged) => aged.invoice.documentNumber === 'OLD')).toMatchObject({
      days: 730,
      daysPastDue: 367,
      bucketId: 'y1-2',
    });
    expect(line?.buckets.map((bucket) => [bucket.bucketId, bucket.amount])).toEqual([
      ['y0-1', yuan(1500)],
      ['y1-2', yuan(550)],
      ['y2-3', 0],
      ['y3-4', 0],
      ['y4-5', 0],
      ['y5-plus', 0],
    ]);
  });

  it('shows unapplied credit beside the buckets without ageing it', () => {
    const prepaid = allocateReceipts(customers, [receipt('2024-01-01', 80)], day('2024-12-31'));

    const line = ageReceivables(prepaid).customers[0];
    expect(line?.unappliedCredit).toBe(yuan(80));
    expect(line?.buckets.every((bucket) => bucket.amount === 0)).toBe(true);
  });

  it('lists a customer on file with no entries, with all buckets at zero', () => {
    const empty = allocateReceipts([customer('C9')], [], day('2024-12-31'));

    expect(ageReceivables(empty).customers[0]?.buckets).toHaveLength(7);
  });
});
