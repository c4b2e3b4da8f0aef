import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { openXlsx } from '../../src/adapters/xlsx';
import { processIo, type CliIo } from '../../src/cli/cliIo';
import { main } from '../../src/cli/main';
import { LETTERS_SHEET } from '../../src/workbook/collections/letterLog';
import { TEMPLATES_SHEET, templatesTable } from '../../src/workbook/collections/templatesSheet';
import { readSheetCells } from '../../src/workbook/collections/ownedSheetCells';
import { openLedger } from '../workbook/collections/lettersWorkbook';

interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

async function run(args: string[]): Promise<Run> {
  let out = '';
  let err = '';
  const io: CliIo = {
    ...processIo,
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
  };
  const code = await main(args, io);
  return { code, out, err };
}

describe('cashier-desk letters', () => {
  let dir: string;
  let input: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'letters-cli-'));
    input = path.join(dir, 'ledger.xlsx');
    writeFileSync(input, await (await openLedger()).save());
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the .docx files, the .zip and index.csv, and saves the letter log with -o', async () => {
    const outDir = path.join(dir, 'out');
    const saved = path.join(dir, 'after.xlsx');

    const result = await run([
      'letters',
      input,
      '--as-of',
      '2026-12-03',
      '--out',
      outDir,
      '--lang',
      'zh',
      '-o',
      saved,
    ]);

    expect(result).toMatchObject({ code: 0, err: '' });
    const docx = 'CD-2026-0001 上海华东机电有限公司 催款函.docx';
    expect(readdirSync(outDir).sort()).toEqual([docx, 'index.csv', 'letters-2026-12-03.zip']);
    const index = readFileSync(path.join(outDir, 'index.csv'), 'utf8');
    expect(index).toContain(`CD-2026-0001,上海华东机电有限公司,reminder-2,2,3500.50,CNY,${docx}`);
    const zip = await JSZip.loadAsync(readFileSync(path.join(outDir, 'letters-2026-12-03.zip')));
    expect(Object.keys(zip.files).sort()).toEqual([docx, 'index.csv']);

    const workbook = await openXlsx(new Uint8Array(readFileSync(saved)));
    const { values } = await readSheetCells(workbook, LETTERS_SHEET);
    expect(values[1]?.[0]).toBe('CD-2026-0001');
  });

  it('continues the numbers from the saved workbook', async () => {
    const first = path.join(dir, 'first.xlsx');
    await run([
      'letters',
      input,
      '--as-of',
      '2026-12-03',
      '--out',
      path.join(dir, 'a'),
      '-o',
      first,
    ]);

    const result = await run([
      'letters',
      first,
      '--as-of',
      '2026-12-25',
      '--out',
      path.join(dir, 'b'),
      '--lang',
      'en',
    ]);

    expect(result.code).toBe(0);
    expect(result.out).toContain('CD-2026-0002');
    expect(result.out).toContain('CD-2026-0003');
    expect(result.err).toContain('not logged');
  });

  it.each([
    [['--as-of', '2026-13-01'], 64],
    [['--as-of', '2026-12-03', '--kind', 'invoice'], 64],
  ])('refuses %j as usage (exit %i)', async (flags, code) => {
    const result = await run(['letters', input, ...flags, '--out', path.join(dir, 'x')]);
    expect(result.code).toBe(code);
  });

  it('prints each template problem with its sheet and row, and writes nothing (exit 65)', async () => {
    const workbook = await openLedger();
    const table = templatesTable(TEMPLATES_SHEET);
    const rows = table.rows.map((row, i) =>
      i === 0 ? [...row.slice(0, 2), `${String(row[2])}{{折扣}}`] : row,
    );
    await workbook.writeOwnedTable({ ...table, rows });
    const broken = path.join(dir, 'broken.xlsx');
    writeFileSync(broken, await workbook.save());
    const outDir = path.join(dir, 'none');

    const result = await run(['letters', broken, '--as-of', '2026-12-03', '--out', outDir]);

    expect(result.code).toBe(65);
    expect(result.err).toContain('函件模板 第 2 行：');
    expect(result.err).toContain('折扣');
    expect(() => readdirSync(outDir)).toThrow();
  });

  it('cannot open a file that is not a workbook', async () => {
    const bogus = path.join(dir, 'bogus.xlsx');
    writeFileSync(bogus, 'not a zip');
    const result = await run(['letters', bogus, '--as-of', '2026-12-03', '--out', dir]);
    expect(result.code).toBe(66);
  });
});
