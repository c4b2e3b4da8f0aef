import fc from 'fast-check';
import {
  DEFAULT_PREDICTION_SETTINGS,
  expectedReceiptsByWeek,
  learnPaymentBehaviour,
  predictOpenInvoices,
  type InvoiceHistory,
} from '../../../src/domain/behaviour';
import { addDays, type IsoDay } from '../../../src/domain/isoDay';
import { MESSAGES } from '../../../src/domain/messages';
import { netThirty } from './ledgerBuilder';

const AS_OF = '2024-06-30' as IsoDay;

/** Customer R pays 5 days late, every time, on five invoices settled before the as-of date. */
const regular = [1, 2, 3, 4, 5].map((n) => netThirty(`R${n}`, 'R', `2024-0${n}-01`, 1000_00, 5));

describe('choosing how to predict', () => {
  it("uses the customer's own history once it has enough settled invoices", () => {
    const [prediction] = predictOpenInvoices(
      [...regular, netThirty('R6', 'R', '2024-06-15', 1000_00)],
      AS_OF,
    );
    expect(prediction).toMatchObject({
      invoiceId: 'R6',
      method: 'customer-history',
      due: '2024-07-15',
      predicted: '2024-07-20',
      low: '2024-07-20',
      high: '2024-07-20',
      late: true,
      open: 1000_00,
    });
    expect(prediction?.reasons[0]).toEqual({
      code: 'predict.customer-history',
      detail: { count: 5, delay: '+5', halfLife: DEFAULT_PREDICTION_SETTINGS.halfLifeDays },
    });
  });

  it('predicts a new customer (fewer settled invoices than the minimum) from the population', () => {
    const newcomer = [
      netThirty('N1', 'N', '2024-04-01', 500_00, 40),
      netThirty('N2', 'N', '2024-06-20', 500_00),
    ];
    const [prediction] = predictOpenInvoices([...regular, ...newcomer], AS_OF);
    expect(prediction?.method).toBe('population');
    expect(prediction?.reasons[0]).toMatchObject({
      code: 'predict.population',
      detail: { count: 1, minimum: 3, population: 6 },
    });
  });

  it('falls back to the due date when nothing has been settled by anyone', () => {
    const [prediction] = predictOpenInvoices([netThirty('F1', 'F', '2024-06-01', 100_00)], AS_OF);
    expect(prediction).toMatchObject({ method: 'due-date', predicted: '2024-07-01', late: false });
    expect(prediction?.reasons).toEqual([{ code: 'predict.due-date' }]);
  });

  it('expects a disputed invoice later by what disputes cost in the history, and says so', () => {
    const customers = ['P', 'Q', 'S', 'T', 'U'];
    const history = customers.flatMap((id) => [
      netThirty(`${id}1`, id, '2024-01-10', 100_00, 0),
      netThirty(`${id}2`, id, '2024-02-10', 100_00, 0),
      netThirty(`${id}3`, id, '2024-03-10', 100_00, 0),
      netThirty(`${id}4`, id, '2024-03-20', 100_00, 12, { disputed: true }),
    ]);
    const open = netThirty('P9', 'P', '2024-06-20', 100_00, undefined, { disputed: true });

    const knowledge = learnPaymentBehaviour([...history, open], AS_OF, DEFAULT_PREDICTION_SETTINGS);
    expect(knowledge.adjustments.disputed).toBe(12);
    const [prediction] = predictOpenInvoices([...history, open], AS_OF);
    expect(prediction?.reasons.map((r) => r.code)).toEqual([
      'predict.customer-history',
      'predict.adjust-disputed',
    ]);
    expect(prediction?.reasons[1]?.detail).toEqual({ days: '+12' });
    expect(prediction?.late).toBe(true);
  });

  it('learns no adjustment from fewer cases than the minimum', () => {
    const history = [
      ...regular,
      netThirty('R7', 'R', '2024-05-10', 1000_00, 30, { disputed: true }),
    ];
    expect(learnPaymentBehaviour(history, AS_OF, DEFAULT_PREDICTION_SETTINGS).adjustments).toEqual({
      disputed: 0,
      paper: 0,
      large: 0,
    });
  });

  it('moves an invoice that should already have been paid to the day after the as-of date', () => {
    const overdue = netThirty('R0', 'R', '2024-01-15', 1000_00);
    const [prediction] = predictOpenInvoices([...regular, overdue], AS_OF);
    expect(prediction).toMatchObject({ predicted: '2024-07-01', low: '2024-07-01', late: true });
    expect(prediction?.reasons.at(-1)).toEqual({
      code: 'predict.expected-earlier',
      detail: { date: '2024-02-19', next: '2024-07-01' },
    });
  });

  it('has words in Chinese and English for every reason it gives', () => {
    const codes = [
      'predict.customer-history',
      'predict.population',
      'predict.due-date',
      'predict.adjust-disputed',
      'predict.adjust-paper',
      'predict.adjust-large',
      'predict.expected-earlier',
    ];
    for (const code of codes) {
      expect(MESSAGES[code]?.zh).toBeTruthy();
      expect(MESSAGES[code]?.en).toBeTruthy();
    }
  });
});

interface LedgerRow {
  readonly customer: string;
  readonly issuedOffset: number;
  readonly paidAfterDue: number | undefined;
  readonly amount: number;
  readonly disputed: boolean;
  readonly paper: boolean;
}

describe('what a prediction may read', () => {
  const arbitraryLedger = fc.array(
    fc.record({
      customer: fc.constantFrom('A', 'B', 'C'),
      issuedOffset: fc.integer({ min: 0, max: 400 }),
      paidAfterDue: fc.option(fc.integer({ min: -25, max: 60 }), { nil: undefined }),
      amount: fc.integer({ min: 1, max: 1_000_000 }),
      disputed: fc.boolean(),
      paper: fc.boolean(),
    }),
    { minLength: 1, maxLength: 40 },
  );
  const toLedger = (rows: readonly LedgerRow[]): InvoiceHistory[] =>
    rows.map((row, index) =>
      netThirty(
        `I${index}`,
        row.customer,
        addDays('2023-06-01' as IsoDay, row.issuedOffset),
        row.amount,
        row.paidAfterDue,
        { disputed: row.disputed, channel: row.paper ? 'paper' : 'electronic' },
      ),
    );

  it('never changes when a settlement after the as-of date moves', () => {
    fc.assert(
      fc.property(arbitraryLedger, fc.integer({ min: 1, max: 90 }), (rows, shift) => {
        const ledger = toLedger(rows);
        const moved = ledger.map((invoice) =>
          invoice.settled !== undefined && invoice.settled > AS_OF
            ? { ...invoice, settled: addDays(invoice.settled, shift) }
            : invoice,
        );
        expect(predictOpenInvoices(moved, AS_OF)).toEqual(predictOpenInvoices(ledger, AS_OF));
      }),
    );
  });

  it('gives the same answer every time for the same ledger', () => {
    fc.assert(
      fc.property(arbitraryLedger, (rows) => {
        const ledger = toLedger(rows);
        expect(predictOpenInvoices(ledger, AS_OF)).toEqual(predictOpenInvoices(ledger, AS_OF));
      }),
    );
  });

  it('predicts every open invoice, inside its interval, never before the next day', () => {
    fc.assert(
      fc.property(arbitraryLedger, (rows) => {
        const ledger = toLedger(rows);
        const predictions = predictOpenInvoices(ledger, AS_OF);
        const open = ledger.filter(
          (i) => i.issued <= AS_OF && (i.settled === undefined || i.settled > AS_OF),
        );
        expect(predictions.map((p) => p.invoiceId)).toEqual(open.map((i) => i.invoiceId));
        for (const p of predictions) {
          expect(p.low <= p.predicted && p.predicted <= p.high).toBe(true);
          expect(p.predicted > AS_OF).toBe(true);
        }
      }),
    );
  });
});

describe('expected receipts by week', () => {
  const ledger = [
    ...regular,
    netThirty('R6', 'R', '2024-06-15', 1000_00), // expected 2024-07-20, a Saturday
    netThirty('R7', 'R', '2024-06-20', 250_00), // expected 2024-07-25, a Thursday
    netThirty('R8', 'R', '2024-05-01', 40_00), // due 05-31: overdue, expected 2024-07-01
  ];
  const weeks = expectedReceiptsByWeek(predictOpenInvoices(ledger, AS_OF), AS_OF);

  it('runs Monday to Sunday from the as-of week with no gaps, quiet weeks at zero', () => {
    expect(weeks.map((w) => [w.weekStart, w.weekEnd, w.expected, w.invoices])).toEqual([
      ['2024-06-24', '2024-06-30', 0, 0],
      ['2024-07-01', '2024-07-07', 40_00, 1],
      ['2024-07-08', '2024-07-14', 0, 0],
      ['2024-07-15', '2024-07-21', 1000_00, 1],
      ['2024-07-22', '2024-07-28', 250_00, 1],
    ]);
  });

  it('adds up to everything still open, to the fen', () => {
    expect(weeks.reduce((sum, w) => sum + w.expected, 0)).toBe(1290_00);
    expect(weeks.reduce((sum, w) => sum + w.expectedLate, 0)).toBe(1290_00);
  });

  it('is empty when nothing is open', () => {
    expect(expectedReceiptsByWeek([], AS_OF)).toEqual([]);
  });
});
