import {
  ANNUAL_REPORT_BUCKETS,
  DAY_BUCKETS,
  DEFAULT_RECEIVABLES_SETTINGS,
  applyRateBp,
  validateReceivablesSettings,
  type AgingBucket,
  type ReceivablesSettings,
} from '../../../src/domain/receivables';
import { describeProblem } from '../../../src/domain/messages';
import type { Fen } from '../../../src/domain/money';

const withBuckets = (agingBuckets: AgingBucket[]): ReceivablesSettings => ({
  ...DEFAULT_RECEIVABLES_SETTINGS,
  agingBuckets,
});

const codes = (settings: ReceivablesSettings): string[] =>
  validateReceivablesSettings(settings).map((problem) => problem.code);

describe('receivables settings', () => {
  it('accepts the defaults and the annual-report preset', () => {
    expect(validateReceivablesSettings(DEFAULT_RECEIVABLES_SETTINGS)).toEqual([]);
    expect(codes(withBuckets([...ANNUAL_REPORT_BUCKETS]))).toEqual([]);
  });

  it('has the DOMAIN.md rate table and 30-day default terms and 7 grace days', () => {
    expect(
      DEFAULT_RECEIVABLES_SETTINGS.provisionBands.map((band) => [band.zh, band.rateBp]),
    ).toEqual([
      ['1年以内', 500],
      ['1-2年', 1000],
      ['2-3年', 3000],
      ['3-4年', 5000],
      ['4-5年', 8000],
      ['5年以上', 10000],
    ]);
    expect(DEFAULT_RECEIVABLES_SETTINGS.defaultTermsDays).toBe(30);
    expect(DEFAULT_RECEIVABLES_SETTINGS.credit.gradeAGraceDays).toBe(7);
  });

  it.each([
    [
      'a gap between 30 and 32 days',
      [
        { id: 'a', zh: 'a', en: 'a', fromDays: null, toDays: 30 },
        { id: 'b', zh: 'b', en: 'b', fromDays: 32, toDays: null },
      ],
      'receivables.settings.bucket-gap',
    ],
    [
      'an overlap at day 30',
      [
        { id: 'a', zh: 'a', en: 'a', fromDays: null, toDays: 30 },
        { id: 'b', zh: 'b', en: 'b', fromDays: 30, toDays: null },
      ],
      'receivables.settings.bucket-overlap',
    ],
    [
      'a last bucket with an end',
      [
        { id: 'a', zh: 'a', en: 'a', fromDays: null, toDays: 30 },
        { id: 'b', zh: 'b', en: 'b', fromDays: 31, toDays: 60 },
      ],
      'receivables.settings.last-bucket-closed',
    ],
    [
      'a first bucket starting at day 5',
      [{ id: 'a', zh: 'a', en: 'a', fromDays: 5, toDays: null }],
      'receivables.settings.first-bucket-starts-late',
    ],
    ['no buckets at all', [], 'receivables.settings.no-buckets'],
    [
      'the same id twice',
      [
        { id: 'a', zh: 'a', en: 'a', fromDays: null, toDays: 30 },
        { id: 'a', zh: 'a', en: 'a', fromDays: 31, toDays: null },
      ],
      'receivables.settings.duplicate-bucket',
    ],
  ])('reports %s as a problem, not a throw', (_, buckets, code) => {
    expect(codes(withBuckets(buckets))).toContain(code);
  });

  it('reports a rate above 100% with its words in Chinese and English', () => {
    const settings: ReceivablesSettings = {
      ...DEFAULT_RECEIVABLES_SETTINGS,
      provisionBands: DEFAULT_RECEIVABLES_SETTINGS.provisionBands.map((band, index) =>
        index === 0 ? { ...band, rateBp: 12000 } : band,
      ),
    };

    const [problem] = validateReceivablesSettings(settings);
    expect(problem?.code).toBe('receivables.settings.rate-out-of-range');
    expect(describeProblem(problem!, 'zh')).toContain('120%');
    expect(describeProblem(problem!, 'en')).toContain('between 0% and 100%');
  });

  it('reports thresholds out of order', () => {
    const settings = {
      ...DEFAULT_RECEIVABLES_SETTINGS,
      credit: { ...DEFAULT_RECEIVABLES_SETTINGS.credit, gradeAFrom: 40 },
    };
    expect(codes(settings)).toEqual(['receivables.settings.thresholds-out-of-order']);
  });

  it('keeps the day buckets contiguous from not-yet-due to over 365 days', () => {
    expect(DAY_BUCKETS.map((bucket) => bucket.zh)).toEqual([
      '未到期',
      '1-30天',
      '31-60天',
      '61-90天',
      '91-180天',
      '181-365天',
      '365天以上',
    ]);
  });
});

describe('provision arithmetic in fen', () => {
  it.each([
    [1, 5000, 1],
    [1, 4999, 0],
    [3, 5000, 2],
    [-3, 5000, -2],
    [999_999_999_999_999, 500, 50_000_000_000_000],
    [12_345, 10000, 12_345],
    [10, 0, 0],
  ])('%i fen at %i bp is %i fen, halves away from zero', (amount, rate, expected) => {
    expect(applyRateBp(amount as Fen, rate)).toBe(expected);
  });
});
