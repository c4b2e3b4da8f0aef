import fc from 'fast-check';
import { addDays, type IsoDay } from '../../../src/domain/isoDay';
import { balanceEffect, type EntryKind, type LedgerEntry } from '../../../src/domain/ledger';
import type { Fen } from '../../../src/domain/money';
import {
  ANNUAL_REPORT_BUCKETS,
  DEFAULT_RECEIVABLES_SETTINGS,
  ageReceivables,
  allocateReceipts,
} from '../../../src/domain/receivables';
import { customer, day } from './ledgerBuilder';

const START = day('2023-01-01');
const CUSTOMERS = [
  customer('C1', { termsDays: 45 }),
  customer('C2'),
  customer('C3', { currency: 'USD' }),
];
const KINDS: EntryKind[] = [
  'opening',
  'invoice',
  'receipt',
  'credit-note',
  'write-off',
  'adjustment',
];

interface RawEntry {
  kind: EntryKind;
  offset: number;
  amount: number;
  who: number;
  currency: string;
  ref: number | null;
  dueIn: number | null;
}

const rawEntry = fc.record({
  kind: fc.constantFrom(...KINDS, 'invoice', 'invoice', 'receipt', 'receipt'),
  offset: fc.integer({ min: 0, max: 700 }),
  amount: fc.integer({ min: -50_000, max: 500_000 }),
  who: fc.integer({ min: 0, max: 2 }),
  currency: fc.constantFrom('CNY', 'CNY', 'USD'),
  ref: fc.option(fc.integer({ min: 0, max: 40 })),
  dueIn: fc.option(fc.integer({ min: -10, max: 120 })),
});

function build(raws: readonly RawEntry[]): LedgerEntry[] {
  return raws.map((raw, index) => {
    const date = addDays(START, raw.offset);
    const entry: { -readonly [K in keyof LedgerEntry]: LedgerEntry[K] } = {
      id: `E${index}`,
      customerId: (CUSTOMERS[raw.who] ?? CUSTOMERS[0]!).id,
      kind: raw.kind,
      date,
      amount: raw.amount as Fen,
      currency: raw.currency,
      source: { sheet: '台账', row: index + 2 },
    };
    if (raw.kind === 'invoice') entry.documentNumber = `INV${index}`;
    if (raw.ref !== null && raw.kind !== 'invoice') entry.referencedInvoice = `INV${raw.ref}`;
    if (raw.dueIn !== null) entry.dueDate = addDays(date, raw.dueIn);
    return entry;
  });
}

const ledger = fc.array(rawEntry, { maxLength: 60 }).map(build);
const asOfDate = fc.integer({ min: 0, max: 730 }).map((offset) => addDays(START, offset));

describe('allocation and aging properties on random ledgers', () => {
  it('adds every customer bucket up to its open invoice total, on both bucket sets', () => {
    fc.assert(
      fc.property(ledger, asOfDate, fc.boolean(), (entries, asOf, annual) => {
        const settings = annual
          ? {
              ...DEFAULT_RECEIVABLES_SETTINGS,
              agingBuckets: ANNUAL_REPORT_BUCKETS,
              agingBasis: 'entry' as const,
            }
          : DEFAULT_RECEIVABLES_SETTINGS;
        const report = ageReceivables(allocateReceipts(CUSTOMERS, entries, asOf), settings);
        for (const line of report.customers) {
          const total = line.buckets.reduce((sum, bucket) => sum + bucket.amount, 0);
          expect(total).toBe(line.openInvoiceTotal);
          expect(line.buckets).toHaveLength(settings.agingBuckets.length);
        }
      }),
    );
  });

  it('keeps open invoices less unapplied credit equal to the sum of balance effects', () => {
    fc.assert(
      fc.property(ledger, asOfDate, (entries, asOf) => {
        const result = allocateReceipts(CUSTOMERS, entries, asOf);
        for (const line of result.customers) {
          const expected = entries
            .filter((e) => e.customerId === line.customerId && e.currency === line.currency)
            .filter((e) => e.date <= asOf)
            .reduce((sum, e) => sum + balanceEffect(e), 0);
          expect(line.openInvoiceTotal - line.unappliedCredit).toBe(expected);
          expect(line.unappliedCredit).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });

  it('never pays an invoice beyond its amount nor below zero, at any step', () => {
    fc.assert(
      fc.property(ledger, asOfDate, (entries, asOf) => {
        for (const line of allocateReceipts(CUSTOMERS, entries, asOf).customers) {
          for (const invoice of line.invoices) {
            let paid = 0;
            for (const application of invoice.applications) {
              paid += application.amount;
              expect(paid).toBeGreaterThanOrEqual(0);
              expect(paid).toBeLessThanOrEqual(invoice.amount);
            }
            expect(invoice.paid).toBe(paid);
            expect(invoice.open).toBe(invoice.amount - paid);
            expect(invoice.amount).toBeGreaterThan(0);
          }
        }
      }),
    );
  });

  it('does not depend on source order when every entry has its own date', () => {
    const distinctDates = fc
      .uniqueArray(rawEntry, { maxLength: 40, selector: (raw) => raw.offset })
      .chain((raws) =>
        fc.tuple(fc.constant(raws), fc.shuffledSubarray(raws, { minLength: raws.length })),
      );

    fc.assert(
      fc.property(distinctDates, asOfDate, ([raws, shuffled], asOf) => {
        // Ids and invoice numbers follow the entry, not its position, so both orders match.
        const key = (raw: RawEntry): string => `D${raw.offset}`;
        const withIds = (list: RawEntry[]): LedgerEntry[] =>
          build(list).map((entry, index) => {
            const raw = list[index]!;
            const rebuilt: { -readonly [K in keyof LedgerEntry]: LedgerEntry[K] } = {
              ...entry,
              id: key(raw),
            };
            if (entry.documentNumber !== undefined) rebuilt.documentNumber = key(raw);
            if (raw.ref !== null && raw.kind !== 'invoice') {
              const target = raws[raw.ref];
              rebuilt.referencedInvoice = target ? key(target) : 'none';
            }
            return rebuilt;
          });

        const original = allocateReceipts(CUSTOMERS, withIds(raws), asOf as IsoDay);
        const reordered = allocateReceipts(CUSTOMERS, withIds(shuffled), asOf as IsoDay);
        expect(reordered).toEqual(original);
        // Applications are read on demand, outside the fields toEqual walks: compare them too.
        const trails = (result: typeof original) =>
          result.customers.map((line) => line.invoices.map((invoice) => invoice.applications));
        expect(trails(reordered)).toEqual(trails(original));
      }),
    );
  });
});
