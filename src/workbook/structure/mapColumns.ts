/**
 * Decides which column of a header row holds what, with a confidence per column and for the whole
 * mapping, and what kind of sheet the header describes (a ledger or a customer list).
 */
import type { CellValue } from '../workbookPort';
import { isCellError } from '../workbookPort';
import { EXACT_CONFIDENCE, matchHeader } from './columnRoles';
import type { ColumnRole } from './columnRoles';
import type {
  ColumnMapping,
  MappedColumn,
  SheetKind,
  SheetMappingOverride,
} from './structureTypes';

const CUSTOMER_LIST_ROLES: readonly ColumnRole[] = [
  'contact',
  'phone',
  'address',
  'creditLimit',
  'terms',
  'grade',
];

/** The text of a header cell; numbers and errors are not header words. */
export function headerText(value: CellValue | undefined): string {
  if (typeof value === 'string') return value.trim();
  if (value === null || value === undefined || isCellError(value)) return '';
  return '';
}

/**
 * Maps a header row. Exact words win over contained ones, then the earlier word of a role's
 * list, then the leftmost column; each column takes one role and each role one column.
 */
export function mapColumns(
  headerRow: readonly CellValue[],
  override?: SheetMappingOverride,
): ColumnMapping {
  const candidates: {
    column: number;
    header: string;
    role: ColumnRole;
    confidence: number;
    rank: number;
  }[] = [];
  headerRow.forEach((value, index) => {
    const header = headerText(value);
    const match = header === '' ? undefined : matchHeader(header);
    if (match) candidates.push({ column: index + 1, header, ...match });
  });
  candidates.sort((a, b) => b.confidence - a.confidence || a.rank - b.rank || a.column - b.column);

  const byRole = new Map<ColumnRole, MappedColumn>();
  const usedColumns = new Set<number>();
  for (const forced of overriddenColumns(headerRow, override)) {
    byRole.set(forced.role, forced);
    usedColumns.add(forced.column);
  }
  for (const candidate of candidates) {
    if (byRole.has(candidate.role) || usedColumns.has(candidate.column)) continue;
    byRole.set(candidate.role, {
      role: candidate.role,
      column: candidate.column,
      header: candidate.header,
      confidence: candidate.confidence,
      source: candidate.confidence === EXACT_CONFIDENCE ? 'exact' : 'contains',
    });
    usedColumns.add(candidate.column);
  }

  const columns = [...byRole.values()].sort((a, b) => a.column - b.column);
  const kind = kindOf(byRole);
  return { kind, columns, confidence: confidenceOf(kind, byRole) };
}

function kindOf(byRole: ReadonlyMap<ColumnRole, MappedColumn>): SheetKind {
  const named = byRole.has('customer') || byRole.has('customerId');
  const hasAmount = byRole.has('amount') || byRole.has('debit') || byRole.has('credit');
  if (named && hasAmount && byRole.has('date')) return 'ledger';
  if (named && CUSTOMER_LIST_ROLES.some((role) => byRole.has(role))) return 'customers';
  return 'unrecognized';
}

function confidenceOf(kind: SheetKind, byRole: ReadonlyMap<ColumnRole, MappedColumn>): number {
  if (kind === 'unrecognized') return 0;

  const needed: (MappedColumn | undefined)[] = [byRole.get('customer') ?? byRole.get('customerId')];
  if (kind === 'ledger') {
    needed.push(byRole.get('date'));
    const sides = [byRole.get('debit'), byRole.get('credit')].filter((c) => c !== undefined);
    needed.push(...(sides.length > 0 ? sides : [byRole.get('amount')]));
  }
  return Math.min(...needed.map((column) => column?.confidence ?? 0));
}

function overriddenColumns(
  headerRow: readonly CellValue[],
  override: SheetMappingOverride | undefined,
): MappedColumn[] {
  const forced: MappedColumn[] = [];
  for (const [role, where] of Object.entries(override?.columns ?? {})) {
    const column = resolveColumn(headerRow, where);
    if (column === undefined) continue;
    forced.push({
      role: role as ColumnRole,
      column,
      header: headerText(headerRow[column - 1]),
      confidence: 1,
      source: 'override',
    });
  }
  return forced;
}

/** A column named by number, by letters ("C", "AA") or by its header text. */
export function resolveColumn(
  headerRow: readonly CellValue[],
  where: number | string | undefined,
): number | undefined {
  if (typeof where === 'number') return Number.isInteger(where) && where >= 1 ? where : undefined;
  if (typeof where !== 'string' || where.trim() === '') return undefined;

  const text = where.trim();
  const byHeader = headerRow.findIndex((value) => headerText(value) === text);
  if (byHeader >= 0) return byHeader + 1;
  if (!/^[A-Za-z]{1,3}$/.test(text)) return undefined;

  let column = 0;
  for (const letter of text.toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  return column;
}

/** "A", "B", ... "AA": the letters Excel shows for a 1-based column. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}
