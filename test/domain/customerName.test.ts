import fc from 'fast-check';
import {
  companyStem,
  customerKey,
  normalizeText,
  proposeMerges,
  visibleSkeleton,
} from '../../src/domain/customerName';

describe('normalizeText', () => {
  it.each([
    ['  北京华盛  有限公司 ', '北京华盛 有限公司'],
    ['北京华盛（中国）有限公司', '北京华盛(中国)有限公司'],
    ['ＡＢＣ\u3000Ｔｒａｄｉｎｇ', 'ABC Trading'],
    ['ABC\u00A0\u00A0Trading', 'ABC Trading'],
    ['\uFEFF华盛\u200B贸易', '华盛贸易'],
    ['a\t\nb', 'a b'],
  ])('turns %j into %j', (text, expected) => {
    expect(normalizeText(text)).toBe(expected);
  });
});

describe('customerKey', () => {
  it.each([
    ['北京华盛有限公司', ' 北京华盛有限公司  '],
    ['北京华盛(中国)有限公司', '北京华盛（中国）有限公司'],
    ['ABC Trading Co., Ltd.', 'abc  trading co., ltd.'],
    ['ABC Trading', 'ＡＢＣ\u3000Ｔｒａｄｉｎｇ'],
  ])('gives %j and %j the same key', (a, b) => {
    expect(customerKey(a)).toBe(customerKey(b));
  });

  it.each([
    ['北京华盛有限公司', '北京华盛有限责任公司'],
    ['北京华盛有限公司', '北京华晟有限公司'],
    ['华盛贸易', '华盛 贸易'],
  ])('keeps %j and %j apart', (a, b) => {
    expect(customerKey(a)).not.toBe(customerKey(b));
  });

  const names = fc.oneof(
    fc.string(),
    fc.string({ unit: 'grapheme' }),
    fc.stringMatching(/^[ \u3000A-Za-zＡ-Ｚａ-ｚ（）()华盛有限公司\u00A0\u200B]{0,20}$/),
  );

  it('is idempotent', () => {
    fc.assert(
      fc.property(names, (name) => {
        expect(customerKey(customerKey(name))).toBe(customerKey(name));
      }),
      { numRuns: 1000 },
    );
  });

  it('ignores surrounding and doubled spaces, width and letter case', () => {
    const variant = (name: string): fc.Arbitrary<string> =>
      fc
        .tuple(fc.constantFrom('', ' ', '\u3000', '\u00A0 '), fc.boolean(), fc.boolean())
        .map(([pad, upper, wide]) => {
          let text = name.replace(/ /g, '  ');
          if (upper) text = text.toUpperCase();
          if (wide)
            text = text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
          return `${pad}${text}${pad}`;
        });
    fc.assert(
      fc.property(
        fc
          .stringMatching(/^[a-z()华盛有限公司]{1,6}( [a-z()华盛]{1,6}){0,2}$/)
          .chain((name) => fc.tuple(fc.constant(name), variant(name))),
        ([name, changed]) => {
          expect(customerKey(changed)).toBe(customerKey(name));
        },
      ),
    );
  });
});

describe('companyStem', () => {
  it.each([
    ['北京华盛有限公司', '北京华盛'],
    ['北京华盛有限责任公司', '北京华盛'],
    ['北京华盛股份有限公司', '北京华盛'],
    ['北京华盛公司', '北京华盛'],
    ['abc trading co., ltd.', 'abc trading'],
    ['abc trading co.,ltd', 'abc trading'],
    ['abc trading ltd', 'abc trading'],
    ['abc trading, inc.', 'abc trading'],
    ['abc trading llc', 'abc trading'],
    ['abc trading company limited', 'abc trading'],
  ])('strips the company form of %j', (key, stem) => {
    expect(companyStem(key)).toBe(stem);
  });

  it('finds the company form at the end of a very long name', () => {
    expect(companyStem(`${'华'.repeat(500)} co., ltd.`)).toBe('华'.repeat(500));
    expect(companyStem(`${'华'.repeat(500)}有限公司`)).toBe('华'.repeat(500));
    expect(companyStem(`${'a'.repeat(500)}ltd`)).toBeUndefined();
  });

  it.each(['北京华盛', 'mexico', '华盛上海分公司', '有限公司', 'ltd', 'abc,', 'abcinc'])(
    'leaves %j without a stem',
    (key) => {
      expect(companyStem(key)).toBeUndefined();
    },
  );
});

describe('proposeMerges', () => {
  it('proposes company-form variants and one-character typos, never exact equals', () => {
    const proposals = proposeMerges([
      '北京华盛有限公司',
      '北京华盛有限责任公司',
      ' 北京华盛有限公司 ',
      '上海远东贸易有限公司',
      '上海远东贸易有限公司',
      '上海远东贸意有限公司',
      'ABC Trading Co., Ltd.',
      'ABC Trading Inc',
      'Acme',
      'Acne',
    ]);
    expect(proposals).toEqual([
      {
        keys: ['上海远东贸意有限公司', '上海远东贸易有限公司'],
        names: ['上海远东贸意有限公司', '上海远东贸易有限公司'],
        reason: 'near-spelling',
        similarity: 0.9,
      },
      {
        keys: ['北京华盛有限公司', '北京华盛有限责任公司'],
        names: ['北京华盛有限公司', '北京华盛有限责任公司'],
        reason: 'company-suffix',
        similarity: 0.8,
      },
      {
        keys: ['acme', 'acne'],
        names: ['Acme', 'Acne'],
        reason: 'near-spelling',
        similarity: 0.75,
      },
      {
        keys: ['abc trading co., ltd.', 'abc trading inc'],
        names: ['ABC Trading Co., Ltd.', 'ABC Trading Inc'],
        reason: 'company-suffix',
        similarity: 0.571,
      },
    ]);
  });

  it('proposes names that look the same on paper but are different text', () => {
    const proposals = proposeMerges([
      'ACME Trading Ltd',
      'АСМЕ Trading Ltd',
      '南方建材(广州)有限公司',
      '南方建材(广州)有限公司\u200F',
      '\u202Aabc\u202C',
    ]);

    expect(proposals.map((p) => [p.reason, ...p.names])).toEqual([
      ['looks-alike', '南方建材(广州)有限公司', '南方建材(广州)有限公司\u200F'],
      ['looks-alike', 'ACME Trading Ltd', 'АСМЕ Trading Ltd'],
    ]);
  });

  it('sees through direction marks and Cyrillic or Greek look-alikes, and nothing else', () => {
    expect(visibleSkeleton(customerKey('АСМЕ Тrading'))).toBe('acme trading');
    expect(visibleSkeleton(customerKey('ΑΒΕ Co'))).toBe('abe co');
    expect(visibleSkeleton('\u202Eevil\u202C')).toBe('evil');
    expect(visibleSkeleton('北京华盛有限公司')).toBe('北京华盛有限公司');
    expect(visibleSkeleton('дом')).toBe('дom');
  });

  it('leaves short names alone even one character apart', () => {
    expect(proposeMerges(['张三', '张四', 'abc', 'abd'])).toEqual([]);
  });

  it('proposes one added or dropped character', () => {
    expect(proposeMerges(['华盛贸易行', '华盛贸易']).map((p) => p.reason)).toEqual([
      'near-spelling',
    ]);
  });

  it('gives the same proposals whatever the input order', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(
          [
            '华盛贸易',
            '华盛贸易行',
            '华晟贸易',
            '华盛贸易有限公司',
            '华盛贸易公司',
            'Acme',
            'acne',
          ],
          { minLength: 2 },
        ),
        (names) => {
          expect(proposeMerges(names)).toEqual(proposeMerges([...names].sort()));
        },
      ),
    );
  });

  it('never proposes two names that already share a key', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[ab华盛 ]{0,6}$/), { maxLength: 30 }), (names) => {
        for (const proposal of proposeMerges(names)) {
          expect(proposal.keys[0]).not.toBe(proposal.keys[1]);
        }
      }),
    );
  });

  it('finds the planted typos among 10,000 distinct names', () => {
    const names = distinctNames(10_000);
    names.push(`${names[10]}x`);
    const typo = `z${(names[20] ?? '').slice(1)}`;
    names.push(typo);

    // One added letter keeps 10 of 11 (0.909), one changed letter 9 of 10 (0.9).
    expect(proposeMerges(names).map((p) => p.names)).toEqual([
      [names[10], `${names[10]}x`],
      [names[20], typo].sort(),
    ]);
  });
});

/** Deterministic, pairwise far-apart names: 10 letters from a fixed 32-bit linear congruential sequence. */
function distinctNames(count: number): string[] {
  let state = 12345;
  return Array.from({ length: count }, () => {
    let name = '';
    for (let i = 0; i < 10; i += 1) {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      name += String.fromCharCode(97 + ((state >>> 16) % 26));
    }
    return name;
  });
}
