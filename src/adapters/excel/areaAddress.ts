/**
 * Reads the addresses Office.js returns for ranges and range areas ("Sheet1!A1:C3, 'My
 * sheet'!E5") into 1-based rectangles, and writes A1 addresses for the adapter's own ranges.
 */
import type { MergedArea } from '../../workbook/workbookPort';

export function columnName(column: number): string {
  let n = column;
  let name = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    name = String.fromCharCode(65 + rest) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

/** "A1:D4" for rows and columns counted from 1. */
export function a1Range(
  startRow: number,
  startColumn: number,
  endRow: number,
  endColumn: number,
): string {
  return `${columnName(startColumn)}${startRow}:${columnName(endColumn)}${endRow}`;
}

const CELL = /^\$?([A-Z]{1,3})\$?(\d+)$/i;

/** Splits a range-areas address on the commas that are not inside a quoted sheet name. */
function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Every rectangle of a range or range-areas address; parts it cannot read are skipped. */
export function parseAreas(address: string): MergedArea[] {
  const areas: MergedArea[] = [];
  for (const part of splitAreas(address)) {
    const local = part.slice(part.lastIndexOf('!') + 1);
    const [first = '', second = first] = local.split(':');
    const a = CELL.exec(first);
    const b = CELL.exec(second);
    if (!a || !b) continue;
    areas.push({
      startRow: Number(a[2]),
      startColumn: columnNumber(a[1] ?? ''),
      endRow: Number(b[2]),
      endColumn: columnNumber(b[1] ?? ''),
    });
  }
  return areas;
}
