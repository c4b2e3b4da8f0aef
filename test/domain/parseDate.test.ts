import fc from 'fast-check';
import { dayNumber, fromDayNumber, type IsoDay } from '../../src/domain/isoDay';
import {
  inferSlashOrder,
  parseDateSerial,
  parseDateText,
  slashOrderOfLocale,
  type SlashOrder,
} from '../../src/domain/parseDate';

describe('parseDateText reads the text forms of a day', () => {
  it.each([
    ['2024-03-05', undefined, '2024-03-05'],
    ['2024/3/5', undefined, '2024-03-05'],
    ['2024.03.05', undefined, '2024-03-05'],
    ['2024年3月5日', undefined, '2024-03-05'],
    ['2024年03月05号', undefined, '2024-03-05'],
    ['２０２４年３月５日', undefined, '2024-03-05'],
    ['２０２４－０３－０５', undefined, '2024-03-05'],
    ['20240305', undefined, '2024-03-05'],
    ['3/5/2024', 'mdy', '2024-03-05'],
    ['3/5/2024', 'dmy', '2024-05-03'],
    ['03-05-2024', 'mdy', '2024-03-05'],
    ['25/12/2024', undefined, '2024-12-25'],
    ['12/25/2024', undefined, '2024-12-25'],
    ['5/5/2024', undefined, '2024-05-05'],
    ['05.03.2024', undefined, '2024-03-05'],
    ['2024-03-05 10:30', undefined, '2024-03-05'],
    ['2024-03-05T10:30:00', undefined, '2024-03-05'],
    ['2024-03-05T23:30:00.000Z', undefined, '2024-03-05'],
    ['2024/3/5 9:05 PM', undefined, '2024-03-05'],
    ['2024年3月5日 10:30', undefined, '2024-03-05'],
    ['3/5/2024 10:30', 'dmy', '2024-05-03'],
    ['\uFEFF 2024-03-05\u00A0', undefined, '2024-03-05'],
    ['2024-02-29', undefined, '2024-02-29'],
  ] as const)('reads %j (order %s) as %s', (text, order, day) => {
    expect(parseDateText(text, order)).toEqual({ ok: true, value: day });
  });
});

describe('parseDateText rejects what is not a day, with its reason', () => {
  it.each([
    ['3/5/2024', 'date.ambiguous-order'],
    ['03-05-2024', 'date.ambiguous-order'],
    ['2023-02-29', 'date.not-a-day'],
    ['2024-13-01', 'date.not-a-day'],
    ['2024年2月30日', 'date.not-a-day'],
    ['20241301', 'date.not-a-day'],
    ['13/13/2024', 'date.not-a-day'],
    ['0999-01-01', 'date.not-a-day'],
    ['1899-12-31', 'date.before-1900'],
    ['1024年3月5日', 'date.before-1900'],
    ['24/3/5', 'date.two-digit-year'],
    ['3/5/24', 'date.two-digit-year'],
    ['24年3月5日', 'date.two-digit-year'],
    ['2024-03/05', 'date.not-a-date'],
    ['待定', 'date.not-a-date'],
    ['2024-03-05 下午', 'date.not-a-date'],
    ['', 'date.empty'],
    ['  ', 'date.empty'],
  ])('rejects %j as %s', (text, code) => {
    expect(parseDateText(text)).toMatchObject({ ok: false, problem: { code } });
  });

  it('follows an explicit order even when a value contradicts it', () => {
    expect(parseDateText('13/5/2024', 'mdy')).toMatchObject({
      ok: false,
      problem: { code: 'date.not-a-day', detail: { text: '13/5/2024' } },
    });
  });

  it('never throws for any string', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'grapheme' }),
          fc.string({ unit: 'binary' }),
          fc.string({ unit: 'grapheme', maxLength: 300 }),
          fc.stringMatching(/^[0-9０-９/.\-年月日 :T]{0,16}$/),
        ),
        fc.constantFrom<SlashOrder | undefined>(undefined, 'mdy', 'dmy'),
        (text, order) => {
          expect(typeof parseDateText(text, order).ok).toBe('boolean');
        },
      ),
      { numRuns: 2000 },
    );
  });
});

const anyDay = fc
  .integer({ min: dayNumber('1900-01-01' as IsoDay), max: dayNumber('9999-12-31' as IsoDay) })
  .map(fromDayNumber);

const FORMS: readonly [string, (y: number, m: number, d: number) => string, SlashOrder | null][] = [
  ['ISO', (y, m, d) => `${y}-${pad(m)}-${pad(d)}`, null],
  ['slash', (y, m, d) => `${y}/${m}/${d}`, null],
  ['dot', (y, m, d) => `${y}.${pad(m)}.${pad(d)}`, null],
  ['Chinese', (y, m, d) => `${y}年${m}月${d}日`, null],
  ['full-width Chinese', (y, m, d) => toFullWidth(`${y}年${m}月${d}日`), null],
  ['compact', (y, m, d) => `${y}${pad(m)}${pad(d)}`, null],
  ['month first', (y, m, d) => `${m}/${d}/${y}`, 'mdy'],
  ['day first', (y, m, d) => `${d}/${m}/${y}`, 'dmy'],
  ['ISO with time', (y, m, d) => `${y}-${pad(m)}-${pad(d)}T08:15:00`, null],
];

describe('parseDateText round-trips random days', () => {
  it.each(FORMS)('reads back any day written in the %s form', (_name, write, order) => {
    fc.assert(
      fc.property(anyDay, (day) => {
        const [y, m, d] = day.split('-').map(Number) as [number, number, number];
        expect(parseDateText(write(y, m, d), order ?? undefined)).toEqual({ ok: true, value: day });
      }),
    );
  });
});

describe('parseDateSerial follows the workbook date system', () => {
  it.each([
    [1, '1900', '1900-01-01'],
    [59, '1900', '1900-02-28'],
    [61, '1900', '1900-03-01'],
    [45356, '1900', '2024-03-05'],
    [45356.75, '1900', '2024-03-05'],
    [2958465, '1900', '9999-12-31'],
    [0, '1904', '1904-01-01'],
    [43894, '1904', '2024-03-05'],
  ] as const)('reads serial %d in the %s system as %s', (serial, system, day) => {
    expect(parseDateSerial(serial, system)).toEqual({ ok: true, value: day });
  });

  it('rejects serial 60 in the 1900 system as the fictional 1900-02-29', () => {
    expect(parseDateSerial(60, '1900')).toEqual({
      ok: false,
      problem: { code: 'date.serial-1900-02-29', detail: { serial: '60' } },
    });
    expect(parseDateSerial(60, '1904')).toEqual({ ok: true, value: '1904-03-01' });
  });

  it.each([
    [0, '1900'],
    [-1, '1900'],
    [-1, '1904'],
    [NaN, '1900'],
    [Infinity, '1904'],
    [2958466, '1900'],
    [1e20, '1900'],
    [1e20, '1904'],
  ] as const)('rejects serial %d in the %s system as out of range', (serial, system) => {
    expect(parseDateSerial(serial, system)).toMatchObject({
      ok: false,
      problem: { code: 'date.serial-out-of-range' },
    });
  });
});

describe('inferSlashOrder decides a column', () => {
  it('settles on day first when a first part is over 12', () => {
    expect(inferSlashOrder(['3/5/2024', '25/12/2024', '2024-01-01'])).toEqual({
      order: 'dmy',
      settledBy: 'data',
    });
  });

  it('settles on month first when a second part is over 12', () => {
    expect(inferSlashOrder(['3/5/2024', '12/25/2024'], 'en-GB')).toEqual({
      order: 'mdy',
      settledBy: 'data',
    });
  });

  it('reports a column holding both kinds as conflicting, with examples', () => {
    expect(inferSlashOrder(['25/12/2024', '12/25/2024', '3/5/2024'], 'en-US')).toEqual({
      ambiguous: true,
      conflicting: true,
      examples: ['25/12/2024', '12/25/2024'],
    });
  });

  it.each([
    ['en-US', 'mdy'],
    ['en_us', 'mdy'],
    ['en-GB', 'dmy'],
    ['en-AU', 'dmy'],
    ['fr-FR', 'dmy'],
    ['de', 'dmy'],
  ] as const)('falls back to the %s locale (%s) when no value settles it', (locale, order) => {
    expect(inferSlashOrder(['3/5/2024', '4/6/2024'], locale)).toEqual({
      order,
      settledBy: 'locale',
    });
  });

  it.each([undefined, 'zh-CN', 'zh-TW', 'ja-JP', 'en', 'en-CA', 'xx'])(
    'stays ambiguous under locale %s, listing the unsettled values',
    (locale) => {
      expect(inferSlashOrder(['3/5/2024', '5/5/2024', '4/6/2024'], locale)).toEqual({
        ambiguous: true,
        conflicting: false,
        examples: ['3/5/2024', '4/6/2024'],
      });
    },
  );

  it('lists no examples when no value needed an order', () => {
    expect(inferSlashOrder(['2024-03-05', '5/5/2024', '05.03.2024'])).toEqual({
      ambiguous: true,
      conflicting: false,
      examples: [],
    });
  });

  it('knows which locales imply an order', () => {
    expect(slashOrderOfLocale('zh-CN')).toBeUndefined();
    expect(slashOrderOfLocale('es-US')).toBe('mdy');
    expect(slashOrderOfLocale('es-ES')).toBe('dmy');
  });
});

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function toFullWidth(text: string): string {
  return text.replace(/[0-9]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
}
