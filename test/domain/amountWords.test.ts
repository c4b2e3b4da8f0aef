import fc from 'fast-check';
import { numberWords, toEnglishWords } from '../../src/domain/amountWords';
import { MAX_FEN, type Fen } from '../../src/domain/money';
import { InvalidArgumentError } from '../../src/domain/problem';

describe('toEnglishWords', () => {
  it.each([
    [123450, 'CNY', 'One thousand two hundred thirty-four yuan and fifty fen'],
    [100005, undefined, 'One thousand yuan and five fen'],
    [100, 'CNY', 'One yuan'],
    [0, 'CNY', 'Zero yuan'],
    [50, 'CNY', 'Fifty fen'],
    [-50000, 'CNY', 'Minus five hundred yuan'],
    [123450, 'USD', 'One thousand two hundred thirty-four dollars and fifty cents'],
    [101, 'USD', 'One dollar and one cent'],
    [1, 'usd', 'One cent'],
    [250, 'GBP', 'Two pounds and fifty pence'],
    [10000000, 'HKD', 'One hundred thousand Hong Kong dollars'],
    [10050, 'JPY', 'One hundred and 50/100 JPY'],
    [10000, 'JPY', 'One hundred JPY'],
    [
      MAX_FEN,
      'CNY',
      'Nine trillion nine hundred ninety-nine billion nine hundred ninety-nine million nine ' +
        'hundred ninety-nine thousand nine hundred ninety-nine yuan and ninety-nine fen',
    ],
    [100000100, 'CNY', 'One million one yuan'],
  ])('writes %d fen in %s as %j', (amount, currency, words) => {
    expect(toEnglishWords(amount as Fen, currency)).toBe(words);
  });

  it.each([
    [0, 'zero'],
    [13, 'thirteen'],
    [40, 'forty'],
    [99, 'ninety-nine'],
    [105, 'one hundred five'],
    [1_000_000, 'one million'],
    [2_000_300_000_000, 'two trillion three hundred million'],
  ])('says %d as %j', (value, words) => {
    expect(numberWords(value)).toBe(words);
  });

  it.each([0.5, MAX_FEN + 1, NaN])('refuses %d fen as a bug in the caller', (value) => {
    expect(() => toEnglishWords(value as Fen)).toThrow(InvalidArgumentError);
  });

  it('writes every amount as one sentence of plain words', () => {
    fc.assert(
      fc.property(fc.integer({ min: -MAX_FEN, max: MAX_FEN }), (amount) => {
        const words = toEnglishWords(amount as Fen);
        expect(words).toMatch(/^[A-Z][a-z -]*[a-z]$/);
        expect(words).not.toMatch(/ {2}|undefined/);
        expect(words.startsWith('Minus')).toBe(amount < 0);
      }),
    );
  });
});
