/**
 * Reads an amount the way a careful cashier reads a cell: every form real workbooks contain
 * (1,234.50, ¥1234.5, 1234.50元, RMB 1234.50, １２３４．５０, 1.2万, (500.00), $1,234.50) becomes
 * integer fen; anything else is a Problem with a stable code, never a guess and never a throw.
 */
import { foldForParsing, MAX_PARSED_TEXT_LENGTH } from './fullWidth';
import { fenFromYuanNumber, formatYuan, formatYuanPlain, MAX_FEN } from './money';
import type { CurrencyCode, Fen } from './money';
import { failure, success } from './problem';
import type { Outcome } from './problem';

export interface ParsedAmount {
  readonly fen: Fen;
  /** Set only when the text names its currency (¥, 元, RMB, CNY -> CNY; $, USD -> USD). */
  readonly currency?: CurrencyCode;
}

export type AmountTextStyle = 'plain' | 'grouped' | 'yuan-sign';

const CURRENCY_PREFIXES: readonly (readonly [RegExp, CurrencyCode])[] = [
  [/^(?:US\$|USD)\s*/i, 'USD'],
  [/^\$\s*/, 'USD'],
  [/^(?:¥|RMB|CNY|人民币)\s*/i, 'CNY'],
];

const CURRENCY_SUFFIXES: readonly (readonly [RegExp, CurrencyCode])[] = [
  [/\s*(?:USD|美元)$/i, 'USD'],
  [/\s*(?:元|圆|RMB|CNY)$/i, 'CNY'],
];

const SCALES: readonly (readonly [RegExp, number])[] = [
  [/\s*万$/, 4],
  [/\s*亿$/, 8],
];

/** Plain digits with an optional point, or digits grouped by commas in threes. */
const PLAIN_NUMBER = /^(\d*)(?:\.(\d+))?$/;
const GROUPED_NUMBER = /^(\d{1,3}(?:,\d{3})+)(?:\.(\d+))?$/;

/**
 * Parses a cell value into fen. Numbers (numeric cells) round float noise to the nearest fen.
 * Text accepts the forms in DOMAIN.md; docs/domain-rules.md ("## Amounts") lists the rules for
 * the cases it leaves open, such as three decimals ('1.234' is ambiguous, so it is rejected).
 */
export function parseAmount(value: string | number): Outcome<ParsedAmount> {
  if (typeof value === 'number') return parseAmountNumber(value);
  if (typeof value !== 'string') return failure('amount.not-an-amount', { text: String(value) });
  return parseAmountText(value);
}

function parseAmountNumber(value: number): Outcome<ParsedAmount> {
  const text = String(value);
  if (!Number.isFinite(value)) return failure('amount.not-an-amount', { text });

  // A coarse bound first so 1e300 never reaches the fen arithmetic, then the exact one.
  if (Math.abs(value) > MAX_FEN) return failure('amount.too-large', { text });

  const fen = fenFromYuanNumber(value);
  if (Math.abs(fen) > MAX_FEN) return failure('amount.too-large', { text });
  return success({ fen });
}

function parseAmountText(raw: string): Outcome<ParsedAmount> {
  const text = foldForParsing(raw);
  if (text === '') return failure('amount.empty', { text: raw });

  const detail = { text };
  if (text.length > MAX_PARSED_TEXT_LENGTH) {
    return failure('amount.not-an-amount', { text: `${text.slice(0, 20)}…` });
  }

  let rest = text.replace(/[\u2212\u2012\u2013]/g, '-');
  let negatives = 0;
  let currency: CurrencyCode | undefined;
  let scale = 0;

  const takeParentheses = (): void => {
    if (rest.startsWith('(') && rest.endsWith(')')) {
      rest = rest.slice(1, -1).trim();
      negatives += 1;
    }
  };
  const takeSign = (): void => {
    if (rest.startsWith('-')) negatives += 1;
    if (rest.startsWith('-') || rest.startsWith('+')) rest = rest.slice(1).trim();
  };
  const takeCurrency = (found: CurrencyCode): boolean => {
    if (currency !== undefined && currency !== found) return false;
    currency = found;
    return true;
  };

  // Sign and brackets may sit outside or inside the currency mark: -¥500, ¥-500, (¥500), ¥(500).
  takeParentheses();
  takeSign();
  for (const [pattern, code] of CURRENCY_PREFIXES) {
    if (pattern.test(rest)) {
      rest = rest.replace(pattern, '');
      takeCurrency(code);
      break;
    }
  }
  for (const [pattern, code] of CURRENCY_SUFFIXES) {
    if (pattern.test(rest)) {
      rest = rest.replace(pattern, '');
      if (!takeCurrency(code)) return failure('amount.currency-conflict', detail);
      break;
    }
  }
  for (const [pattern, power] of SCALES) {
    if (pattern.test(rest)) {
      rest = rest.replace(pattern, '');
      scale = power;
      break;
    }
  }
  if (negatives === 0) takeParentheses();
  if (negatives === 0) takeSign();
  if (negatives > 1) return failure('amount.not-an-amount', detail);

  return digitsToAmount(rest, { negative: negatives === 1, scale, currency, text });
}

interface AmountParts {
  readonly negative: boolean;
  readonly scale: number;
  readonly currency: CurrencyCode | undefined;
  readonly text: string;
}

function digitsToAmount(digits: string, parts: AmountParts): Outcome<ParsedAmount> {
  const detail = { text: parts.text };
  const grouped = GROUPED_NUMBER.exec(digits);
  const plain = grouped ? undefined : PLAIN_NUMBER.exec(digits);
  const match = grouped ?? plain;
  if (!match || (match[1] === '' && match[2] === undefined)) {
    return failure('amount.not-an-amount', detail);
  }

  const whole = (match[1] ?? '').replace(/,/g, '');
  const decimals = match[2] ?? '';

  // '1.234' could be 1.234 yuan or a European 1,234: a cashier would ask, so we refuse.
  if (parts.scale === 0 && !grouped && decimals.length === 3) {
    return failure('amount.ambiguous-decimals', detail);
  }

  // Shift the decimal point by 2 (fen) plus the 万/亿 scale, exactly, on the digit string.
  const shift = 2 + parts.scale;
  const kept = decimals.slice(0, shift).padEnd(shift, '0');
  const dropped = decimals.slice(shift);
  if (/[1-9]/.test(dropped)) return failure('amount.too-many-decimals', detail);

  const fenDigits = `${whole}${kept}`.replace(/^0+(?=\d)/, '');
  if (fenDigits.length > 15 || Number(fenDigits) > MAX_FEN) {
    return failure('amount.too-large', detail);
  }

  const magnitude = Number(fenDigits);
  const fen = (parts.negative && magnitude !== 0 ? -magnitude : magnitude) as Fen;
  return success(parts.currency === undefined ? { fen } : { fen, currency: parts.currency });
}

/**
 * Writes fen as text that parseAmount reads back to the same fen: 'plain' "-1234.50", 'grouped'
 * "-1,234.50" (the default) or 'yuan-sign' "-¥1,234.50".
 */
export function formatAmountText(fen: Fen, style: AmountTextStyle = 'grouped'): string {
  if (style === 'plain') return formatYuanPlain(fen);

  const grouped = formatYuan(fen);
  if (style === 'grouped') return grouped;
  return fen < 0 ? `-¥${grouped.slice(1)}` : `¥${grouped}`;
}
