/**
 * The owned Audit sheet 审计记录: one row per run or letter, with its hash chain, and the head
 * (row count and last hash) kept in the stored values so rows cut from the end are noticed.
 */
import type { AuditHead, AuditRow, ReadAuditRow } from '../../domain/audit/auditChain';
import { freeSheetName } from '../structure/writeStructure';
import type {
  CellValue,
  OwnedColumn,
  OwnedTable,
  StoredValues,
  WorkbookFacts,
  WorkbookPort,
} from '../workbookPort';
import { isCellError } from '../workbookPort';

export const AUDIT_SHEET = '审计记录';
export const AUDIT_TABLE = 'CashierAudit';
/** Stored value: JSON {sheet, count, hash} of the trail's last row. */
export const AUDIT_HEAD_KEY = 'audit.head';

export const AUDIT_COLUMNS: readonly OwnedColumn[] = [
  { header: '序号 No.', format: 'integer', width: 8 },
  { header: '时间 Time', format: 'text', width: 22 },
  { header: '动作 Action', format: 'text', width: 12 },
  { header: '输入指纹 Input fingerprint', format: 'text', width: 20 },
  { header: '输入行数 Rows in', format: 'integer', width: 10 },
  { header: '输入金额 Amounts in', format: 'text', width: 22 },
  { header: '输出行数 Rows out', format: 'integer', width: 10 },
  { header: '输出金额 Amounts out', format: 'text', width: 22 },
  { header: '结果 Result', format: 'text', width: 30 },
  { header: '前一哈希 Previous hash', format: 'text', width: 20 },
  { header: '哈希 Hash', format: 'text', width: 20 },
];

export interface StoredHead extends AuditHead {
  readonly sheet: string;
}

export function auditTable(sheet: string, rows: readonly AuditRow[]): OwnedTable {
  return {
    sheet,
    tableName: AUDIT_TABLE,
    columns: AUDIT_COLUMNS,
    protect: true,
    rows: rows.map((row) => [
      row.seq,
      row.time,
      row.action,
      row.fingerprint,
      row.rowsIn,
      row.amountsIn,
      row.rowsOut,
      row.amountsOut,
      row.result,
      row.previousHash,
      row.hash,
    ]),
  };
}

/** The head as stored, or undefined when there is none or it cannot be read. */
export function readHead(stored: StoredValues): StoredHead | undefined {
  const text = stored[AUDIT_HEAD_KEY];
  if (text === undefined) return undefined;
  try {
    const head = JSON.parse(text) as Partial<StoredHead>;
    if (typeof head.sheet !== 'string' || typeof head.hash !== 'string') return undefined;
    if (typeof head.count !== 'number') return undefined;
    return { sheet: head.sheet, count: head.count, hash: head.hash };
  } catch {
    return undefined;
  }
}

export function headValue(sheet: string, rows: readonly AuditRow[]): string {
  const last = rows[rows.length - 1];
  return JSON.stringify({ sheet, count: last?.seq ?? 0, hash: last?.hash ?? '' });
}

/** Where the trail lives: the sheet the head names when it is still ours, else a free name. */
export function auditSheetName(facts: WorkbookFacts, head: StoredHead | undefined): string {
  const named = head && facts.sheets.find((s) => s.owned && s.name === head.sheet);
  return named ? named.name : freeSheetName(facts, AUDIT_SHEET);
}

/** Reads the trail back from its sheet; cells are taken as written, whatever they now hold. */
export async function readAuditRows(port: WorkbookPort, sheet: string): Promise<ReadAuditRow[]> {
  const rows: ReadAuditRow[] = [];
  for await (const block of port.readSheet(sheet)) {
    block.values.forEach((cells, i) => {
      const sheetRow = block.startRow + i;
      if (sheetRow === 1 || cells.every((cell) => cell === null || cell === '')) return;
      rows.push({
        sheetRow,
        seq: numberOf(cells[0]),
        time: textOf(cells[1]),
        action: textOf(cells[2]),
        fingerprint: textOf(cells[3]),
        rowsIn: numberOf(cells[4]),
        amountsIn: textOf(cells[5]),
        rowsOut: numberOf(cells[6]),
        amountsOut: textOf(cells[7]),
        result: textOf(cells[8]),
        previousHash: textOf(cells[9]),
        hash: textOf(cells[10]),
      });
    });
  }
  return rows;
}

function textOf(cell: CellValue | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (isCellError(cell)) return cell.error;
  return String(cell);
}

// A number typed over as text ("12") still reads as its number; anything else is NaN, which no
// hash was made with, so the row shows as edited.
function numberOf(cell: CellValue | undefined): number {
  if (typeof cell === 'number') return cell;
  if (typeof cell === 'string' && /^\d+$/.test(cell.trim())) return Number(cell);
  return Number.NaN;
}
