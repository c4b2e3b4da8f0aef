import { readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { openXlsx } from '../../../src/adapters/xlsx';
import type { IsoDay } from '../../../src/domain/isoDay';
import { generateLetters } from '../../../src/workbook/collections/generateLetters';
import { COMPANY_VALUES } from './lettersWorkbook';

const SAMPLE = path.join(__dirname, '../../../assets/sample-ledger.xlsx');

describe('reminders for the sample ledger as of 2026-12-03', () => {
  let result: Awaited<ReturnType<typeof generateLetters>>;
  beforeAll(async () => {
    const workbook = await openXlsx(new Uint8Array(readFileSync(SAMPLE)));
    await workbook.writeStoredValues(COMPANY_VALUES);
    result = await generateLetters(workbook, {
      asOf: '2026-12-03' as IsoDay,
      kind: 'reminder',
      lang: 'zh',
    });
  });

  it('writes a letter exactly for the customers whose decision has a level', () => {
    expect(result.problems).toEqual([]);
    const decided = result.decisions.filter((d) => d.level !== undefined);
    expect(result.index.map((l) => [l.customerId, l.level, l.amount])).toEqual(
      decided.map((d) => [d.customerId, d.level, d.amount]),
    );
    expect(result.index.length).toBeGreaterThan(0);
  });

  it('lists only overdue, undisputed invoices in each letter', () => {
    for (const decision of result.decisions.filter((d) => d.level !== undefined)) {
      for (const invoice of decision.invoices) {
        expect(invoice.daysOverdue).toBeGreaterThan(0);
        expect(invoice.disputed).not.toBe(true);
      }
    }
  });

  it('numbers the letters one after another and zips each with the index', async () => {
    expect(result.index.map((l) => l.number)).toEqual(
      result.index.map((_, i) => `CD-2026-${String(i + 1).padStart(4, '0')}`),
    );
    const zip = await JSZip.loadAsync(result.zip!);
    expect(Object.keys(zip.files).sort()).toEqual(
      [...result.index.map((l) => l.file), 'index.csv'].sort(),
    );
  });
});
