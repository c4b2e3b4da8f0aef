/**
 * Sorts each row below the header into blank, subtotal, repeated header, title or data, with the
 * column roles worked out once per sheet so the per-row work stays a few comparisons.
 */
import type { CellValue, MergedArea } from '../workbookPort';
import { COLUMN_SYNONYMS, foldHeader, isHeaderWordOf } from './columnRoles';
import type { ColumnRole } from './columnRoles';
import { isSubtotalText } from './subtotalWords';
import type { ColumnMapping } from './structureTypes';

export type RowClass =
  | { readonly kind: 'data' }
  | { readonly kind: 'blank' }
  | { readonly kind: 'subtotal' | 'title'; readonly text: string }
  | { readonly kind: 'header' };

const DATA: RowClass = { kind: 'data' };
const BLANK: RowClass = { kind: 'blank' };
const HEADER: RowClass = { kind: 'header' };

const ALL_HEADER_WORDS = new Set(
  Object.values(COLUMN_SYNONYMS).flatMap((words) => words.map((word) => word.toLowerCase())),
);

export interface RowLayout {
  /** 0-based index of the column naming the customer (name, else id). */
  readonly customerIndex: number;
  /** 0-based indexes of the amount columns (amount, debit, credit). */
  readonly amountIndexes: readonly number[];
  readonly mapped: readonly {
    readonly index: number;
    readonly role: ColumnRole;
    readonly header: string;
  }[];
  /** Rows holding an area merged across two or more columns (section titles). */
  readonly mergedAcrossRows: ReadonlySet<number>;
  readonly headerWords: ReadonlySet<string>;
  /** Whether a customer cell's text is a header word, per distinct text (names repeat). */
  readonly customerIsHeaderWord: Map<string, boolean>;
}

export function rowLayout(mapping: ColumnMapping, merged: readonly MergedArea[]): RowLayout {
  const index = (role: ColumnRole) => mapping.columns.find((c) => c.role === role)?.column;
  const customer = index('customer') ?? index('customerId') ?? 0;
  const amountIndexes = (['amount', 'debit', 'credit'] as const)
    .map(index)
    .filter((column): column is number => column !== undefined)
    .map((column) => column - 1);

  const mergedAcrossRows = new Set<number>();
  for (const area of merged) {
    if (area.endColumn <= area.startColumn) continue;
    for (let row = area.startRow; row <= area.endRow; row++) mergedAcrossRows.add(row);
  }

  const headerWords = new Set(ALL_HEADER_WORDS);
  for (const column of mapping.columns) {
    headerWords.add(column.header);
    headerWords.add(column.header.trim().toLowerCase());
  }

  return {
    customerIndex: customer - 1,
    amountIndexes,
    mapped: mapping.columns.map((c) => ({ index: c.column - 1, role: c.role, header: c.header })),
    mergedAcrossRows,
    headerWords,
    customerIsHeaderWord: new Map(),
  };
}

export function isBlankCell(value: CellValue | undefined): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value !== 'string') return false;
  // Nearly every text starts with a visible character: only then is trimming skipped.
  if (value.length === 0) return true;
  return value.charCodeAt(0) <= 32 || value.charCodeAt(0) === 0x3000 ? value.trim() === '' : false;
}

/** Classifies one row below the header. */
export function classifyRow(cells: readonly CellValue[], row: number, layout: RowLayout): RowClass {
  let nonBlank = 0;
  let lastText = '';
  let lastTextIndex = -1;
  for (let i = 0; i < cells.length; i++) {
    const value = cells[i];
    if (isBlankCell(value)) continue;
    nonBlank++;
    if (typeof value === 'string') {
      if (isSubtotalText(value)) return { kind: 'subtotal', text: value.trim() };
      lastText = value;
      lastTextIndex = i;
    }
  }
  if (nonBlank === 0) return BLANK;

  if (isRepeatedHeader(cells, layout)) return HEADER;

  if (nonBlank === 1 && lastTextIndex >= 0 && isTitle(lastTextIndex, row, layout)) {
    return { kind: 'title', text: lastText.trim() };
  }
  return DATA;
}

/** Rows above the header: a title when anything is written there, otherwise blank. */
export function classifyRowAboveHeader(cells: readonly CellValue[]): RowClass {
  const text = cells.find((value) => !isBlankCell(value));
  if (text === undefined) return BLANK;
  return { kind: 'title', text: typeof text === 'string' ? text.trim() : String(text) };
}

// A lone text is a section title ("二月份") when it is merged across columns or sits outside the
// customer and amount columns; a lone name in the customer column is a row missing its amount.
function isTitle(index: number, row: number, layout: RowLayout): boolean {
  if (layout.mergedAcrossRows.has(row)) return true;
  return index !== layout.customerIndex && !layout.amountIndexes.includes(index);
}

function isRepeatedHeader(cells: readonly CellValue[], layout: RowLayout): boolean {
  const customer = cells[layout.customerIndex];
  if (typeof customer !== 'string' || customer.length > 24) return false;
  let isWord = layout.customerIsHeaderWord.get(customer);
  if (isWord === undefined) {
    isWord =
      layout.headerWords.has(customer) || layout.headerWords.has(customer.trim().toLowerCase());
    layout.customerIsHeaderWord.set(customer, isWord);
  }
  if (!isWord) return false;

  let matches = 0;
  for (const { index, role, header } of layout.mapped) {
    const value = cells[index];
    if (typeof value !== 'string') continue;
    const text = value.trim();
    if (text === header || isHeaderWordOf(role, text) || foldHeader(text) === foldHeader(header)) {
      matches++;
    }
  }
  return matches >= Math.min(2, layout.mapped.length);
}
