import fc from 'fast-check';
import {
  addDays,
  addMonths,
  asIsoDay,
  dayNumber,
  daysBetween,
  fromDayNumber,
  isoDay,
  isoDayFromSerial,
  serialFromIsoDay,
  type DateSystem,
  type IsoDay,
} from '../../src/domain/isoDay';

const anyDay = fc
  .integer({ min: dayNumber('1000-01-01' as IsoDay), max: dayNumber('9999-12-31' as IsoDay) })
  .map(fromDayNumber);

// Far enough from years 1000 and 9999 that stepping 3000 days stays on the calendar.
const dayAwayFromEnds = fc
  .integer({ min: dayNumber('1010-01-01' as IsoDay), max: dayNumber('9990-12-31' as IsoDay) })
  .map(fromDayNumber);

const daySince1904 = fc
  .integer({ min: dayNumber('1904-01-01' as IsoDay), max: dayNumber('9999-12-31' as IsoDay) })
  .map(fromDayNumber);

describe('Excel serials in the 1900 date system', () => {
  it.each([
    [1, '1900-01-01'],
    [31, '1900-01-31'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [25569, '1970-01-01'],
    [36526, '2000-01-01'],
    [45356, '2024-03-05'],
    [2958465, '9999-12-31'],
  ])('serial %d is %s, both ways', (serial, day) => {
    expect(isoDayFromSerial(serial, '1900')).toBe(day);
    expect(serialFromIsoDay(day as IsoDay, '1900')).toBe(serial);
  });

  it('has no day for serial 60, the fictional 1900-02-29', () => {
    expect(isoDayFromSerial(60, '1900')).toBeUndefined();
    expect(isoDayFromSerial(60.5, '1900')).toBeUndefined();
  });

  it('drops the time of day', () => {
    expect(isoDayFromSerial(45356.999, '1900')).toBe('2024-03-05');
  });

  it.each([0, -5, 2958466, 1e20, NaN, Infinity])('has no day for serial %d', (serial) => {
    expect(isoDayFromSerial(serial, '1900')).toBeUndefined();
  });
});

describe('Excel serials in the 1904 date system', () => {
  it.each([
    [0, '1904-01-01'],
    [1, '1904-01-02'],
    [59, '1904-02-29'],
    [60, '1904-03-01'],
    [43894, '2024-03-05'],
  ])('serial %d is %s, both ways', (serial, day) => {
    expect(isoDayFromSerial(serial, '1904')).toBe(day);
    expect(serialFromIsoDay(day as IsoDay, '1904')).toBe(serial);
  });

  it('sits 1462 days before the 1900 system for every day both can name', () => {
    fc.assert(
      fc.property(daySince1904, (day) => {
        expect(serialFromIsoDay(day, '1900') - serialFromIsoDay(day, '1904')).toBe(1462);
      }),
    );
  });

  it.each([-1, 1e20, -Infinity])('has no day for serial %d', (serial) => {
    expect(isoDayFromSerial(serial, '1904')).toBeUndefined();
  });
});

describe('serial round trips', () => {
  it.each(['1900', '1904'] as DateSystem[])(
    'reads back every day its %s serial names',
    (system) => {
      fc.assert(
        fc.property(daySince1904, (day) => {
          expect(isoDayFromSerial(serialFromIsoDay(day, system), system)).toBe(day);
        }),
      );
    },
  );

  it.each([
    ['1899-12-31', '1900'],
    ['1903-12-31', '1904'],
  ] as const)('refuses to invent a serial for %s in the %s system', (day, system) => {
    expect(() => serialFromIsoDay(day as IsoDay, system)).toThrow(RangeError);
  });
});

describe('day arithmetic', () => {
  it('adds and counts days consistently', () => {
    fc.assert(
      fc.property(dayAwayFromEnds, fc.integer({ min: -3000, max: 3000 }), (day, n) => {
        const later = fromDayNumber(dayNumber(day) + n);
        expect(addDays(day, n)).toBe(later);
        expect(daysBetween(day, later)).toBe(n);
        expect(addDays(later, -n)).toBe(day);
      }),
    );
  });

  it('counts days across years and leap days', () => {
    expect(daysBetween('2024-02-28' as IsoDay, '2024-03-01' as IsoDay)).toBe(2);
    expect(daysBetween('2023-02-28' as IsoDay, '2023-03-01' as IsoDay)).toBe(1);
    expect(daysBetween('2023-12-31' as IsoDay, '2024-12-31' as IsoDay)).toBe(366);
    expect(daysBetween('1900-02-28' as IsoDay, '1900-03-01' as IsoDay)).toBe(1);
  });

  it('orders days the way their day numbers are ordered', () => {
    fc.assert(
      fc.property(anyDay, anyDay, (a, b) => {
        expect(Math.sign(daysBetween(a, b))).toBe(a < b ? 1 : a > b ? -1 : 0);
      }),
    );
  });

  it('clamps a month step to the last day of the month', () => {
    expect(addMonths('2024-01-31' as IsoDay, 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31' as IsoDay, 1)).toBe('2023-02-28');
    expect(addMonths('2024-03-31' as IsoDay, -1)).toBe('2024-02-29');
    expect(addMonths('2024-11-15' as IsoDay, 14)).toBe('2026-01-15');
  });

  it('accepts only real days as IsoDay', () => {
    expect(asIsoDay('2024-02-29')).toBe('2024-02-29');
    expect(asIsoDay('2023-02-29')).toBeUndefined();
    expect(asIsoDay('2024-3-5')).toBeUndefined();
    expect(() => isoDay(2023, 2, 29)).toThrow(RangeError);
  });
});
