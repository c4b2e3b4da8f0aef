/**
 * Receivables engine bench: allocation (核销) and aging (账龄) over generated ledgers of 10k, 100k
 * and 1,048,576 entries, about one customer per 50 entries. The ledgers come from a seeded
 * generator, so every run measures the same data.
 */
import os from 'node:os';
import { fromDayNumber, dayNumber, type IsoDay } from '../src/domain/isoDay';
import type { Customer, EntryKind, LedgerEntry } from '../src/domain/ledger';
import type { Fen } from '../src/domain/money';
import { ageReceivables, allocateReceipts } from '../src/domain/receivables';
import type { BenchRow } from './benchRow';

const AS_OF = '2026-12-03' as IsoDay;

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

/** A ledger of `size` entries: invoices, receipts (half naming an invoice), credit notes,
 * bounced receipts, write-offs and openings, dated over five years up to the as-of date. */
export function generateLedger(
  size: number,
  seed = 20261203,
): { customers: Customer[]; entries: LedgerEntry[] } {
  const random = seeded(seed);
  const customerCount = Math.max(1, Math.round(size / 50));
  const customers: Customer[] = [];
  for (let index = 0; index < customerCount; index++) {
    customers.push({
      id: `C${String(index + 1).padStart(6, '0')}`,
      name: `客户${index + 1}`,
      nameVariants: [],
      currency: 'CNY',
      creditLimit: (100_000_00 * (1 + Math.floor(random() * 10))) as Fen,
      termsDays: [30, 45, 60, 90][Math.floor(random() * 4)] ?? 30,
    });
  }

  const firstDay = dayNumber('2021-12-01' as IsoDay);
  const span = dayNumber(AS_OF) - firstDay + 30;
  const invoiceNumbers: string[][] = customers.map(() => []);
  const entries: LedgerEntry[] = [];
  for (let index = 0; index < size; index++) {
    const who = Math.floor(random() * customerCount);
    const customer = customers[who] as Customer;
    const roll = random();
    const kind: EntryKind =
      roll < 0.55
        ? 'invoice'
        : roll < 0.93
          ? 'receipt'
          : roll < 0.97
            ? 'credit-note'
            : roll < 0.98
              ? 'write-off'
              : roll < 0.99
                ? 'opening'
                : 'adjustment';
    const bounced = kind === 'receipt' && random() < 0.02;
    const amount = Math.floor(random() * 5_000_000) + 100;
    const date = fromDayNumber(firstDay + Math.floor(random() * span));
    const numbers = invoiceNumbers[who] as string[];
    const entry: {
      -readonly [K in keyof LedgerEntry]: LedgerEntry[K];
    } = {
      id: `S!${index + 2}`,
      customerId: customer.id,
      kind,
      date,
      amount: (bounced ? -amount : amount) as Fen,
      currency: 'CNY',
      source: { sheet: 'S', row: index + 2 },
    };
    if (kind === 'invoice') {
      entry.documentNumber = `INV${index}`;
      numbers.push(entry.documentNumber);
    } else if (kind === 'receipt' && numbers.length > 0 && random() < 0.5) {
      entry.referencedInvoice = numbers[Math.floor(random() * numbers.length)];
    }
    entries.push(entry);
  }
  return { customers, entries };
}

/** The machine is shared: the 1-minute load average says how much the wall times are inflated. */
function loadAverage(): string {
  return os.loadavg()[0]?.toFixed(1) ?? '?';
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

function collect(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
}

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const size of [10_000, 100_000, 1_048_576]) {
    const { customers, entries } = generateLedger(size);
    collect();
    const before = process.memoryUsage();
    const heapBefore = before.heapUsed;
    // Typed arrays live outside the JS heap: the engine's columns are counted here.
    const externalBefore = before.external;

    const cpuStart = process.cpuUsage();
    const allocationStart = performance.now();
    const allocation = allocateReceipts(customers, entries, AS_OF);
    const allocationMs = performance.now() - allocationStart;

    const agingStart = performance.now();
    const aging = ageReceivables(allocation);
    const agingMs = performance.now() - agingStart;

    const cpu = process.cpuUsage(cpuStart);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    const memory = process.memoryUsage();
    const label = `${size.toLocaleString('en')} entries, ${customers.length.toLocaleString('en')} customers`;
    rows.push(
      { area: 'receivables', case: `allocate ${label}`, figure: `${allocationMs.toFixed(0)} ms` },
      { area: 'receivables', case: `age ${label}`, figure: `${agingMs.toFixed(0)} ms` },
      {
        area: 'receivables',
        case: `allocate+age ${label}`,
        figure: `${(allocationMs + agingMs).toFixed(0)} ms`,
        note: `cpu ${cpuMs.toFixed(0)} ms (all threads, GC included), heap +${mb(memory.heapUsed - heapBefore)}, external +${mb(memory.external - externalBefore)}, rss ${mb(memory.rss)}, peak rss so far ${mb(process.resourceUsage().maxRSS * 1024)}, ${aging.customers.length} customer lines, load ${loadAverage()}`,
      },
    );
    await Promise.resolve();
  }
  return rows;
}
