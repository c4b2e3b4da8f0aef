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
import { clearRunInbox, latestRunReport, onRunReport } from '../../src/workbook/runInbox';
import type { RunReport } from '../../src/workbook/runInbox';
import type { SeedWorkbook } from '../contract/seed';
import { excelOverTwin } from '../adapters/excelTwinSubject';
import { SMALL_LEDGER } from '../workbook/receivables/receivablesFixtures';

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
      importStatement: false,
      refreshAging: false,
      checkCredit: false,
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
