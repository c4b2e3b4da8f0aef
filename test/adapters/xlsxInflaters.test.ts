/**
 * Sheets stream through the platform's DecompressionStream where there is one and through fflate
 * elsewhere (older Office webviews). The two must be interchangeable: same bytes from every part,
 * the same workbook read from every file, the same refusal of a damaged one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { inflateSync, strToU8, zipSync } from 'fflate';

import { openXlsx, UnreadableWorkbookError } from '../../src/adapters/xlsx';
import {
  defaultInflater,
  inflatePieces,
  readZipEntries,
  type Inflater,
  type ZipEntry,
} from '../../src/adapters/xlsx/zipArchive';
import type { CellBlock } from '../../src/workbook/workbookPort';
import { CHINESE_WORKBOOK } from '../fixtures/chineseWorkbook';
import { ENGLISH_WORKBOOK } from '../fixtures/englishWorkbook';
import { seedToXlsx } from '../support/seedXlsx';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const INFLATERS: readonly Inflater[] = ['platform', 'fflate'];

/** A one-sheet ledger of pseudo-random amounts, large enough to inflate in many slices. */
function bigLedger(rows: number): Uint8Array {
  let seed = 7;
  const random = (): number => {
    seed = (seed * 48271) % 2147483647;
    return seed;
  };
  const body: string[] = [];
  for (let r = 1; r <= rows; r++) {
    body.push(
      `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>客户${random() % 5000}</t></is></c>` +
        `<c r="B${r}"><v>${(random() % 10_000_000) / 100}</v></c><c r="C${r}"><v>${45000 + (random() % 900)}</v></c></row>`,
    );
  }
  const parts: Record<string, string> = {
    '[Content_Types].xml':
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="台账" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels':
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': `<worksheet xmlns="${MAIN}"><sheetData>${body.join('')}</sheetData></worksheet>`,
  };
  return zipSync(
    Object.fromEntries(Object.entries(parts).map(([name, text]) => [name, strToU8(text)])),
  );
}

async function fixtures(): Promise<[string, Uint8Array][]> {
  const file = (path: string): Uint8Array => new Uint8Array(readFileSync(join(__dirname, path)));
  return [
    ['the sample ledger', file('../../assets/sample-ledger.xlsx')],
    ['a bank statement', file('../fixtures/statements/ccb-2026-11.xlsx')],
    ['the Chinese workbook written by ExcelJS', await seedToXlsx(CHINESE_WORKBOOK)],
    ['the English workbook written by ExcelJS', await seedToXlsx(ENGLISH_WORKBOOK)],
    ['a 60,000-row ledger', bigLedger(60_000)],
  ];
}

async function joined(entry: ZipEntry, inflater: Inflater): Promise<Uint8Array> {
  const pieces: Uint8Array[] = [];
  for await (const piece of inflatePieces(entry, inflater)) pieces.push(piece);
  return Buffer.concat(pieces);
}

/** Everything a workflow can read from a workbook: the facts, merged areas and every block. */
async function everythingRead(
  bytes: Uint8Array,
  inflater: Inflater,
): Promise<{ facts: unknown; sheets: { merged: unknown; blocks: CellBlock[] }[] }> {
  const workbook = await openXlsx(bytes, { inflater });
  const facts = await workbook.describe();
  const sheets: { merged: unknown; blocks: CellBlock[] }[] = [];
  for (const sheet of facts.sheets) {
    const blocks: CellBlock[] = [];
    for await (const block of workbook.readSheet(sheet.name, { blockRows: 7_000 })) {
      blocks.push(block);
    }
    sheets.push({ merged: await workbook.readMergedAreas(sheet.name), blocks });
  }
  return { facts, sheets };
}

describe('Inflating with the platform or with fflate', () => {
  it('uses the platform decompressor on Node 20', () => {
    expect(defaultInflater()).toBe('platform');
  });

  it('gives the same bytes from every part of the real fixtures', async () => {
    for (const [name, bytes] of await fixtures()) {
      const entries = [...readZipEntries(bytes).values()];
      expect(entries.length).toBeGreaterThan(3);
      for (const entry of entries) {
        const expected = entry.method === 0 ? entry.compressed : inflateSync(entry.compressed);
        for (const inflater of INFLATERS) {
          const got = await joined(entry, inflater);
          expect({ name, part: entry.name, inflater, size: got.length }).toEqual({
            name,
            part: entry.name,
            inflater,
            size: entry.size,
          });
          expect(Buffer.from(got).equals(Buffer.from(expected))).toBe(true);
        }
      }
    }
  });

  it('reads the same facts, merged areas and blocks from every fixture', async () => {
    for (const [, bytes] of await fixtures()) {
      const [platform, fflate] = await Promise.all(
        INFLATERS.map((inflater) => everythingRead(bytes, inflater)),
      );
      expect(platform?.sheets.length).toBeGreaterThan(0);
      expect(platform).toEqual(fflate);
    }
  });

  it('hands the 60,000-row sheet over in many pieces, not at once', async () => {
    const entry = readZipEntries(bigLedger(60_000)).get('xl/worksheets/sheet1.xml') as ZipEntry;
    for (const inflater of INFLATERS) {
      let pieces = 0;
      let largest = 0;
      for await (const piece of inflatePieces(entry, inflater)) {
        pieces++;
        largest = Math.max(largest, piece.length);
      }
      expect(pieces).toBeGreaterThan(3);
      expect(largest).toBeLessThan(entry.size / 3);
    }
  });

  it('refuses a damaged sheet with UnreadableWorkbookError either way', async () => {
    const bytes = bigLedger(2_000);
    const entry = readZipEntries(bytes).get('xl/worksheets/sheet1.xml') as ZipEntry;
    const offset = entry.compressed.byteOffset - bytes.byteOffset;
    for (let i = 0; i < 64; i++) bytes[offset + 200 + i] = (i * 37) & 0xff;

    for (const inflater of INFLATERS) {
      const workbook = await openXlsx(bytes, { inflater });
      await expect(workbook.describe()).rejects.toBeInstanceOf(UnreadableWorkbookError);
    }
  });

  it('lets a reader stop after the first block and read the sheet again from the top', async () => {
    const bytes = bigLedger(30_000);
    for (const inflater of INFLATERS) {
      const workbook = await openXlsx(bytes, { inflater });
      const firsts: number[] = [];
      for (let round = 0; round < 2; round++) {
        for await (const block of workbook.readSheet('台账')) {
          firsts.push(block.startRow);
          break;
        }
      }
      expect(firsts).toEqual([1, 1]);
    }
  });
});
