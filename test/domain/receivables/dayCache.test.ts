import fc from 'fast-check';
import { dayNumber, fromDayNumber } from '../../../src/domain/isoDay';
import { DayCache } from '../../../src/domain/receivables/allocateReceipts';

describe('the day numbers allocation reads straight from ISO digits', () => {
  it('agree with isoDay’s dayNumber on every day from year 1000 to 9999', () => {
    const cache = new DayCache();
    const first = dayNumber('1000-01-01' as never);
    const last = dayNumber('9999-12-31' as never);

    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (value) => {
        const day = fromDayNumber(value);
        expect(cache.of(day)).toBe(value);
        expect(cache.day(value)).toBe(day);
      }),
      { numRuns: 2000 },
    );
  });

  it.each(['2024-02-29', '2000-02-29', '1900-03-01', '1970-01-01', '1969-12-31'])(
    'agree on %s',
    (text) => {
      expect(new DayCache().of(text as never)).toBe(dayNumber(text as never));
    },
  );
});
