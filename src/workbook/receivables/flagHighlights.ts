/**
 * How flags should stand out on the Aging and Credit sheets: a fill per flag on the Flag column.
 * TODO(receivables): apply these as conditional formats, and add an aging chart from the TOTAL
 * line, once WorkbookPort can write them (another engineer is adding that); each is one call in
 * receivablesWorkflow.ts after the tables are written. Until then the flag words carry the news.
 */
import type { CreditFlag } from '../../domain/receivables';
import type { OwnedTable } from '../workbookPort';

export const FLAG_FILLS: Readonly<Record<CreditFlag, string | undefined>> = {
  OK: undefined,
  WATCH: '#FFF2CC',
  WARN: '#FCE4D6',
  HOLD: '#F8CBAD',
};

export interface FlagHighlight {
  readonly sheet: string;
  /** 1-based column of the Flag cells. */
  readonly column: number;
  /** Data rows 2..lastRow, as written. */
  readonly lastRow: number;
  readonly fills: typeof FLAG_FILLS;
}

/** Where a written table's flags are, or undefined when it has no Flag column. */
export function flagHighlight(table: OwnedTable): FlagHighlight | undefined {
  const index = table.columns.findIndex((column) => column.header === '标志 Flag');
  if (index < 0) return undefined;
  return {
    sheet: table.sheet,
    column: index + 1,
    lastRow: table.rows.length + 1,
    fills: FLAG_FILLS,
  };
}
