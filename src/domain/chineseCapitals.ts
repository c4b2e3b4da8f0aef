/**
 * 人民币大写: amounts in Chinese capitals as the People's Bank rules for bills and vouchers write
 * them, and the reverse for capitals typed into sheets. Where the rules allow 零 or none (1680.32,
 * 107000.53) we always write 零: 壹仟陆佰捌拾元零叁角贰分, 壹拾万零柒仟元零伍角叁分.
 */
import { MAX_PARSED_TEXT_LENGTH } from './fullWidth';
import { MAX_FEN } from './money';
import type { Fen } from './money';
import { InvalidArgumentError, failure, success } from './problem';
import type { Outcome } from './problem';

export interface CapitalsOptions {
  /** Write 整 after an amount that ends at 角 (伍角整). Default true. */
  readonly zhengAfterJiao?: boolean;
  /** Start with 人民币, as on a letter or voucher. Default false. */
  readonly prefix?: boolean;
}

const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const SMALL_UNITS = ['', '拾', '佰', '仟'];
// Four-digit sections: units, 万, 亿, then 万 again for 万亿 (the 亿 is added when needed).
const SECTION_UNITS = ['', '万', '亿', '万'];

/**
 * The amount in Chinese capitals, exactly per DOMAIN.md: 1409.50 -> 壹仟肆佰零玖元伍角整,
 * 0 -> 零元整, -5 -> 负伍分, with prefix -> 人民币负伍分. Throws InvalidArgumentError for a
 * fractional or out-of-range fen, which is a bug in the caller (parse amounts first).
 */
export function toChineseCapitals(amount: Fen, options: CapitalsOptions = {}): string {
  if (!Number.isSafeInteger(amount) || Math.abs(amount) > MAX_FEN) {
    throw new InvalidArgumentError(`Not an amount in fen within range: ${amount}`);
  }

  const magnitude = Math.abs(amount);
  const yuan = Math.floor(magnitude / 100);
  const jiao = Math.floor(magnitude / 10) % 10;
  const fen = magnitude % 10;

  const words = `${yuanWords(yuan)}${fractionWords(yuan, jiao, fen, options.zhengAfterJiao ?? true)}`;
  return `${options.prefix ? '人民币' : ''}${amount < 0 ? '负' : ''}${words}`;
}

function yuanWords(yuan: number): string {
  if (yuan === 0) return '';

  const digits = String(yuan);
  let words = '';
  let zeroPending = false;
  for (let i = 0; i < digits.length; i += 1) {
    const place = digits.length - 1 - i;
    const digit = Number(digits[i]);
    if (digit === 0) {
      zeroPending = words !== '';
    } else {
      if (zeroPending) words += '零';
      zeroPending = false;
      words += `${DIGITS[digit]}${SMALL_UNITS[place % 4]}`;
    }

    if (place % 4 === 0 && place > 0) words += sectionUnit(digits, place);
  }
  return `${words}元`;
}

/** 万/亿 after a section that holds a digit; 亿 also after the 万亿 section when 亿 is empty. */
function sectionUnit(digits: string, place: number): string {
  const section = Number(
    digits.slice(Math.max(0, digits.length - place - 4), digits.length - place),
  );
  if (section === 0) return '';

  const unit = SECTION_UNITS[place / 4] ?? '';
  const below = Number(digits.slice(digits.length - 12, digits.length - 8) || '0');
  return place === 12 && below === 0 ? `${unit}亿` : unit;
}

function fractionWords(yuan: number, jiao: number, fen: number, zhengAfterJiao: boolean): string {
  if (jiao === 0 && fen === 0) return yuan === 0 ? '零元整' : '整';

  // 零 after 元 when the 元 digit is 0 and something follows (壹仟陆佰捌拾元零叁角贰分), and
  // between 元 and 分 when 角 is 0 (壹仟元零伍分); never at the start (伍分).
  const zeroAfterYuan = yuan > 0 && (yuan % 10 === 0 || jiao === 0) ? '零' : '';
  if (jiao === 0) return `${zeroAfterYuan}${DIGITS[fen]}分`;

  const jiaoWords = `${zeroAfterYuan}${DIGITS[jiao]}角`;
  if (fen === 0) return zhengAfterJiao ? `${jiaoWords}整` : jiaoWords;
  return `${jiaoWords}${DIGITS[fen]}分`;
}

const VARIANTS: Readonly<Record<string, string>> = {
  貳: '贰',
  參: '叁',
  陸: '陆',
  〇: '零',
  圆: '元',
  圓: '元',
  億: '亿',
  萬: '万',
  幣: '币',
  正: '整',
};
const SMALL_RANK: Readonly<Record<string, number>> = { 拾: 1, 佰: 2, 仟: 3 };
const FRACTION = /^零?(?:([壹贰叁肆伍陆柒捌玖])角)?零?(?:([壹贰叁肆伍陆柒捌玖])分)?$/;

/**
 * Reads capitals back into fen: what toChineseCapitals writes under any options, the same without
 * the optional 零 (壹仟陆佰捌拾元叁角贰分), traditional forms (貳 陸 圓 萬 億) and 正 for 整.
 * A trailing digit after 佰, 仟, 万 or 亿 with no 零 (壹佰伍) is refused: on a bill it is ambiguous.
 */
export function parseChineseCapitals(text: string): Outcome<Fen> {
  const raw = typeof text === 'string' ? text : '';
  const folded = [...raw.replace(/[\s\u200B-\u200D\u2060\uFEFF]/g, '')]
    .map((ch) => VARIANTS[ch] ?? ch)
    .join('');
  if (folded === '') return failure('capitals.empty', { text: raw });

  const detail = { text: raw.trim() };
  if (folded.length > MAX_PARSED_TEXT_LENGTH) {
    return failure('capitals.not-capitals', { text: `${folded.slice(0, 20)}…` });
  }

  let rest = folded.replace(/^人民币/, '');
  const negative = rest.startsWith('负');
  if (negative) rest = rest.slice(1);
  rest = rest.replace(/整$/, '');

  const parts = rest.split('元');
  if (parts.length > 2) return failure('capitals.not-capitals', detail);
  const [yuanText, fractionText] = parts.length === 2 ? parts : ['', parts[0] ?? ''];
  if (parts.length === 2 && yuanText === '') return failure('capitals.not-capitals', detail);

  const yuan = yuanText === '' ? 0 : readYuan(yuanText ?? '');
  const fraction = FRACTION.exec(fractionText ?? '');
  const fractionEmpty = fraction !== null && !fraction[1] && !fraction[2];
  if (yuan === undefined || !fraction || (parts.length === 1 && fractionEmpty)) {
    return failure('capitals.not-capitals', detail);
  }

  const magnitude =
    yuan * 100 + DIGITS.indexOf(fraction[1] ?? '零') * 10 + DIGITS.indexOf(fraction[2] ?? '零');
  if (magnitude > MAX_FEN) return failure('capitals.too-large', detail);
  return success((negative && magnitude !== 0 ? -magnitude : magnitude) as Fen);
}

/** The whole-yuan number written before 元, or undefined when it is not well formed. */
function readYuan(text: string): number | undefined {
  let afterYi = 0;
  let afterWan = 0;
  let section = 0;
  let digit: number | undefined;
  let lowestRank = 4;
  let zeroBefore = false;
  let wanSeen = false;
  let yiSeen = false;

  for (const ch of text) {
    const value = DIGITS.indexOf(ch);
    const rank = SMALL_RANK[ch];
    if (ch === '零') {
      if (digit !== undefined) return undefined;
      zeroBefore = true;
      continue;
    }

    if (value > 0) {
      if (digit !== undefined) return undefined;
      digit = value;
    } else if (rank !== undefined) {
      const leadingTen = rank === 1 && section === 0 && digit === undefined && lowestRank === 4;
      if (rank >= lowestRank || (digit === undefined && !leadingTen)) return undefined;
      section += (digit ?? 1) * 10 ** rank;
      lowestRank = rank;
      digit = undefined;
    } else if (ch === '万') {
      const wan = section + (digit ?? 0);
      if (wan === 0 || wanSeen) return undefined;
      afterWan = wan * 10_000;
      wanSeen = true;
      [section, digit, lowestRank] = [0, undefined, 4];
    } else if (ch === '亿') {
      const yi = afterWan + section + (digit ?? 0);
      if (yi === 0 || yiSeen) return undefined;
      afterYi = yi * 100_000_000;
      yiSeen = true;
      wanSeen = false;
      [afterWan, section, digit, lowestRank] = [0, 0, undefined, 4];
    } else {
      return undefined;
    }
    zeroBefore = zeroBefore && value > 0;
  }

  // A last digit is the units digit only after 拾, after 零, or standing alone.
  const unitsDigitClear =
    zeroBefore ||
    lowestRank === 1 ||
    (lowestRank === 4 && section === 0 && afterWan === 0 && afterYi === 0);
  if (digit !== undefined && !unitsDigitClear) return undefined;
  return afterYi + afterWan + section + (digit ?? 0);
}
