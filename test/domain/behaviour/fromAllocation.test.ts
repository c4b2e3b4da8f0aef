import { openOn, paymentMetrics, predictOpenInvoices } from '../../../src/domain/behaviour';
import {
  allocationCurrencies,
  invoiceHistoriesFromAllocation,
  unappliedCashFromAllocation,
} from '../../../src/domain/behaviour/fromAllocation';
import { allocateReceipts } from '../../../src/domain/receivables';
import { customer, day, invoice, receipt, writeOff, yuan } from '../receivables/ledgerBuilder';

/**
 * C1 (CNY, net 30): INV-A paid in full on 01-20; INV-B paid 02-10, the payment bounced on 02-15
 * and paid again on 03-10; INV-C (disputed) written off on 04-01. C2 (USD) paid 150.00 against
 * a 100.00 invoice: 50.00 unapplied.
 */
const customers = [customer('C1'), customer('C2', { currency: 'USD' })];
const entries = [
  invoice('2024-01-01', 1000, { doc: 'INV-A' }),
  receipt('2024-01-20', 1000, { ref: 'INV-A' }),
  invoice('2024-02-01', 500, { doc: 'INV-B' }),
  receipt('2024-02-10', 500, { ref: 'INV-B', id: 'R2' }),
  receipt('2024-02-15', -500, { ref: 'INV-B', id: 'R2-bounced' }),
  receipt('2024-03-10', 500, { ref: 'INV-B' }),
  invoice('2024-03-01', 200, { doc: 'INV-C', disputed: true }),
  writeOff('2024-04-01', 200, { ref: 'INV-C' }),
  invoice('2024-01-05', 100, { doc: 'INV-U', customerId: 'C2', currency: 'USD' }),
  receipt('2024-01-10', 150, { customerId: 'C2', currency: 'USD' }),
];
const allocation = allocateReceipts(customers, entries, day('2024-04-30'));
const cny = invoiceHistoriesFromAllocation(allocation, 'CNY');
const byId = new Map(cny.map((history) => [history.invoiceId, history]));

describe('payment histories from the allocation', () => {
  it('maps an item id, customer, dates, amount and dispute across, one currency at a time', () => {
    expect(cny.map((history) => history.invoiceId)).toEqual(['INV-A', 'INV-B', 'INV-C']);
    expect(byId.get('INV-A')).toEqual({
      invoiceId: 'INV-A',
      customerId: 'C1',
      issued: '2024-01-01',
      due: '2024-01-31',
      amount: yuan(1000),
      disputed: false,
      settled: '2024-01-20',
      payments: [{ date: '2024-01-20', amount: yuan(1000) }],
    });
    expect(invoiceHistoriesFromAllocation(allocation, 'USD').map((h) => h.invoiceId)).toEqual([
      'INV-U',
    ]);
    expect(allocationCurrencies(allocation)).toEqual(['CNY', 'USD']);
  });

  it('keeps a bounced payment as a negative payment, so the item is open between bounce and repayment', () => {
    const b = byId.get('INV-B')!;

    expect(b.payments).toEqual([
      { date: '2024-02-10', amount: yuan(500) },
      { date: '2024-02-15', amount: yuan(-500) },
      { date: '2024-03-10', amount: yuan(500) },
    ]);
    expect(b.settled).toBe('2024-03-10');
    expect([openOn(b, day('2024-02-12')), openOn(b, day('2024-02-20'))]).toEqual([0, yuan(500)]);
  });

  it('gives an item closed by a write-off no settled day, while the write-off still closes it', () => {
    const c = byId.get('INV-C')!;

    expect(c.disputed).toBe(true);
    expect(c.settled).toBeUndefined();
    expect(openOn(c, day('2024-04-30'))).toBe(0);
    expect(predictOpenInvoices(cny, day('2024-04-30'))).toEqual([]);
  });

  it('passes the billing channel through by entry id when one is known', () => {
    const channels = new Map([['INV-A', 'paper' as const]]);

    const histories = invoiceHistoriesFromAllocation(allocation, 'CNY', channels);

    expect(histories.map((h) => h.channel)).toEqual(['paper', undefined, undefined]);
  });

  it('lists unapplied credit per customer of the currency, leaving out customers with none', () => {
    expect([...unappliedCashFromAllocation(allocation, 'USD')]).toEqual([['C2', yuan(50)]]);
    expect(unappliedCashFromAllocation(allocation, 'CNY').size).toBe(0);
  });

  it('gives metrics that count the bounce: INV-B is receivable at the end of February', () => {
    const report = paymentMetrics({ invoices: cny }, day('2024-02-01'), day('2024-02-29'));

    expect(report.ok && report.value.total.closingReceivables).toBe(yuan(500));
    expect(report.ok && report.value.total.creditSales).toBe(yuan(500));
  });
});
