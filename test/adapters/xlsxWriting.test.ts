import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { unzipSync } from 'fflate';

import { openXlsx } from '../../src/adapters/xlsx';
import { SheetNotOwnedError } from '../../src/workbook/errors';
import { InvalidArgumentError } from '../../src/domain/problem';
import type { OwnedTable } from '../../src/workbook/workbookPort';
import { CASHIER_SEED, LEDGER_TABLE } from '../contract/workbookContract';
import { seedToXlsx } from '../support/seedXlsx';
import { dumpXlsx } from '../support/xlsxSubject';

async function written(table: OwnedTable = LEDGER_TABLE, input?: Uint8Array): Promise<Uint8Array> {
  const workbook = await openXlsx(input ?? (await seedToXlsx(CASHIER_SEED)));
  await workbook.writeOwnedTable(table);
  return workbook.save();
}

/** Tab, newline and carriage return are the only C0 controls XML 1.0 carries; no lone halves. */
function xmlCanHold(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  if (code < 0x20) return code === 9 || code === 10 || code === 13;
  return code !== 0xfffe && code !== 0xffff && (code < 0xd800 || code > 0xdfff);
}

async function textColumnRoundTrip(texts: readonly string[]): Promise<unknown[]> {
  const table: OwnedTable = {
    sheet: 'T',
    tableName: 'TextTable',
    columns: [{ header: 'x', format: 'text' }],
    rows: texts.map((text) => [text]),
  };
  const dump = await dumpXlsx(await written(table));
  const sheet = dump.find((s) => s.name === 'T');
  return (sheet?.cells ?? []).slice(1).map((row) => row[0]);
}

describe('Writing owned tables into .xlsx files', () => {
  it('keeps every part of the cashier’s workbook byte for byte', async () => {
    const input = await seedToXlsx(CASHIER_SEED);
    const before = unzipSync(input);
    const after = unzipSync(await written(LEDGER_TABLE, input));
    const bookkeeping = new Set([
      '[Content_Types].xml',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
    ]);

    for (const [name, bytes] of Object.entries(before)) {
      if (bookkeeping.has(name)) continue;
      expect([name, Buffer.from(after[name] ?? []).equals(Buffer.from(bytes))]).toEqual([
        name,
        true,
      ]);
    }
  });

  it('gives identical bytes when the same table is written again into its own output', async () => {
    const first = await written();
    const second = await written(LEDGER_TABLE, first);
    const third = await written(LEDGER_TABLE, second);

    expect(Buffer.from(third).equals(Buffer.from(second))).toBe(true);
    expect((await dumpXlsx(second)).filter((s) => s.name === '台账')).toHaveLength(1);
  });

  it('refuses a cashier’s sheet whatever the case of the name', async () => {
    const workbook = await openXlsx(await seedToXlsx(CASHIER_SEED));

    await expect(
      workbook.writeOwnedTable({ ...LEDGER_TABLE, sheet: 'NOTES' }),
    ).rejects.toBeInstanceOf(SheetNotOwnedError);
  });

  it.each([
    ['a sheet name Excel forbids', { sheet: 'a/b' }],
    ['a sheet name over 31 characters', { sheet: 'x'.repeat(32) }],
    ['a table name that looks like a cell', { tableName: 'AB12' }],
    ['a table name with a space', { tableName: 'my table' }],
    [
      'two columns with the same header',
      { columns: [LEDGER_TABLE.columns[0]!, LEDGER_TABLE.columns[0]!] },
    ],
    ['the store sheet', { sheet: '_CashierDesk' }],
  ])('rejects %s as a bug in the caller', async (_, change) => {
    const workbook = await openXlsx(await seedToXlsx(CASHIER_SEED));

    await expect(workbook.writeOwnedTable({ ...LEDGER_TABLE, ...change })).rejects.toBeInstanceOf(
      InvalidArgumentError,
    );
  });

  it('rejects a table name another sheet’s table already uses', async () => {
    const workbook = await openXlsx(await seedToXlsx(CASHIER_SEED));
    await workbook.writeOwnedTable(LEDGER_TABLE);

    await expect(
      workbook.writeOwnedTable({ ...LEDGER_TABLE, sheet: 'Other' }),
    ).rejects.toBeInstanceOf(InvalidArgumentError);
  });

  it('writes any text back exactly, minus what XML cannot hold', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ unit: 'binary', maxLength: 40 }), { minLength: 1, maxLength: 8 }),
        async (texts) => {
          const expected = texts.map((text) => [...text].filter(xmlCanHold).join(''));
          const back = await textColumnRoundTrip(texts);
          // An empty cell and an empty text read the same way through the used range.
          expect(back.map((value) => value ?? '')).toEqual(expected);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('keeps =formulas, _x0041_ look-alikes and markup as text, and cuts text at 32,767 characters', async () => {
    const long = '长'.repeat(40_000);

    expect(await textColumnRoundTrip(['=1+1', '_x0041_', '<b>&amp;</b>', long])).toEqual([
      '=1+1',
      '_x0041_',
      '<b>&amp;</b>',
      '长'.repeat(32_767),
    ]);
  });

  it('writes a workbook ExcelJS reads with the table, frozen header and formats in place', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await written()) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('台账');

    expect(sheet?.getCell('C2').value).toBe(1234.56);
    expect(sheet?.getCell('C2').numFmt).toBe('¥#,##0.00;-¥#,##0.00');
    expect(sheet?.getCell('D2').value).toBe('=HYPERLINK("x")');
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(workbook.getWorksheet('_CashierDesk')?.state).toBe('veryHidden');
  });
});

describe('LibreOffice opening a saved workbook', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'xlsx-lo-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('converts it and finds the owned table’s values and the cashier’s cells unchanged', async () => {
    const input = await seedToXlsx(CASHIER_SEED);
    const saved = await written(LEDGER_TABLE, input);
    writeFileSync(path.join(work, 'saved.xlsx'), saved);
    const outDir = path.join(work, 'out');
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${work}/profile`,
        '--headless',
        '--convert-to',
        'xlsx',
        '--outdir',
        outDir,
        path.join(work, 'saved.xlsx'),
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
    expect(readdirSync(outDir)).toEqual(['saved.xlsx']);

    const viaLibreOffice = await dumpXlsx(
      new Uint8Array(readFileSync(path.join(outDir, 'saved.xlsx'))),
    );
    const ledger = viaLibreOffice.find((s) => s.name === '台账');
    expect(ledger?.cells).toEqual([
      ['客户', '日期', '金额', '单号'],
      ['华东五金', 46027, 1234.56, '=HYPERLINK("x")'],
      ['南方建材', 46081, -0.5, '00123'],
      ['西北商贸', null, 0, null],
    ]);
    expect(ledger?.tables).toEqual([{ name: 'CashierLedger', range: 'A1:D4' }]);

    const original = (await dumpXlsx(input)).find((s) => s.name === '应收账款');
    expect(viaLibreOffice.find((s) => s.name === '应收账款')?.cells).toEqual(original?.cells);
  });
});
