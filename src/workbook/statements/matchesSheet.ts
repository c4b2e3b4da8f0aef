/**
 * The owned sheet 收款匹配 Matches: one row per statement line ever imported, with what became of
 * it. It is also the import's memory: each row keeps, in its last column, the line's key and the
 * ledger entries it added, so the next import knows what is already in and can rebuild the
 * ledger without reading back formatted cells.
 */
import type { Customer, LedgerEntry, PaymentMethod } from '../../domain/ledger';
import { describeProblem } from '../../domain/messages';
import type { Fen } from '../../domain/money';
import { isCellError, type OwnedCell, type OwnedColumn, type WorkbookPort } from '../workbookPort';
import { cellText } from '../structure/cellText';

export const MATCHES_SHEET = '收款匹配 Matches';
export const MATCHES_TABLE = 'CashierMatches';

/**
 * What a row says happened to its line; receipt statuses come from matching, except 'confirmed':
 * a needs-review or unmatched line the cashier settled afterwards (confirmMatch.ts).
 */
export type LineStatus =
  'matched' | 'needs-review' | 'unmatched' | 'duplicate' | 'skipped' | 'rejected' | 'confirmed';

/** One row of the sheet, as kept in its record column. */
export interface MatchRecord {
  /** A receipt's key (receiptKeys.ts), or "line:<file>:<line>" for a skipped or rejected line. */
  readonly key: string;
  readonly status: LineStatus;
  readonly date?: string;
  readonly payer: string;
  readonly amount?: Fen;
  readonly customerId?: string;
  readonly invoices: string;
  readonly reasonCode: string;
  readonly reasonDetail?: Readonly<Record<string, string | number>>;
  readonly confidence: number;
  readonly method?: PaymentMethod;
  readonly file: string;
  readonly line: number;
  readonly transactionId?: string;
  readonly payerAccount?: string;
  readonly memo?: string;
  /** Customers or invoices proposed for the cashier, in words. */
  readonly candidates: string;
  /** Ledger entries the line added (matched and confirmed receipts only). */
  readonly entries: readonly LedgerEntry[];
}

const COLUMNS: readonly OwnedColumn[] = [
  { header: '日期 Date', format: 'date', width: 12 },
  { header: '付款人 Payer', format: 'text', width: 26 },
  { header: '金额 Amount', format: 'money', width: 14 },
  { header: '客户 Customer', format: 'text', width: 26 },
  { header: '发票 Invoices', format: 'text', width: 22 },
  { header: '原因 Reason', format: 'text', width: 44 },
  { header: 'Reason (English)', format: 'text', width: 44 },
  { header: '可信度 Confidence', format: 'percent', width: 10 },
  { header: '状态 Status', format: 'text', width: 16 },
  { header: '候选 Candidates', format: 'text', width: 30 },
  { header: '收款方式 Method', format: 'text', width: 12 },
  { header: '文件 File', format: 'text', width: 24 },
  { header: '行 Line', format: 'integer', width: 8 },
  { header: '流水号 Transaction ID', format: 'text', width: 24 },
  { header: '对方账号 Payer account', format: 'text', width: 20 },
  { header: '摘要 Memo', format: 'text', width: 30 },
  { header: '客户编号 Customer ID', format: 'text', width: 12 },
  { header: '代码 Code', format: 'text', width: 24 },
  { header: '记录 Record', format: 'text', width: 12 },
];

export const STATUS_WORDS: Readonly<Record<LineStatus, string>> = {
  matched: '已匹配 matched',
  'needs-review': '待确认 needs review',
  unmatched: '未匹配 unmatched',
  duplicate: '重复 duplicate',
  skipped: '跳过 skipped',
  rejected: '拒绝 rejected',
  confirmed: '已确认 confirmed',
};

/** Reads the records of an earlier import; a sheet the cashier edited past reading is ignored row by row. */
export async function readMatchRecords(port: WorkbookPort): Promise<MatchRecord[]> {
  const facts = await port.describe();
  const sheet = facts.sheets.find((s) => s.name === MATCHES_SHEET && s.owned);
  if (sheet === undefined) return [];

  const records: MatchRecord[] = [];
  let recordColumn = -1;
  for await (const block of port.readSheet(sheet.name)) {
    for (const row of block.values) {
      if (recordColumn < 0) {
        recordColumn = row.findIndex((cell) => cellText(cell) === COLUMNS.at(-1)?.header);
        continue;
      }
      const cell = row[recordColumn];
      if (cell === undefined || cell === null || isCellError(cell)) continue;
      const record = parseRecord(cellText(cell));
      if (record !== undefined) records.push(record);
    }
  }
  return records;
}

function parseRecord(text: string): MatchRecord | undefined {
  try {
    const value = JSON.parse(text) as Partial<MatchRecord>;
    return typeof value.key === 'string' && typeof value.status === 'string'
      ? (value as MatchRecord)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Writes every record, in the order given, as the owned table. */
export async function writeMatchRecords(
  port: WorkbookPort,
  records: readonly MatchRecord[],
  customers: readonly Customer[],
): Promise<void> {
  const names = new Map(customers.map((customer) => [customer.id, customer.name]));
  await port.writeOwnedTable({
    sheet: MATCHES_SHEET,
    tableName: MATCHES_TABLE,
    columns: COLUMNS,
    rows: records.map((record) => matchRow(record, names)),
  });
}

/** The row a cashier reads for a record (also the CSV's source). */
export function matchRow(record: MatchRecord, names: ReadonlyMap<string, string>): OwnedCell[] {
  const reason = {
    code: record.reasonCode,
    ...(record.reasonDetail ? { detail: record.reasonDetail } : {}),
  };
  const via = record.reasonDetail?.via;
  const viaWords = (lang: 'zh' | 'en') =>
    typeof via === 'string' && (record.status === 'matched' || record.status === 'confirmed')
      ? `${lang === 'zh' ? '（' : ' ('}${describeProblem({ code: `match.via.${via}` }, lang)}${lang === 'zh' ? '）' : ')'}`
      : '';
  return [
    record.date ?? null,
    record.payer,
    record.amount ?? null,
    record.customerId === undefined ? null : (names.get(record.customerId) ?? record.customerId),
    record.invoices,
    describeProblem(reason, 'zh') + viaWords('zh'),
    describeProblem(reason, 'en') + viaWords('en'),
    record.confidence,
    STATUS_WORDS[record.status],
    record.candidates,
    record.method ?? null,
    record.file,
    record.line,
    record.transactionId ?? null,
    record.payerAccount ?? null,
    record.memo ?? null,
    record.customerId ?? null,
    record.reasonCode,
    JSON.stringify(record),
  ];
}
