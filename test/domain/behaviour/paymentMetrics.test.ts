import { paymentMetrics, type InvoiceHistory } from '../../../src/domain/behaviour';
import type { IsoDay } from '../../../src/domain/isoDay';
import type { Fen } from '../../../src/domain/money';
import type { Outcome } from '../../../src/domain/problem';

const day = (text: string): IsoDay => text as IsoDay;
const fen = (value: number): Fen => value as Fen;

/**
 * Customer A in January 2024 (31 days), worked by hand:
 * A0 paid 2023-06-30, 30 days late (only the trend's earlier window sees it);
 * A1 open 1,000.00 at the start, paid 2024-01-10, 10 days late;
 * A2 2,000.00 issued 01-05, due 02-04, unpaid: current at the end;
 * A3 1,000.00 issued 01-10, due 01-20, disputed, 400.00 paid 01-25: 600.00 overdue at the end.
 * Opening 1,000.00, sales 3,000.00, closing 2,600.00 of which 2,000.00 current.
 */
const ledger: InvoiceHistory[] = [
  invoice('A0', 'A', '2023-05-01', '2023-05-31', 1000_00, { settled: day('2023-06-30') }),
  invoice('A1', 'A', '2023-12-01', '2023-12-31', 1000_00, { settled: day('2024-01-10') }),
  invoice('A2', 'A', '2024-01-05', '2024-02-04', 2000_00),
  invoice('A3', 'A', '2024-01-10', '2024-01-20', 1000_00, {
    disputed: true,
    payments: [{ date: day('2024-01-25'), amount: fen(400_00) }],
  }),
];

function invoice(
  invoiceId: string,
  customerId: string,
  issued: string,
  due: string,
  amount: number,
  extra: Partial<InvoiceHistory> = {},
): InvoiceHistory {
  return {
    invoiceId,
    customerId,
    issued: day(issued),
    due: day(due),
    amount: fen(amount),
    disputed: false,
    ...extra,
  };
}

function valueOf(outcome: Outcome<number>): number {
  if (!outcome.ok) throw new Error(`expected a value, got ${outcome.problem.code}`);
  return outcome.value;
}

function january(unapplied?: ReadonlyMap<string, Fen>) {
  const report = paymentMetrics(
    { invoices: ledger, ...(unapplied ? { unappliedCash: unapplied } : {}) },
    day('2024-01-01'),
    day('2024-01-31'),
  );
  if (!report.ok) throw new Error(report.problem.code);
  return report.value;
}

describe('collection metrics for a period', () => {
  const customer = january(new Map([['B', fen(500_00)]])).customers.find(
    (c) => c.customerId === 'A',
  );

  it('adds up opening, sales, closing and not-yet-due receivables to the fen', () => {
    expect(customer).toMatchObject({
      days: 31,
      openingReceivables: 1000_00,
      creditSales: 3000_00,
      closingReceivables: 2600_00,
      closingCurrent: 2000_00,
    });
  });

  it.each([
    ['DSO = 2,600 / 3,000 x 31', 'dso', (2600 / 3000) * 31],
    ['best possible DSO = 2,000 / 3,000 x 31', 'bestPossibleDso', (2000 / 3000) * 31],
    ['average days delinquent = DSO - best DSO = 6.2', 'averageDaysDelinquent', 6.2],
    [
      'CEI = (1,000 + 3,000 - 2,600) / (1,000 + 3,000 - 2,000) x 100 = 70',
      'collectionEffectivenessIndex',
      70,
    ],
    ['share paid late = 1 of 1 settled in January', 'paidLateShare', 1],
    ['amount-weighted days late = 10', 'weightedAverageDaysLate', 10],
  ] as const)('works out %s', (_name, key, expected) => {
    expect(valueOf(customer?.[key] as Outcome<number>)).toBeCloseTo(expected, 9);
  });

  it('compares the last 3 months of lateness with the 12 before them', () => {
    expect(customer?.trend.recentFrom).toBe('2023-11-01');
    expect(customer?.trend.earlierFrom).toBe('2022-11-01');
    expect(valueOf(customer!.trend.recent)).toBe(10);
    expect(valueOf(customer!.trend.earlier)).toBe(30);
    expect(valueOf(customer!.trend.change)).toBe(-20);
  });

  it('shows disputes and unapplied cash per customer and in total', () => {
    const report = january(new Map([['B', fen(500_00)]]));
    expect(customer).toMatchObject({ disputedCount: 1, disputedOpen: 600_00, unappliedCash: 0 });
    expect(report.total).toMatchObject({ unappliedCash: 500_00, disputedOpen: 600_00 });
    expect(report.customers.map((c) => c.customerId)).toEqual(['A', 'B']);
  });

  it('weights days late by amount across invoices of different sizes', () => {
    const invoices = [
      invoice('S1', 'S', '2024-01-01', '2024-01-05', 300_00, { settled: day('2024-01-15') }),
      invoice('S2', 'S', '2024-01-01', '2024-01-05', 100_00, { settled: day('2024-01-03') }),
    ];
    const report = paymentMetrics({ invoices }, day('2024-01-01'), day('2024-01-31'));
    if (!report.ok) throw new Error(report.problem.code);
    expect(valueOf(report.value.total.weightedAverageDaysLate)).toBe((300 * 10 + 100 * 0) / 400);
    expect(valueOf(report.value.total.paidLateShare)).toBe(0.5);
  });
});

describe('metrics that would divide by zero', () => {
  const report = january(new Map([['B', fen(500_00)]]));
  const cashOnly = report.customers.find((c) => c.customerId === 'B');

  it.each([
    ['DSO', 'dso', 'metrics.no-credit-sales'],
    ['best possible DSO', 'bestPossibleDso', 'metrics.no-credit-sales'],
    ['average days delinquent', 'averageDaysDelinquent', 'metrics.no-credit-sales'],
    [
      'the collection effectiveness index',
      'collectionEffectivenessIndex',
      'metrics.nothing-to-collect',
    ],
    ['the share paid late', 'paidLateShare', 'metrics.nothing-settled'],
    ['the weighted days late', 'weightedAverageDaysLate', 'metrics.nothing-settled'],
  ] as const)(
    'gives %s no value but a reason when there is nothing to divide by',
    (_n, key, code) => {
      const outcome = cashOnly?.[key] as Outcome<number>;
      expect(outcome).toEqual({ ok: false, problem: expect.objectContaining({ code }) });
    },
  );

  it('gives the trend no value when a window has nothing settled in it', () => {
    expect(cashOnly?.trend.change.ok).toBe(false);
    expect(cashOnly?.trend.recent).toMatchObject({
      ok: false,
      problem: { code: 'metrics.nothing-settled' },
    });
  });

  it('never returns NaN or Infinity for an empty ledger', () => {
    const empty = paymentMetrics({ invoices: [] }, day('2024-01-01'), day('2024-01-31'));
    expect(empty.ok).toBe(true);
    const numbers = JSON.stringify(empty);
    expect(numbers).not.toMatch(/NaN|Infinity|null/);
  });

  it('reports a period that ends before it starts', () => {
    expect(paymentMetrics({ invoices: ledger }, day('2024-02-01'), day('2024-01-01'))).toEqual({
      ok: false,
      problem: {
        code: 'metrics.period-reversed',
        detail: { from: '2024-02-01', to: '2024-01-01' },
      },
    });
  });
});
