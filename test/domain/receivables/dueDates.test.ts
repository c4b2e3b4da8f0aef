import fc from 'fast-check';
import { addDays, dayNumber, fromDayNumber, type IsoDay } from '../../../src/domain/isoDay';
import {
  dueDateAfter,
  dueDateOf,
  dueDayAfter,
  monthEndDay,
  termsDaysFor,
  termsFor,
} from '../../../src/domain/receivables/dueDates';
import { allocateReceipts } from '../../../src/domain/receivables';
import { customer, invoice } from './ledgerBuilder';

const day = (text: string) => text as IsoDay;
const monthEnd = (days: number) => ({ days, basis: 'month-end' as const });
const fromEntry = (days: number) => ({ days, basis: 'entry-date' as const });

describe('due dates under terms from the entry date', () => {
  it('adds the days to the entry date', () => {
    expect(dueDateAfter(day('2026-01-15'), fromEntry(30))).toBe('2026-02-14');
  });
});

describe('due dates under month-end terms (月结)', () => {
  it.each([
    ['2026-01-15', 30, '2026-03-02'],
    ['2026-01-31', 30, '2026-03-02'],
    ['2026-01-01', 0, '2026-01-31'],
    ['2026-02-10', 0, '2026-02-28'],
    ['2028-02-10', 0, '2028-02-29'],
    ['2028-02-29', 30, '2028-03-30'],
    ['2100-02-01', 0, '2100-02-28'],
    ['2000-02-01', 0, '2000-02-29'],
    ['2026-04-30', 30, '2026-05-30'],
    ['2026-12-05', 30, '2027-01-30'],
    ['2026-12-31', 60, '2027-03-01'],
    ['2026-11-20', 45, '2027-01-14'],
  ])('an entry of %s with 月结%d天 falls due on %s', (entry, days, due) => {
    expect(dueDateAfter(day(entry), monthEnd(days))).toBe(due);
  });

  it('counts from the last day of the entry month for every day and term', () => {
    const anyDay = fc.integer({
      min: dayNumber(day('1900-01-01')),
      max: dayNumber(day('2200-12-31')),
    });
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 0, max: 3650 }), (entry, days) => {
        const end = fromDayNumber(monthEndDay(entry));
        const due = dueDayAfter(entry, monthEnd(days));
        expect(end.slice(0, 7)).toBe(fromDayNumber(entry).slice(0, 7));
        expect(addDays(end, 1).slice(8)).toBe('01');
        expect(due - days).toBe(monthEndDay(entry));
        expect(due).toBeGreaterThanOrEqual(entry + days);
      }),
    );
  });
});

describe('dueDateOf', () => {
  const entry = { date: day('2026-01-15') };

  it('keeps an explicit due date whatever the terms', () => {
    const withDue = { ...entry, dueDate: day('2026-01-20') };
    expect(dueDateOf(withDue, { termsDays: 30, termsBasis: 'month-end' }, 60)).toBe('2026-01-20');
  });

  it("uses the customer's month-end terms", () => {
    expect(dueDateOf(entry, { termsDays: 30, termsBasis: 'month-end' }, 60)).toBe('2026-03-02');
  });

  it("reads the customer's terms without a basis as counted from the entry date", () => {
    expect(dueDateOf(entry, { termsDays: 30 }, 60)).toBe('2026-02-14');
  });

  it('falls back to the default terms, in days or month-end', () => {
    expect(dueDateOf(entry, undefined, 60)).toBe('2026-03-16');
    expect(dueDateOf(entry, {}, monthEnd(0))).toBe('2026-01-31');
  });
});

describe('termsFor and termsDaysFor', () => {
  it("give the customer's terms and their basis, or the default terms", () => {
    expect(termsFor({ termsDays: 45, termsBasis: 'month-end' }, 30)).toEqual(monthEnd(45));
    expect(termsFor(undefined, 30)).toEqual(fromEntry(30));
    expect(termsDaysFor({ termsDays: 45, termsBasis: 'month-end' }, 30)).toBe(45);
    expect(termsDaysFor(undefined, 30)).toBe(30);
  });
});

describe('allocation of a 月结 customer', () => {
  it('gives an invoice without a due date the month-end due date', () => {
    const customers = [customer('C1', { termsDays: 30, termsBasis: 'month-end' })];
    const allocation = allocateReceipts(
      customers,
      [invoice('2026-01-15', 100, { doc: 'INV-1' })],
      day('2026-06-30'),
    );

    expect(allocation.customers[0]?.invoices[0]?.dueDate).toBe('2026-03-02');
  });
});
