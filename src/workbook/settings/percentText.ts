/**
 * Percentages on the Settings sheet, kept in whole basis points inside (500 = 5%). Text must say
 * "%" (a bare "5" could mean 5% or 500%); a number cell is a fraction, as Excel stores "5%".
 */
import type { ProvisionBand } from '../../domain/receivables';
import type { CellValue } from '../workbookPort';

const PERCENT = /^(\d{1,5}(?:\.\d{1,2})?)\s*[%％]$/;

/** "5%" -> 500; "12.5%" -> 1250; anything else -> undefined. */
export function bpFromPercentText(text: string): number | undefined {
  const match = PERCENT.exec(text.trim());
  if (!match) return undefined;
  const [whole = '0', decimals = ''] = (match[1] ?? '').split('.');
  return Number(whole) * 100 + Number(decimals.padEnd(2, '0'));
}

export function percentFromCell(value: CellValue): number | undefined {
  if (typeof value === 'number') {
    const bp = Math.round(value * 10000);
    return Number.isFinite(value) && Math.abs(value * 10000 - bp) < 1e-6 ? bp : undefined;
  }
  return typeof value === 'string' ? bpFromPercentText(value) : undefined;
}

/** 500 -> "5%"; 1250 -> "12.5%". */
export function percentText(bp: number): string {
  const whole = Math.trunc(bp / 100);
  const rest = Math.abs(bp % 100);
  if (rest === 0) return `${whole}%`;
  return `${whole}.${String(rest).padStart(2, '0').replace(/0$/, '')}%`;
}

export function ratesText(bands: readonly ProvisionBand[]): string {
  return bands.map((band) => percentText(band.rateBp)).join(',');
}

/** "5%,10%,30%" -> [500, 1000, 3000]; one unreadable part makes the whole undefined. */
export function ratesFromText(text: string): number[] | undefined {
  const parts = text.split(/[,，、;；]/).map((part) => part.trim());
  if (parts.length === 0 || parts.some((part) => part === '')) return undefined;
  const rates = parts.map(bpFromPercentText);
  return rates.every((rate) => rate !== undefined) ? (rates as number[]) : undefined;
}
