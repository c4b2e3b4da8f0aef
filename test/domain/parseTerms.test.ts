import fc from 'fast-check';
import { parseTerms } from '../../src/domain/parseTerms';

describe('parseTerms', () => {
  it.each([
    [30, 30],
    [0, 0],
    ['30', 30],
    ['30天', 30],
    ['45 天', 45],
    ['Net 30', 30],
    ['net30', 30],
    ['NET 60 days', 60],
    ['N30', 30],
    ['月结30天', 30],
    ['账期60天', 60],
    ['账期：60天', 60],
    ['９０天', 90],
    [' 30 days ', 30],
    ['3650', 3650],
  ])('reads %j as %d days', (value, days) => {
    expect(parseTerms(value)).toEqual({ ok: true, value: days });
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
    [Infinity, 'terms.not-terms'],
    ['30 months', 'terms.not-terms'],
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
});
