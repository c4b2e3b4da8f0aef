import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';

import { openXlsx } from '../../src/adapters/xlsx';
import { InvalidArgumentError } from '../../src/domain/problem';
import type { OwnedTable } from '../../src/workbook/workbookPort';
import { CASHIER_SEED } from '../contract/workbookContract';
import { seedToXlsx } from '../support/seedXlsx';
import { AGING_TABLE, HOLD, OK, WARN, WATCH } from './decoratedTable';

async function written(table: OwnedTable, input?: Uint8Array): Promise<Uint8Array> {
  const workbook = await openXlsx(input ?? (await seedToXlsx(CASHIER_SEED)));
  await workbook.writeOwnedTable(table);
  return workbook.save();
}

function partsOf(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(
    Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]),
  );
}

function named(parts: Record<string, string>, pattern: RegExp): string[] {
  return Object.keys(parts).filter((name) => pattern.test(name));
}

function count(text: string, pattern: RegExp): number {
  return (text.match(pattern) ?? []).length;
}

/** The worksheet part of a sheet, found through workbook.xml and its rels. */
function sheetXml(parts: Record<string, string>, sheet: string): string {
  const tags = (parts['xl/workbook.xml'] ?? '').match(/<sheet [^>]*>/g) ?? [];
  const tag = tags.find((t) => t.includes(`name="${sheet}"`)) ?? '';
  const relId = /r:id="([^"]+)"/.exec(tag)?.[1];
  const rels = (parts['xl/_rels/workbook.xml.rels'] ?? '').match(/<Relationship [^>]*>/g) ?? [];
  const rel = rels.find((r) => r.includes(`Id="${relId}"`)) ?? '';
  const target = /Target="([^"]+)"/.exec(rel)?.[1] ?? '';
  return parts[`xl/${target.replace(/^\/?xl\//, '')}`] ?? '';
}

describe('Highlights and a chart on an owned sheet in .xlsx files', () => {
  it('writes credit-flag rules that ExcelJS reads back with their colours', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await written(AGING_TABLE)) as unknown as ExcelJS.Buffer);
    // ExcelJS reads conditional formatting into the worksheet but its typings do not declare it.
    const read = workbook.getWorksheet('账龄') as unknown as {
      conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[];
    };
    const rules = read.conditionalFormattings ?? [];

    expect(rules.map((block) => block.ref)).toEqual(['H2:H7']);
    const seen = (rules[0]?.rules ?? []).map((rule) => {
      const cellIs = rule as ExcelJS.CellIsRuleType;
      const fill = cellIs.style?.fill as ExcelJS.FillPattern | undefined;
      return [cellIs.type, cellIs.operator, cellIs.formulae?.[0], fill?.bgColor?.argb];
    });
    expect(seen).toEqual([
      ['cellIs', 'equal', `"${HOLD}"`, 'FFC00000'],
      ['cellIs', 'equal', `"${WARN}"`, 'FFFFCC99'],
      ['cellIs', 'equal', `"${WATCH}"`, 'FFFFEB9C'],
      ['cellIs', 'equal', `"${OK}"`, 'FFC6EFCE'],
    ]);
  });

  it('points the chart at the data rows by formula, leaving the TOTAL row out, with cached values', async () => {
    const parts = partsOf(await written(AGING_TABLE));
    const chart = parts['xl/charts/chart1.xml'] ?? '';

    expect(chart).toContain("<c:f>'账龄'!$A$2:$A$6</c:f>");
    expect(chart).toContain("<c:f>'账龄'!$B$2:$B$6</c:f>");
    expect(chart).toContain("<c:f>'账龄'!$F$2:$F$6</c:f>");
    expect(chart).not.toContain('$7');
    expect(count(chart, /<c:ser>/g)).toBe(5);
    expect(chart).toContain('<c:pt idx="0"><c:v>12000</c:v></c:pt>');
    expect(chart).toContain('<c:v>南方建材 &amp; &lt;Co&gt;</c:v>');
    expect(chart).toContain('<c:barDir val="bar"/><c:grouping val="stacked"/>');
    expect(sheetXml(parts, '账龄')).toMatch(
      /<\/sheetData><conditionalFormatting [^]*<pageMargins [^>]*\/><drawing r:id="rId2"\/><tableParts /,
    );
  });

  it('writes well-formed drawing and chart XML whatever the sheet name and title hold', async () => {
    const table: OwnedTable = {
      ...AGING_TABLE,
      sheet: "O'Neil & <账龄>",
      chart: { ...(AGING_TABLE.chart as NonNullable<OwnedTable['chart']>), title: 'A & "B" <C>' },
    };
    const parts = partsOf(await written(table));
    const work = mkdtempSync(path.join(tmpdir(), 'decorations-xml-'));
    try {
      for (const name of ['xl/charts/chart1.xml', 'xl/drawings/drawing1.xml']) {
        const file = path.join(work, path.basename(name));
        writeFileSync(file, parts[name] ?? '');
        expect(() => execFileSync('xmllint', ['--noout', file], { stdio: 'pipe' })).not.toThrow();
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
    expect(parts['xl/charts/chart1.xml']).toContain(
      "<c:f>'O''Neil &amp; &lt;账龄&gt;'!$A$2:$A$6</c:f>",
    );
  });

  it('keeps exactly one drawing, chart, rule block and set of colours when written again', async () => {
    const first = await written(AGING_TABLE);
    const second = await written(AGING_TABLE, first);
    const third = await written(AGING_TABLE, second);
    const parts = partsOf(third);

    expect(named(parts, /^xl\/drawings\/[^/]+\.xml$/)).toEqual(['xl/drawings/drawing1.xml']);
    expect(named(parts, /^xl\/charts\/[^/]+\.xml$/)).toEqual(['xl/charts/chart1.xml']);
    expect(count(sheetXml(parts, '账龄'), /<conditionalFormatting /g)).toBe(1);
    expect(count(sheetXml(parts, '账龄'), /<drawing /g)).toBe(1);
    expect(count(parts['xl/styles.xml'] ?? '', /<dxf>/g)).toBe(4);
    expect(count(parts['[Content_Types].xml'] ?? '', /drawingml\.chart\+xml/g)).toBe(1);
    expect(Buffer.from(third).equals(Buffer.from(second))).toBe(true);
  });

  it('keeps every part of the cashier’s workbook byte for byte', async () => {
    const input = await seedToXlsx(CASHIER_SEED);
    const before = unzipSync(input);
    const after = unzipSync(await written(AGING_TABLE, input));
    const bookkeeping = [
      '[Content_Types].xml',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
    ];

    const changed = Object.entries(before)
      .filter(([name, bytes]) => !Buffer.from(after[name] ?? []).equals(Buffer.from(bytes)))
      .map(([name]) => name);
    expect(changed.filter((name) => !bookkeeping.includes(name))).toEqual([]);
  });

  it('removes the drawing and chart parts when the table is written again without a chart', async () => {
    const plain: OwnedTable = { ...AGING_TABLE, chart: undefined, highlights: undefined };
    const parts = partsOf(await written(plain, await written(AGING_TABLE)));

    expect(named(parts, /^xl\/(drawings|charts)\//)).toEqual([]);
    expect(parts['[Content_Types].xml']).not.toMatch(/drawing|chart/);
    expect(sheetXml(parts, '账龄')).not.toMatch(/<drawing |<conditionalFormatting /);
  });

  it('removes the drawing and chart parts with the owned sheet', async () => {
    const workbook = await openXlsx(await written(AGING_TABLE));
    await workbook.deleteOwnedSheet('账龄');
    const parts = partsOf(await workbook.save());

    expect(named(parts, /^xl\/(drawings|charts)\//)).toEqual([]);
    expect(parts['[Content_Types].xml']).not.toMatch(/drawing|chart/);
  });

  it('adds its colours after the cashier’s own and leaves the cashier’s rules pointing at theirs', async () => {
    const cashier = new ExcelJS.Workbook();
    const sheet = cashier.addWorksheet('应收账款');
    sheet.getCell('A1').value = '逾期';
    sheet.addConditionalFormatting({
      ref: 'A1:A9',
      rules: [
        {
          type: 'cellIs',
          operator: 'equal',
          formulae: ['"逾期"'],
          priority: 1,
          style: { font: { color: { argb: 'FF0000FF' } } },
        },
      ],
    });
    const input = new Uint8Array((await cashier.xlsx.writeBuffer()) as ArrayBuffer);
    const parts = partsOf(await written(AGING_TABLE, input));

    expect(count(parts['xl/styles.xml'] ?? '', /<dxf>/g)).toBe(5);
    expect(sheetXml(parts, '应收账款')).toContain('dxfId="0"');
    expect(sheetXml(parts, '账龄')).toContain(`dxfId="1" priority="1"`);
    expect(sheetXml(parts, '账龄')).toContain(`dxfId="4" priority="4"`);
  });

  it.each<[string, Partial<OwnedTable>]>([
    [
      'a highlight on a missing column',
      { highlights: [{ column: '状态', equals: OK, style: 'good' }] },
    ],
    ['an empty highlight text', { highlights: [{ column: '信用', equals: '', style: 'good' }] }],
    [
      'a chart series over a text column',
      {
        chart: {
          kind: 'column',
          title: 't',
          categoriesColumn: '客户',
          seriesColumns: ['信用'],
          anchor: 'right',
        },
      },
    ],
    [
      'a chart without series',
      {
        chart: {
          kind: 'column',
          title: 't',
          categoriesColumn: '客户',
          seriesColumns: [],
          anchor: 'below',
        },
      },
    ],
  ])('refuses %s as a bug in the caller', async (_case, change) => {
    const workbook = await openXlsx(await seedToXlsx(CASHIER_SEED));

    await expect(workbook.writeOwnedTable({ ...AGING_TABLE, ...change })).rejects.toBeInstanceOf(
      InvalidArgumentError,
    );
  });

  it('draws no chart when only the TOTAL row would be left', async () => {
    const parts = partsOf(await written({ ...AGING_TABLE, rows: AGING_TABLE.rows.slice(-1) }));

    expect(named(parts, /^xl\/(drawings|charts)\//)).toEqual([]);
    expect(sheetXml(parts, '账龄')).toContain('<conditionalFormatting sqref="H2:H2">');
  });
});

/** Pixels of a PPM image (pdftoppm's output) within a small distance of an RGB colour. */
function pixelsNear(ppm: Buffer, rgb: readonly [number, number, number]): number {
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.toString('latin1', 0, 40));
  if (!header) throw new Error('not a binary PPM');
  let matches = 0;
  for (let at = header[0].length; at + 2 < ppm.length; at += 3) {
    const near = [0, 1, 2].every((i) => Math.abs((ppm[at + i] ?? 0) - (rgb[i] ?? 0)) <= 6);
    if (near) matches += 1;
  }
  return matches;
}

describe('A decorated owned sheet as LibreOffice renders it', () => {
  it('prints the chart title and shows the flag colours and the series colours', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'decorations-pdf-'));
    try {
      const table: OwnedTable = {
        ...AGING_TABLE,
        chart: { ...(AGING_TABLE.chart as NonNullable<OwnedTable['chart']>), anchor: 'below' },
      };
      const input = await seedToXlsx({ sheets: [{ name: 'Notes', cells: [['x']] }] });
      writeFileSync(path.join(work, 'aging.xlsx'), await written(table, input));
      execFileSync(
        'soffice',
        [
          `-env:UserInstallation=file://${work}/profile`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          work,
          path.join(work, 'aging.xlsx'),
        ],
        { stdio: 'ignore', timeout: 120_000 },
      );
      const pdf = path.join(work, 'aging.pdf');
      const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
      expect(text).toContain('账龄分布 Aging by customer');
      expect(text).toContain(HOLD);

      execFileSync('pdftoppm', ['-r', '40', pdf, path.join(work, 'page')]);
      const pages = readdirSync(work)
        .filter((name) => name.startsWith('page') && name.endsWith('.ppm'))
        .map((name) => readFileSync(path.join(work, name)));
      const total = (rgb: [number, number, number]): number =>
        pages.reduce((sum, page) => sum + pixelsNear(page, rgb), 0);

      expect(total([0xc0, 0x00, 0x00])).toBeGreaterThan(20); // HOLD fill
      expect(total([0xc6, 0xef, 0xce])).toBeGreaterThan(20); // OK fill
      expect(total([0x70, 0xad, 0x47])).toBeGreaterThan(200); // 未到期 bars
      expect(total([0x9e, 0x1b, 0x32])).toBeGreaterThan(50); // 90天以上 bars
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 120_000);
});
