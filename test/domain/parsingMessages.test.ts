import { parseChineseCapitals } from '../../src/domain/chineseCapitals';
import { describeProblem, MESSAGES } from '../../src/domain/messages';
import { PARSING_MESSAGES } from '../../src/domain/messages/parsing';
import { parseAmount } from '../../src/domain/parseAmount';
import { parseDateSerial, parseDateText } from '../../src/domain/parseDate';
import type { Outcome } from '../../src/domain/problem';
import { parseTerms } from '../../src/domain/parseTerms';

const failures: Outcome<unknown>[] = [
  ...['', '待定', '1.234', '1.2345', '99999999999万', '$1元'].map((t) => parseAmount(t)),
  ...['', '待定', '2023-02-29', '1899-12-31', '3/5/2024', '3/5/24'].map((t) => parseDateText(t)),
  parseDateSerial(60, '1900'),
  parseDateSerial(-1, '1904'),
  ...['', '壹佰伍元', '壹拾万亿元'].map((t) => parseChineseCapitals(t)),
  ...['', '待定', '9999天'].map((t) => parseTerms(t)),
];

describe('the words for parsing problems', () => {
  it('cover every code the parsers return, in Chinese and English, with all facts filled', () => {
    const codes = new Set<string>();
    for (const outcome of failures) {
      expect(outcome.ok).toBe(false);
      if (outcome.ok) continue;
      codes.add(outcome.problem.code);
      for (const lang of ['zh', 'en'] as const) {
        expect(describeProblem(outcome.problem, lang)).not.toMatch(/\{\w+\}|内部错误|Internal/);
      }
    }
    expect([...codes].sort()).toEqual(Object.keys(PARSING_MESSAGES).sort());
  });

  it('tells the cashier that 待定 is not an amount', () => {
    const outcome = parseAmount('待定');
    if (outcome.ok) throw new Error('待定 parsed as an amount');
    expect(describeProblem(outcome.problem, 'zh')).toBe('“待定”不是金额。');
    expect(describeProblem(outcome.problem, 'en')).toBe('"待定" is not an amount.');
  });

  it('are part of the one message table', () => {
    for (const code of Object.keys(PARSING_MESSAGES)) expect(MESSAGES[code]).toBeDefined();
  });
});
