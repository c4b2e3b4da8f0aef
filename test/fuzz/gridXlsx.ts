/**
 * A grid of cells as a minimal .xlsx, written here rather than by ExcelJS so the reader is checked
 * against exactly what was meant: ExcelJS's shared-strings writer can cut a character outside the
 * Basic Multilingual Plane (a surrogate pair) at an internal buffer boundary in large sheets and
 * store two U+FFFD instead. Text goes to the shared-strings part (as Excel writes it), numbers,
 * booleans and error values inline.
 */
import { strToU8, zipSync } from 'fflate';

import type { CellValue } from '../../src/workbook/workbookPort';
import { isCellError } from '../../src/workbook/workbookPort';

const NS = 'http://schemas.openxmlformats.org';
const MAIN = `${NS}/spreadsheetml/2006/main`;

function column(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

// A bare carriage return would read back as a line feed, and "_x0041_" as "A": both are escaped.
function xmlText(text: string): string {
  return text
    .replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_')
    .replace(/[&<>\r]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' })[ch]!);
}

export function gridXlsx(name: string, cells: readonly (readonly CellValue[])[]): Uint8Array {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const rows = cells.map((row, r) => {
    const body = row.map((value, c) => {
      const ref = `${column(c)}${r + 1}`;
      if (value === null || value === '') return '';
      if (isCellError(value)) return `<c r="${ref}" t="e"><v>${xmlText(value.error)}</v></c>`;
      if (typeof value === 'boolean') return `<c r="${ref}" t="b"><v>${value ? 1 : 0}</v></c>`;
      if (typeof value === 'number') return `<c r="${ref}"><v>${value}</v></c>`;
      let at = index.get(value);
      if (at === undefined) {
        at = strings.push(value) - 1;
        index.set(value, at);
      }
      return `<c r="${ref}" t="s"><v>${at}</v></c>`;
    });
    return `<row r="${r + 1}">${body.join('')}</row>`;
  });

  const shared = strings.map((text) => `<si><t xml:space="preserve">${xmlText(text)}</t></si>`);
  const xml = (body: string) => strToU8(`<?xml version="1.0" encoding="UTF-8"?>${body}`);
  const rel = (id: string, type: string, target: string) =>
    `<Relationship Id="${id}" Type="${NS}/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
  const content = (part: string, type: string) =>
    `<Override PartName="${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.${type}+xml"/>`;

  return zipSync({
    '[Content_Types].xml': xml(
      `<Types xmlns="${NS}/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        content('/xl/workbook.xml', 'sheet.main') +
        content('/xl/worksheets/sheet1.xml', 'worksheet') +
        content('/xl/sharedStrings.xml', 'sharedStrings') +
        '</Types>',
    ),
    '_rels/.rels': xml(
      `<Relationships xmlns="${NS}/package/2006/relationships">` +
        `${rel('rId1', 'officeDocument', 'xl/workbook.xml')}</Relationships>`,
    ),
    'xl/workbook.xml': xml(
      `<workbook xmlns="${MAIN}" xmlns:r="${NS}/officeDocument/2006/relationships">` +
        `<sheets><sheet name="${xmlText(name)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': xml(
      `<Relationships xmlns="${NS}/package/2006/relationships">` +
        rel('rId1', 'worksheet', 'worksheets/sheet1.xml') +
        rel('rId2', 'sharedStrings', 'sharedStrings.xml') +
        '</Relationships>',
    ),
    'xl/worksheets/sheet1.xml': xml(
      `<worksheet xmlns="${MAIN}"><sheetData>${rows.join('')}</sheetData></worksheet>`,
    ),
    'xl/sharedStrings.xml': xml(
      `<sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">` +
        `${shared.join('')}</sst>`,
    ),
  });
}
