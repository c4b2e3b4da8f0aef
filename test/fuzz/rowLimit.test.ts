import { strToU8, zipSync } from 'fflate';

import { openXlsx } from '../../src/adapters/xlsx';
import { recordRun, structureRunRecord, verifyWorkbook } from '../../src/workbook/audit';
import { structureWorkbook } from '../../src/workbook/structure/structureWorkbook';
import { writeStructure } from '../../src/workbook/structure/writeStructure';
import { fuzzIsLong } from './fuzzRuns';

/** Excel's last row. */
const EXCEL_ROWS = 1_048_576;
// The full limit under `npm run fuzz`; a slice of it in `npm test`, same code path.
const ROWS = fuzzIsLong() ? EXCEL_ROWS : 30_000;

/** A minimal .xlsx whose one sheet fills `rows` rows: a header, then one invoice per row. */
function ledgerXlsx(rows: number): Uint8Array {
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
    '<row r="1"><c r="A1" t="inlineStr"><is><t>日期</t></is></c><c r="B1" t="inlineStr"><is><t>客户名称</t></is></c>' +
      '<c r="C1" t="inlineStr"><is><t>类型</t></is></c><c r="D1" t="inlineStr"><is><t>金额</t></is></c></row>',
  ];
  for (let r = 2; r <= rows; r++) {
    const day = String((r % 28) + 1).padStart(2, '0');
    parts.push(
      `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>2024-03-${day}</t></is></c>` +
        `<c r="B${r}" t="inlineStr"><is><t>客户${r % 997}</t></is></c>` +
        `<c r="C${r}" t="inlineStr"><is><t>应收</t></is></c><c r="D${r}"><v>${(r % 10_000) + 1}</v></c></row>`,
    );
  }
  parts.push('</sheetData></worksheet>');

  const ns = 'http://schemas.openxmlformats.org';
  return zipSync({
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="${ns}/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        '</Types>',
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${ns}/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${ns}/spreadsheetml/2006/main" xmlns:r="${ns}/officeDocument/2006/relationships">` +
        '<sheets><sheet name="应收" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${ns}/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    'xl/worksheets/sheet1.xml': strToU8(parts.join('')),
  });
}

describe("a workbook at Excel's row limit", () => {
  jest.setTimeout(1_800_000);

  it(`structures, records, writes and verifies ${ROWS.toLocaleString('en')} rows through the .xlsx adapter`, async () => {
    const port = await openXlsx(ledgerXlsx(ROWS));
    const result = await structureWorkbook(port);
    expect(result.report.rowsIn).toBe(ROWS);
    expect(result.report.imported).toBe(ROWS - 1);
    expect(result.customers).toHaveLength(997);

    await writeStructure(port, result);
    const { rows } = await recordRun(
      port,
      structureRunRecord('2026-03-05T09:00:00Z', 'structure', result),
    );
    expect(rows[0]!.rowsIn).toBe(ROWS);

    const verified = await verifyWorkbook(await openXlsx(await port.save()));
    expect(verified.findings).toEqual([]);
    expect(verified.ledgerRows).toBe(ROWS - 1);
  });
});
