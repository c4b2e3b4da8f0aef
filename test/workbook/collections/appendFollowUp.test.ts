/**
 * Adding a follow-up from the task pane: the row goes last on the owned Follow-ups sheet (made on
 * the spot when missing), the rows before it read back as they were typed, and the cashier's own
 * sheets, one named 跟进记录 among them, hash the same before and after.
 */
import type { FollowUpEntry } from '../../../src/domain/collections/collectionsInput';
import type { IsoDay } from '../../../src/domain/isoDay';
import type { Fen } from '../../../src/domain/money';
import { appendFollowUp } from '../../../src/workbook/collections/appendFollowUp';
import {
  FOLLOW_UPS_SHEET,
  readFollowUpsSheet,
} from '../../../src/workbook/collections/followUpsSheet';
import { structureWorkbook } from '../../../src/workbook/structure/structureWorkbook';
import { cashierHash, cashierNotesSheet } from '../receivables/receivablesFixtures';
import { LEDGER, openLedger, reopen } from './lettersWorkbook';

const CALLED: FollowUpEntry = {
  customerId: 'C0001',
  date: '2026-11-28' as IsoDay,
  channel: 'phone',
  said: '下周付一半',
  promisedDate: '2026-12-05' as IsoDay,
  promisedAmount: 100000 as Fen,
};

const VISITED: FollowUpEntry = {
  customerId: 'C0001',
  date: '2026-12-02' as IsoDay,
  channel: 'visit',
  said: '=已确认付款计划',
  nextAction: '12月5日再打电话',
};

describe('adding a follow-up', () => {
  it("appends after the rows already there and leaves the cashier's sheets as they were", async () => {
    const port = await openLedger({
      sheets: [...LEDGER.sheets, cashierNotesSheet(FOLLOW_UPS_SHEET)],
    });
    const { customers } = await structureWorkbook(port);
    const before = await cashierHash(port);

    const sheet = await appendFollowUp(port, CALLED, customers, 'zh');
    const again = await appendFollowUp(port, VISITED, customers, 'en');
    const saved = await reopen(port);

    expect(sheet).not.toBe(FOLLOW_UPS_SHEET);
    expect(again).toBe(sheet);
    const read = await readFollowUpsSheet(saved, await saved.describe(), customers);
    expect(read.problems).toEqual([]);
    expect(read.followUps).toEqual([CALLED, VISITED]);
    expect(await cashierHash(saved)).toBe(before);
  });
});
