/**
 * Throughput of the cell parsers over 100,000 cells of the forms real workbooks hold, and of the
 * capitals writer used by letters.
 */
import { performance } from 'node:perf_hooks';
import { toChineseCapitals } from '../src/domain/chineseCapitals';
import type { Fen } from '../src/domain/money';
import { parseAmount } from '../src/domain/parseAmount';
import { parseDateText } from '../src/domain/parseDate';
import type { BenchRow } from './benchRow';

const CELLS = 100_000;
const AMOUNTS = [
  '1,234.50',
  '¥1,234.50',
  '１２３４．５０',
  '1.2万',
  '(500.00)',
  '待定',
  '1234.5元',
];
const DATES = [
  '2024-03-05',
  '2024/3/5',
  '2024年3月5日',
  '20240305',
  '25/12/2024',
  '2024-03-05 10:30',
];

function timed(area: string, label: string, work: (i: number) => unknown): BenchRow {
  const start = performance.now();
  for (let i = 0; i < CELLS; i += 1) work(i);
  const ms = performance.now() - start;
  return {
    area,
    case: `${label} x ${CELLS}`,
    figure: `${ms.toFixed(0)} ms`,
    note: `${((CELLS / ms) * 1000).toFixed(0)} per second`,
  };
}

export async function run(): Promise<BenchRow[]> {
  return [
    timed('parsing', 'parseAmount (mixed text forms)', (i) =>
      parseAmount(AMOUNTS[i % AMOUNTS.length] ?? ''),
    ),
    timed('parsing', 'parseDateText (mixed text forms)', (i) =>
      parseDateText(DATES[i % DATES.length] ?? ''),
    ),
    timed('parsing', 'toChineseCapitals', (i) => toChineseCapitals((i * 7_919_003) as Fen)),
  ];
}
