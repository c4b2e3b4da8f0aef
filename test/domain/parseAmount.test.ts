import fc from 'fast-check';
import { MAX_FEN, type Fen } from '../../src/domain/money';
import { formatAmountText, parseAmount } from '../../src/domain/parseAmount';

describe('parseAmount reads every text form a workbook contains', () => {
  it.each([
    ['1234.5', 123450, undefined],
    ['1,234.50', 123450, undefined],
    ['¥1,234.50', 123450, 'CNY'],
    ['￥1234.5', 123450, 'CNY'],
    ['1234.50元', 123450, 'CNY'],
    ['RMB 1234.50', 123450, 'CNY'],
    ['CNY 1,234.50', 123450, 'CNY'],
    ['1234.50 CNY', 123450, 'CNY'],
    ['人民币1234.50元', 123450, 'CNY'],
    ['１２３４．５０', 123450, undefined],
    ['１，２３４．５０元', 123450, 'CNY'],
    ['1.2万', 1200000, undefined],
    ['1.2万元', 1200000, 'CNY'],
    ['12万', 12000000, undefined],
    ['1.2345万', 1234500, undefined],
    ['3亿', 30000000000, undefined],
    ['(500.00)', -50000, undefined],
    ['（500）', -50000, undefined],
    ['-500', -50000, undefined],
    ['－500', -50000, undefined],
    ['−500', -50000, undefined],
    ['+500', 50000, undefined],
    ['-¥500', -50000, 'CNY'],
    ['¥-500', -50000, 'CNY'],
    ['(¥1,234.50)', -123450, 'CNY'],
    ['¥(1,234.50)', -123450, 'CNY'],
    ['$1,234.50', 123450, 'USD'],
    ['US$ 99', 9900, 'USD'],
    ['1234.50 USD', 123450, 'USD'],
    ['.5', 50, undefined],
    ['0', 0, undefined],
    ['-0', 0, undefined],
    ['1,234.500', 123450, undefined],
    ['1234.5000', 123450, undefined],
    ['  1234.5  ', 123450, undefined],
    ['\u00A01234.5\u00A0', 123450, undefined],
    ['\uFEFF1234.5', 123450, undefined],
    ['12\u200B34.5', 123450, undefined],
    ['\u3000１２３４．５\u3000', 123450, undefined],
    ['9,999,999,999,999.99', 999999999999999, undefined],
  ])('reads %j as %d fen (currency %s)', (text, fen, currency) => {
    expect(parseAmount(text)).toEqual({
      ok: true,
      value: currency === undefined ? { fen } : { fen, currency },
    });
  });
});

describe('parseAmount rejects what is not an amount, with its reason', () => {
  it.each([
    ['待定', 'amount.not-an-amount'],
    ['见附件', 'amount.not-an-amount'],
    ['1,23,4', 'amount.not-an-amount'],
    ['12..5', 'amount.not-an-amount'],
    ['12.', 'amount.not-an-amount'],
    ['1.234.567', 'amount.not-an-amount'],
    ['1 234.50', 'amount.not-an-amount'],
    ['--500', 'amount.not-an-amount'],
    ['-(500)', 'amount.not-an-amount'],
    ['500-', 'amount.not-an-amount'],
    ['#N/A', 'amount.not-an-amount'],
    ['¥', 'amount.not-an-amount'],
    ['万', 'amount.not-an-amount'],
    ['1e5', 'amount.not-an-amount'],
    ['', 'amount.empty'],
    ['   ', 'amount.empty'],
    ['\u3000\uFEFF', 'amount.empty'],
    ['1.234', 'amount.ambiguous-decimals'],
    ['12.345', 'amount.ambiguous-decimals'],
    ['1.000', 'amount.ambiguous-decimals'],
    ['1234.5678', 'amount.too-many-decimals'],
    ['1,234.567', 'amount.too-many-decimals'],
    ['1.2345678万', 'amount.too-many-decimals'],
    ['10,000,000,000,000.00', 'amount.too-large'],
    ['100000亿', 'amount.too-large'],
    ['99999999999999999999999999', 'amount.too-large'],
    ['$100元', 'amount.currency-conflict'],
  ])('rejects %j as %s', (text, code) => {
    const outcome = parseAmount(text);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.problem.code).toBe(code);
      expect(outcome.problem.detail).toHaveProperty('text');
    }
  });

  it('rejects a long pasted text outright, quoting only its start', () => {
    const text = `1${' '.repeat(200)}元`;
    expect(parseAmount(text)).toEqual({
      ok: false,
      problem: { code: 'amount.not-an-amount', detail: { text: `1${' '.repeat(19)}…` } },
    });
  });

  it('rejects 待定 as an amount, quoting the text the cashier typed', () => {
    expect(parseAmount('待定')).toEqual({
      ok: false,
      problem: { code: 'amount.not-an-amount', detail: { text: '待定' } },
    });
  });
});

describe('parseAmount reads numeric cells', () => {
  it.each([
    [1234.5, 123450],
    [1234.5000000001, 123450],
    [0.1 + 0.2, 30],
    [-0, 0],
    [-500, -50000],
    [1.005, 101],
    [9999999999999.99, 999999999999999],
  ])('reads %d as %d fen', (value, fen) => {
    expect(parseAmount(value)).toEqual({ ok: true, value: { fen } });
  });

  it.each([NaN, Infinity, -Infinity])('rejects the non-number %d', (value) => {
    expect(parseAmount(value)).toMatchObject({
      ok: false,
      problem: { code: 'amount.not-an-amount' },
    });
  });

  it.each([1e14, -1e300, 10_000_000_000_000 - 0.004])('rejects %d as too large', (value) => {
    expect(parseAmount(value)).toMatchObject({ ok: false, problem: { code: 'amount.too-large' } });
  });
});

const anyFen = fc.integer({ min: -MAX_FEN, max: MAX_FEN }).map((n) => (n === 0 ? 0 : n) as Fen);

describe('formatAmountText and parseAmount agree', () => {
  it.each(['plain', 'grouped', 'yuan-sign'] as const)(
    'reads back the same fen from the %s style for any amount',
    (style) => {
      fc.assert(
        fc.property(anyFen, (amount) => {
          const outcome = parseAmount(formatAmountText(amount, style));
          expect(outcome.ok && outcome.value.fen).toBe(amount);
        }),
      );
    },
  );

  it('formats each style as a cashier writes it', () => {
    const amount = -123450 as Fen;
    expect(formatAmountText(amount, 'plain')).toBe('-1234.50');
    expect(formatAmountText(amount, 'grouped')).toBe('-1,234.50');
    expect(formatAmountText(amount, 'yuan-sign')).toBe('-¥1,234.50');
    expect(formatAmountText(5 as Fen)).toBe('0.05');
  });

  it('reads numeric cells of any whole fen back to that fen', () => {
    fc.assert(
      fc.property(anyFen, (amount) => {
        const outcome = parseAmount(amount / 100);
        expect(outcome.ok && outcome.value.fen).toBe(amount);
      }),
    );
  });
});

describe('parseAmount never throws', () => {
  it('returns an outcome for any string', () => {
    const texts = fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: 'binary' }),
      fc.string({ unit: 'grapheme', maxLength: 300 }),
      fc.stringMatching(/^[-+(（)）¥￥$ ,.，．0-9０-９万亿元RMBUSD]{0,20}$/),
    );
    fc.assert(
      fc.property(texts, (text) => {
        const outcome = parseAmount(text);
        expect(typeof outcome.ok).toBe('boolean');
        if (outcome.ok) expect(Math.abs(outcome.value.fen)).toBeLessThanOrEqual(MAX_FEN);
      }),
      { numRuns: 2000 },
    );
  });

  it('returns an outcome for any number', () => {
    fc.assert(
      fc.property(fc.double(), (value) => {
        expect(typeof parseAmount(value).ok).toBe('boolean');
      }),
    );
  });
});
