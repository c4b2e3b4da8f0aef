import type { IsoDay } from '../../../src/domain/isoDay';
import {
  findInvoiceSets,
  matchInvoices,
  type CandidateInvoice,
} from '../../../src/domain/matching';
import type { Fen } from '../../../src/domain/money';

function invoice(number: string, open: number, date = '2026-10-01'): CandidateInvoice {
  return {
    entryId: `e-${number}`,
    documentNumber: number,
    date: date as IsoDay,
    dueDate: date as IsoDay,
    open: open as Fen,
  };
}

const OPEN = [
  invoice('A1', 50000),
  invoice('A2', 30000),
  invoice('A3', 12345),
  invoice('A4', 30000),
];

describe('matching a payment to invoices', () => {
  it.each([
    ['names A3 in the memo and pays it exactly', 12345, '货款 A3', 'invoice-in-memo', true, ['A3']],
    ['names A1 and A3 and pays both', 62345, 'A1,A3', 'invoice-in-memo', true, ['A1', 'A3']],
    ['names A1 and pays part of it', 20000, 'a1 部分', 'invoice-in-memo-partial', true, ['A1']],
    ['names A3 but pays more than is open', 20000, 'A3', 'memo-amount-differs', false, ['A3']],
    ['pays exactly the one invoice of 123.45', 12345, '货款', 'exact-amount', true, ['A3']],
    ['pays 300.00, which two invoices are', 30000, undefined, 'several-exact', false, ['A2']],
    ['pays 623.45 = A1 + A3, the only set', 62345, undefined, 'invoice-set', true, ['A1', 'A3']],
    ['pays 800.00 = A1 + A2 or A1 + A4', 80000, undefined, 'several-sets', false, ['A1', 'A2']],
    ['pays 100.00, which no invoice or set is', 10000, undefined, 'fifo', false, ['A1']],
  ])('%s', (_, amount, memo, rule, automatic, numbers) => {
    const decision = matchInvoices(amount as Fen, memo, OPEN);

    expect(decision.rule).toBe(rule);
    expect(decision.automatic).toBe(automatic);
    expect(decision.parts.map((p) => p.documentNumber)).toEqual(numbers);
  });

  it('warns of a memo naming an invoice already paid rather than paying another', () => {
    const decision = matchInvoices(10000 as Fen, 'A9', [...OPEN, invoice('A9', 0)]);

    expect(decision).toMatchObject({ rule: 'memo-invoice-paid', automatic: false });
  });

  it('proposes first-in-first-out and applies it only when the settings say so', () => {
    const settings = {
      autoApplyFifo: true,
      subsetLimits: { maxCandidates: 20, maxSteps: 65_536 },
    };

    const decision = matchInvoices(70000 as Fen, undefined, OPEN, settings);

    expect(decision.automatic).toBe(true);
    expect(decision.parts.map((p) => [p.documentNumber, p.amount])).toEqual([
      ['A1', 50000],
      ['A2', 20000],
    ]);
  });

  it('treats a prepayment (nothing open) as one for the cashier', () => {
    expect(matchInvoices(100 as Fen, undefined, [])).toMatchObject({
      rule: 'no-open-invoices',
      automatic: false,
    });
  });
});

describe('the bounded search for invoice sets', () => {
  it('finds the one set among twenty invoices and proves it unique', () => {
    // Powers of two: every total has one set, so the search must prove there is no other.
    const amounts = Array.from({ length: 20 }, (_, i) => 1000 * 2 ** i);

    const search = findInvoiceSets(amounts, amounts[3]! + amounts[17]!);

    expect(search).toEqual({ sets: [[3, 17]], exhaustive: true });
  });

  it('does not call a set unique when more than the candidate cap are open', () => {
    const amounts = Array.from({ length: 25 }, (_, i) => 100 + i);

    const search = findInvoiceSets(amounts, 100 + 101, { maxCandidates: 20, maxSteps: 65_536 });

    expect(search.sets).toEqual([[0, 1]]);
    expect(search.exhaustive).toBe(false);
  });

  it('stops at the step cap and then claims nothing is unique', () => {
    const amounts = Array.from({ length: 20 }, () => 7);

    const search = findInvoiceSets(amounts, 1, { maxCandidates: 20, maxSteps: 100 });

    expect(search).toEqual({ sets: [], exhaustive: true });
    const big = findInvoiceSets(
      Array.from({ length: 20 }, (_, i) => 1000 + i * 3),
      1000 * 10 + 3 * 95 + 1,
      { maxCandidates: 20, maxSteps: 100 },
    );
    expect(big.exhaustive).toBe(false);
  });
});
