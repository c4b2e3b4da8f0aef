/**
 * Pressing the ribbon's buttons against the strict Excel twin, end to end through ExcelWorkbook:
 * the real workflows run, the owned sheets appear, the cashier's sheets stay as they were, the
 * outcome reaches the run inbox and every event is completed exactly once.
 */
import type { IsoDay } from '../../src/domain/isoDay';
import { describeProblem } from '../../src/domain/messages';
import { RibbonActions, localToday } from '../../src/commands/ribbonActions';
import type { RibbonHost } from '../../src/commands/ribbonActions';
import { RIBBON_BUTTONS, ribbonUpdate } from '../../src/commands/ribbonButtons';
import type { RibbonAction } from '../../src/commands/ribbonButtons';
import { DESK_SHEET } from '../../src/adapters/excel/cashierDesk';
import { AUDIT_SHEET } from '../../src/workbook/audit';
import { clearRunInbox, latestRunReport, onRunReport } from '../../src/workbook/runInbox';
import type { RunReport } from '../../src/workbook/runInbox';
import type { SeedWorkbook } from '../contract/seed';
import { excelOverTwin } from '../adapters/excelTwinSubject';
import { SMALL_LEDGER } from '../workbook/receivables/receivablesFixtures';
import {
  DEFAULT_WORKBOOK_SETTINGS,
  SETTINGS_SHEET,
  settingsTable,
} from '../../src/workbook/settings';

interface Pressed {
  readonly host: RibbonHost;
  readonly actions: RibbonActions;
  readonly panes: { count: number };
  readonly ribbon: ReadonlyMap<RibbonAction, boolean>[];
  readonly reports: RunReport[];
  readonly dump: () => Promise<readonly { name: string; cells: readonly (readonly unknown[])[] }[]>;
}

function desk(seed: SeedWorkbook, ribbonApi = true): Pressed {
  const subject = excelOverTwin(seed);
  const panes = { count: 0 };
  const ribbon: ReadonlyMap<RibbonAction, boolean>[] = [];
  const host: RibbonHost = {
    port: subject.port,
    today: () => '2024-03-31' as IsoDay,
    showTaskpane: () => {
      panes.count += 1;
      return Promise.resolve();
    },
    ...(ribbonApi
      ? {
          updateRibbon: (enabled: ReadonlyMap<RibbonAction, boolean>) => {
            ribbon.push(new Map(enabled));
            return Promise.resolve();
          },
        }
      : {}),
  };
  const reports: RunReport[] = [];
  onRunReport((report) => reports.push(report));
  return { host, actions: new RibbonActions(host), panes, ribbon, reports, dump: subject.dump };
}

function countingEvent(): { completed: () => void; count: number } {
  const event = {
    count: 0,
    completed: () => {
      event.count += 1;
    },
  };
  return event;
}

beforeEach(() => clearRunInbox());

describe('the Structure workbook button', () => {
  it('writes the owned sheets, leaves the cashier sheet untouched and completes once', async () => {
    const pressed = desk(SMALL_LEDGER);
    const before = (await pressed.dump()).find((sheet) => sheet.name === 'Ledger');
    const event = countingEvent();

    await pressed.actions.press('structureWorkbook', event);

    const after = await pressed.dump();
    expect(after.map((sheet) => sheet.name)).toEqual(
      expect.arrayContaining(['Ledger', '客户档案', '台账', '导入报告']),
    );
    expect(after.find((sheet) => sheet.name === 'Ledger')?.cells).toEqual(before?.cells);
    expect(event.count).toBe(1);

    const report = latestRunReport();
    expect(report).toMatchObject({ action: 'structureWorkbook', state: 'done', screen: 'import' });
    expect(report?.sheets).toEqual(['客户档案', '台账', '导入报告']);
    expect(describeProblem(report?.outcome ?? { code: '' }, 'zh')).toBe(
      '整理完成：导入 6 行，跳过 1 行，拒绝 0 行，共 3 位客户。',
    );
  });

  it('reports progress while running and disables the buttons until it is done', async () => {
    const pressed = desk(SMALL_LEDGER);
    await pressed.actions.press('structureWorkbook', countingEvent());

    expect(pressed.reports[0]?.state).toBe('running');
    expect(pressed.reports.at(-1)?.state).toBe('done');
    const during = pressed.ribbon.at(-2);
    const afterwards = pressed.ribbon.at(-1);
    expect([...(during?.values() ?? [])].every((on) => !on)).toBe(true);
    expect(afterwards?.get('structureWorkbook')).toBe(true);
  });

  it('says why it cannot run on a workbook with none of the cashier sheets, and still completes', async () => {
    const pressed = desk({ sheets: [{ name: 'Sheet1', cells: [] }] });
    const event = countingEvent();

    await pressed.actions.press('structureWorkbook', event);

    expect(event.count).toBe(1);
    expect(latestRunReport()).toMatchObject({
      state: 'failed',
      outcome: { code: 'workflow.no-cashier-sheets' },
    });
    expect(pressed.panes.count).toBe(1);
    expect((await pressed.dump()).map((sheet) => sheet.name)).toEqual(['Sheet1']);
  });
});

describe('setting the buttons from their rules', () => {
  it('disables the workflow buttons of an empty workbook and leaves Settings on', async () => {
    const pressed = desk({ sheets: [{ name: 'Sheet1', cells: [] }] });
    await pressed.actions.refreshButtons();

    expect(Object.fromEntries(pressed.ribbon[0] ?? [])).toEqual({
      structureWorkbook: false,
      verifyWorkbook: true,
      importStatement: false,
      refreshAging: false,
      checkCredit: false,
      analysePayments: false,
      generateReminders: false,
      exportLetters: false,
      accountConfirmations: false,
      openSettings: true,
    });
  });

  it('asks Office for the update grouped as the manifest groups the buttons', () => {
    const update = ribbonUpdate(
      new Map([
        ['refreshAging', false],
        ['checkCredit', true],
      ]),
    );
    expect(update).toEqual({
      tabs: [
        {
          id: 'Cashier.Tab',
          groups: [
            {
              id: RIBBON_BUTTONS.refreshAging.group,
              controls: [
                { id: 'Cashier.RefreshAging', enabled: false },
                { id: 'Cashier.CheckCredit', enabled: true },
              ],
            },
          ],
        },
      ],
    });
  });

  it('runs without ribbon updates where RibbonApi 1.1 is missing', async () => {
    const pressed = desk(SMALL_LEDGER, false);
    await pressed.actions.press('structureWorkbook', countingEvent());
    expect(pressed.ribbon).toEqual([]);
    expect(latestRunReport()?.state).toBe('done');
  });
});

describe('the Refresh aging and Credit check buttons', () => {
  it('ages as of today when the Settings sheet names no date, writing the aging sheets', async () => {
    const pressed = desk(SMALL_LEDGER);
    const event = countingEvent();
    await pressed.actions.press('refreshAging', event);

    expect(event.count).toBe(1);
    const report = latestRunReport();
    expect(report).toMatchObject({ action: 'refreshAging', state: 'done' });
    expect(report?.outcome?.detail?.asOf).toBe('2024-03-31');
    const names = (await pressed.dump()).map((sheet) => sheet.name);
    expect(names).toEqual(expect.arrayContaining(report?.sheets ?? []));
    expect(report?.sheets.length).toBeGreaterThan(0);
  });

  it('writes the credit sheet', async () => {
    const pressed = desk(SMALL_LEDGER);
    await pressed.actions.press('checkCredit', countingEvent());
    expect(latestRunReport()).toMatchObject({ action: 'checkCredit', state: 'done' });
  });
});

describe('the Verify workbook button', () => {
  it('checks the structured sheets, changes nothing and opens the pane on the summary', async () => {
    const pressed = desk(SMALL_LEDGER);
    await pressed.actions.press('structureWorkbook', countingEvent());
    const before = await pressed.dump();
    const event = countingEvent();

    await pressed.actions.press('verifyWorkbook', event);

    expect(event.count).toBe(1);
    const report = latestRunReport();
    expect(report).toMatchObject({
      action: 'verifyWorkbook',
      state: 'done',
      screen: 'overview',
      outcome: { code: 'verify.summary', detail: { findings: 0, ledgerRows: 6 } },
      sheets: [],
    });
    expect(await pressed.dump()).toEqual(before);
    expect(pressed.panes.count).toBe(1);
  });
});

describe('the Payment analysis button', () => {
  const ANALYSIS = ['分析 Analysis', '回款预测 Predictions', '回款计划 Cash plan'];

  it('writes the three analysis sheets as of today, leaves the cashier sheet and the pane alone', async () => {
    const pressed = desk(SMALL_LEDGER);
    const before = (await pressed.dump()).find((sheet) => sheet.name === 'Ledger');
    const event = countingEvent();

    await pressed.actions.press('analysePayments', event);

    expect(event.count).toBe(1);
    const report = latestRunReport();
    expect(report).toMatchObject({ action: 'analysePayments', state: 'done', screen: 'overview' });
    expect(report?.notes).toEqual([]);
    expect(report?.sheets).toEqual(ANALYSIS);
    // Open on 2024-03-31: INV-1's unpaid half, INV-2 and INV-9; INV-3 is dated after it.
    expect(describeProblem(report?.outcome ?? { code: '' }, 'zh')).toBe(
      '已按截止日 2024-03-31 分析回款：3 笔未结款项已预测回款日期，见 分析 Analysis、回款预测 Predictions、回款计划 Cash plan。',
    );
    const after = await pressed.dump();
    expect(after.map((sheet) => sheet.name)).toEqual(expect.arrayContaining(ANALYSIS));
    expect(after.find((sheet) => sheet.name === 'Ledger')?.cells).toEqual(before?.cells);
    const predictions = after.find((sheet) => sheet.name === '回款预测 Predictions');
    expect(predictions?.cells.length).toBe(1 + 3);
    expect(pressed.panes.count).toBe(0);
  });

  it('analyses as of the date the Settings sheet names', async () => {
    const pressed = desk(SMALL_LEDGER);
    await pressed.host.port.writeOwnedTable(
      settingsTable(SETTINGS_SHEET, { ...DEFAULT_WORKBOOK_SETTINGS, asOf: '2024-03-10' as IsoDay }),
    );

    await pressed.actions.press('analysePayments', countingEvent());

    expect(latestRunReport()?.outcome?.detail).toMatchObject({ asOf: '2024-03-10', predicted: 2 });
  });

  it('replaces its own sheets when pressed again instead of adding new ones', async () => {
    const pressed = desk(SMALL_LEDGER);
    // The trail and its head in the hidden store sheet grow by a row with every press.
    const apartFromTrail = async () =>
      (await pressed.dump()).map((sheet) =>
        sheet.name === AUDIT_SHEET || sheet.name === DESK_SHEET ? sheet.name : sheet,
      );
    await pressed.actions.press('analysePayments', countingEvent());
    const first = await apartFromTrail();

    await pressed.actions.press('analysePayments', countingEvent());

    expect(await apartFromTrail()).toEqual(first);
    // The trail is the history: one row per press.
    const trail = (await pressed.dump()).find((sheet) => sheet.name === AUDIT_SHEET);
    expect(trail?.cells.slice(1).map((row) => row[2])).toEqual(['predict', 'predict']);
  });

  it('writes beside a cashier sheet that has the name it wants, and says so in the pane', async () => {
    const pressed = desk({
      sheets: [...SMALL_LEDGER.sheets, { name: '分析 Analysis', cells: [['我的笔记']] }],
    });

    await pressed.actions.press('analysePayments', countingEvent());

    const report = latestRunReport();
    expect(report?.state).toBe('done');
    expect(report?.notes).toEqual([
      {
        code: 'structure.output-sheet-renamed',
        detail: { wanted: '分析 Analysis', used: report?.sheets[0] },
      },
    ]);
    expect(report?.sheets[0]).not.toBe('分析 Analysis');
    const mine = (await pressed.dump()).find((sheet) => sheet.name === '分析 Analysis');
    expect(mine?.cells).toEqual([['我的笔记']]);
    expect(pressed.panes.count).toBe(1);
  });

  it('says why it cannot run on a workbook with none of the cashier sheets, and writes nothing', async () => {
    const pressed = desk({ sheets: [{ name: 'Sheet1', cells: [] }] });
    const event = countingEvent();

    await pressed.actions.press('analysePayments', event);

    expect(event.count).toBe(1);
    expect(latestRunReport()).toMatchObject({
      action: 'analysePayments',
      state: 'failed',
      outcome: { code: 'workflow.no-cashier-sheets' },
    });
    expect(pressed.panes.count).toBe(1);
    expect((await pressed.dump()).map((sheet) => sheet.name)).toEqual(['Sheet1']);
  });
});

describe('the Settings button', () => {
  it('creates the Settings sheet and opens the task pane on its screen', async () => {
    const pressed = desk(SMALL_LEDGER);
    await pressed.actions.press('openSettings', countingEvent());
    expect(latestRunReport()).toMatchObject({ state: 'done', screen: 'settings' });
    expect(pressed.panes.count).toBe(1);
  });

  it('completes the event even when Excel fails underneath', async () => {
    const pressed = desk(SMALL_LEDGER);
    const broken: RibbonHost = {
      ...pressed.host,
      port: { ...pressed.host.port, describe: () => Promise.reject(new Error('boom')) },
    };
    const event = countingEvent();
    await new RibbonActions(broken).press('structureWorkbook', event);
    expect(event.count).toBe(1);
    expect(latestRunReport()?.outcome).toEqual({
      code: 'commands.unexpected',
      detail: { code: 'unknown' },
    });
  });
});

describe('today for the ribbon', () => {
  it('is the local calendar day', () => {
    expect(localToday(new Date(2024, 2, 31, 23, 59))).toBe('2024-03-31');
    expect(localToday(new Date(2024, 0, 1, 0, 0))).toBe('2024-01-01');
  });
});
