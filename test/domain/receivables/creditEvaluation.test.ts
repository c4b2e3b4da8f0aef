import {
  DEFAULT_RECEIVABLES_SETTINGS,
  allocateReceipts,
  evaluateCredit,
  type CreditEvaluation,
} from '../../../src/domain/receivables';
import { describeProblem } from '../../../src/domain/messages';
import type { Customer, LedgerEntry } from '../../../src/domain/ledger';
import type { Fen } from '../../../src/domain/money';
import { customer, day, invoice, receipt } from './ledgerBuilder';

const AS_OF = '2024-12-31';

function evaluate(entries: LedgerEntry[], file: Partial<Customer> = {}): CreditEvaluation {
  const customers = [customer('C1', { termsDays: 30, ...file })];
  const [evaluation] = evaluateCredit(allocateReceipts(customers, entries, day(AS_OF)), customers);
  if (!evaluation) throw new Error('no evaluation');
  return evaluation;
}

const codes = (evaluation: CreditEvaluation): string[] => evaluation.reasons.map((r) => r.code);

describe('credit evaluation (信用评估)', () => {
  it('rates a customer with nothing open and nothing late OK, grade A, score 100', () => {
    const evaluation = evaluate([
      invoice('2024-10-01', 100, { doc: 'A1', due: '2024-10-31' }),
      receipt('2024-10-20', 100),
    ]);

    expect(evaluation).toMatchObject({ score: 100, grade: 'A', flag: 'OK', averageDaysLate: 0 });
    expect(codes(evaluation)).toEqual(['credit.in-good-standing']);
  });

  it('puts a customer over its credit limit at least on WARN, with the amount in words', () => {
    const evaluation = evaluate([invoice('2024-12-20', 1200, { doc: 'A1' })], {
      creditLimit: 100000 as Fen,
    });

    expect(evaluation.flag).toBe('WARN');
    expect(evaluation.limitUseBp).toBe(12000);
    const reason = evaluation.reasons.find((r) => r.code === 'credit.over-limit');
    expect(describeProblem(reason!, 'zh')).toBe('超出信用额度 200.00 元（额度 1,000.00 元）。');
  });

  it('holds credit for a customer more than 90 days overdue', () => {
    const evaluation = evaluate([invoice('2024-08-01', 100, { doc: 'A1', due: '2024-09-01' })]);

    expect(evaluation.oldestOverdueDays).toBe(121);
    expect(evaluation.flag).toBe('HOLD');
    expect(codes(evaluation)[0]).toBe('credit.overdue-hold');
  });

  it('warns at 61 to 90 days overdue and watches at 1 to 60', () => {
    const warn = evaluate([
      invoice('2024-09-01', 100, { doc: 'A1', due: '2024-10-31' }),
      invoice('2024-12-01', 900, { doc: 'A2', due: '2025-01-31' }),
    ]);
    const watch = evaluate([
      invoice('2024-11-01', 100, { doc: 'A1', due: '2024-12-21' }),
      invoice('2024-12-01', 900, { doc: 'A2', due: '2025-01-31' }),
    ]);

    expect([warn.oldestOverdueDays, warn.flag]).toEqual([61, 'WARN']);
    expect([watch.oldestOverdueDays, watch.flag, codes(watch)[0]]).toEqual([
      10,
      'WATCH',
      'credit.overdue',
    ]);
  });

  it('gives a grade A customer 7 days of grace before overdue counts, and not 8', () => {
    const open = (due: string): LedgerEntry[] => [
      invoice('2024-12-01', 100, { doc: 'A1', due }),
      invoice('2024-12-20', 900, { doc: 'A2', due: '2025-01-31' }),
    ];

    const grace = evaluate(open('2024-12-24'), { creditGrade: 'A' });
    const late = evaluate(open('2024-12-23'), { creditGrade: 'A' });
    const gradeB = evaluate(open('2024-12-24'), { creditGrade: 'B' });

    expect([grace.oldestOverdueDays, grace.withinGrace, grace.flag]).toEqual([7, true, 'OK']);
    expect(codes(grace)).toEqual(['credit.within-grace']);
    expect([late.oldestOverdueDays, late.flag]).toEqual([8, 'WATCH']);
    expect(gradeB.flag).toBe('WATCH');
  });

  it('watches a customer with a disputed open invoice', () => {
    const evaluation = evaluate([invoice('2024-12-20', 100, { doc: 'A1', disputed: true })]);

    expect(evaluation.disputedOpenCount).toBe(1);
    expect(evaluation.flag).toBe('WATCH');
    expect(codes(evaluation)).toContain('credit.disputed-open');
  });

  it('watches a customer whose limit use reaches 80%', () => {
    const evaluation = evaluate([invoice('2024-12-20', 850, { doc: 'A1' })], {
      creditLimit: 100000 as Fen,
    });

    expect(evaluation.flag).toBe('WATCH');
    expect(codes(evaluation)).toContain('credit.limit-use-high');
  });

  it('weighs days late by amount over the last 12 months and sees a worsening trend', () => {
    const entries = [
      // Earlier: paid on time.
      invoice('2023-11-01', 100, { doc: 'E1', due: '2023-12-01' }),
      receipt('2023-12-01', 100, { ref: 'E1' }),
      invoice('2024-03-01', 100, { doc: 'E2', due: '2024-04-01' }),
      receipt('2024-04-01', 100, { ref: 'E2' }),
      // Recent: 30 days late on 300, 0 days late on 100.
      invoice('2024-10-01', 300, { doc: 'R1', due: '2024-10-31' }),
      receipt('2024-11-30', 300, { ref: 'R1' }),
      invoice('2024-11-01', 100, { doc: 'R2', due: '2024-12-01' }),
      receipt('2024-12-01', 100, { ref: 'R2' }),
    ];

    const evaluation = evaluate(entries);

    expect(evaluation.settledLast12Months).toBe(3);
    expect(evaluation.averageDaysLate).toBe(18);
    expect(evaluation.lateShareBp).toBe(3333);
    expect([evaluation.recentDaysLate, evaluation.earlierDaysLate, evaluation.trend]).toEqual([
      22.5,
      0,
      'worse',
    ]);
    expect(codes(evaluation)).toContain('credit.trend-worsening');
  });

  it('lets unapplied credit offset overdue in the score and shows it', () => {
    const entries = [
      invoice('2024-11-01', 100, { doc: 'A1', due: '2024-12-01' }),
      receipt('2024-12-20', 100, { ref: 'NONE' }),
      invoice('2024-12-25', 100, { doc: 'A2' }),
    ];

    const evaluation = evaluate(entries);
    expect(evaluation.unappliedCredit).toBe(0);
    expect(evaluation.openInvoiceTotal).toBe(10000);
  });

  it('takes its thresholds from settings', () => {
    const customers = [customer('C1')];
    const allocation = allocateReceipts(
      customers,
      [invoice('2024-10-01', 100, { doc: 'A1', due: '2024-11-15' })],
      day(AS_OF),
    );
    const strict = {
      ...DEFAULT_RECEIVABLES_SETTINGS,
      credit: { ...DEFAULT_RECEIVABLES_SETTINGS.credit, holdOverdueDays: 30, warnOverdueDays: 20 },
    };

    expect(evaluateCredit(allocation, customers)[0]?.flag).toBe('WATCH');
    expect(evaluateCredit(allocation, customers, strict)[0]?.flag).toBe('HOLD');
  });
});
