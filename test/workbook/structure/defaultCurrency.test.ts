import { openXlsx } from '../../../src/adapters/xlsx';
import { DEFAULT_WORKBOOK_SETTINGS, writeSettingsSheet } from '../../../src/workbook/settings';
import { structureWorkbook } from '../../../src/workbook/structure/structureWorkbook';
import type { StructureResult } from '../../../src/workbook/structure/structureTypes';
import type { SeedWorkbook } from '../../contract/seed';
import { ibmWorkbook } from '../../fixtures/ibmSample';
import { seedToXlsx } from '../../support/seedXlsx';

/** A real .xlsx of the seed, saved and reopened with a Settings sheet whose 默认币种 is `currency`. */
async function withCurrencySetting(seed: SeedWorkbook, currency: string) {
  const port = await openXlsx(await seedToXlsx(seed));
  await writeSettingsSheet(port, { ...DEFAULT_WORKBOOK_SETTINGS, defaultCurrency: currency });
  return openXlsx(await port.save());
}

const currencies = (result: StructureResult) => ({
  customers: [...new Set(result.customers.map((c) => c.currency))],
  entries: [...new Set(result.entries.map((e) => e.currency))],
  totals: result.report.totals.map((t) => t.currency),
});

const USD_ONLY = { customers: ['USD'], entries: ['USD'], totals: ['USD'] };

describe('the default currency of amounts that carry no currency sign', () => {
  const { seed } = ibmWorkbook();

  it('reads an exported US ledger as CNY when nothing says otherwise', async () => {
    const result = await structureWorkbook(await openXlsx(await seedToXlsx(seed)));

    expect(currencies(result)).toEqual({ customers: ['CNY'], entries: ['CNY'], totals: ['CNY'] });
  });

  it('reads it in USD when the Settings sheet says 默认币种 USD', async () => {
    const result = await structureWorkbook(await withCurrencySetting(seed, 'USD'));

    expect(currencies(result)).toEqual(USD_ONLY);
    expect(result.customers).toHaveLength(100);
    expect(result.report.rejected).toBe(0);
    expect(result.report.problems).toEqual([]);
  });

  it('lets the option (the command line’s --currency) win over the Settings sheet', async () => {
    const port = await withCurrencySetting(seed, 'EUR');
    const result = await structureWorkbook(port, { defaultCurrency: 'USD' });

    expect(currencies(result)).toEqual(USD_ONLY);
  });

  it('keeps a currency the sheet names over the default', async () => {
    const small: SeedWorkbook = {
      sheets: [
        {
          name: 'Ledger',
          cells: [
            ['Date', 'Customer', 'Type', 'Amount', 'Currency'],
            ['2024-01-05', 'Acme', 'Invoice', 100, 'CNY'],
            ['2024-01-06', 'Bolt', 'Invoice', 200, null],
          ],
        },
      ],
    };
    const result = await structureWorkbook(await withCurrencySetting(small, 'USD'));

    expect(result.entries.map((e) => e.currency)).toEqual(['CNY', 'USD']);
  });

  it('reports an unreadable setting and reads the amounts as CNY', async () => {
    const small: SeedWorkbook = {
      sheets: [
        {
          name: 'Ledger',
          cells: [
            ['Date', 'Customer', 'Type', 'Amount'],
            ['2024-01-05', 'Acme', 'Invoice', 100],
          ],
        },
      ],
    };
    const result = await structureWorkbook(await withCurrencySetting(small, 'dollars'));

    expect(result.entries.map((e) => e.currency)).toEqual(['CNY']);
    expect(result.report.problems).toEqual([
      {
        code: 'structure.default-currency-unreadable',
        detail: { sheet: '设置', row: expect.any(Number), text: 'dollars', currency: 'CNY' },
      },
    ]);
  });
});
