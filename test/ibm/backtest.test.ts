/**
 * Proof on real data no one here wrote: IBM's accounts-receivable sample. Every invoice issued in
 * 2013 is predicted as of the day before its issue date (2012 and earlier 2013 as history) and
 * scored against its real settlement. The outcome columns (SettledDate, DaysToSettle, DaysLate)
 * of the invoice being predicted are never read: the leakage property below checks that.
 */
import fc from 'fast-check';
import {
  backtestPayments,
  predictAsIssued,
  type BacktestResult,
  type InvoiceHistory,
} from '../../src/domain/behaviour';
import { addDays, type IsoDay } from '../../src/domain/isoDay';
import { ibmInvoiceHistories, readIbmRows } from '../support/ibmCsv';

const rows = readIbmRows();
const invoices = ibmInvoiceHistories(rows);
const period = { from: '2013-01-01' as IsoDay, to: '2013-12-31' as IsoDay };

const model = backtestPayments(invoices, period);
const dueDate = backtestPayments(invoices, { ...period, predictor: 'due-date' });
const customerMedian = backtestPayments(invoices, { ...period, predictor: 'customer-median' });

function figures(result: BacktestResult): { mae: number; accuracy: number } {
  if (!result.meanAbsoluteErrorDays.ok || !result.lateAccuracy.ok) throw new Error('not scored');
  return { mae: result.meanAbsoluteErrorDays.value, accuracy: result.lateAccuracy.value };
}

const ours = figures(model);
const baseDue = figures(dueDate);
const baseMedian = figures(customerMedian);
const shown = (f: { mae: number; accuracy: number }): string =>
  `MAE ${f.mae.toFixed(2)} days, ${(f.accuracy * 100).toFixed(1)}% late-or-not`;

describe('the IBM sample as read', () => {
  it('has 2,466 invoices of 100 customers, invoice numbers kept with their zeros', () => {
    expect(rows).toHaveLength(2466);
    expect(new Set(rows.map((row) => row.customerId)).size).toBe(100);
    expect(rows[0]?.invoiceNumber).toBe('0000611365');
    expect(rows[0]).toMatchObject({
      invoiceDate: '2013-01-02',
      dueDate: '2013-02-01',
      amount: 5594,
    });
  });
});

describe('backtest on the IBM sample, invoices issued in 2013', () => {
  it('scores all 1,189 invoices of 2013', () => {
    expect(model.count).toBe(1189);
    expect(dueDate.count).toBe(1189);
    expect(customerMedian.count).toBe(1189);
  });

  it(`baseline "paid on the due date": ${shown(baseDue)}`, () => {
    expect(baseDue.mae).toBeCloseTo(11.03, 1);
    expect(baseDue.accuracy).toBeCloseTo(0.682, 2);
  });

  it(`baseline "customer's median days to settle so far": ${shown(baseMedian)}`, () => {
    expect(baseMedian.mae).toBeCloseTo(6.41, 1);
    expect(baseMedian.accuracy).toBeCloseTo(0.81, 2);
  });

  it(`the model is within MAE 4.8 days and 88% late-or-not: ${shown(ours)}`, () => {
    expect(ours.mae).toBeLessThanOrEqual(4.8);
    expect(ours.accuracy).toBeGreaterThanOrEqual(0.88);
  });

  it('beats both baselines on both figures', () => {
    expect(ours.mae).toBeLessThan(Math.min(baseDue.mae, baseMedian.mae));
    expect(ours.accuracy).toBeGreaterThan(Math.max(baseDue.accuracy, baseMedian.accuracy));
  });

  it('breaks the score down by method, adding up to the whole', () => {
    expect(model.byMethod.reduce((sum, m) => sum + m.count, 0)).toBe(model.count);
    expect(model.byMethod.map((m) => m.method)).toContain('customer-history');
  });
});

describe('no leakage on the IBM sample', () => {
  const in2013 = invoices.filter((i) => i.issued >= period.from && i.issued <= period.to);

  it("never changes an invoice's prediction when its own settlement date changes", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: in2013.length - 1 }),
        fc.integer({ min: 0, max: 400 }),
        (index, daysToSettle) => {
          const target = in2013[index] as InvoiceHistory;
          const changed = invoices.map((invoice) =>
            invoice === target
              ? { ...invoice, settled: addDays(invoice.issued, daysToSettle) }
              : invoice,
          );
          const row = model.rows.find((r) => r.invoiceId === target.invoiceId);

          const prediction = predictAsIssued(target, changed);
          expect(prediction).toEqual(predictAsIssued(target, invoices));
          expect(prediction.predicted).toBe(row?.predicted);
        },
      ),
      { numRuns: 40 },
    );
  });
});
