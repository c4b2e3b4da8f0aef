/**
 * Money inside the engine: integer fen (分, 1/100 of a yuan or of the currency's major unit).
 * Amounts are parsed into fen at the edge, added and compared as integers, and only turned back
 * into yuan text where a person reads them.
 */
export type Fen = number & { readonly __unit: 'fen' };

/** ISO 4217 code of the currency a customer is billed in; CNY unless the workbook says otherwise. */
export type CurrencyCode = string;

export const DEFAULT_CURRENCY: CurrencyCode = 'CNY';

export const ZERO_FEN = 0 as Fen;

/** Largest amount the engine accepts: well inside Number's exact integers, 9,999,999,999,999.99. */
export const MAX_FEN = 999_999_999_999_999 as Fen;

/** Brands an integer as fen; throws on fractions, because a fractional fen is always a bug. */
export function fen(value: number): Fen {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`Not a whole number of fen: ${value}`);
  }
  return value as Fen;
}

export function addFen(a: Fen, b: Fen): Fen {
  return (a + b) as Fen;
}

export function subtractFen(a: Fen, b: Fen): Fen {
  return (a - b) as Fen;
}

export function negateFen(a: Fen): Fen {
  return (a === 0 ? 0 : -a) as Fen;
}

export function sumFen(values: Iterable<Fen>): Fen {
  let total = 0;
  for (const value of values) total += value;
  return total as Fen;
}

export function minFen(a: Fen, b: Fen): Fen {
  return (a < b ? a : b) as Fen;
}

/** Rounds a yuan number with float noise (1234.5000000001) to the nearest fen, halves away from 0. */
export function fenFromYuanNumber(yuan: number): Fen {
  const scaled = yuan * 100;
  const rounded = Math.sign(scaled) * Math.round(Math.abs(scaled) + 1e-7);
  return (rounded === 0 ? 0 : rounded) as Fen;
}

/** Yuan with two decimals and no grouping, for CSV and machine-readable output: "-1234.50". */
export function formatYuanPlain(amount: Fen): string {
  const sign = amount < 0 ? '-' : '';
  const abs = Math.abs(amount);
  const whole = Math.floor(abs / 100);
  const cents = abs % 100;
  return `${sign}${whole}.${cents.toString().padStart(2, '0')}`;
}

/** Yuan with thousands separators and two decimals, for people: "1,234.50". */
export function formatYuan(amount: Fen): string {
  const plain = formatYuanPlain(amount);
  const [intPart = '0', decimals = '00'] = plain.replace('-', '').split('.');
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${amount < 0 ? '-' : ''}${grouped}.${decimals}`;
}

/** Converts fen to a yuan number for writing into a cell; exact for every amount under MAX_FEN. */
export function fenToYuanNumber(amount: Fen): number {
  return amount / 100;
}
