/**
 * Amounts in English words for letters, in the sentence case a bank letter uses: "One thousand two
 * hundred thirty-four yuan and fifty fen". Whole units and minor units are joined by "and", which
 * is therefore never used inside a number ("one hundred twenty", not "one hundred and twenty").
 */
import { DEFAULT_CURRENCY, MAX_FEN } from './money';
import type { CurrencyCode, Fen } from './money';
import { InvalidArgumentError } from './problem';

interface CurrencyWords {
  readonly major: readonly [string, string];
  readonly minor: readonly [string, string];
}

/** Singular and plural names of the major and minor unit. */
const CURRENCY_WORDS: Readonly<Record<string, CurrencyWords>> = {
  CNY: { major: ['yuan', 'yuan'], minor: ['fen', 'fen'] },
  USD: { major: ['dollar', 'dollars'], minor: ['cent', 'cents'] },
  HKD: { major: ['Hong Kong dollar', 'Hong Kong dollars'], minor: ['cent', 'cents'] },
  EUR: { major: ['euro', 'euros'], minor: ['cent', 'cents'] },
  GBP: { major: ['pound', 'pounds'], minor: ['penny', 'pence'] },
};

const ONES = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const SCALES = ['', 'thousand', 'million', 'billion', 'trillion'];

/**
 * The amount in words, sentence case: CNY (default) in yuan and fen, USD in dollars and cents,
 * also HKD, EUR and GBP. Another currency is written as its whole units in words and its minor
 * units as a fraction: "One hundred and 50/100 JPY". Zero whole units are left out when there are
 * minor units ("Fifty fen"); a negative amount starts with "Minus". Throws InvalidArgumentError for
 * a fractional or out-of-range fen.
 */
export function toEnglishWords(amount: Fen, currency: CurrencyCode = DEFAULT_CURRENCY): string {
  if (!Number.isSafeInteger(amount) || Math.abs(amount) > MAX_FEN) {
    throw new InvalidArgumentError(`Not an amount in fen within range: ${amount}`);
  }

  const magnitude = Math.abs(amount);
  const whole = Math.floor(magnitude / 100);
  const minor = magnitude % 100;
  const words = CURRENCY_WORDS[currency.toUpperCase()];

  let phrase: string;
  if (!words) {
    const cents = minor > 0 ? ` and ${String(minor).padStart(2, '0')}/100` : '';
    phrase = `${numberWords(whole)}${cents} ${currency.toUpperCase()}`;
  } else {
    const major = `${numberWords(whole)} ${words.major[whole === 1 ? 0 : 1]}`;
    const minorPart = `${numberWords(minor)} ${words.minor[minor === 1 ? 0 : 1]}`;
    phrase = minor === 0 ? major : whole === 0 ? minorPart : `${major} and ${minorPart}`;
  }

  const sentence = amount < 0 ? `minus ${phrase}` : phrase;
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** A whole number below 10^15 in words, short scale, hyphenated tens: "forty-two thousand". */
export function numberWords(value: number): string {
  if (value === 0) return ONES[0] ?? 'zero';

  const groups: string[] = [];
  let rest = value;
  for (let scale = 0; rest > 0; scale += 1) {
    const group = rest % 1000;
    if (group > 0) groups.unshift(`${hundredsWords(group)}${scale > 0 ? ` ${SCALES[scale]}` : ''}`);
    rest = Math.floor(rest / 1000);
  }
  return groups.join(' ');
}

function hundredsWords(value: number): string {
  const hundreds = Math.floor(value / 100);
  const below = value % 100;
  const parts: string[] = [];
  if (hundreds > 0) parts.push(`${ONES[hundreds]} hundred`);
  if (below > 0 && below < 20) parts.push(ONES[below] ?? '');
  if (below >= 20) {
    const ones = below % 10;
    parts.push(`${TENS[Math.floor(below / 10)]}${ones > 0 ? `-${ONES[ones]}` : ''}`);
  }
  return parts.join(' ');
}
