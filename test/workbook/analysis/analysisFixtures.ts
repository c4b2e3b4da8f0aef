/**
 * A small ledger for the payment-behaviour sheets, with its figures worked out by hand. As of
 * 2024-03-31 (default net 30) the period is the 90 days 2024-01-02..2024-03-31.
 *
 * Acme: INV-1 (1,000.00, 2023-12-01, due 12-31) paid 2024-01-10, 10 days late; INV-2 (2,000.00,
 * 01-15, due 02-14) paid on the due date; INV-3 (500.00, 03-01, due 03-31) open, not yet due.
 * Opening 1,000.00, sales 2,500.00, closing 500.00, all current: DSO = best DSO = 500 / 2500 x 90
 * = 18.0, ADD 0, CEI (1000 + 2500 - 500) / (1000 + 2500 - 500) = 100; 2 settled, half late,
 * weighted days late (1000 x 10 + 2000 x 0) / 3000 = 3.3.
 * Blue Sky: INV-4 (800.00, 01-20, due 02-19, disputed) open and 41 days overdue: DSO 90.0, best
 * DSO 0.0, ADD 90.0, CEI (0 + 800 - 800) / (0 + 800 - 0) = 0; nothing settled.
 * Cathay: a 300.00 receipt with nothing to pay: unapplied; no sales, nothing to collect.
 * Total: opening 1,000.00, sales 3,300.00, closing 1,300.00, current 500.00: DSO 1300 / 3300 x
 * 90 = 35.5, best 500 / 3300 x 90 = 13.6, ADD 21.8, CEI 3000 / 3800 = 78.9.
 * INV-5 (04-05) is after the as-of date and does not exist yet.
 */
import type { SeedWorkbook } from '../../contract/seed';

export const BEHAVIOUR_LEDGER: SeedWorkbook = {
  sheets: [
    {
      name: 'Ledger',
      cells: [
        ['Type', 'Date', 'Num', 'Name', 'Amount', 'Disputed', '纸质/电子'],
        ['Invoice', '2023-12-01', 'INV-1', 'Acme Trading', 1000, 'No', '纸质'],
        ['Payment', '2024-01-10', 'R-1', 'Acme Trading', 1000, null, null],
        ['Invoice', '2024-01-15', 'INV-2', 'Acme Trading', 2000, 'No', '电子'],
        ['Payment', '2024-02-14', 'R-2', 'Acme Trading', 2000, null, null],
        ['Invoice', '2024-03-01', 'INV-3', 'Acme Trading', 500, 'No', '快递'],
        ['Invoice', '2024-01-20', 'INV-4', 'Blue Sky Foods', 800, 'Yes', null],
        ['Payment', '2024-03-20', 'R-3', 'Cathay Metals', 300, null, null],
        ['Invoice', '2024-04-05', 'INV-5', 'Acme Trading', 700, 'No', null],
      ],
    },
  ],
};
