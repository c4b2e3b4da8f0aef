import {
  DEFAULT_RECEIVABLES_SETTINGS,
  allocateReceipts,
  provideForBadDebts,
  studiedMonthEnds,
  type ReceivablesSettings,
} from '../../../src/domain/receivables';
import { addDays, addMonths, type IsoDay } from '../../../src/domain/isoDay';
import type { LedgerEntry } from '../../../src/domain/ledger';
import { customer, day, invoice, receipt, writeOff, yuan } from './ledgerBuilder';

const ENTRY_BASIS: ReceivablesSettings = { ...DEFAULT_RECEIVABLES_SETTINGS, agingBasis: 'entry' };

describe('bad-debt provision (坏账准备)', () => {
  const customers = [customer('C1'), customer('DOOMED', { doomed: true })];
  const entries = [
    invoice('2024-06-30', 1000.01, { doc: 'Y0' }),
    invoice('2023-06-30', 2000, { doc: 'Y1' }),
    invoice('2021-06-30', 3000, { doc: 'Y3' }),
    invoice('2018-06-30', 4000, { doc: 'Y6' }),
    invoice('2024-06-30', 500, { doc: 'D1', customerId: 'DOOMED' }),
  ];
  const allocation = allocateReceipts(customers, entries, day('2024-12-31'));

  it('applies the rate table by age band, rounding each customer band to the fen', () => {
    const report = provideForBadDebts(allocation, customers, ENTRY_BASIS);

    const c1 = report.customers.find((line) => line.customerId === 'C1');
    expect(
      c1?.bands.map((band) => [band.bucketId, band.open, band.rateBp, band.provision]),
    ).toEqual([
      ['y0-1', 100001, 500, 5000],
      ['y1-2', yuan(2000), 1000, yuan(200)],
      ['y2-3', 0, 3000, 0],
      ['y3-4', yuan(3000), 5000, yuan(1500)],
      ['y4-5', 0, 8000, 0],
      ['y5-plus', yuan(4000), 10000, yuan(4000)],
    ]);
    expect(c1?.provision).toBe(5000 + yuan(200 + 1500 + 4000));
  });

  it('provides for a doomed customer at 100% and says so', () => {
    const report = provideForBadDebts(allocation, customers, ENTRY_BASIS);

    const doomed = report.customers.find((line) => line.customerId === 'DOOMED');
    expect(doomed?.specific).toBe(true);
    expect(doomed?.provision).toBe(yuan(500));
    expect(report.notes).toContainEqual({
      code: 'provision.specific-doomed',
      detail: { customer: 'DOOMED' },
    });
  });

  it('falls back to the table with a note when the history is too short for a matrix', () => {
    const young = allocateReceipts(customers, entries.slice(0, 1), day('2024-12-31'));

    const report = provideForBadDebts(young, customers, ENTRY_BASIS, 'matrix');

    expect(report.totals[0]?.method).toBe('table');
    expect(report.notes).toEqual([
      {
        code: 'provision.matrix-short-history',
        detail: { currency: 'CNY', monthEnds: 0, needed: 12 },
      },
    ]);
    expect(report.totals[0]?.provision).toBe(
      provideForBadDebts(young, customers, ENTRY_BASIS, 'table').totals[0]?.provision,
    );
  });

  it('studies month ends at least the horizon before as-of, latest first', () => {
    expect(studiedMonthEnds(day('2024-12-31'), 365, 3)).toEqual([
      '2023-12-31',
      '2023-11-30',
      '2023-10-31',
    ]);
    expect(studiedMonthEnds(day('2025-12-30'), 365, 1)).toEqual(['2024-11-30']);
  });

  it('estimates band loss rates from what was later written off or left unpaid', () => {
    // Five years of monthly invoices: each month 8 invoices of 100 due on issue; two are
    // written off after 200 days, six are paid after 45 days (so they are open at one month end).
    const history: LedgerEntry[] = [];
    const customers = [customer('H')];
    for (let month = 0; month < 60; month++) {
      const issued = addMonths(day('2019-01-01'), month);
      for (let n = 0; n < 8; n++) {
        const doc = `H-${month}-${n}`;
        history.push(invoice(issued, 100, { doc, customerId: 'H', due: issued }));
        const settle = addDays(issued, n < 2 ? 200 : 45) as IsoDay;
        history.push(
          n < 2
            ? writeOff(settle, 100, { ref: doc, customerId: 'H' })
            : receipt(settle, 100, { ref: doc, customerId: 'H' }),
        );
      }
    }
    const settings: ReceivablesSettings = {
      ...DEFAULT_RECEIVABLES_SETTINGS,
      lossMatrix: { horizonDays: 365, monthEnds: 24, minMonthEnds: 12, minInvoicesPerBand: 30 },
    };

    const report = provideForBadDebts(
      allocateReceipts(customers, history, day('2023-12-31')),
      customers,
      settings,
      'matrix',
    );

    const matrix = report.matrices[0];
    expect(matrix?.monthEnds).toHaveLength(24);
    const first = matrix?.rates?.[0];
    expect(first?.source).toBe('matrix');
    // Each month end holds 2 x 6 or 7 written-off invoices (all lost) and 6 paid ones (none
    // lost): the rate is what was lost over what was held, about 68%.
    expect(first?.rateBp).toBe(Math.round(((first?.lost ?? 0) * 10000) / (first?.exposure ?? 1)));
    expect(first?.rateBp).toBeGreaterThan(6000);
    expect(first?.rateBp).toBeLessThan(7500);
    expect(report.totals[0]?.method).toBe('matrix');
    expect(report.notes.map((note) => note.code)).toContain('provision.matrix-thin-band');
  });
});
