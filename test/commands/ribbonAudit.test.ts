/**
 * The ribbon's runs on the audit trail, over the strict Excel twin: every button that writes
 * leaves the row its command writes (the same action, fingerprint, rows, amounts and result as
 * `cashier-desk` gives on the same workbook), buttons that only read or fail leave none, and
 * verify finds nothing afterwards.
 */
import { openXlsx } from '../../src/adapters/xlsx';
import { main } from '../../src/cli/main';
import { RibbonActions } from '../../src/commands/ribbonActions';
import type { RibbonHost } from '../../src/commands/ribbonActions';
import type { RibbonAction } from '../../src/commands/ribbonButtons';
import type { IsoDay } from '../../src/domain/isoDay';
import { AUDIT_SHEET, readAuditRows, verifyWorkbook } from '../../src/workbook/audit';
import type { WorkbookPort } from '../../src/workbook/workbookPort';
import { clearRunInbox, latestRunReport } from '../../src/workbook/runInbox';
import type { SeedWorkbook } from '../contract/seed';
import { seedToXlsx } from '../support/seedXlsx';
import { excelOverTwin } from '../adapters/excelTwinSubject';
import { AS_OF, COMPANY_VALUES, LEDGER } from '../workbook/collections/lettersWorkbook';
import { SMALL_LEDGER } from '../workbook/receivables/receivablesFixtures';
import { memoryCliIo } from '../support/memoryCliIo';
import { comparableTrail } from '../support/comparableTrail';

const NOW = '2026-12-04T09:30:00.000Z';

function ribbon(seed: SeedWorkbook, today: IsoDay): { port: WorkbookPort; actions: RibbonActions } {
  const { port } = excelOverTwin(seed);
  const host: RibbonHost = {
    port,
    today: () => today,
    now: () => NOW,
    showTaskpane: () => Promise.resolve(),
  };
  return { port, actions: new RibbonActions(host) };
}

async function press(actions: RibbonActions, action: RibbonAction): Promise<void> {
  await actions.press(action, { completed: () => undefined });
  expect([action, latestRunReport()?.state]).toEqual([action, 'done']);
}

const trail = comparableTrail;

/** Runs one command on the seed as an .xlsx and returns the trail of the workbook it saved. */
async function commandTrail(seed: SeedWorkbook, args: readonly string[]) {
  const files = new Map<string, Uint8Array | string>([['in.xlsx', await seedToXlsx(seed)]]);
  const io = memoryCliIo(files);
  await main([args[0] ?? '', 'in.xlsx', ...args.slice(1), '-o', 'out.xlsx'], io);
  return trail(await openXlsx(files.get('out.xlsx') as Uint8Array));
}

beforeEach(() => clearRunInbox());

describe('ribbon runs on the audit trail', () => {
  it('structure, aging, credit and payment analysis each append the row their command appends', async () => {
    const { port, actions } = ribbon(SMALL_LEDGER, '2024-03-31' as IsoDay);

    for (const action of ['structureWorkbook', 'refreshAging', 'checkCredit', 'analysePayments']) {
      await press(actions, action as RibbonAction);
    }

    const rows = await trail(port);
    expect(rows.map((row) => [row.action, row.result])).toEqual([
      ['structure', 'imported 6, skipped 1, rejected 0'],
      ['aging', 'as of 2024-03-31'],
      ['credit', 'as of 2024-03-31'],
      ['predict', 'as of 2024-03-31'],
    ]);
    expect((await readAuditRows(port, AUDIT_SHEET)).every((row) => row.time === NOW)).toBe(true);

    const asOf = ['--as-of', '2024-03-31'];
    expect(rows[0]).toEqual((await commandTrail(SMALL_LEDGER, ['structure']))[0]);
    expect(rows[1]).toEqual((await commandTrail(SMALL_LEDGER, ['aging', ...asOf]))[0]);
    expect(rows[3]).toEqual((await commandTrail(SMALL_LEDGER, ['predict', ...asOf]))[0]);
    // There is no credit command; its row reads as aging's, with its own action.
    expect({ ...rows[2], action: 'aging' }).toEqual(rows[1]);

    const verified = await verifyWorkbook(port);
    expect(verified.findings).toEqual([]);
    expect(verified.auditRows).toBe(4);
  });

  it('a reminders run appends the run and one row per letter, and the workbook verifies clean', async () => {
    const { port } = excelOverTwin(LEDGER);
    await port.writeStoredValues(COMPANY_VALUES);
    const actions = new RibbonActions({
      port,
      today: () => AS_OF,
      now: () => NOW,
      showTaskpane: () => Promise.resolve(),
    });

    await press(actions, 'generateReminders');

    const rows = await trail(port);
    expect(rows.map((row) => row.action)).toEqual(['letters', 'letter']);
    expect(rows[0]).toMatchObject({ rowsOut: 1, result: '1 letters, 0 problems' });
    expect(rows[1]?.result).toMatch(/^CD-2026-0001 reminder-2 level 2 上海华东机电有限公司 /);
    expect(rows[1]?.amountsOut).toBe(rows[0]?.amountsOut);
    expect((await verifyWorkbook(port)).findings).toEqual([]);
  });

  it('verify, settings and a run that cannot start leave no row', async () => {
    const { port, actions } = ribbon(SMALL_LEDGER, '2024-03-31' as IsoDay);
    await press(actions, 'verifyWorkbook');
    await press(actions, 'openSettings');
    expect((await port.describe()).sheets.map((sheet) => sheet.name)).not.toContain(AUDIT_SHEET);

    const empty = ribbon({ sheets: [{ name: 'Sheet1', cells: [] }] }, '2024-03-31' as IsoDay);
    await empty.actions.press('analysePayments', { completed: () => undefined });
    expect(latestRunReport()?.state).toBe('failed');
    expect((await empty.port.describe()).sheets.map((sheet) => sheet.name)).toEqual(['Sheet1']);
  });
});
