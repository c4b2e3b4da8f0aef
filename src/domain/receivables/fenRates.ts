/**
 * Multiplying fen by a rate in basis points without float drift: the product is split so every
 * intermediate stays an exact integer, then rounded to the fen, halves away from zero.
 */
import type { Fen } from '../money';

/** amount x rateBp / 10000, rounded to the fen with halves away from zero; exact to MAX_FEN. */
export function applyRateBp(amount: Fen, rateBp: number): Fen {
  const sign = amount < 0 ? -1 : 1;
  const abs = Math.abs(amount);
  const whole = Math.floor(abs / 10000);
  const rest = abs - whole * 10000;

  // rest * rateBp < 1e8 and whole * rateBp < 1e15: both exact in a double.
  const restProduct = rest * rateBp;
  const restFen = Math.floor(restProduct / 10000) + (restProduct % 10000 >= 5000 ? 1 : 0);
  const result = sign * (whole * rateBp + restFen);
  return (result === 0 ? 0 : result) as Fen;
}

/** part / whole in basis points, rounded half up; 0 when whole is 0. */
export function shareBp(part: number, whole: number): number {
  if (whole === 0) return 0;
  return Math.round((part * 10000) / whole);
}
