import fc from 'fast-check';
import type { IsoDay } from '../../../src/domain/isoDay';
import {
  matchStatements,
  writeStatementMatches,
} from '../../../src/workbook/statements/matchStatements';
import { readStatementText } from '../../../src/workbook/statements/readStatement';
import { structureWorkbook } from '../../../src/workbook/structure/structureWorkbook';
import { STATEMENT_BOOK } from '../../fixtures/statements/statementBook';
import { MemoryWorkbook } from '../../support/memoryWorkbook';

interface Payment {
  day: number;
  payer: string;
  yuan: string;
  memo: string;
  id: string;
}

const PAYERS = [
  '杭州明远贸易有限公司',
  '苏州青禾电子有限公司',
  '王小丽',
  '成都蓝湾餐饮管理有限公司',
  '陈先生',
];
const MEMOS = ['货款', '', 'FP-2026-101', 'FP-2026-202 FP-2026-203', '十月货款'];

const payment = fc.record({
  day: fc.integer({ min: 1, max: 10 }),
  payer: fc.constantFrom(...PAYERS),
  yuan: fc.constantFrom('880.00', '1680.00', '3500.00', '5000.00', '10000.00', '12.34'),
  memo: fc.constantFrom(...MEMOS),
  id: fc.constant(''),
});

/** A bank CSV of the payments, in day order; with ids or not (then fingerprints decide). */
function statement(payments: readonly Payment[], withIds: boolean): string {
  const lines = ['交易日期,贷方发生额,借方发生额,对方户名,摘要,交易流水号'];
  for (const p of payments) {
    lines.push(
      `2026-11-${String(p.day).padStart(2, '0')},${p.yuan},,${p.payer},${p.memo},${withIds ? p.id : ''}`,
    );
  }
  return lines.join('\n');
}

async function importText(port: MemoryWorkbook, name: string, text: string): Promise<number> {
  const book = await structureWorkbook(port);
  const result = await matchStatements(port, {
    customers: book.customers,
    ledger: book.entries,
    statements: [readStatementText(name, text)],
    asOf: '2026-11-30' as IsoDay,
  });
  await writeStatementMatches(port, result, book.customers);
  return result.newEntries.length;
}

async function statementLedger(port: MemoryWorkbook): Promise<unknown> {
  const book = await structureWorkbook(port);
  const result = await matchStatements(port, {
    customers: book.customers,
    ledger: book.entries,
    statements: [],
    asOf: '2026-11-30' as IsoDay,
  });
  return result.statementEntries;
}

describe('re-importing statements', () => {
  it('never changes the ledger after the first import, whole or in overlapping parts', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(payment, { minLength: 1, maxLength: 12 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 0, max: 9 }),
        async (raw, withIds, cut, overlap) => {
          const payments = raw
            .map((p, index) => ({ ...p, id: `T${index}` }))
            .sort((a, b) => a.day - b.day);
          const port = new MemoryWorkbook(STATEMENT_BOOK);
          await importText(port, 'november.csv', statement(payments, withIds));
          const after = await statementLedger(port);

          // Again whole, then as two parts that overlap (each part holds whole days).
          const from = Math.max(1, cut - overlap);
          const early = payments.filter((p) => p.day <= cut);
          const late = payments.filter((p) => p.day >= from);
          const added = [
            await importText(port, 'november-again.csv', statement(payments, withIds)),
            await importText(port, 'november-1.csv', statement(early, withIds)),
            await importText(port, 'november-2.csv', statement(late, withIds)),
          ];

          expect(added).toEqual([0, 0, 0]);
          expect(await statementLedger(port)).toEqual(after);
        },
      ),
      { numRuns: 40 },
    );
  });
});
