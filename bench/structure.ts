/**
 * Structures a generated ledger of 1,048,576 rows (Excel's row limit) held in the in-memory
 * workbook, so the figures are the workflow's own work, not file parsing. Reports the time to
 * stream the rows out of the port, to structure them (total minus reading), to write the three
 * owned sheets, and the process's peak memory.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';

import { structureWorkbook } from '../src/workbook/structure/structureWorkbook';
import { readSheetRows } from '../src/workbook/structure/sheetRows';
import { writeStructure } from '../src/workbook/structure/writeStructure';
import type { CellValue } from '../src/workbook/workbookPort';
import { MemoryWorkbook } from '../test/support/memoryWorkbook';
import type { BenchRow } from './benchRow';

const ROWS = Number(process.env.STRUCTURE_BENCH_ROWS ?? 1_048_576);
const CUSTOMERS = 2000;

export function generatedLedger(): MemoryWorkbook {
  // Distinct, realistic names (city + trade + word): numbered names would all be one-letter
  // typos of each other and turn the bench into a merge-proposal bench.
  const cities = ['华东', '南方', '北京', '上海', '深圳', '杭州', '成都', '武汉', '苏州', '青岛'];
  const trades = ['五金', '建材', '科技', '贸易', '电子', '食品', '物流', '机械', '模具', '水产'];
  const words = ['宏达', '恒通', '鑫源', '绿源', '天府', '长江', '精密', '海滨', '古城', '港联'];
  const suffixes = ['有限公司', '厂'];
  const names = Array.from(
    { length: CUSTOMERS },
    (_, i) =>
      `${cities[i % 10]}${words[Math.floor(i / 10) % 10]}${trades[Math.floor(i / 100) % 10]}${suffixes[Math.floor(i / 1000) % 2]}`,
  );
  const methods = ['银行转账', '支付宝', '微信', '现金', '承兑'];
  const cells: CellValue[][] = [['日期', '客户名称', '类型', '金额', '单据号', '摘要', '收款方式']];
  const formats: string[][] = [[]];
  const dateRow = ['yyyy-mm-dd', 'General', 'General', 'General', 'General', 'General', 'General'];

  for (let r = 1; r < ROWS; r++) {
    if (r % 1000 === 0) {
      cells.push([null, '本月合计', null, 123456.78, null, null, null]);
      formats.push(dateRow);
      continue;
    }
    const invoice = r % 2 === 1;
    const customer = names[(r * 7919) % CUSTOMERS]!;
    cells.push([
      43831 + (r % 1500),
      r % 97 === 0 ? ` ${customer} ` : customer,
      invoice ? '销售' : '收款',
      ((r * 104729) % 10_000_000) / 100,
      invoice ? `INV-${r}` : null,
      invoice ? '销售货款' : `收到 INV-${r - 1} 货款`,
      invoice ? null : methods[r % methods.length]!,
    ]);
    formats.push(dateRow);
  }
  return new MemoryWorkbook({ sheets: [{ name: '台账源', cells, numberFormats: formats }] });
}

export async function run(): Promise<BenchRow[]> {
  const workbook = generatedLedger();

  // The machine is shared: CPU time (this process, GC threads included) says more than wall time
  // under load, so both are reported, each net of the read, with the load average.
  let started = performance.now();
  let cpuBefore = process.cpuUsage();
  await readSheetRows(workbook, '台账源');
  const readCpu = cpuSeconds(process.cpuUsage(cpuBefore));
  const readMs = performance.now() - started;

  started = performance.now();
  cpuBefore = process.cpuUsage();
  const result = await structureWorkbook(workbook);
  const cpu = cpuSeconds(process.cpuUsage(cpuBefore));
  const totalMs = performance.now() - started;
  const load = loadavg()
    .map((n) => n.toFixed(1))
    .join(' ');

  started = performance.now();
  await writeStructure(workbook, result);
  const writeMs = performance.now() - started;

  const peakMb = process.resourceUsage().maxRSS / 1024;
  const rows = `${ROWS.toLocaleString('en-US')} rows`;
  return [
    {
      area: 'structure',
      case: `read ${rows} from the in-memory port`,
      figure: `${(readMs / 1000).toFixed(2)} s`,
    },
    {
      area: 'structure',
      case: `structure ${rows} (excluding the read)`,
      figure: `${((totalMs - readMs) / 1000).toFixed(2)} s`,
      note: `target < 3 s; CPU ${(cpu - readCpu).toFixed(2)} s net of the read (${cpu.toFixed(2)} s with it); load average ${load}; ${result.entries.length.toLocaleString('en-US')} entries, ${result.customers.length} customers, ${result.report.skipped} skipped`,
    },
    {
      area: 'structure',
      case: `write customers, ledger and report (memory port)`,
      figure: `${(writeMs / 1000).toFixed(2)} s`,
    },
    { area: 'structure', case: 'peak memory (process RSS)', figure: `${peakMb.toFixed(0)} MB` },
  ];
}

function cpuSeconds(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1e6;
}
