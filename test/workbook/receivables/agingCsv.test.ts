import fc from 'fast-check';

import type { IsoDay } from '../../../src/domain/isoDay';
import type { Customer, LedgerEntry } from '../../../src/domain/ledger';
import type { Fen } from '../../../src/domain/money';
import {
  ANNUAL_REPORT_BUCKETS,
  DEFAULT_RECEIVABLES_SETTINGS,
  ageReceivables,
  allocateReceipts,
} from '../../../src/domain/receivables';
import { agingCsv, agingCsvRows, ageWorkbook } from '../../../src/workbook/receivables';
import { SMALL_LEDGER, xlsxOf } from './receivablesFixtures';

const HEADER =
  'customer,open_balance,current,d1_30,d31_60,d61_90,d91_180,d181_365,over_365,unapplied';

/** Fen from a "1234.50" cell, exactly. */
const fenOf = (text: string): number => {
  const [whole = '0', cents = '00'] = text.replace('-', '').split('.');
  return (text.startsWith('-') ? -1 : 1) * (Number(whole) * 100 + Number(cents));
};

function parseCsv(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n')
    .map((line) => line.split(','));
}

describe('the aging CSV', () => {
  it('starts with a BOM and the exact header, and neutralises a name that looks like a formula', async () => {
    const port = await xlsxOf(SMALL_LEDGER);
    const run = await ageWorkbook(port, { asOf: '2024-03-31' as IsoDay });
    if (!run.ok) throw new Error(run.problem.code);

    const csv = agingCsv(run.figures.aging, run.structure.customers);
    const lines = csv.split('\r\n');

    expect(csv.startsWith(`\uFEFF${HEADER}\r\n`)).toBe(true);
    expect(lines).toContain("'=Evil Corp,99.99,0.00,0.00,0.00,0.00,0.00,0.00,99.99,0.00");
    expect(lines).toContain('Acme Trading,750.50,250.50,0.00,500.00,0.00,0.00,0.00,0.00,0.00');
    expect(lines).toContain('Blue Sky Foods,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,300.00');
    expect(lines.at(-2)).toBe('TOTAL,850.49,250.50,0.00,500.00,0.00,0.00,0.00,99.99,300.00');
    expect(lines.at(-1)).toBe('');
  });

  it('names bucket columns after the bucket ids for other bucket settings', () => {
    const settings = { ...DEFAULT_RECEIVABLES_SETTINGS, agingBuckets: ANNUAL_REPORT_BUCKETS };
    const report = ageReceivables(allocateReceipts([], [], '2024-01-01' as IsoDay), settings);

    expect(agingCsvRows(report, [])).toEqual([
      ['customer', 'open_balance', 'y0_1', 'y1_2', 'y2_3', 'y3_4', 'y4_5', 'y5_plus', 'unapplied'],
      ['TOTAL', '0.00', '0.00', '0.00', '0.00', '0.00', '0.00', '0.00', '0.00'],
    ]);
  });

  it('keeps currencies apart: each row names its currency and each currency has its TOTAL', () => {
    const customers: Customer[] = [
      { id: 'A', name: 'Alpha', nameVariants: ['Alpha'], currency: 'CNY' },
      { id: 'B', name: 'Beta', nameVariants: ['Beta'], currency: 'USD' },
    ];
    const entries: LedgerEntry[] = customers.map((customer, index) => ({
      id: `e${index}`,
      customerId: customer.id,
      kind: 'invoice',
      date: '2024-01-01' as IsoDay,
      amount: 10000 as Fen,
      currency: customer.currency,
      source: { sheet: 'S', row: index + 2 },
    }));
    const report = ageReceivables(allocateReceipts(customers, entries, '2024-01-15' as IsoDay));

    expect(agingCsvRows(report, customers).map((row) => row[0])).toEqual([
      'customer',
      'Alpha (CNY)',
      'Beta (USD)',
      'TOTAL CNY',
      'TOTAL USD',
    ]);
  });

  it('on any ledger, the TOTAL row is the sum of the rows and each row its buckets, to the fen', () => {
    const entry = fc.record({
      customer: fc.integer({ min: 0, max: 4 }),
      kind: fc.constantFrom('invoice', 'receipt', 'credit-note', 'opening') as fc.Arbitrary<
        LedgerEntry['kind']
      >,
      day: fc.integer({ min: 0, max: 800 }),
      amount: fc.integer({ min: -50_000, max: 5_000_000 }),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 40 }), (drawn) => {
        const customers: Customer[] = [0, 1, 2, 3, 4].map((n) => ({
          id: `C${n}`,
          name: n === 3 ? '+Plus, "quoted"' : `客户${n}`,
          nameVariants: [],
          currency: 'CNY',
        }));
        const entries: LedgerEntry[] = drawn.map((d, index) => ({
          id: `e${index}`,
          customerId: `C${d.customer}`,
          kind: d.kind,
          date: new Date(Date.UTC(2023, 0, 1 + d.day)).toISOString().slice(0, 10) as IsoDay,
          amount: d.amount as Fen,
          currency: 'CNY',
          source: { sheet: 'S', row: index + 2 },
        }));
        const report = ageReceivables(allocateReceipts(customers, entries, '2025-01-01' as IsoDay));
        const rows = agingCsvRows(report, customers).slice(1);
        const total = rows.at(-1) as string[];
        const lines = rows.slice(0, -1);

        expect(total[0]).toBe('TOTAL');
        for (let column = 1; column < total.length; column++) {
          const sum = lines.reduce((s, line) => s + fenOf(line[column] as string), 0);
          expect(sum).toBe(fenOf(total[column] as string));
        }
        for (const line of [...lines, total]) {
          const buckets = line.slice(2, -1).reduce((s, cell) => s + fenOf(cell), 0);
          expect(buckets).toBe(fenOf(line[1] as string));
        }
        expect(parseCsv(agingCsv(report, customers))[0]?.join(',')).toBe(HEADER);
      }),
      { numRuns: 200 },
    );
  });
});
