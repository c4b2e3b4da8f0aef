import fc from 'fast-check';

import type { DateSystem } from '../../../src/domain/isoDay';
import { DAY_BUCKETS, DEFAULT_CREDIT_THRESHOLDS } from '../../../src/domain/receivables';
import {
  DEFAULT_WORKBOOK_SETTINGS,
  SETTINGS_SHEET,
  SETTING_ROWS,
  bucketsFromText,
  bucketsToText,
  describeSettingsIssue,
  readSettingsSheet,
  settingsFromCells,
  settingsTable,
} from '../../../src/workbook/settings';
import { bpFromPercentText, percentText } from '../../../src/workbook/settings/percentText';
import type { CellValue } from '../../../src/workbook/workbookPort';
import { openXlsx } from '../../../src/adapters/xlsx';
import { seedToXlsx } from '../../support/seedXlsx';

const FACTS = { dateSystem: '1900' as DateSystem };

/** The default sheet's cells with one value changed, as a cashier would type it. */
function edited(key: string, value: CellValue): CellValue[][] {
  const table = settingsTable(SETTINGS_SHEET);
  return [
    table.columns.map((column) => column.header),
    ...table.rows.map((row) =>
      row[0] === key ? [row[0] ?? null, row[1] ?? null, value, row[3] ?? null] : [...row],
    ),
  ];
}

const rowOf = (key: string): number => SETTING_ROWS.findIndex((row) => row.key === key) + 2;

describe('the Settings sheet', () => {
  it('is created with the defaults, in the workbook language, when missing, and reads back unchanged', async () => {
    const port = await openXlsx(await seedToXlsx({ sheets: [{ name: 'Data', cells: [['x']] }] }), {
      locale: 'en-US',
    });

    const created = await readSettingsSheet(port);
    const reopened = await openXlsx(await port.save());
    const again = await readSettingsSheet(reopened);

    expect(created).toMatchObject({ sheet: '设置', created: true, problems: [] });
    expect(created.settings.lang).toBe('en');
    expect(again).toMatchObject({ created: false, problems: [], notes: [] });
    expect(again.settings).toEqual(created.settings);
  });

  it('reads the defaults exactly as the domain states them', () => {
    const read = settingsFromCells(edited('none', null), FACTS);

    expect(read.problems).toEqual([]);
    expect(read.settings).toEqual(DEFAULT_WORKBOOK_SETTINGS);
  });

  it.each([
    ['asOf', '2024-06-30', (s: typeof DEFAULT_WORKBOOK_SETTINGS) => s.asOf, '2024-06-30'],
    ['asOf', 45473, (s: typeof DEFAULT_WORKBOOK_SETTINGS) => s.asOf, '2024-06-30'],
    [
      'agingBasis',
      '按入账日',
      (s: typeof DEFAULT_WORKBOOK_SETTINGS) => s.receivables.agingBasis,
      'entry',
    ],
    ['defaultCurrency', 'USD', (s: typeof DEFAULT_WORKBOOK_SETTINGS) => s.defaultCurrency, 'USD'],
    ['defaultCurrency', ' usd ', (s: typeof DEFAULT_WORKBOOK_SETTINGS) => s.defaultCurrency, 'USD'],
    ['defaultCurrency', '美元', (s: typeof DEFAULT_WORKBOOK_SETTINGS) => s.defaultCurrency, 'USD'],
    ['defaultCurrency', 'eur', (s: typeof DEFAULT_WORKBOOK_SETTINGS) => s.defaultCurrency, 'EUR'],
    [
      'defaultTermsDays',
      45,
      (s: typeof DEFAULT_WORKBOOK_SETTINGS) => s.receivables.defaultTermsDays,
      45,
    ],
    [
      'credit.watchLimitUseBp',
      0.75,
      (s: typeof DEFAULT_WORKBOOK_SETTINGS) => s.receivables.credit.watchLimitUseBp,
      7500,
    ],
    [
      'provisionRates',
      '1%,10%,30%,50%,80%,100%',
      (s: typeof DEFAULT_WORKBOOK_SETTINGS) => s.receivables.provisionBands[0]?.rateBp,
      100,
    ],
    [
      'company.name',
      ' 某某贸易有限公司 ',
      (s: typeof DEFAULT_WORKBOOK_SETTINGS) => s.company.name,
      '某某贸易有限公司',
    ],
  ] as const)('reads %s typed as %p', (key, value, pick, expected) => {
    const read = settingsFromCells(edited(key, value), FACTS);

    expect(read.problems).toEqual([]);
    expect(pick(read.settings)).toBe(expected);
  });

  it.each([
    ['asOf', '2024-13-01', 'settings.value-unreadable'],
    ['language', 'fr', 'settings.value-unreadable'],
    ['defaultCurrency', 'US dollars', 'settings.value-unreadable'],
    ['defaultCurrency', 'US', 'settings.value-unreadable'],
    ['defaultCurrency', '', 'settings.value-unreadable'],
    ['agingBuckets', '30,20', 'settings.value-unreadable'],
    ['defaultTermsDays', '30天', 'settings.value-unreadable'],
    ['credit.watchLimitUseBp', '80', 'settings.value-unreadable'],
    ['provisionRates', '5%,10%', 'settings.rates-count'],
    ['provisionRates', '5%,10%,30%,50%,80%,120%', 'receivables.settings.rate-out-of-range'],
    ['defaultTermsDays', 99999, 'receivables.settings.terms-invalid'],
    ['credit.gradeBFrom', 95, 'receivables.settings.thresholds-out-of-order'],
    ['credit.gradeAGraceDays', 400, 'receivables.settings.threshold-invalid'],
  ] as const)('reports %s = %p on its row as %s', (key, value, code) => {
    const read = settingsFromCells(edited(key, value), FACTS);
    const expectedRow =
      code === 'receivables.settings.thresholds-out-of-order'
        ? rowOf('credit.gradeAFrom')
        : rowOf(key);

    expect(read.problems).toEqual([
      expect.objectContaining({ row: expectedRow, problem: expect.objectContaining({ code }) }),
    ]);
  });

  it('tells a problem with its row and label in both languages', () => {
    const [issue] = settingsFromCells(edited('agingBasis', 'monthly'), FACTS).problems;

    expect(describeSettingsIssue(issue!, 'zh')).toBe(
      `设置表第 ${rowOf('agingBasis')} 行“账龄口径 Aging basis”：值“monthly”无法读取，应为due 或 entry / due or entry。`,
    );
    expect(describeSettingsIssue(issue!, 'en')).toMatch(
      new RegExp(
        `^Settings row ${rowOf('agingBasis')} \\(账龄口径 Aging basis\\): the value "monthly"`,
      ),
    );
  });

  it('notes unknown keys and missing rows without stopping, and refuses a key typed twice', () => {
    const cells = edited('none', null);
    const withoutTerms = cells.filter((row) => row[0] !== 'defaultTermsDays');
    const read = settingsFromCells([...withoutTerms, ['colour', 'x', 'red', null]], FACTS);
    const twice = settingsFromCells([...cells, ['language', 'x', 'en', null]], FACTS);

    expect(read.problems).toEqual([]);
    expect(read.notes.map((note) => note.problem.code)).toEqual([
      'settings.unknown-key',
      'settings.row-missing',
    ]);
    expect(read.settings.receivables.defaultTermsDays).toBe(30);
    expect(twice.problems.map((issue) => issue.problem.code)).toEqual(['settings.key-repeated']);
  });

  it('writes buckets as a preset name or upper bounds and reads them back as the same buckets', () => {
    expect(bucketsToText(DAY_BUCKETS)).toBe('days');
    expect(bucketsFromText('0,30,60,90,180,365')).toBe(DAY_BUCKETS);
    expect(bucketsFromText('0,45')?.map((bucket) => bucket.id)).toEqual([
      'not-due',
      'd1-45',
      'over-45',
    ]);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 5000 }), { minLength: 1, maxLength: 8 }),
        (raw) => {
          const bounds = [...raw].sort((a, b) => a - b);
          const buckets = bucketsFromText(bounds.join(','));
          expect(buckets).toBeDefined();
          expect(bucketsFromText(bucketsToText(buckets!))).toEqual(buckets);
        },
      ),
    );
  });

  it('writes percentages that read back to the same basis points', () => {
    expect(percentText(DEFAULT_CREDIT_THRESHOLDS.watchLimitUseBp)).toBe('80%');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (bp) => {
        expect(bpFromPercentText(percentText(bp))).toBe(bp);
      }),
    );
  });
});
