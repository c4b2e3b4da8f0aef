import fc from 'fast-check';
import { serialFromIsoDay } from '../../src/domain/isoDay';
import type { IsoDay } from '../../src/domain/isoDay';
import {
  CUSTOM_FUNCTIONS,
  associateCustomFunctions,
  daysPastDue,
  parseAmountCell,
} from '../../src/functions/functions';
import type { CellError, CustomFunctionsHost } from '../../src/functions/cellError';

const serial = (day: string): number => serialFromIsoDay(day as IsoDay, '1900');

describe('CASHIER.DAYSPASTDUE', () => {
  it.each([
    ['2024-03-01', '2024-03-31', 30],
    ['2024-02-28', '2024-03-01', 2],
    ['2023-02-28', '2023-03-01', 1],
    ['2024-03-31', '2024-03-31', 0],
    ['2024-04-10', '2024-03-31', -10],
    ['2023-12-31', '2025-01-01', 367],
  ])('counts calendar days from %s to %s as %i', (due, asOf, days) => {
    expect(daysPastDue(serial(due), serial(asOf))).toBe(days);
  });

  it('ignores the time of day in either serial', () => {
    expect(daysPastDue(serial('2024-03-01') + 0.99, serial('2024-03-02') + 0.01)).toBe(1);
  });

  it.each([
    [null, 45000, /The argument dueDate is missing/],
    [45000, undefined, /The argument asOf is missing/],
    [60, 45000, /dueDate is not a date \(got 60\)/],
    [-1, 45000, /dueDate is not a date/],
    [45000, 'tomorrow', /asOf is not a date \(got tomorrow\)/],
  ])('returns #VALUE! with a reason for due %p and as-of %p', (due, asOf, message) => {
    const result = daysPastDue(due as number, asOf as number) as CellError;
    expect(result.code).toBe('#VALUE!');
    expect(result.message).toMatch(message);
  });

  it('agrees with subtracting the serials for every day from 1900-03-01 on', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 61, max: 2_958_465 }),
        fc.integer({ min: 61, max: 2_958_465 }),
        (a, b) => {
          expect(daysPastDue(a, b)).toBe(b - a);
        },
      ),
    );
  });
});

describe('CASHIER.PARSEAMOUNT', () => {
  it.each([
    ['1,234.50', 1234.5],
    ['¥1234.5', 1234.5],
    ['(500.00)', -500],
    [1234.5000000001, 1234.5],
  ])('reads %p as %p yuan', (text, yuan) => {
    expect(parseAmountCell(text)).toBe(yuan);
  });

  it('returns #VALUE! for text that is not an amount instead of guessing', () => {
    const result = parseAmountCell('待定') as CellError;
    expect(result.code).toBe('#VALUE!');
    expect(result.message).toBeTruthy();
  });

  it('returns #VALUE! naming the argument when the cell is empty', () => {
    expect(parseAmountCell(null as unknown as string)).toEqual({
      code: '#VALUE!',
      message: 'The argument text is missing.',
    });
  });
});

describe('registering the functions', () => {
  it('associates every function with Excel under its upper-case id', () => {
    const associated: string[] = [];
    const host: CustomFunctionsHost = {
      associate: (id) => associated.push(id),
      Error: class {
        constructor(
          readonly code: string,
          readonly message?: string,
        ) {}
      },
      ErrorCode: { invalidValue: '#VALUE!' },
    };
    associateCustomFunctions(host);
    expect(associated).toEqual(Object.keys(CUSTOM_FUNCTIONS));
    expect(associated.every((id) => /^[A-Z][A-Z0-9.]*$/.test(id))).toBe(true);
  });

  it("returns Excel's own error object when Excel is there", () => {
    class ExcelError {
      constructor(
        readonly code: string,
        readonly message?: string,
      ) {}
    }
    const global = globalThis as { CustomFunctions?: unknown };
    global.CustomFunctions = {
      associate: () => undefined,
      Error: ExcelError,
      ErrorCode: { invalidValue: '#VALUE!' },
    };
    try {
      expect(daysPastDue(60, 45000)).toBeInstanceOf(ExcelError);
    } finally {
      delete global.CustomFunctions;
    }
  });
});
