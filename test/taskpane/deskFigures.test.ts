/**
 * The overview's payment-behaviour figures: the same collection metrics as the 分析 Analysis
 * sheet's total line (hand-worked in analysisFixtures.ts), and the customers paying later than in
 * the 12 months before.
 */
import type { IsoDay } from '../../src/domain/isoDay';
import { deskFigures } from '../../src/taskpane/desk/deskFigures';
import type { DeskFigures } from '../../src/taskpane/desk/deskFigures';
import { DEFAULT_DESK_SETTINGS } from '../../src/taskpane/desk/deskSettings';
import { structureWorkbook } from '../../src/workbook/structure/structureWorkbook';
import type { SeedWorkbook } from '../contract/seed';
import { BEHAVIOUR_LEDGER } from '../workbook/analysis/analysisFixtures';
import { xlsxOf } from '../workbook/receivables/receivablesFixtures';

const AS_OF = '2024-03-31' as IsoDay;

async function figuresOf(
  seed: SeedWorkbook,
): Promise<{ figures: DeskFigures; ids: Map<string, string> }> {
  const structure = await structureWorkbook(await xlsxOf(seed));
  const records = {
    customers: structure.customers,
    entries: structure.entries,
    followUps: [],
    letters: [],
  };
  return {
    figures: deskFigures(records, DEFAULT_DESK_SETTINGS, AS_OF),
    ids: new Map(structure.customers.map((customer) => [customer.name, customer.id])),
  };
}

/**
 * Drift Co paid on the due date in 2023 and 20 days late in the last 3 months; Steady Ltd paid 5
 * days late in both (net 30 throughout).
 */
const DRIFTING_LEDGER: SeedWorkbook = {
  sheets: [
    {
      name: 'Ledger',
      cells: [
        ['Type', 'Date', 'Num', 'Name', 'Amount'],
        ['Invoice', '2023-05-01', 'D-1', 'Drift Co', 1000],
        ['Payment', '2023-05-31', 'RD-1', 'Drift Co', 1000],
        ['Invoice', '2024-01-05', 'D-2', 'Drift Co', 1000],
        ['Payment', '2024-02-24', 'RD-2', 'Drift Co', 1000],
        ['Invoice', '2023-06-01', 'S-1', 'Steady Ltd', 500],
        ['Payment', '2023-07-06', 'RS-1', 'Steady Ltd', 500],
        ['Invoice', '2024-01-10', 'S-2', 'Steady Ltd', 500],
        ['Payment', '2024-02-14', 'RS-2', 'Steady Ltd', 500],
      ],
    },
  ],
};

describe('the overview figures of how customers pay', () => {
  it('are the Analysis sheet totals for the 90 days to the as-of date', async () => {
    const { figures } = await figuresOf(BEHAVIOUR_LEDGER);

    const [cny] = figures.headlines;
    expect(figures.headlines).toHaveLength(1);
    expect(cny?.dso).toBeCloseTo(35.45, 1);
    expect(cny?.averageDaysDelinquent).toBeCloseTo(21.8, 1);
    expect(cny?.collectionEffectivenessIndex).toBeCloseTo(78.9, 1);
    expect(cny?.paidLateShare).toBe(0.5);
  });

  it('leave a figure out when it has no value instead of showing 0', async () => {
    const { figures } = await figuresOf({
      sheets: [
        {
          name: 'Ledger',
          cells: [
            ['Type', 'Date', 'Num', 'Name', 'Amount'],
            ['Payment', '2024-03-20', 'R-3', 'Cathay Metals', 300],
          ],
        },
      ],
    });

    const [cny] = figures.headlines;
    expect(cny).toBeDefined();
    expect(cny?.dso).toBeUndefined();
    expect(cny?.collectionEffectivenessIndex).toBeUndefined();
    expect(cny?.paidLateShare).toBeUndefined();
  });

  it('name the customers paying later than in the 12 months before, by how much', async () => {
    const { figures, ids } = await figuresOf(DRIFTING_LEDGER);

    expect(figures.drifting).toEqual([
      { customerId: ids.get('Drift Co'), currency: 'CNY', laterBy: 20, recentDaysLate: 20 },
    ]);
  });

  it('name nobody when no customer has a year before to compare with', async () => {
    const { figures } = await figuresOf(BEHAVIOUR_LEDGER);

    expect(figures.drifting).toEqual([]);
  });
});
