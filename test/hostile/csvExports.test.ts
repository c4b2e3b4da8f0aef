import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

import { matchesCsv } from '../../src/cli/commands/matchCommand';
import type { Customer } from '../../src/domain/ledger';
import type { LetterModel } from '../../src/domain/letters/letterModel';
import type { Fen } from '../../src/domain/money';
import type { AgingReport } from '../../src/domain/receivables';
import { csvCell, csvText } from '../../src/workbook/letters/csvText';
import { renderLetterBatch } from '../../src/workbook/letters/lettersZip';
import { predictionsCsv } from '../../src/workbook/analysis/predictionsCsv';
import type { AnalysisFigures } from '../../src/workbook/analysis/analysisFigures';
import { agingCsv } from '../../src/workbook/receivables/agingCsv';
import type { MatchRecord } from '../../src/workbook/statements/matchesSheet';

/** Values a spreadsheet would run as a formula, and what the CSV must hold instead. */
const DANGEROUS: readonly (readonly [string, string])[] = [
  ['=1+1', "'=1+1"],
  ['=HYPERLINK("http://evil","x")', `"'=HYPERLINK(""http://evil"",""x"")"`],
  ["+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"],
  ['-2+3', "'-2+3"],
  ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
  ['\t=1+1', "'\t=1+1"],
  ['\r=1+1', `"'\r=1+1"`],
  ['-', "'-"],
  ['+', "'+"],
];

/** Values that look alike but are safe, and are left as they are. */
const SAFE: readonly (readonly [string, string])[] = [
  ['-1234.50', '-1234.50'],
  ['1234.50', '1234.50'],
  ['华东五金', '华东五金'],
  ['a=b', 'a=b'],
  [' =1', ' =1'],
  ['＝1+1', '＝1+1'],
];

/** Where a dangerous value lands in each export: the text of the CSV that came out. */
async function exportsOf(value: string): Promise<Record<string, string>> {
  const customer = { id: 'C1', name: value, nameVariants: [value], currency: 'CNY' } as Customer;
  const aging = {
    bucketSet: [{ id: 'not-due' }],
    customers: [
      {
        customerId: 'C1',
        currency: 'CNY',
        openInvoiceTotal: 100 as Fen,
        buckets: [{ bucketId: 'not-due', amount: 100 as Fen, count: 1 }],
        unappliedCredit: 0 as Fen,
      },
    ],
    totals: [],
  } as unknown as AgingReport;
  const letter = {
    kind: 'reminder',
    lang: 'zh',
    number: value,
    date: '2026-03-05',
    customerId: 'C1',
    customerName: value,
    currency: 'CNY',
    amount: 100 as Fen,
    amountInFigures: '¥1.00',
    amountInWords: '壹元整',
    title: '催款函',
    blocks: [{ type: 'paragraph', text: value }],
  } as unknown as LetterModel;
  const match = {
    date: '2026-03-05',
    payer: value,
    amount: 100 as Fen,
    invoices: value,
    reasonCode: 'match.unmatched',
    confidence: 0,
    status: 'unmatched',
  } as unknown as MatchRecord;

  const figures = {
    currencies: [
      {
        currency: 'CNY',
        predictions: [
          {
            customerId: 'C1',
            invoiceId: 'E1',
            open: 100 as Fen,
            due: '2026-03-05',
            predicted: '2026-03-20',
            low: '2026-03-10',
            high: '2026-04-01',
            method: 'customer-history',
          },
        ],
      },
    ],
    items: new Map([['E1', { documentNumber: value }]]),
  } as unknown as AnalysisFigures;

  const letters = await renderLetterBatch([letter]);
  return {
    aging: agingCsv(aging, [customer]),
    letters: letters.indexCsv,
    matches: matchesCsv([match], new Map(), 'en'),
    predictions: predictionsCsv(figures, [customer]),
  };
}

describe('CSV exports and formula injection', () => {
  it.each(DANGEROUS)('neutralises %j with a leading quote', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it.each(SAFE)('leaves %j as it is', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it.each(DANGEROUS)('lets no export write %j where a formula could start', async (value) => {
    const outputs = await exportsOf(value);
    expect(Object.keys(outputs)).toEqual(
      expect.arrayContaining(['aging', 'letters', 'matches', 'predictions']),
    );
    for (const [, csv] of Object.entries(outputs)) {
      const fields = csv.replace(/^\uFEFF/, '').split(/,|\r\n/);
      for (const field of fields) {
        const bare = field.startsWith('"') ? field.slice(1) : field;
        if (/^[=+\-@\t\r]/.test(bare)) expect(bare).toMatch(/^-?\d+(\.\d+)?"?$/);
      }
    }
  });

  it('quotes the value in every export, so it reads back as the text it was', async () => {
    const outputs = await exportsOf('=HYPERLINK("http://evil","x")');
    for (const csv of Object.values(outputs)) {
      expect(csv).toContain(`"'=HYPERLINK(""http://evil"",""x"")"`);
    }
  });

  it('keeps one neutraliser: no source file but csvText.ts builds CSV lines itself', () => {
    const csv = csvText([['=1', '-5.00']]);
    expect(csv).toBe("\uFEFF'=1,-5.00\r\n");

    // A CSV writer of its own would join cells with commas and lines with CRLF, or start its
    // text with the byte-order mark; only csvText.ts may.
    const builders = sourceFiles(join(__dirname, '../../src')).filter((file) => {
      const text = readFileSync(file, 'utf8');
      return /join\(\s*['"`]\\r\\n['"`]\s*\)|['"`]\\uFEFF/.test(text);
    });
    expect(builders.map((file) => relative(join(__dirname, '../..'), file))).toEqual([
      join('src', 'workbook', 'letters', 'csvText.ts'),
    ]);
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}
