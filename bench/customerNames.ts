/**
 * How long proposing merges takes for a customer list of 10,000 and 50,000 names, a tenth of them
 * with a planted variant (a typo or another company form).
 */
import { performance } from 'node:perf_hooks';
import { proposeMerges } from '../src/domain/customerName';
import type { BenchRow } from './benchRow';

const FORMS = ['有限公司', '有限责任公司', '贸易有限公司', '商行', ' Co., Ltd.'];
const CHARS = '华盛远东恒达鑫源宏图金泰永安瑞丰天成新兴广利顺发中信嘉禾';

function customerNames(count: number): string[] {
  let state = 20240305;
  const next = (bound: number): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return (state >>> 16) % bound;
  };

  const names: string[] = [];
  for (let i = 0; i < count; i += 1) {
    let stem = '';
    const length = 4 + next(4);
    for (let j = 0; j < length; j += 1) stem += CHARS[next(CHARS.length)];
    const name = `${stem}${FORMS[next(FORMS.length)]}`;
    names.push(name);
    if (i % 10 === 0)
      names.push(i % 20 === 0 ? `${stem}公司` : `${stem}${CHARS[next(CHARS.length)]}`);
  }
  return names;
}

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const count of [10_000, 50_000]) {
    const names = customerNames(count);
    const start = performance.now();
    const proposals = proposeMerges(names);
    const ms = performance.now() - start;
    rows.push({
      area: 'customer-names',
      case: `proposeMerges ${names.length} names`,
      figure: `${ms.toFixed(0)} ms`,
      note: `${proposals.length} proposals`,
    });
  }
  return rows;
}
