/**
 * The XML of the sheets Cashier Desk owns: one Excel table over the data with a frozen header,
 * or the plain key/value grid of the store sheet. Every value passes through the escaping writer.
 */
import type { DateSystem, IsoDay } from '../../domain/isoDay';
import { asIsoDay, serialIfAny } from '../../domain/isoDay';
import { fenToYuanNumber, type Fen } from '../../domain/money';
import { InvalidArgumentError } from '../../domain/problem';
import type { ColumnFormat, OwnedCell, OwnedTable } from '../../workbook/workbookPort';
import { cleanCellText, escapeCellText, escapeXml } from './xmlText';

export const MONEY_FORMAT = '¥#,##0.00;-¥#,##0.00';
export const DATE_FORMAT = 'yyyy-mm-dd';

/** The number format code each column format is shown with. */
export const FORMAT_CODES: Readonly<Record<ColumnFormat, string>> = {
  text: '@',
  money: MONEY_FORMAT,
  date: DATE_FORMAT,
  integer: '0',
  number: 'General',
  percent: '0.00%',
  boolean: 'General',
};

/** Built-in ids for the codes that have one, so no custom format is added for them. */
export const BUILTIN_IDS: Readonly<Record<string, number>> = {
  General: 0,
  '0': 1,
  '0.00%': 10,
  '@': 49,
};

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** "A", "B" ... "Z", "AA" ... for 1-based columns. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export interface OwnedSheetWriting {
  readonly table: OwnedTable;
  readonly dateSystem: DateSystem;
  /** cellXfs index of each column format's style. */
  readonly styleOf: (format: ColumnFormat) => number;
  /** Relationship id of the table part in the sheet's rels. */
  readonly tableRelId: string;
  readonly write: (text: string) => void;
  /** Called every `progressEvery` rows; may throw to stop. */
  readonly onRows: (rowsWritten: number) => void;
  readonly progressEvery: number;
  /** <conditionalFormatting> blocks, placed after the cells as the schema orders them. */
  readonly conditionalFormatting?: string;
  /** Relationship id of the sheet's drawing (its chart), when it has one. */
  readonly drawingRelId?: string;
}

/** The A1 range of the table: header plus at least one (possibly empty) data row. */
export function tableRange(table: OwnedTable): string {
  const lastRow = 1 + Math.max(1, table.rows.length);
  return `A1:${columnLetters(table.columns.length)}${lastRow}`;
}

export function writeOwnedSheet(writing: OwnedSheetWriting): void {
  const { table, write } = writing;
  const letters = table.columns.map((_, i) => columnLetters(i + 1));
  const styles = table.columns.map((column) => writing.styleOf(column.format));
  const lastRow = 1 + table.rows.length;

  write(`${XML_DECLARATION}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`);
  if (table.tabColor !== undefined) {
    write(`<sheetPr><tabColor rgb="${escapeXml(argbOf(table.tabColor))}"/></sheetPr>`);
  }
  write(`<dimension ref="A1:${letters[letters.length - 1] ?? 'A'}${lastRow}"/>`);
  write(sheetViews(table.freezeHeader ?? true));
  write('<sheetFormatPr defaultRowHeight="15"/><cols>');
  table.columns.forEach((column, i) => {
    const width = column.width ?? autoWidth(table, i);
    write(`<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`);
  });
  write('</cols><sheetData><row r="1">');
  table.columns.forEach((column, i) => write(textCell(`${letters[i]}1`, column.header, 0)));
  write('</row>');

  table.rows.forEach((row, r) => {
    const rowNumber = r + 2;
    let xml = `<row r="${rowNumber}">`;
    table.columns.forEach((column, c) => {
      xml += cellXml(
        `${letters[c]}${rowNumber}`,
        row[c] ?? null,
        column.format,
        styles[c] ?? 0,
        writing.dateSystem,
      );
    });
    write(`${xml}</row>`);
    if ((r + 1) % writing.progressEvery === 0) writing.onRows(r + 1);
  });

  write('</sheetData>');
  if (table.protect === true) write(SHEET_PROTECTION);
  if (writing.conditionalFormatting) write(writing.conditionalFormatting);
  write('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  if (writing.drawingRelId !== undefined)
    write(`<drawing r:id="${escapeXml(writing.drawingRelId)}"/>`);
  write(`<tableParts count="1"><tablePart r:id="${escapeXml(writing.tableRelId)}"/></tableParts>`);
  write('</worksheet>');
}

// Locked against typing, without a password; sorting, filtering and column widths stay allowed
// ("0" lifts a restriction). The schema places it right after <sheetData>.
const SHEET_PROTECTION =
  '<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" sort="0" autoFilter="0"/>';

function sheetViews(freezeHeader: boolean): string {
  if (!freezeHeader) return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  return (
    '<sheetViews><sheetView workbookViewId="0">' +
    '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
    '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>' +
    '</sheetView></sheetViews>'
  );
}

function cellXml(
  ref: string,
  value: OwnedCell,
  format: ColumnFormat,
  style: number,
  system: DateSystem,
): string {
  if (value === null) return '';

  if (typeof value === 'boolean') {
    return format === 'text'
      ? textCell(ref, value ? 'TRUE' : 'FALSE', style)
      : `<c r="${ref}" s="${style}" t="b"><v>${value ? 1 : 0}</v></c>`;
  }

  if (typeof value === 'string') {
    const day: IsoDay | undefined = format === 'date' ? asIsoDay(value) : undefined;
    // A day the workbook's date system has no serial for (1900-1903 in a 1904 workbook) stays text.
    const serial = day === undefined ? undefined : serialIfAny(day, system);
    if (serial !== undefined) return numberCell(ref, serial, style);
    return textCell(ref, value, style);
  }

  if (format === 'text') return textCell(ref, String(value), style);
  if (!Number.isFinite(value)) {
    throw new InvalidArgumentError(
      `Cell ${ref} of an owned table is not a finite number: ${value}`,
    );
  }
  return numberCell(ref, format === 'money' ? fenToYuanNumber(value as Fen) : value, style);
}

function numberCell(ref: string, value: number, style: number): string {
  return `<c r="${ref}" s="${style}"><v>${Object.is(value, -0) ? 0 : value}</v></c>`;
}

/** Text is written inline: nothing is added to the cashier's shared strings, and "=..." stays text. */
function textCell(ref: string, text: string, style: number): string {
  const clean = cleanCellText(text);
  const styleAttribute = style === 0 ? '' : ` s="${style}"`;
  return `<c r="${ref}"${styleAttribute} t="inlineStr"><is><t xml:space="preserve">${escapeCellText(clean)}</t></is></c>`;
}

/** A width that fits the header and the first rows; CJK characters count double. */
function autoWidth(table: OwnedTable, column: number): number {
  const format = table.columns[column]?.format;
  let widest = displayWidth(table.columns[column]?.header ?? '');
  if (format === 'money') widest = Math.max(widest, 14);
  if (format === 'date') widest = Math.max(widest, 11);
  for (const row of table.rows.slice(0, 200)) {
    const value = row[column];
    if (typeof value === 'string' && format !== 'date')
      widest = Math.max(widest, displayWidth(value));
  }
  return Math.min(60, Math.max(8, widest + 2));
}

function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += (ch.codePointAt(0) ?? 0) > 0x2e80 ? 2 : 1;
  return width;
}

function argbOf(color: string): string {
  const hex = color.replace(/^#/, '').toUpperCase();
  return hex.length === 6 ? `FF${hex}` : hex;
}

export function tableXml(table: OwnedTable, id: number): string {
  const range = tableRange(table);
  const columns = table.columns
    .map(
      (column, i) =>
        `<tableColumn id="${i + 1}" name="${escapeCellText(cleanCellText(column.header))}"/>`,
    )
    .join('');
  const name = escapeXml(table.tableName);
  return (
    `${XML_DECLARATION}<table xmlns="${MAIN_NS}" id="${id}" name="${name}" displayName="${name}" ` +
    `ref="${range}" totalsRowShown="0"><autoFilter ref="${range}"/>` +
    `<tableColumns count="${table.columns.length}">${columns}</tableColumns>` +
    '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" ' +
    'showRowStripes="1" showColumnStripes="0"/></table>'
  );
}

export function sheetRelsXml(tableRelId: string, tableTarget: string): string {
  return (
    `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="${escapeXml(tableRelId)}" ` +
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" ' +
    `Target="${escapeXml(tableTarget)}"/></Relationships>`
  );
}

/** A plain grid of text, for the store sheet. */
export function textGridSheetXml(rows: readonly (readonly string[])[]): string {
  const width = Math.max(1, ...rows.map((row) => row.length));
  const body = rows
    .map((row, r) => {
      const cells = row
        .map((text, c) => textCell(`${columnLetters(c + 1)}${r + 1}`, text, 0))
        .join('');
      return `<row r="${r + 1}">${cells}</row>`;
    })
    .join('');
  return (
    `${XML_DECLARATION}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    `<dimension ref="A1:${columnLetters(width)}${Math.max(1, rows.length)}"/>` +
    `<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
    `<sheetData>${body}</sheetData>` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>'
  );
}
