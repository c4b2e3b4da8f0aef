/**
 * Reading and writing ledger-sized .xlsx files: ExcelJS (load and its streaming reader), SheetJS
 * 0.18.5 (bench only: it has unpatched advisories and is never shipped) and the adapter's own
 * scanner (with the platform's inflater, and with fflate as hosts without DecompressionStream do).
 * Each read runs in a child process so its peak RSS and CPU time are its own; the machine is
 * shared, so every figure carries the 1-minute load average when its child started.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';

import { Zip, ZipDeflate, strToU8 } from 'fflate';

import type { BenchRow } from './benchRow';

const SIZES = [10_000, 100_000, 1_048_575];
const OUT = path.join(__dirname, 'out');
const READERS = ['ours', 'ours-fflate', 'sheetjs', 'exceljs-load', 'exceljs-stream'] as const;
type Reader = (typeof READERS)[number];

/** Past this many rows the library readers take minutes or several GB: skipped, with a note. */
const LIBRARY_ROW_LIMIT: Record<Reader, number> = {
  ours: Infinity,
  'ours-fflate': Infinity,
  sheetjs: 100_000,
  'exceljs-load': 100_000,
  'exceljs-stream': 100_000,
};

export async function run(): Promise<BenchRow[]> {
  mkdirSync(OUT, { recursive: true });
  const rows: BenchRow[] = [];
  for (const size of SIZES) {
    const file = ledgerFile(size);
    const label = `${size.toLocaleString('en-US')} rows (${(readFileSync(file).length / 1e6).toFixed(1)} MB)`;
    for (const reader of READERS) {
      if (size > LIBRARY_ROW_LIMIT[reader]) {
        rows.push({
          area: 'xlsx',
          case: `read ${reader} ${label}`,
          figure: 'skipped',
          note: 'takes minutes or GBs',
        });
        continue;
      }
      const result = child(reader, file);
      rows.push({
        area: 'xlsx',
        case: `read ${reader} ${label}`,
        figure: `${result.ms} ms wall, ${result.cpuMs} ms CPU, peak RSS ${result.rssMb} MB`,
        note: `${result.rows} rows, load ${result.load}`,
      });
    }
    const write = child('write', file);
    rows.push({
      area: 'xlsx',
      case: `write owned table ${label}`,
      figure: `${write.ms} ms wall, ${write.cpuMs} ms CPU (open+write+save), peak RSS ${write.rssMb} MB`,
      note: `load ${write.load}`,
    });
  }
  return rows;
}

interface ChildResult {
  ms: number;
  cpuMs: number;
  rssMb: number;
  rows: number;
  load: string;
}

function child(mode: Reader | 'write', file: string): ChildResult {
  const load = (loadavg()[0] ?? 0).toFixed(1);
  const output = execFileSync(
    process.execPath,
    ['--max-old-space-size=8192', '--import', 'tsx', __filename],
    {
      env: { ...process.env, XLSX_BENCH_CHILD: mode, XLSX_BENCH_FILE: file },
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    },
  );
  const result = JSON.parse(output.trim().split('\n').pop() ?? '{}') as Omit<ChildResult, 'load'>;
  return { ...result, load };
}

// --- the generated ledger ----------------------------------------------------------------------

const CUSTOMERS = Array.from(
  { length: 2000 },
  (_, i) => `客户${String(i).padStart(4, '0')}有限公司`,
);
const MEMOS = ['销售货款', '收到货款', '退货', '运费', '预收款', '冲销', '折让', '期初余额'];

/** A ledger like a cashier's: date, customer, document number, memo, debit, credit (shared strings). */
function ledgerFile(rows: number): string {
  const file = path.join(OUT, `ledger-${rows}.xlsx`);
  if (existsSync(file)) return file;

  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, data) => {
    if (error) throw error;
    chunks.push(data);
  });
  const add = (name: string, text: string): void => {
    const part = new ZipDeflate(name, { level: 6 });
    zip.add(part);
    part.push(strToU8(text), true);
  };
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  add(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
  );
  add(
    '_rels/.rels',
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  add(
    'xl/workbook.xml',
    `<?xml version="1.0"?><workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="台账" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  add(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${rel}/styles" Target="styles.xml"/><Relationship Id="rId3" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  );
  add(
    'xl/styles.xml',
    `<?xml version="1.0"?><styleSheet xmlns="${main}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
      '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>',
  );

  const strings = [...CUSTOMERS, ...MEMOS, '日期', '客户', '单号', '摘要', '借方', '贷方'];
  const header = strings.length - 6;
  const sheet = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 6 });
  zip.add(sheet);
  sheet.push(
    strToU8(
      `<?xml version="1.0"?><worksheet xmlns="${main}"><dimension ref="A1:F${rows + 1}"/><sheetData>`,
    ),
  );
  sheet.push(
    strToU8(
      `<row r="1">${['A', 'B', 'C', 'D', 'E', 'F'].map((c, i) => `<c r="${c}1" t="s"><v>${header + i}</v></c>`).join('')}</row>`,
    ),
  );
  let batch = '';
  for (let i = 0; i < rows; i++) {
    const r = i + 2;
    const debit =
      i % 3 === 0 ? '' : `<c r="E${r}" s="2"><v>${((i * 7919) % 1_000_000) / 100}</v></c>`;
    batch +=
      `<row r="${r}"><c r="A${r}" s="1"><v>${45292 + (i % 700)}</v></c><c r="B${r}" t="s"><v>${i % CUSTOMERS.length}</v></c>` +
      `<c r="C${r}" t="inlineStr"><is><t>XS-${String(i).padStart(7, '0')}</t></is></c><c r="D${r}" t="s"><v>${CUSTOMERS.length + (i % MEMOS.length)}</v></c>` +
      `${debit}<c r="F${r}" s="2"><v>${(i % 500) * 10}</v></c></row>`;
    if (batch.length > 1 << 20) {
      sheet.push(strToU8(batch));
      batch = '';
    }
  }
  sheet.push(strToU8(`${batch}</sheetData></worksheet>`), true);
  add(
    'xl/sharedStrings.xml',
    `<?xml version="1.0"?><sst xmlns="${main}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`,
  );
  zip.end();

  const total = new Uint8Array(chunks.reduce((sum, c) => sum + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    total.set(c, at);
    at += c.length;
  }
  writeFileSync(file, total);
  return file;
}

// --- the child process ---------------------------------------------------------------------------

async function childMain(mode: string, file: string): Promise<void> {
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  let rows = 0;
  const bytes = new Uint8Array(readFileSync(file));

  if (mode === 'ours' || mode === 'ours-fflate' || mode === 'write') {
    const { openXlsx } = await import('../src/adapters/xlsx');
    const workbook = await openXlsx(bytes, mode === 'ours-fflate' ? { inflater: 'fflate' } : {});
    if (mode !== 'write') {
      // As a workflow reads: the facts first (each sheet's used range), then the sheet in blocks.
      await workbook.describe();
      for await (const block of workbook.readSheet('台账')) rows += block.values.length;
    } else {
      rows = Number(/ledger-(\d+)/.exec(file)?.[1] ?? 0);
      await workbook.writeOwnedTable({
        sheet: '应收汇总',
        tableName: 'Receivables',
        columns: [
          { header: '客户', format: 'text' },
          { header: '日期', format: 'date' },
          { header: '单号', format: 'text' },
          { header: '金额', format: 'money' },
          { header: '天数', format: 'integer' },
        ],
        rows: Array.from({ length: rows }, (_, i) => [
          CUSTOMERS[i % CUSTOMERS.length] ?? '',
          '2026-12-03',
          `XS-${i}`,
          i * 37,
          i % 400,
        ]),
      });
      await workbook.save();
    }
  } else if (mode === 'sheetjs') {
    const XLSX = await import('xlsx');
    const book = XLSX.read(bytes, { type: 'array', dense: true });
    const sheet = book.Sheets[book.SheetNames[0] ?? ''];
    rows = sheet ? XLSX.utils.decode_range(sheet['!ref'] ?? 'A1').e.r + 1 : 0;
  } else if (mode === 'exceljs-load') {
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    rows = book.worksheets[0]?.rowCount ?? 0;
  } else {
    const ExcelJS = (await import('exceljs')).default;
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
      sharedStrings: 'cache',
      worksheets: 'emit',
    });
    for await (const sheet of reader) {
      for await (const row of sheet as AsyncIterable<unknown>) {
        if (row) rows++;
      }
    }
  }

  const ms = Math.round(performance.now() - started);
  const cpu = process.cpuUsage(cpuStarted);
  const cpuMs = Math.round((cpu.user + cpu.system) / 1000);
  const rssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(`${JSON.stringify({ ms, cpuMs, rssMb, rows })}\n`);
}

const childMode = process.env.XLSX_BENCH_CHILD;
if (childMode !== undefined && childMode !== '') {
  childMain(childMode, process.env.XLSX_BENCH_FILE ?? '').catch((error: unknown) => {
    process.stderr.write(String(error instanceof Error ? error.stack : error));
    process.exitCode = 1;
  });
}
