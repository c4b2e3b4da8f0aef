import fc from 'fast-check';
import { parseChineseCapitals, toChineseCapitals } from '../../src/domain/chineseCapitals';
import { MAX_FEN, type Fen } from '../../src/domain/money';
import { InvalidArgumentError } from '../../src/domain/problem';

const yuan = (text: string): Fen => Math.round(Number(text) * 100) as Fen;

describe('toChineseCapitals writes the examples in DOMAIN.md', () => {
  it.each([
    ['1409.50', '壹仟肆佰零玖元伍角整'],
    ['6007.14', '陆仟零柒元壹角肆分'],
    ['1000.05', '壹仟元零伍分'],
    ['100000', '壹拾万元整'],
    ['0.05', '伍分'],
    ['100000001', '壹亿零壹元整'],
    ['325.04', '叁佰贰拾伍元零肆分'],
    ['0', '零元整'],
  ])('writes %s as %s', (amount, capitals) => {
    expect(toChineseCapitals(yuan(amount))).toBe(capitals);
  });
});

describe('toChineseCapitals follows each rule', () => {
  it.each([
    ['ends at 元 with 整', '12', '壹拾贰元整'],
    ['ends at 角 with 整 by default', '0.50', '伍角整'],
    ['a single zero inside is 零', '101', '壹佰零壹元整'],
    ['a run of zeros is one 零', '10001', '壹万零壹元整'],
    ['a zero 角 before 分 is 零', '12.05', '壹拾贰元零伍分'],
    ['a zero 元 digit before 角 writes 零 (our choice)', '1680.32', '壹仟陆佰捌拾元零叁角贰分'],
    ['a zero 万 digit writes 零 (our choice)', '107000.53', '壹拾万零柒仟元零伍角叁分'],
    ['a zero 元 digit before 角 alone writes 零', '100.50', '壹佰元零伍角整'],
    ['拾 always has its digit', '10', '壹拾元整'],
    ['拾 inside has its digit', '110000', '壹拾壹万元整'],
    ['an empty 万 section writes no 万', '100000100', '壹亿零壹佰元整'],
    ['万亿 for trillions', '1000000000000', '壹万亿元整'],
    ['万 before 亿 when the 亿 section holds a digit', '1000100000000', '壹万零壹亿元整'],
    ['亿 is kept when the 亿 section is empty', '1000000010000', '壹万亿零壹万元整'],
    [
      'the largest amount',
      '9999999999999.99',
      '玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分',
    ],
    ['only 角 and 分', '0.35', '叁角伍分'],
    ['negative takes 负', '-1409.50', '负壹仟肆佰零玖元伍角整'],
  ])('%s: %s is %s', (_rule, amount, capitals) => {
    expect(toChineseCapitals(yuan(amount))).toBe(capitals);
  });

  it('leaves out 整 after 角 when asked', () => {
    expect(toChineseCapitals(yuan('1409.50'), { zhengAfterJiao: false })).toBe(
      '壹仟肆佰零玖元伍角',
    );
    expect(toChineseCapitals(yuan('1409'), { zhengAfterJiao: false })).toBe('壹仟肆佰零玖元整');
    expect(toChineseCapitals(yuan('0.05'), { zhengAfterJiao: false })).toBe('伍分');
  });

  it('puts 人民币 first, before 负, when asked', () => {
    expect(toChineseCapitals(yuan('325.04'), { prefix: true })).toBe('人民币叁佰贰拾伍元零肆分');
    expect(toChineseCapitals(yuan('-325.04'), { prefix: true })).toBe('人民币负叁佰贰拾伍元零肆分');
  });

  it.each([0.5, MAX_FEN + 1, -MAX_FEN - 1, NaN, Infinity])(
    'refuses %d fen as a bug in the caller',
    (value) => {
      expect(() => toChineseCapitals(value as Fen)).toThrow(InvalidArgumentError);
    },
  );
});

describe('parseChineseCapitals', () => {
  it.each([
    ['壹仟陆佰捌拾元叁角贰分', '1680.32'],
    ['壹拾万柒仟元伍角叁分', '107000.53'],
    ['壹拾万零柒仟元伍角叁分', '107000.53'],
    ['人民币壹仟肆佰零玖元伍角整', '1409.50'],
    ['人民币 壹仟肆佰零玖元伍角', '1409.50'],
    ['壹仟肆佰零玖圆伍角正', '1409.50'],
    ['貳萬陸仟圓整', '26000'],
    ['拾万元整', '100000'],
    ['拾伍元', '15'],
    ['零元整', '0'],
    ['负伍分', '-0.05'],
    ['伍角', '0.50'],
  ])('reads %s as %s', (text, amount) => {
    expect(parseChineseCapitals(text)).toEqual({ ok: true, value: yuan(amount) });
  });

  it.each([
    ['', 'capitals.empty'],
    ['壹佰伍元', 'capitals.not-capitals'],
    ['壹万伍元', 'capitals.not-capitals'],
    ['壹贰元', 'capitals.not-capitals'],
    ['壹拾壹拾元', 'capitals.not-capitals'],
    ['壹佰拾元', 'capitals.not-capitals'],
    ['元整', 'capitals.not-capitals'],
    ['壹元壹元', 'capitals.not-capitals'],
    ['一千元', 'capitals.not-capitals'],
    ['1000元', 'capitals.not-capitals'],
    ['零', 'capitals.not-capitals'],
    ['壹万万元', 'capitals.not-capitals'],
    ['壹拾万亿元整', 'capitals.too-large'],
  ])('rejects %j as %s', (text, code) => {
    expect(parseChineseCapitals(text)).toMatchObject({ ok: false, problem: { code } });
  });

  const anyAmount = fc
    .integer({ min: -MAX_FEN, max: MAX_FEN })
    .map((n) => (n === 0 ? 0 : n) as Fen);

  it('reads back the capitals of any amount up to 9,999,999,999,999.99, under every option', () => {
    fc.assert(
      fc.property(anyAmount, fc.boolean(), fc.boolean(), (amount, zhengAfterJiao, prefix) => {
        const text = toChineseCapitals(amount, { zhengAfterJiao, prefix });
        expect(parseChineseCapitals(text)).toEqual({ ok: true, value: amount });
      }),
      { numRuns: 3000 },
    );
  });

  it('reads back small and round amounts too', () => {
    const roundish = fc
      .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }))
      .map(([n, zeros]) => Math.min(n * 10 ** zeros, MAX_FEN) as Fen);
    fc.assert(
      fc.property(roundish, (amount) => {
        expect(parseChineseCapitals(toChineseCapitals(amount))).toEqual({
          ok: true,
          value: amount,
        });
      }),
    );
  });

  it('never throws for any string', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'grapheme' }),
          fc.stringMatching(/^[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整负人民币]{0,20}$/),
        ),
        (text) => {
          expect(typeof parseChineseCapitals(text).ok).toBe('boolean');
        },
      ),
      { numRuns: 2000 },
    );
  });
});
