import fc from 'fast-check';
import {
  backtestPayments,
  predictAsIssued,
  type InvoiceHistory,
} from '../../../src/domain/behaviour';
import { addDays, type IsoDay } from '../../../src/domain/isoDay';
import { netThirty } from './ledgerBuilder';

const FROM = '2024-01-01' as IsoDay;
const TO = '2024-12-31' as IsoDay;

/** Customer R pays 5 days late every month of 2023 and 2024. */
const steady: InvoiceHistory[] = Array.from({ length: 24 }, (_, index) =>
  netThirty(
    `R${index}`,
    'R',
    `${2023 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`,
    1000_00,
    5,
  ),
);

describe('backtesting payment prediction', () => {
  it('scores a customer who always pays 5 days late as exactly right', () => {
    const result = backtestPayments(steady, { from: FROM, to: TO });
    expect(result.count).toBe(12);
    expect(result.meanAbsoluteErrorDays).toEqual({ ok: true, value: 0 });
    expect(result.lateAccuracy).toEqual({ ok: true, value: 1 });
    expect(result.byMethod.map((m) => [m.method, m.count])).toEqual([['customer-history', 12]]);
  });

  it('measures the due-date baseline on the same protocol', () => {
    const result = backtestPayments(steady, { from: FROM, to: TO, predictor: 'due-date' });
    expect(result.meanAbsoluteErrorDays).toEqual({ ok: true, value: 5 });
    expect(result.lateAccuracy).toEqual({ ok: true, value: 0 });
  });

  it("measures the customer's-median baseline on the same protocol", () => {
    const result = backtestPayments(steady, { from: FROM, to: TO, predictor: 'customer-median' });
    expect(result.meanAbsoluteErrorDays).toEqual({ ok: true, value: 0 });
    expect(result.byMethod.map((m) => m.method)).toEqual(['customer-median']);
  });

  it('counts invoices never settled apart and scores nothing when nothing settled', () => {
    const unpaid = [netThirty('U1', 'U', '2024-03-01', 100_00)];
    const result = backtestPayments(unpaid, { from: FROM, to: TO });
    expect(result.unsettled).toBe(1);
    expect(result.meanAbsoluteErrorDays).toEqual({
      ok: false,
      problem: { code: 'backtest.nothing-scored' },
    });
  });

  it('predicts the first invoice of the period from the history only, as its backtest row shows', () => {
    const [first] = backtestPayments(steady, { from: FROM, to: TO }).rows;
    expect(first).toMatchObject({
      invoiceId: 'R12',
      issued: '2024-01-01',
      predicted: addDays('2024-01-31' as IsoDay, 5),
      errorDays: 0,
      predictedLate: true,
      actuallyLate: true,
    });
  });
});

describe('no leakage in the backtest', () => {
  const rows = fc.array(
    fc.record({
      customer: fc.constantFrom('A', 'B'),
      issuedOffset: fc.integer({ min: 0, max: 500 }),
      paidAfterDue: fc.option(fc.integer({ min: -20, max: 50 }), { nil: undefined }),
      disputed: fc.boolean(),
    }),
    { minLength: 1, maxLength: 30 },
  );

  it("never changes an invoice's prediction when its own settlement date changes", () => {
    fc.assert(
      fc.property(rows, fc.nat(), fc.integer({ min: 0, max: 120 }), (raw, pick, daysToSettle) => {
        const ledger = raw.map((row, index) =>
          netThirty(
            `I${index}`,
            row.customer,
            addDays('2023-06-01' as IsoDay, row.issuedOffset),
            100_00,
            row.paidAfterDue,
            { disputed: row.disputed },
          ),
        );
        const target = ledger[pick % ledger.length] as InvoiceHistory;
        const changed = ledger.map((invoice) =>
          invoice === target
            ? { ...invoice, settled: addDays(invoice.issued, daysToSettle) }
            : invoice,
        );
        const period = { from: '2023-06-01' as IsoDay, to: '2025-01-01' as IsoDay };

        expect(predictAsIssued(target, changed)).toEqual(predictAsIssued(target, ledger));
        const before = backtestPayments(ledger, period).rows.find(
          (r) => r.invoiceId === target.invoiceId,
        );
        const after = backtestPayments(changed, period).rows.find(
          (r) => r.invoiceId === target.invoiceId,
        );
        if (before && after) expect(after.predicted).toBe(before.predicted);
      }),
    );
  });
});
