/**
 * Every CASHIER function over 100,000-row ranges, passed as Excel passes them (one-cell rows,
 * serials and a share of text dates and amounts), plus a 1,048,576-row whole column whose tail is
 * empty. Figures are wall time of one call on a warmed-up function.
 */
import { performance } from 'node:perf_hooks';
import { serialFromIsoDay } from '../src/domain/isoDay';
import type { IsoDay } from '../src/domain/isoDay';
import {
  ageBucket,
  aging,
  capitals,
  cei,
  creditFlag,
  creditScore,
  daysPastDue,
  dso,
  openItems,
  parseAmountCell,
  parseDateCell,
  predictPay,
  provision,
} from '../src/functions/functions';
import type { BenchRow } from './benchRow';

const ROWS = 100_000;
const CUSTOMERS = 2_000;
const AS_OF = serialFromIsoDay('2024-12-31' as IsoDay, '1900');
const START = serialFromIsoDay('2022-01-01' as IsoDay, '1900');

/** A deterministic ledger: invoices, and receipts that pay most of them some days late. */
function ledger(rows: number) {
  let seed = 7;
  const next = (): number => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const columns = {
    customers: [] as unknown[][],
    kinds: [] as unknown[][],
    dates: [] as unknown[][],
    amounts: [] as unknown[][],
    dueDates: [] as unknown[][],
    settled: [] as unknown[][],
  };
  for (let row = 0; row < rows; row++) {
    const customer = `客户${Math.floor(next() * CUSTOMERS)}号有限公司`;
    const day = START + Math.floor(next() * 1000);
    const receipt = next() < 0.4;
    const fen = 100 + Math.floor(next() * 10_000_000);
    columns.customers.push([customer]);
    columns.kinds.push([receipt ? '收款' : '销售']);
    // One date in ten typed as text, one amount in ten as ¥ text: what real sheets hold.
    columns.dates.push([row % 10 === 0 ? `2023/${(row % 12) + 1}/5` : day]);
    columns.amounts.push([row % 10 === 0 ? `¥${(fen / 100).toFixed(2)}` : fen / 100]);
    columns.dueDates.push([day + 30]);
    columns.settled.push([next() < 0.7 ? day + 30 + Math.floor(next() * 40) : '']);
  }
  return columns;
}

function timed(label: string, body: () => unknown): BenchRow {
  body();
  const start = performance.now();
  const result = body();
  const ms = performance.now() - start;
  const failed = Array.isArray(result) ? result[0]?.[0] : result;
  const note =
    typeof failed === 'object' && failed !== null && 'code' in failed
      ? `returned ${(failed as { code: string }).code}`
      : undefined;
  return {
    area: 'functions',
    case: label,
    figure: `${ms.toFixed(0)} ms`,
    ...(note ? { note } : {}),
  };
}

export async function run(): Promise<BenchRow[]> {
  const l = ledger(ROWS);
  const items = { customers: l.customers, due: l.dueDates, amounts: l.amounts };
  const whole = (column: unknown[][]): unknown[][] => [
    ...column,
    ...Array.from({ length: 1_048_576 - column.length }, () => ['']),
  ];
  const rows: BenchRow[] = [
    timed('DAYSPASTDUE x 100,000 cells', () => {
      for (const [due] of l.dueDates) daysPastDue(due, AS_OF);
    }),
    timed('AGEBUCKET x 100,000 cells', () => {
      for (const [due] of l.dueDates) ageBucket(due, AS_OF);
    }),
    timed('PARSEAMOUNT x 100,000 cells', () => {
      for (const [amount] of l.amounts) parseAmountCell(amount);
    }),
    timed('PARSEDATE x 100,000 cells', () => {
      for (const [date] of l.dates) parseDateCell(date);
    }),
    timed('CAPITALS x 100,000 cells', () => {
      for (const [amount] of l.amounts) capitals(amount);
    }),
    timed('AGING over 100,000 rows', () => aging(items.customers, items.due, items.amounts, AS_OF)),
    timed('AGING over whole columns (1,048,576 rows, 100,000 filled)', () =>
      aging(whole(items.customers), whole(items.due), whole(items.amounts), AS_OF),
    ),
    timed('OPENITEMS over 100,000 rows', () =>
      openItems(l.customers, l.kinds, l.dates, l.amounts, AS_OF),
    ),
    timed('PROVISION over 100,000 rows', () =>
      provision(items.customers, items.due, items.amounts, AS_OF),
    ),
    timed('CREDITSCORE over 100,000 rows', () =>
      creditScore('客户7号有限公司', l.customers, l.kinds, l.dates, l.amounts, AS_OF),
    ),
    timed('CREDITFLAG with reason over 100,000 rows', () =>
      creditFlag(
        '客户7号有限公司',
        l.customers,
        l.kinds,
        l.dates,
        l.amounts,
        AS_OF,
        1e6,
        undefined,
        true,
      ),
    ),
    timed('DSO over 100,000 invoices', () =>
      dso(l.dates, l.dueDates, l.amounts, l.settled, START, AS_OF),
    ),
    timed('CEI over 100,000 invoices', () =>
      cei(l.dates, l.dueDates, l.amounts, l.settled, START, AS_OF),
    ),
    timed('PREDICTPAY over 100,000 invoices', () =>
      predictPay(l.customers, l.dates, l.dueDates, l.amounts, l.settled, AS_OF),
    ),
  ];
  return Promise.resolve(rows);
}
