/**
 * Compares an owned table as the workbook holds it with the table the source gives now, row by
 * row by a key column: a keyed row missing is removed, a row whose key the source does not give
 * (or gives twice) is inserted, and each cell that differs is edited, named by column.
 */
import type { Finding } from '../../domain/audit/auditChain';
import type { DateSystem } from '../../domain/isoDay';
import { asIsoDay, isoDayFromSerial } from '../../domain/isoDay';
import { fenFromYuanNumber, formatYuanPlain, type Fen } from '../../domain/money';
import type { CellValue, ColumnFormat, OwnedCell, OwnedTable } from '../workbookPort';
import { isCellError } from '../workbookPort';
import { storableText } from './storableText';

export interface TableCheck {
  readonly findings: readonly Finding[];
  /** Rows of the sheet compared with a source row. */
  readonly rowsChecked: number;
}

export interface TableCheckOptions {
  readonly expected: OwnedTable;
  /** The sheet's rows as read, header first (row 1). */
  readonly found: readonly (readonly CellValue[])[];
  readonly dateSystem: DateSystem;
  /** Column index of the key (entry id, customer id). */
  readonly keyColumn: number;
}

export function checkOwnedTable(options: TableCheckOptions): TableCheck {
  const { expected, found, dateSystem, keyColumn } = options;
  const sheet = expected.sheet;
  const { columns } = expected;
  const findings: Finding[] = [];

  const expectedByKey = new Map<string, number>();
  expected.rows.forEach((row, i) => {
    const key = expectedText('text', row[keyColumn] ?? null);
    if (!expectedByKey.has(key)) expectedByKey.set(key, i);
  });

  const matched = new Set<number>();
  let rowsChecked = 0;
  for (let r = 1; r < found.length; r++) {
    const cells = found[r] ?? [];
    if (cells.every((cell) => cell === null || cell === '')) continue;
    const sheetRow = r + 1;
    const key = foundText('text', cells[keyColumn] ?? null, dateSystem);
    const at = expectedByKey.get(key);

    if (at === undefined || matched.has(at)) {
      findings.push({
        kind: 'inserted',
        sheet,
        row: sheetRow,
        problem: { code: 'verify.row-inserted', detail: { sheet, row: sheetRow, key } },
      });
      continue;
    }

    matched.add(at);
    rowsChecked++;
    const want = expected.rows[at] ?? [];
    columns.forEach((column, c) => {
      const wanted = expectedText(column.format, want[c] ?? null);
      const seen = foundText(column.format, cells[c] ?? null, dateSystem);
      if (wanted === seen) return;
      findings.push({
        kind: 'edited',
        sheet,
        row: sheetRow,
        problem: {
          code: 'verify.cell-edited',
          detail: {
            sheet,
            row: sheetRow,
            key,
            column: column.header,
            expected: wanted,
            found: seen,
          },
        },
      });
    });
  }

  expected.rows.forEach((row, i) => {
    if (matched.has(i)) return;
    const key = expectedText('text', row[keyColumn] ?? null);
    findings.push({
      kind: 'removed',
      sheet,
      row: i + 2,
      problem: {
        code: 'verify.row-removed',
        detail: { sheet, row: i + 2, key, source: sourceOf(expected, row) },
      },
    });
  });

  findings.sort((a, b) => a.row - b.row);
  return { findings, rowsChecked };
}

// The ledger names its source in its last two columns (来源工作表, 来源行); other tables by key.
function sourceOf(table: OwnedTable, row: readonly OwnedCell[]): string {
  const sheetAt = table.columns.findIndex((c) => c.header.startsWith('来源工作表'));
  const rowAt = table.columns.findIndex((c) => c.header.startsWith('来源行'));
  if (sheetAt < 0 || rowAt < 0) return String(row[0] ?? '');
  return `${String(row[sheetAt] ?? '')}!${String(row[rowAt] ?? '')}`;
}

/** How an owned cell reads once written: money in yuan, dates as days, text as stored. */
function expectedText(format: ColumnFormat, cell: OwnedCell): string {
  if (cell === null || cell === '') return '';
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (typeof cell === 'number') {
    if (format === 'money') return formatYuanPlain(cell as Fen);
    if (format === 'text') return storableText(String(cell));
    return String(cell);
  }
  if (format === 'date') return asIsoDay(cell) ?? storableText(cell);
  return storableText(cell);
}

function foundText(format: ColumnFormat, cell: CellValue, system: DateSystem): string {
  if (cell === null || cell === '') return '';
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (isCellError(cell)) return cell.error;
  if (typeof cell === 'number') {
    if (format === 'money') return formatYuanPlain(fenFromYuanNumber(cell));
    if (format === 'date') return isoDayFromSerial(cell, system) ?? String(cell);
    return String(cell);
  }
  return cell;
}
