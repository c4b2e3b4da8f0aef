import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';

import { openXlsx, UnreadableWorkbookError } from '../../src/adapters/xlsx';
import { SheetScanner, type ScannedRow } from '../../src/adapters/xlsx/sheetScanner';
import type { CellBlock, CellValue } from '../../src/workbook/workbookPort';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A workbook written by hand, part by part, to reach what ExcelJS never writes. */
function handMadeXlsx(
  sheetXml: string,
  options: { sharedStrings?: string; styles?: string } = {},
): Uint8Array {
  const parts: Record<string, string> = {
    '[Content_Types].xml':
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      '</Types>',
    '_rels/.rels':
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels':
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${REL}/worksheet" Target="/xl/worksheets/sheet1.xml"/>` +
      (options.sharedStrings
        ? `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`
        : '') +
      (options.styles ? `<Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/>` : '') +
      '</Relationships>',
    'xl/worksheets/sheet1.xml': sheetXml,
  };
  if (options.sharedStrings) parts['xl/sharedStrings.xml'] = options.sharedStrings;
  if (options.styles) parts['xl/styles.xml'] = options.styles;
  return zipSync(
    Object.fromEntries(Object.entries(parts).map(([name, text]) => [name, strToU8(text)])),
  );
}

async function rowsOf(
  bytes: Uint8Array,
  sheet = 'S',
): Promise<{ values: CellValue[][]; formats: string[][]; blocks: CellBlock[] }> {
  const workbook = await openXlsx(bytes);
  const blocks: CellBlock[] = [];
  for await (const block of workbook.readSheet(sheet)) blocks.push(block);
  return {
    values: blocks.flatMap((b) => b.values.map((r) => [...r])),
    formats: blocks.flatMap((b) => b.numberFormats.map((r) => [...r])),
    blocks,
  };
}

describe('Reading .xlsx files', () => {
  it('reads formulas as their cached values, and a formula never calculated as empty', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('S');
    sheet.getCell('A1').value = 2;
    sheet.getCell('B1').value = { formula: 'A1*3', result: 6 };
    sheet.getCell('C1').value = { formula: 'A1&"元"', result: '2元' };
    sheet.getCell('D1').value = { formula: 'A1>1', result: true };
    sheet.getCell('E1').value = { formula: '1/0', result: { error: '#DIV/0!' } };
    sheet.getCell('F1').value = { formula: 'A1+1' } as ExcelJS.CellFormulaValue;
    const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);

    expect((await rowsOf(bytes)).values).toEqual([[2, 6, '2元', true, { error: '#DIV/0!' }, null]]);
  });

  it('reads shared strings, rich text without its phonetic guide, and inline strings', async () => {
    const sharedStrings =
      `<sst xmlns="${MAIN}"><si><t>华东 &amp; 五金</t></si><si><r><t>应收</t></r><r><rPr><b/></rPr><t xml:space="preserve"> 账款</t></r>` +
      '<rPh sb="0" eb="2"><t>ying shou</t></rPh></si><si><t>line_x000A_break</t></si><si/></sst>';
    const sheet =
      `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>` +
      '<c r="C1" t="s"><v>2</v></c><c r="D1" t="inlineStr"><is><t>内联 &lt;x&gt;</t></is></c><c r="E1" t="s"><v>3</v></c></row></sheetData></worksheet>';

    expect((await rowsOf(handMadeXlsx(sheet, { sharedStrings }))).values).toEqual([
      ['华东 & 五金', '应收 账款', 'line\nbreak', '内联 <x>', ''],
    ]);
  });

  it.each([
    [14, 'm/d/yyyy'],
    [4, '#,##0.00'],
    [49, '@'],
    [31, 'yyyy"年"m"月"d"日"'],
    [164, '[$¥-804]#,##0.00'],
  ])('maps number format id %i to %s', async (id, code) => {
    const styles =
      `<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="[$¥-804]#,##0.00"/></numFmts>` +
      `<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="${id}" applyNumberFormat="1"/></cellXfs></styleSheet>`;
    const sheet = `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" s="1"><v>45000</v></c><c r="B1"><v>1</v></c></row></sheetData></worksheet>`;

    expect((await rowsOf(handMadeXlsx(sheet, { styles }))).formats).toEqual([[code, 'General']]);
  });

  it('places cells without references after their neighbours and reads prefixed SpreadsheetML', async () => {
    const sheet =
      `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row><x:c><x:v>1</x:v></x:c><x:c t="b"><x:v>1</x:v></x:c></x:row>` +
      '<x:row r="3" hidden="1"><x:c r="C3" t="e"><x:v>#REF!</x:v></x:c></x:row></x:sheetData>' +
      '<x:mergeCells count="1"><x:mergeCell ref="A1:B2"/></x:mergeCells></x:worksheet>';
    const bytes = handMadeXlsx(sheet);
    const { values, blocks } = await rowsOf(bytes);

    expect(values).toEqual([
      [1, true, null],
      [null, null, null],
      [null, null, { error: '#REF!' }],
    ]);
    expect(blocks[0]?.hiddenRows).toEqual([3]);
    expect(await (await openXlsx(bytes)).readMergedAreas('S')).toEqual([
      { startRow: 1, startColumn: 1, endRow: 2, endColumn: 2 },
    ]);
  });

  it('counts only cells holding values in the used range, not formatted blanks after them', async () => {
    const sheet =
      `<worksheet xmlns="${MAIN}"><dimension ref="A1:Z900"/><sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1" s="0"/></row>` +
      '<row r="2"><c r="B2" t="inlineStr"><is><t>x</t></is></c></row><row r="900" hidden="1"><c r="Z900" s="0"/></row></sheetData></worksheet>';
    const facts = await (await openXlsx(handMadeXlsx(sheet))).describe();

    expect(facts.sheets[0]).toMatchObject({ rowCount: 2, columnCount: 2 });
  });

  it('reads a 25,000-row sheet in blocks of 10,000 rows', async () => {
    const rows = Array.from(
      { length: 25_000 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`,
    );
    const bytes = handMadeXlsx(
      `<worksheet xmlns="${MAIN}"><sheetData>${rows.join('')}</sheetData></worksheet>`,
    );
    const { blocks, values } = await rowsOf(bytes);

    expect(blocks.map((b) => [b.startRow, b.values.length])).toEqual([
      [1, 10_000],
      [10_001, 10_000],
      [20_001, 5_000],
    ]);
    expect(values[24_999]).toEqual([24_999]);
  });

  it('refuses bytes that are not a workbook with UnreadableWorkbookError', async () => {
    await expect(openXlsx(strToU8('客户,金额\n华东,100'))).rejects.toBeInstanceOf(
      UnreadableWorkbookError,
    );
    await expect(openXlsx(zipSync({ 'a.txt': strToU8('x') }))).rejects.toBeInstanceOf(
      UnreadableWorkbookError,
    );
  });
});

describe('The sheet scanner', () => {
  const sheet =
    `<worksheet xmlns="${MAIN}"><sheetViews><sheetView><pane ySplit="1" state="frozen"/></sheetView></sheetViews><sheetData>` +
    '<row r="1"><c r="A1" t="inlineStr"><is><t>客户 &amp; 名称</t></is></c><c r="B1"><v>1.5</v></c></row>' +
    '<row r="2" hidden="true"/><row r="4"><c r="AB4" t="str"><f>X</f><v>公式</v></c></row>' +
    '</sheetData><mergeCells><mergeCell ref="A1:B1"/></mergeCells></worksheet>';

  function scan(pieces: readonly string[]): { rows: ScannedRow[]; head: string; tail: string } {
    const rows: ScannedRow[] = [];
    const scanner = new SheetScanner({ sharedStrings: [], unixEpochSerial: 25569 }, (row) =>
      rows.push(row),
    );
    for (const piece of pieces) scanner.feed(piece);
    return { rows, head: scanner.head, tail: scanner.tail };
  }

  it('finds the same rows however the text is cut into pieces', () => {
    const whole = scan([sheet]);
    expect(whole.rows.map((r) => [r.row, r.hidden, r.columns, r.values])).toEqual([
      [1, false, [1, 2], ['客户 & 名称', 1.5]],
      [2, true, [], []],
      [4, false, [28], ['公式']],
    ]);

    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: sheet.length - 1 }), { maxLength: 12 }),
        (cuts) => {
          const sorted = [...cuts].sort((a, b) => a - b);
          const pieces = [0, ...sorted].map((start, i) =>
            sheet.slice(start, sorted[i] ?? sheet.length),
          );
          const split = scan(pieces);
          expect(split.rows).toEqual(whole.rows);
          expect(split.tail).toContain('<mergeCell ref="A1:B1"/>');
          expect(split.head).toContain('ySplit="1"');
        },
      ),
    );
  });

  /** One cell of any kind a writer may produce, including the ones that read as empty. */
  const cellXml = fc
    .record({
      column: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
      type: fc.constantFrom('', 'n', 's', 'str', 'b', 'e', 'd', 'inlineStr', 'x'),
      value: fc.option(
        fc.constantFrom('', '0', '2', '7', '-1.5', ' 12 ', '1e3', 'abc', '2026-12-04', '#N/A'),
        { nil: undefined },
      ),
      formula: fc.boolean(),
      style: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
      selfClosing: fc.boolean(),
    })
    .map(({ column, type, value, formula, style, selfClosing }) => {
      const ref =
        column === undefined ? '' : ` r="${String.fromCharCode(64 + (column % 26 || 26))}1"`;
      const attributes = `${ref}${type ? ` t="${type}"` : ''}${style === undefined ? '' : ` s="${style}"`}`;
      if (selfClosing) return `<c${attributes}/>`;
      const inner =
        type === 'inlineStr' && value !== undefined
          ? `<is><t>${value}</t></is>`
          : `${formula ? '<f>A1+1</f>' : ''}${value === undefined ? '' : value === '' ? '<v/>' : `<v>${value}</v>`}`;
      return `<c${attributes}>${inner}</c>`;
    });

  it('finds the same used range when it only measures the extent as when it reads the cells', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cellXml, { maxLength: 8 }), { maxLength: 12 }),
        fc.integer({ min: 0, max: 4 }),
        fc.boolean(),
        (rows, sharedCount, prefixed) => {
          const body = rows.map((cells, i) => `<row r="${i + 1}">${cells.join('')}</row>`).join('');
          let xml = `<worksheet xmlns="${MAIN}"><sheetData>${body}</sheetData></worksheet>`;
          if (prefixed) xml = xml.replace(/<(\/?)/g, '<$1x:').replace('xmlns=', 'xmlns:x=');
          const decoding = {
            sharedStrings: Array.from({ length: sharedCount }, (_, i) => `s${i}`),
            unixEpochSerial: 25569,
          };
          const extents = (extentOnly: boolean): [number, number][] => {
            const seen: [number, number][] = [];
            const scanner = new SheetScanner(
              decoding,
              (row) => seen.push([row.row, row.lastFilledColumn]),
              extentOnly,
            );
            for (let at = 0; at < xml.length; at += 37) scanner.feed(xml.slice(at, at + 37));
            return seen;
          };

          expect(extents(true)).toEqual(extents(false));
        },
      ),
      { numRuns: 500 },
    );
  });
});
