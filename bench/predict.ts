/**
 * Payment-prediction bench: predicted payment dates and weekly expected receipts for every open
 * invoice of a generated 1,048,576-invoice history (about 20,000 customers), and the IBM sample's
 * 2013 backtest with its two baselines. The history comes from a seeded generator, so every run
 * measures the same data.
 */
import {
  backtestPayments,
  expectedReceiptsByWeek,
  predictOpenInvoices,
  type BacktestPredictor,
  type InvoiceHistory,
} from '../src/domain/behaviour';
import { addDays, type IsoDay } from '../src/domain/isoDay';
import type { Fen } from '../src/domain/money';
import { ibmInvoiceHistories } from '../test/support/ibmCsv';
import type { BenchRow } from './benchRow';

const AS_OF = '2026-12-03' as IsoDay;
const SIZE = 1_048_576;
const CUSTOMERS = 20_000;

/** mulberry32: a small, well-mixed 32-bit generator; the bench's only source of randomness. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Two years of invoices; each customer has its own habit, disputes pay about 12 days later. */
export function generateHistory(
  size: number,
  customers: number,
  seed = 20261203,
): InvoiceHistory[] {
  const random = seeded(seed);
  const habit = Array.from({ length: customers }, () => Math.round(random() * 40 - 10));
  const terms = Array.from(
    { length: customers },
    () => [30, 45, 60, 90][Math.floor(random() * 4)] ?? 30,
  );

  const invoices: InvoiceHistory[] = [];
  for (let index = 0; index < size; index++) {
    const who = Math.floor(random() * customers);
    const issued = addDays(AS_OF, -Math.floor(random() * 730));
    const due = addDays(issued, terms[who] ?? 30);
    const disputed = random() < 0.05;
    const delay = (habit[who] ?? 0) + Math.round((random() - 0.5) * 12) + (disputed ? 12 : 0);
    const settled = addDays(due, delay);
    invoices.push({
      invoiceId: `INV${String(index).padStart(7, '0')}`,
      customerId: `C${String(who).padStart(5, '0')}`,
      issued,
      due,
      amount: (10_000 + Math.floor(random() * 5_000_000)) as Fen,
      disputed,
      channel: random() < 0.3 ? 'paper' : 'electronic',
      ...(settled <= AS_OF ? { settled } : {}),
    });
  }
  return invoices;
}

function timed<T>(work: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = work();
  return { value, ms: performance.now() - start };
}

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];

  const history = generateHistory(SIZE, CUSTOMERS);
  const predicted = timed(() => predictOpenInvoices(history, AS_OF));
  rows.push({
    area: 'predict',
    case: `open invoices of ${SIZE.toLocaleString('en')} (${CUSTOMERS.toLocaleString('en')} customers)`,
    figure: `${(predicted.ms / 1000).toFixed(2)} s`,
    note: `${predicted.value.length.toLocaleString('en')} open invoices predicted`,
  });
  const weeks = timed(() => expectedReceiptsByWeek(predicted.value, AS_OF));
  rows.push({
    area: 'predict',
    case: 'expected receipts by week',
    figure: `${weeks.ms.toFixed(0)} ms`,
    note: `${weeks.value.length} weeks`,
  });

  const ibm = ibmInvoiceHistories();
  const period = { from: '2013-01-01' as IsoDay, to: '2013-12-31' as IsoDay };
  for (const predictor of ['model', 'customer-median', 'due-date'] as BacktestPredictor[]) {
    const result = timed(() => backtestPayments(ibm, { ...period, predictor }));
    const mae = result.value.meanAbsoluteErrorDays;
    const accuracy = result.value.lateAccuracy;
    rows.push({
      area: 'predict',
      case: `IBM backtest 2013, ${predictor}`,
      figure: `${(result.ms / 1000).toFixed(2)} s`,
      note:
        mae.ok && accuracy.ok
          ? `${result.value.count} invoices, MAE ${mae.value.toFixed(2)} days, late-or-not ${(accuracy.value * 100).toFixed(1)}%`
          : 'nothing scored',
    });
  }
  return rows;
}
