/**
 * Every CASHIER function called as Excel calls it: ranges as 2-D arrays of cells, dates as
 * serials or text, empty cells as '' or null, omitted arguments as undefined.
 */
import fc from 'fast-check';
import { serialFromIsoDay } from '../../src/domain/isoDay';
import type { IsoDay } from '../../src/domain/isoDay';
import type { CellError } from '../../src/functions/cellError';
import {
  ageBucket,
  aging,
  amountWords,
  capitals,
  cei,
  creditFlag,
  creditScore,
  dso,
  openItems,
  parseDateCell,
  predictPay,
  provision,
} from '../../src/functions/functions';

const serial = (day: string): number => serialFromIsoDay(day as IsoDay, '1900');
/** A column as Excel passes a one-column range. */
const column = (...cells: unknown[]): unknown[][] => cells.map((cell) => [cell]);
const error = (value: unknown): CellError => value as CellError;
const firstCell = (table: unknown[][]): CellError => table[0]?.[0] as CellError;

const AS_OF = serial('2024-06-30');

describe('CASHIER.AGEBUCKET', () => {
  it.each([
    ['2024-07-10', 'Not yet due'],
    ['2024-06-30', 'Not yet due'],
    ['2024-06-29', '1-30 days'],
    ['2024-05-01', '31-60 days'],
    ['2023-06-01', 'Over 365 days'],
  ])('puts a due date of %s in %s on 2024-06-30', (due, label) => {
    expect(ageBucket(serial(due), AS_OF)).toBe(label);
  });

  it('reads a due date typed as text and the annual-report preset', () => {
    expect(ageBucket('2022/5/1', AS_OF, 'years')).toBe('2-3 years');
  });

  it('builds buckets from the upper bounds the cashier types', () => {
    expect(ageBucket(serial('2024-03-01'), AS_OF, '30,60,90')).toBe('Over 90 days');
    expect(ageBucket(serial('2024-05-15'), AS_OF, [[30, 60, 90]])).toBe('31-60 days');
  });

  it('refuses bounds that do not rise, saying how to write them', () => {
    const result = error(ageBucket(serial('2024-05-15'), AS_OF, '60,30'));
    expect(result.code).toBe('#VALUE!');
    expect(result.message).toMatch(/rising upper bounds/);
  });

  it('speaks Chinese when Excel does', () => {
    const global = globalThis as { Office?: unknown };
    global.Office = { context: { displayLanguage: 'zh-CN' } };
    try {
      expect(ageBucket(serial('2024-05-01'), AS_OF)).toBe('31-60天');
      expect(error(ageBucket(null, AS_OF)).message).toBe('缺少参数 dueDate。');
    } finally {
      delete global.Office;
    }
  });
});

describe('CASHIER.AGING', () => {
  const customers = column('华强', '华强', '明达', '', null, '华强');
  const dues = column(
    serial('2024-06-20'),
    '2024-03-01',
    serial('2024-07-15'),
    '',
    null,
    serial('2024-06-01'),
  );
  const amounts = column(1000, '¥500.00', 300, '', null, -200);

  it('spills customers by bucket with a header row and a TOTAL row that add up', () => {
    const table = aging(customers, dues, amounts, AS_OF);
    expect(table[0]).toEqual([
      'Customer',
      'Not yet due',
      '1-30 days',
      '31-60 days',
      '61-90 days',
      '91-180 days',
      '181-365 days',
      'Over 365 days',
      'TOTAL',
      'Unapplied credit',
    ]);
    // The credit of 200 settles the oldest item (due 2024-03-01) first.
    expect(table[1]).toEqual(['华强', 0, 1000, 0, 0, 300, 0, 0, 1300, 0]);
    expect(table[2]).toEqual(['明达', 300, 0, 0, 0, 0, 0, 0, 300, 0]);
    expect(table[3]).toEqual(['TOTAL', 300, 1000, 0, 0, 300, 0, 0, 1600, 0]);
  });

  it('skips a header row and the empty tail of whole columns', () => {
    const table = aging(
      [['客户'], ['华强'], [''], ...Array.from({ length: 1000 }, () => [null])],
      [['到期日'], [serial('2024-06-20')], [''], ...Array.from({ length: 1000 }, () => [null])],
      [['金额'], [100], [''], ...Array.from({ length: 1000 }, () => [null])],
      AS_OF,
    );
    expect(table).toHaveLength(3);
    expect(table[1]?.[0]).toBe('华强');
  });

  it('names the row and the reason when an amount is not an amount', () => {
    const result = firstCell(
      aging(column('华强', '明达'), column(AS_OF, AS_OF), column(1, '待定'), AS_OF),
    );
    expect(result.code).toBe('#VALUE!');
    expect(result.message).toBe('Row 2 of amounts: "待定" is not an amount.');
  });

  it('refuses ranges of different sizes', () => {
    const result = firstCell(aging(column('华强', '明达'), column(AS_OF), column(1, 2), AS_OF));
    expect(result.message).toMatch(/customers \(2 rows\) and dueDates \(1 rows\) differ/);
  });

  it('keeps every bucket total equal to the open total, whatever the items', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            who: fc.constantFrom('甲', '乙', '丙'),
            days: fc.integer({ min: -60, max: 2000 }),
            fen: fc.integer({ min: -100_000, max: 10_000_000 }),
          }),
          { maxLength: 40 },
        ),
        (items) => {
          const table = aging(
            column(...items.map((item) => item.who)),
            column(...items.map((item) => AS_OF - item.days)),
            column(...items.map((item) => item.fen / 100)),
            AS_OF,
          ) as number[][];
          for (const row of table.slice(1)) {
            const buckets = row
              .slice(1, 8)
              .reduce((sum, value) => sum + Math.round(value * 100), 0);
            expect(buckets).toBe(Math.round((row[8] as number) * 100));
          }
        },
      ),
    );
  });
});

describe('CASHIER.OPENITEMS', () => {
  it('lists what is still open after a receipt that names its invoice and one that does not', () => {
    const table = openItems(
      column('华强', '华强', '华强', '明达'),
      column('销售', '销售', '收款', '应收'),
      column(serial('2024-05-01'), serial('2024-05-10'), serial('2024-06-01'), '2024/6/1'),
      column(1000, 800, 800, 50),
      AS_OF,
      column('INV-1', 'INV-2', '', 'INV-9'),
      column('', '', 'INV-2', ''),
    );
    expect(table).toEqual([
      ['Customer', 'Document', 'Date', 'Due date', 'Amount', 'Paid', 'Open', 'Days past due'],
      ['华强', 'INV-1', serial('2024-05-01'), serial('2024-05-31'), 1000, 0, 1000, 30],
      ['明达', 'INV-9', serial('2024-06-01'), serial('2024-07-01'), 50, 0, 50, -1],
    ]);
  });

  it('says which kind word it does not know', () => {
    const result = firstCell(
      openItems(column('华强'), column('借款'), column(AS_OF), column(1), AS_OF),
    );
    expect(result.message).toMatch(/Row 1 of kinds: "借款" is not a known kind/);
  });
});

describe('CASHIER.PROVISION', () => {
  it('provides by the default table: 5% within a year, 10% at one to two years', () => {
    const due = column(serial('2024-01-01'), serial('2023-01-01'));
    expect(provision(column('甲', '乙'), due, column(1000, 2000), AS_OF)).toBe(250);
  });

  it('takes six rates from a range and refuses a wrong count', () => {
    const rates = [[0.1, 0.2, 0.3, 0.4, 0.5, 1]];
    expect(provision(column('甲'), column(serial('2024-01-01')), column(1000), AS_OF, rates)).toBe(
      100,
    );
    const result = error(provision(column('甲'), column(AS_OF), column(1), AS_OF, [[0.1, 0.2]]));
    expect(result.message).toMatch(/2 provision rates; 6 are needed/);
  });
});

describe('CASHIER.CREDITSCORE and CASHIER.CREDITFLAG', () => {
  const ledger = [
    column('华强', '华强', '明达'),
    column('销售', '收款', '销售'),
    column(serial('2024-01-01'), serial('2024-02-20'), serial('2024-06-01')),
    column(1000, 1000, 500),
  ] as const;

  it('holds a customer more than 90 days overdue and gives the reason', () => {
    const late = [
      column('华强'),
      column('销售'),
      column(serial('2024-01-01')),
      column(1000),
    ] as const;
    expect(creditFlag('华强', ...late, AS_OF)).toEqual([['HOLD']]);
    const [flag, reason] = creditFlag('华强', ...late, AS_OF, undefined, undefined, true)[0] ?? [];
    expect(flag).toBe('HOLD');
    expect(reason).toMatch(/151 days/);
  });

  it('scores a customer who paid and owes nothing overdue above one who is late', () => {
    const paid = creditScore('华强', ...ledger, AS_OF) as number;
    expect(paid).toBeGreaterThanOrEqual(0);
    expect(creditScore('明达', ...ledger, AS_OF)).toBe(100);
    expect(creditFlag('明达', ...ledger, AS_OF)).toEqual([['OK']]);
  });

  it('answers #N/A with the name when the customer is not in the range', () => {
    const result = error(creditScore('远方', ...ledger, AS_OF));
    expect(result).toEqual({ code: '#N/A', message: 'There is no "远方" in the customers range.' });
  });

  it('warns over the credit limit given as text', () => {
    const [flag] = creditFlag('明达', ...ledger, AS_OF, '¥400', undefined, true)[0] ?? [];
    expect(flag).toBe('WARN');
  });
});

describe('CASHIER.CAPITALS and CASHIER.AMOUNTWORDS', () => {
  it.each([
    [1409.5, undefined, '壹仟肆佰零玖元伍角整'],
    ['¥1,409.50', '人民币', '人民币壹仟肆佰零玖元伍角整'],
    [1409.5, '人民币,无整', '人民币壹仟肆佰零玖元伍角'],
    [100000001, undefined, '壹亿零壹元整'],
    [-0.05, undefined, '负伍分'],
  ])('writes %p with style %p as %s', (amount, style, words) => {
    expect(capitals(amount, style)).toBe(words);
  });

  it('answers #NUM! for an amount beyond what can be counted, #VALUE! for a style it does not know', () => {
    expect(error(capitals(1e20)).code).toBe('#NUM!');
    expect(error(capitals(1, '大写')).message).toMatch(/does not know "大写"/);
  });

  it('writes English words in the currency asked for', () => {
    expect(amountWords(1000.5)).toBe('One thousand yuan and fifty fen');
    expect(amountWords('$12.01', 'usd')).toBe('Twelve dollars and one cent');
    expect(error(amountWords(1, 'dollars')).code).toBe('#VALUE!');
  });
});

describe('CASHIER.PARSEDATE', () => {
  it.each([
    ['2024年3月5日', undefined, '2024-03-05'],
    ['20240305', undefined, '2024-03-05'],
    ['3/5/2024', 'dmy', '2024-05-03'],
    ['3/5/2024', 'mdy', '2024-03-05'],
  ])('reads %s (order %p) as the serial of %s', (text, order, day) => {
    expect(parseDateCell(text, order)).toBe(serial(day));
  });

  it('refuses to guess the order of 3/5/2024 and says so', () => {
    const result = error(parseDateCell('3/5/2024'));
    expect(result.code).toBe('#VALUE!');
    expect(result.message).toMatch(/month\/day\/year or day\/month\/year/);
  });

  it('passes a date cell through unchanged', () => {
    expect(parseDateCell(serial('2024-03-05'))).toBe(serial('2024-03-05'));
  });
});

describe('CASHIER.DSO, CASHIER.CEI and CASHIER.PREDICTPAY', () => {
  const issued = column(serial('2024-01-05'), serial('2024-02-05'), serial('2024-03-05'));
  const due = column(serial('2024-02-04'), serial('2024-03-06'), serial('2024-04-04'));
  const amounts = column(1000, 1000, 1000);
  const settled = column(serial('2024-02-10'), '', '');

  it('works DSO out as closing receivables over credit sales times days', () => {
    // Q1 2024: 91 days, sales 3000, 2000 still open at the end.
    expect(
      dso(issued, due, amounts, settled, serial('2024-01-01'), serial('2024-03-31')),
    ).toBeCloseTo((2000 / 3000) * 91, 9);
  });

  it('answers #N/A with the reason when the period has no credit sales', () => {
    const result = error(
      dso(issued, due, amounts, settled, serial('2023-01-01'), serial('2023-03-31')),
    );
    expect(result.code).toBe('#N/A');
    expect(result.message).toBeTruthy();
  });

  it('gives CEI as a percentage', () => {
    const value = cei(issued, due, amounts, settled, serial('2024-01-01'), serial('2024-03-31'));
    expect(typeof value).toBe('number');
    expect(value as number).toBeGreaterThan(0);
    expect(value as number).toBeLessThanOrEqual(100);
  });

  it('spills a predicted date beside each open invoice and nothing beside paid ones', () => {
    const column_ = predictPay(
      column('甲', '甲', '甲'),
      issued,
      due,
      amounts,
      settled,
      serial('2024-03-31'),
    );
    expect(column_).toHaveLength(3);
    expect(column_[0]).toEqual(['']);
    expect(typeof column_[1]?.[0]).toBe('number');
    expect(column_[2]?.[0] as number).toBeGreaterThan(serial('2024-03-31'));
  });
});
