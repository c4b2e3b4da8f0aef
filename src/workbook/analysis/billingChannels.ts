/**
 * How each invoice was billed (纸质/电子), read from a column of the cashier's ledger sheets when
 * one has it. Paper bills tend to be paid later than electronic ones, and the prediction learns by
 * how much, so the channel is worth reading; but structuring does not carry it, so this reads the
 * column itself, on the rows structuring imported, by the header row structuring found.
 * TODO(behaviour): make the channel a column role of structuring (台账 would then show it) and drop
 * this second read of the cashier's sheets.
 */
import type { InvoiceChannel } from '../../domain/behaviour';
import type { LedgerEntry } from '../../domain/ledger';
import type { Problem } from '../../domain/problem';
import { foldHeader } from '../structure/columnRoles';
import type { StructureResult } from '../structure/structureTypes';
import { isCellError, type CellValue, type WorkbookPort } from '../workbookPort';

/** Whole headers (as foldHeader leaves them) that name the billing channel. */
const CHANNEL_HEADERS = new Set(
  [
    '纸质/电子',
    '纸质或电子',
    '发票形式',
    '发票载体',
    '开票方式',
    '账单形式',
    '账单方式',
    '寄送方式',
    'PaperlessBill',
    'Paperless Bill',
    'Billing',
    'Billing Channel',
    'Bill Type',
    'Invoice Medium',
  ].map(foldHeader),
);

const PAPER = new Set(['纸质', '纸质发票', '纸质账单', '纸票', '纸', 'paper', 'paperbill', 'post']);
const ELECTRONIC = new Set(
  [
    '电子',
    '电子发票',
    '电子账单',
    '数电',
    '数电票',
    '数电发票',
    '全电',
    '全电发票',
    'electronic',
    'e-invoice',
    'einvoice',
    'paperless',
    'email',
  ].map((word) => word.toLowerCase()),
);

/** Reads a channel cell; undefined for blanks and for words that are neither (never guessed). */
export function readChannel(value: CellValue): InvoiceChannel | 'unknown' | undefined {
  if (value === null || isCellError(value)) return undefined;
  const text = String(value).trim().toLowerCase().replace(/\s+/g, '');
  if (text === '') return undefined;
  if (PAPER.has(text)) return 'paper';
  if (ELECTRONIC.has(text)) return 'electronic';
  return 'unknown';
}

export interface BillingChannels {
  /** By ledger entry id: the invoices (and other items owed) whose row names a channel. */
  readonly channels: ReadonlyMap<string, InvoiceChannel>;
  /** A column whose words could not be read, once per sheet, with a count and an example. */
  readonly problems: readonly Problem[];
}

export async function readBillingChannels(
  port: WorkbookPort,
  structure: Pick<StructureResult, 'entries' | 'report'>,
): Promise<BillingChannels> {
  const owed = new Map<string, LedgerEntry[]>();
  for (const entry of structure.entries) {
    if (entry.kind === 'receipt' || entry.kind === 'credit-note' || entry.kind === 'write-off') {
      continue;
    }
    const key = rowKey(entry.source.sheet, entry.source.row);
    const list = owed.get(key);
    if (list) list.push(entry);
    else owed.set(key, [entry]);
  }

  const channels = new Map<string, InvoiceChannel>();
  const problems: Problem[] = [];
  for (const sheet of structure.report.sheets) {
    if (sheet.kind !== 'ledger' || sheet.headerRows.length === 0) continue;
    const read = await readSheetChannels(port, sheet.sheet, sheet.headerRows);
    if (read === undefined) continue;

    let unknown = 0;
    let example = '';
    for (const [row, value] of read.values) {
      const channel = readChannel(value);
      if (channel === undefined) continue;
      const entries = owed.get(rowKey(sheet.sheet, row)) ?? [];
      if (channel === 'unknown') {
        if (entries.length > 0 && unknown++ === 0) example = String(value);
        continue;
      }
      for (const entry of entries) channels.set(entry.id, channel);
    }
    if (unknown > 0) {
      problems.push({
        code: 'analysis.channel-unread',
        detail: { sheet: sheet.sheet, header: read.header, count: unknown, example },
      });
    }
  }
  return { channels, problems };
}

/** The channel column's cells by row, or undefined when the sheet's header names none. */
async function readSheetChannels(
  port: WorkbookPort,
  sheet: string,
  headerRows: readonly number[],
): Promise<{ header: string; values: Map<number, CellValue> } | undefined> {
  const lastHeaderRow = Math.max(...headerRows);
  let column = -1;
  let header = '';
  const values = new Map<number, CellValue>();

  for await (const block of port.readSheet(sheet)) {
    for (const [offset, cells] of block.values.entries()) {
      const row = block.startRow + offset;
      if (headerRows.includes(row) && column < 0) {
        column = cells.findIndex(
          (cell) => typeof cell === 'string' && CHANNEL_HEADERS.has(foldHeader(cell)),
        );
        if (column >= 0) header = String(cells[column]);
      }
      if (row === lastHeaderRow && column < 0) return undefined;
      if (row > lastHeaderRow) values.set(row, cells[column] ?? null);
    }
  }
  return column < 0 ? undefined : { header, values };
}

function rowKey(sheet: string, row: number): string {
  return `${sheet}\u0000${row}`;
}
