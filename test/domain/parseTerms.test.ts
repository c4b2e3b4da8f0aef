import fc from 'fast-check';
import { MAX_TERMS_DAYS, parseTerms, termsText } from '../../src/domain/parseTerms';
import type { PaymentTerms } from '../../src/domain/parseTerms';

const fromEntry = (days: number): PaymentTerms => ({ days, basis: 'entry-date' });
const fromMonthEnd = (days: number): PaymentTerms => ({ days, basis: 'month-end' });

describe('parseTerms', () => {
  it.each([
    [30, 30],
    [0, 0],
    ['30', 30],
    ['30天', 30],
    ['45 天', 45],
    ['30日', 30],
    ['Net 30', 30],
    ['net30', 30],
    ['NET 60 days', 60],
    ['N30', 30],
    ['账期60天', 60],
    ['账期：60天', 60],
    ['９０天', 90],
    [' 30 days ', 30],
    ['3650', 3650],
  ])('reads %j as %d days from the entry date', (value, days) => {
    expect(parseTerms(value)).toEqual({ ok: true, value: fromEntry(days) });
  });

  it.each([
    ['月结30天', 30],
    ['月结 30 天', 30],
    ['月结30', 30],
    ['月结60天', 60],
    ['月结：45日', 45],
    ['月结后30天', 30],
    ['账期：月结60天', 60],
    ['付款条件:月结90天', 90],
    ['月结', 0],
    ['当月结', 0],
    ['当月结清', 0],
    ['月结0天', 0],
    ['次月结', 30],
    ['ＥＯＭ　３０', 30],
    ['EOM 30', 30],
    ['EOM30', 30],
    ['eom+30', 30],
    ['EOM net 60 days', 60],
    ['EOM', 0],
    ['30 days EOM', 30],
    ['Net 30 EOM', 30],
    ['N45 EOM', 45],
    ['30 days end of month', 30],
    ['net 30 days after EOM', 30],
    ['月结3650天', 3650],
  ])('reads %j as %d days after the end of the entry month', (value, days) => {
    expect(parseTerms(value)).toEqual({ ok: true, value: fromMonthEnd(days) });
  });

  it.each([
    ['', 'terms.empty'],
    ['  ', 'terms.empty'],
    ['待定', 'terms.not-terms'],
    ['货到付款', 'terms.not-terms'],
    ['30.5', 'terms.not-terms'],
    [30.5, 'terms.not-terms'],
    [NaN, 'terms.not-terms'],
    ['-30', 'terms.not-terms'],
    [-30, 'terms.out-of-range'],
    ['9999天', 'terms.out-of-range'],
    ['月结9999天', 'terms.out-of-range'],
    ['EOM 4000', 'terms.out-of-range'],
    [Infinity, 'terms.not-terms'],
    ['30 months', 'terms.not-terms'],
    ['月结30.5天', 'terms.not-terms'],
    ['当月结30天', 'terms.not-terms'],
    ['EOM EOM', 'terms.not-terms'],
  ])('rejects %j as %s', (value, code) => {
    expect(parseTerms(value)).toMatchObject({ ok: false, problem: { code } });
  });

  it('never throws for any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' })), (text) => {
        expect(typeof parseTerms(text).ok).toBe('boolean');
      }),
    );
  });

  it('never throws for text built from the words terms are written with', () => {
    const piece = fc.constantFrom(
      '月结',
      '当月',
      '次月结',
      '账期',
      '：',
      'EOM',
      'Net',
      ' days',
      '天',
      ' ',
      '+',
      '-',
      '30',
      '0',
      '.5',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        expect(typeof parseTerms(pieces.join('')).ok).toBe('boolean');
      }),
    );
  });
});

describe('termsText', () => {
  it.each([
    [fromEntry(30), 'zh', '30天'],
    [fromMonthEnd(30), 'zh', '月结30天'],
    [fromMonthEnd(0), 'zh', '月结0天'],
    [fromEntry(45), 'en', '45 days'],
    [fromMonthEnd(60), 'en', '60 days EOM'],
  ] as const)('writes %j in %s as %j', (terms, lang, text) => {
    expect(termsText(terms, lang)).toBe(text);
  });

  it('writes every terms so that parseTerms reads back the same terms', () => {
    const terms = fc.record({
      days: fc.integer({ min: 0, max: MAX_TERMS_DAYS }),
      basis: fc.constantFrom('entry-date' as const, 'month-end' as const),
    });
    fc.assert(
      fc.property(terms, fc.constantFrom('zh' as const, 'en' as const), (value, lang) => {
        expect(parseTerms(termsText(value, lang))).toEqual({ ok: true, value });
      }),
    );
  });
});
