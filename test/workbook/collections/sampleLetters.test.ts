import { readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { openXlsx } from '../../../src/adapters/xlsx';
import { parseChineseCapitals } from '../../../src/domain/chineseCapitals';
import type { IsoDay } from '../../../src/domain/isoDay';
import { formatYuan } from '../../../src/domain/money';
import { generateLetters } from '../../../src/workbook/collections/generateLetters';
import { docxText } from '../letters/letterFiles';
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

  // Read back from the .zip with mammoth, not with the writer, and checked against the decisions.
  it('prints in every .docx its customer, each invoice with its open amount, and the total in figures and capitals', async () => {
    const zip = await JSZip.loadAsync(result.zip!);
    const decided = result.decisions.filter((d) => d.level !== undefined);

    for (const [i, line] of result.index.entries()) {
      const decision = decided[i]!;
      const text = (await docxText(await zip.file(line.file)!.async('uint8array'))).replace(
        /\s+/g,
        '',
      );
      expect(text).toContain(`${decision.customerName}：`);
      for (const invoice of decision.invoices) {
        expect(text).toContain(invoice.number);
        expect(text).toContain(formatYuan(invoice.open));
      }
      expect(text).toContain(`¥${formatYuan(decision.amount)}`);
      const capitals = /（大写：(人民币[^）]+)）/.exec(text)?.[1] ?? '';
      expect(parseChineseCapitals(capitals)).toEqual({ ok: true, value: decision.amount });
    }
  });
});
