import fc from 'fast-check';
import { nextLetterNumbers } from '../../../src/domain/collections/letterNumber';
import { InvalidArgumentError } from '../../../src/domain/problem';

const numbering = { prefix: 'CD', year: 2026 };

describe('letter numbers', () => {
  it('starts at 0001 when the log has none for the prefix and year', () => {
    expect(nextLetterNumbers([], 2, numbering)).toEqual(['CD-2026-0001', 'CD-2026-0002']);
  });

  it('continues from the highest number, not the last one, and never fills gaps', () => {
    const history = [
      { number: 'CD-2026-0041' },
      { number: 'CD-2026-0007' },
      { number: 'CD-2026-0040' },
    ];
    expect(nextLetterNumbers(history, 2, numbering)).toEqual(['CD-2026-0042', 'CD-2026-0043']);
  });

  it('ignores numbers of another year or prefix', () => {
    const history = [{ number: 'CD-2025-0900' }, { number: 'DZ-2026-0300' }];
    expect(nextLetterNumbers(history, 1, numbering)).toEqual(['CD-2026-0001']);
  });

  it('grows past four digits instead of wrapping', () => {
    expect(nextLetterNumbers([{ number: 'CD-2026-9999' }], 1, numbering)).toEqual([
      'CD-2026-10000',
    ]);
  });

  it('refuses a prefix that would not read back as a letter number', () => {
    expect(() => nextLetterNumbers([], 1, { prefix: 'C.D', year: 2026 })).toThrow(
      InvalidArgumentError,
    );
  });

  it('never hands out a number already in the log, nor the same number twice', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 20000 })), fc.nat(50), (used, count) => {
        const history = used.map((n) => ({ number: `CD-2026-${String(n).padStart(4, '0')}` }));
        const issued = nextLetterNumbers(history, count, numbering);
        const taken = new Set(history.map((h) => h.number));
        expect(issued.some((n) => taken.has(n))).toBe(false);
        expect(new Set(issued).size).toBe(count);
      }),
    );
  });
});
