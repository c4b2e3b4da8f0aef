import fc from 'fast-check';
import type {
  FollowUpEntry,
  LetterLogEntry,
} from '../../../src/domain/collections/collectionsInput';
import { decideReminders } from '../../../src/domain/collections/decideReminders';
import {
  DEFAULT_REMINDER_SETTINGS,
  type ReminderLevel,
} from '../../../src/domain/collections/reminderSettings';
import { MESSAGES } from '../../../src/domain/messages';
import type { Fen } from '../../../src/domain/money';
import { AS_OF, customer, day, overdue, standing } from './collectionsFixtures';

const settings = DEFAULT_REMINDER_SETTINGS;

function decideOne(
  s: Parameters<typeof decideReminders>[0][number],
  history: LetterLogEntry[] = [],
  followUps: FollowUpEntry[] = [],
) {
  const [decision] = decideReminders([s], history, followUps, settings, AS_OF);
  if (!decision) throw new Error('no decision');
  return decision;
}

function codes(decision: { reasons: readonly { code: string }[] }): string[] {
  return decision.reasons.map((r) => r.code);
}

function sent(
  daysAgo: number,
  level: ReminderLevel,
  number = `CD-2026-00${daysAgo}`,
): LetterLogEntry {
  return {
    number,
    date: day(-daysAgo),
    customerId: 'C1',
    kind: 'reminder',
    level,
    amount: 500_00 as Fen,
    channel: 'post',
  };
}

describe('reminder levels by days past due', () => {
  it.each([
    [0, undefined],
    [-5, undefined],
    [1, 1],
    [30, 1],
    [31, 2],
    [60, 2],
    [61, 3],
    [400, 3],
  ])('an invoice %i days past due calls for level %s', (days, level) => {
    const decision = decideOne(standing('C1', [overdue('INV-1', days, 500_00)]));
    expect(decision.level).toBe(level);
  });

  it('says nothing is overdue when every invoice is still within its terms', () => {
    const decision = decideOne(standing('C1', [overdue('INV-1', -3, 500_00)]));
    expect(codes(decision)).toEqual(['collections.not-overdue']);
    expect(decision.invoices).toEqual([]);
  });

  it('takes the level of the oldest invoice and lists every overdue one, oldest due first', () => {
    const decision = decideOne(
      standing('C1', [
        overdue('INV-2', 5, 200_00),
        overdue('INV-1', 45, 300_00),
        overdue('INV-3', -10, 999_00),
      ]),
    );
    expect(decision.level).toBe(2);
    expect(decision.invoices.map((i) => [i.number, i.daysOverdue, i.level])).toEqual([
      ['INV-1', 45, 2],
      ['INV-2', 5, 1],
    ]);
    expect(decision.amount).toBe(500_00);
    expect(decision.deadline).toBe(day(settings.deadlineDays[2]));
    expect(decision.reasons).toContainEqual({
      code: 'collections.level-reached',
      detail: { level: 2, days: 45, invoice: 'INV-1' },
    });
  });

  it('chases only what is still open on a partly paid invoice', () => {
    const decision = decideOne(
      standing('C1', [{ ...overdue('INV-1', 10, 1000_00), open: 250_00 as Fen }]),
    );
    expect(decision.amount).toBe(250_00);
  });
});

describe('grace period for grade A customers', () => {
  it.each([
    [7, undefined],
    [8, 1],
    [31, 2],
    [61, 3],
  ])('a grade A customer %i days past due gets level %s', (days, level) => {
    const decision = decideOne({
      ...standing('C1', [overdue('INV-1', days, 500_00)]),
      creditGrade: 'A',
    });
    expect(decision.level).toBe(level);
  });

  it('says the invoices are within the grace period when that is why nothing is sent', () => {
    const decision = decideOne({
      ...standing('C1', [overdue('INV-1', 3, 500_00)]),
      customer: customer('C1', 'A'),
    });
    expect(decision.reasons).toEqual([
      { code: 'collections.in-grace', detail: { grade: 'A', graceDays: 7, count: 1 } },
    ]);
  });

  it('gives a grade B customer no grace', () => {
    const decision = decideOne({
      ...standing('C1', [overdue('INV-1', 1, 500_00)]),
      creditGrade: 'B',
    });
    expect(decision.level).toBe(1);
  });
});

describe('tolerance', () => {
  it('sends no reminder for an overdue total below one yuan', () => {
    const decision = decideOne(
      standing('C1', [overdue('INV-1', 90, 50), overdue('INV-2', 10, 49)]),
    );
    expect(decision.level).toBeUndefined();
    expect(decision.reasons).toContainEqual({
      code: 'collections.below-tolerance',
      detail: { amount: '0.99', tolerance: '1.00' },
    });
  });

  it('sends a reminder for exactly one yuan', () => {
    expect(decideOne(standing('C1', [overdue('INV-1', 90, 100)])).level).toBe(3);
  });
});

describe('disputed invoices', () => {
  it('leaves a disputed invoice out of the letter and keeps it on the card with its note', () => {
    const disputedInvoice = overdue('INV-9', 90, 800_00, {
      disputed: true,
      disputeNote: '货物破损，待质检',
    });
    const decision = decideOne(standing('C1', [disputedInvoice, overdue('INV-1', 5, 100_00)]));

    expect(decision.level).toBe(1);
    expect(decision.invoices.map((i) => i.number)).toEqual(['INV-1']);
    expect(decision.amount).toBe(100_00);
    expect(decision.disputed).toEqual([disputedInvoice]);
    expect(decision.reasons).toContainEqual({
      code: 'collections.dispute-excluded',
      detail: { invoice: 'INV-9', note: '货物破损，待质检' },
    });
  });

  it('sends nothing when the only overdue invoice is disputed', () => {
    const decision = decideOne(
      standing('C1', [overdue('INV-9', 90, 800_00, { disputed: true, disputeNote: '价格争议' })]),
    );
    expect(decision.level).toBeUndefined();
    expect(codes(decision)).toEqual(['collections.dispute-excluded']);
    expect(decision.disputed).toHaveLength(1);
  });
});

describe('no same level twice within 14 days', () => {
  const oneLevel1 = standing('C1', [overdue('INV-1', 20, 500_00)]);

  it('holds back a level 1 letter when one went out 13 days ago', () => {
    const decision = decideOne(oneLevel1, [sent(13, 1, 'CD-2026-0007')]);
    expect(decision.level).toBeUndefined();
    expect(decision.reasons).toContainEqual({
      code: 'collections.recently-reminded',
      detail: { number: 'CD-2026-0007', date: day(-13), level: 1, next: day(1) },
    });
  });

  it('sends the same level again once 14 days have passed', () => {
    expect(decideOne(oneLevel1, [sent(14, 1)]).level).toBe(1);
  });

  it('escalates to a higher level even within 14 days', () => {
    const decision = decideOne(standing('C1', [overdue('INV-1', 35, 500_00)]), [sent(5, 1)]);
    expect(decision.level).toBe(2);
  });

  it('does not step down to a lower level within 14 days of a harsher letter', () => {
    expect(decideOne(oneLevel1, [sent(5, 3)]).level).toBeUndefined();
  });

  it('ignores letters of other customers, statements and letters dated after the as-of date', () => {
    const history: LetterLogEntry[] = [
      { ...sent(3, 1), customerId: 'C2' },
      { ...sent(3, 1), kind: 'statement' },
      { ...sent(3, 1), date: day(2) },
    ];
    expect(decideOne(oneLevel1, history).level).toBe(1);
  });
});

describe('payment promises', () => {
  const promise = (extra: Partial<FollowUpEntry>): FollowUpEntry => ({
    customerId: 'C1',
    date: day(-10),
    channel: 'phone',
    said: '财务说月底前付一半',
    promisedDate: day(5),
    promisedAmount: 5000_00 as Fen,
    ...extra,
  });
  const deep = standing('C1', [overdue('INV-1', 80, 10000_00)]);

  it('keeps a customer with a live promise at the level of the last letter sent', () => {
    const decision = decideOne(deep, [sent(20, 1)], [promise({})]);
    expect(decision.level).toBe(1);
    expect(decision.promise?.state).toBe('live');
    expect(codes(decision)).toContain('collections.promise-live-capped');
  });

  it('sends nothing during a live promise when no letter was sent before it', () => {
    const decision = decideOne(deep, [], [promise({})]);
    expect(decision.level).toBeUndefined();
    expect(codes(decision)).toContain('collections.promise-live-no-letter');
  });

  it('still counts a promise due today as live', () => {
    expect(decideOne(deep, [], [promise({ promisedDate: AS_OF })]).promise?.state).toBe('live');
  });

  it('raises a broken promise once its date passed without the payment, and chases as usual', () => {
    const decision = decideOne(
      { ...deep, receipts: [{ date: day(-5), amount: 2000_00 as Fen }] },
      [sent(20, 1)],
      [promise({ promisedDate: day(-1) })],
    );
    expect(decision.promise).toEqual({
      state: 'broken',
      madeOn: day(-10),
      promisedDate: day(-1),
      promisedAmount: 5000_00,
      paidSince: 2000_00,
    });
    expect(decision.level).toBe(3);
    expect(decision.reasons).toContainEqual({
      code: 'collections.promise-broken',
      detail: { madeOn: day(-10), date: day(-1), amount: 'CNY 5,000.00', paid: 'CNY 2,000.00' },
    });
  });

  it('counts a promise as kept when receipts since it was made reach the promised amount', () => {
    const decision = decideOne(
      {
        ...deep,
        receipts: [
          { date: day(-11), amount: 9000_00 as Fen },
          { date: day(-10), amount: 3000_00 as Fen },
          { date: day(-2), amount: 2000_00 as Fen },
        ],
      },
      [],
      [promise({ promisedDate: day(-1) })],
    );
    expect(decision.promise?.state).toBe('kept');
    expect(decision.promise?.paidSince).toBe(5000_00);
  });

  it('counts a promise as kept when the overdue total fell by the promised amount', () => {
    const decision = decideOne(
      standing('C1', [overdue('INV-1', 80, 4000_00)]),
      [],
      [promise({ promisedDate: day(-1), overdueWhenPromised: 9000_00 as Fen })],
    );
    expect(decision.promise?.state).toBe('kept');
  });

  it('judges only the latest promise', () => {
    const decision = decideOne(
      deep,
      [sent(20, 2)],
      [promise({ date: day(-30), promisedDate: day(-20) }), promise({ date: day(-3) })],
    );
    expect(decision.promise?.state).toBe('live');
    expect(decision.level).toBe(2);
  });
});

describe('every reason has words', () => {
  it('has Chinese and English words for every reason code the rules produce', () => {
    const scenarios = [
      decideOne(standing('C1', [])),
      decideOne(standing('C1', [overdue('A', -1, 1)])),
      decideOne(standing('C1', [overdue('A', 3, 100_00)]), [], []),
      decideOne({ ...standing('C1', [overdue('A', 3, 100_00)]), creditGrade: 'A' }),
      decideOne(standing('C1', [overdue('A', 90, 10, { disputed: true }), overdue('B', 9, 10)])),
      decideOne(standing('C1', [overdue('A', 9, 100_00)]), [sent(1, 1)]),
    ];
    for (const d of scenarios) {
      for (const reason of d.reasons) {
        expect(MESSAGES[reason.code]?.zh).toBeTruthy();
        expect(MESSAGES[reason.code]?.en).toBeTruthy();
      }
    }
  });
});

describe('invariants', () => {
  it('never chases a disputed invoice, and a decided level always meets the tolerance', () => {
    const invoice = fc.record({
      days: fc.integer({ min: -60, max: 400 }),
      open: fc.integer({ min: 0, max: 1_000_000 }),
      disputed: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(invoice, { maxLength: 8 }),
        fc.constantFrom('A', 'B', undefined),
        (list, grade) => {
          const invoices = list.map((inv, i) =>
            overdue(`INV-${i}`, inv.days, inv.open, { disputed: inv.disputed }),
          );
          const decision = decideOne({
            ...standing('C1', invoices),
            ...(grade ? { creditGrade: grade } : {}),
          });

          expect(decision.invoices.every((inv) => inv.disputed !== true && inv.open > 0)).toBe(
            true,
          );
          expect(decision.amount).toBe(decision.invoices.reduce((sum, inv) => sum + inv.open, 0));
          if (decision.level !== undefined) {
            expect(decision.amount).toBeGreaterThanOrEqual(settings.tolerance);
            expect(Math.max(...decision.invoices.map((i) => i.level))).toBe(decision.level);
          }
        },
      ),
    );
  });
});
