/**
 * Statement matching on a bank statement generated from the IBM sample's settlements
 * (test/fixtures/statements/ibmStatement.ts): share matched automatically, wrong automatic
 * matches, and the time to read and match it.
 */
import { performance } from 'node:perf_hooks';
import { scoreIbmStatement } from '../test/fixtures/statements/scoreIbmStatement';
import type { BenchRow } from './benchRow';

const CASES = [
  { name: 'IBM settlements, 40% memos without invoice no., 15% multi-invoice', options: {} },
  {
    name: 'IBM settlements, no memo names an invoice, 40% multi-invoice',
    options: { noMemoShare: 1, groupShare: 0.4, seed: 7 },
  },
];

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const { name, options } of CASES) {
    const started = performance.now();
    const score = scoreIbmStatement(options);
    const ms = performance.now() - started;
    const share = ((score.automatic / score.lines) * 100).toFixed(1);
    const reasons = Object.entries(score.byReason)
      .map(([code, count]) => `${code.replace('match.', '')} ${count}`)
      .join(', ');
    rows.push(
      {
        area: 'matching',
        case: `${name}: matched automatically`,
        figure: `${share}% of ${score.lines} lines`,
        note: reasons,
      },
      { area: 'matching', case: `${name}: wrong automatic matches`, figure: String(score.wrong) },
      { area: 'matching', case: `${name}: read + match time`, figure: `${ms.toFixed(0)} ms` },
    );
  }
  return rows;
}
