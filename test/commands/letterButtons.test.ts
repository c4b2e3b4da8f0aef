/**
 * The Collections buttons (催款提醒, 导出函件, 对账函) and the Import statement button pressed
 * against the strict Excel twin, end to end through ExcelWorkbook and generateLetters: the inbox
 * gets a .zip of .docx letters, the letter log sheet is written, the cashier's sheet is never
 * written, the pane opens on its screen and every event completes exactly once.
 *
 * The workbook is the letters scenario as of 2026-12-03 (test/workbook/collections): 华东机电 is
 * due a level 2 reminder, 南方贸易 paid in full, 北辰科技 owes an invoice not yet due.
 */
import { unzipSync } from 'fflate';
import { RibbonActions } from '../../src/commands/ribbonActions';
import type { RibbonHost } from '../../src/commands/ribbonActions';
import type { RibbonAction } from '../../src/commands/ribbonButtons';
import { describeProblem } from '../../src/domain/messages';
import { LETTERS_SHEET } from '../../src/workbook/collections/letterLog';
import { TEMPLATES_SHEET, templatesTable } from '../../src/workbook/collections/templatesSheet';
import {
  clearRunInbox,
  latestRunReport,
  onRunReport,
  takeRunFile,
} from '../../src/workbook/runInbox';
import type { RunReport } from '../../src/workbook/runInbox';
import { excelOverTwin } from '../adapters/excelTwinSubject';
import type { TwinSubject } from '../adapters/excelTwinSubject';
import { AS_OF, COMPANY_VALUES, LEDGER } from '../workbook/collections/lettersWorkbook';

const CASHIER_SHEET = '2026应收';

interface Desk {
  readonly subject: TwinSubject;
  readonly actions: RibbonActions;
  readonly panes: { count: number };
  readonly reports: RunReport[];
}

async function desk(
  options: { selected?: readonly string[]; company?: boolean } = {},
): Promise<Desk> {
  const subject = excelOverTwin(LEDGER);
  if (options.company !== false) await subject.port.writeStoredValues(COMPANY_VALUES);
  const panes = { count: 0 };
  const host: RibbonHost = {
    port: subject.port,
    today: () => AS_OF,
    showTaskpane: () => {
      panes.count += 1;
      return Promise.resolve();
    },
    updateRibbon: () => Promise.resolve(),
    ...(options.selected ? { selectedTexts: () => Promise.resolve(options.selected ?? []) } : {}),
  };
  const reports: RunReport[] = [];
  onRunReport((report) => reports.push(report));
  return { subject, actions: new RibbonActions(host), panes, reports };
}

async function press(pressed: Desk, action: RibbonAction): Promise<number> {
  const event = { count: 0, completed: () => (event.count += 1) };
  await pressed.actions.press(action, event);
  return event.count;
}

function docxNames(bytes: Uint8Array): string[] {
  return Object.keys(unzipSync(bytes)).filter((name) => name.endsWith('.docx'));
}

function words(problem: { code: string } | undefined): string {
  return describeProblem(problem ?? { code: '' }, 'zh');
}

beforeEach(() => clearRunInbox());

describe('the Collections buttons over the Excel twin', () => {
  it.each([
    ['generateReminders', ['CD-2026-0001 上海华东机电有限公司 催款函.docx'], 'reminders'],
    ['exportLetters', ['CD-2026-0001 上海华东机电有限公司 催款函.docx'], 'reminders'],
    [
      'accountConfirmations',
      [
        'DZ-2026-0001 上海华东机电有限公司 对账函.docx',
        'DZ-2026-0002 北京北辰科技有限公司 对账函.docx',
      ],
      'statements',
    ],
  ] as const)(
    '%s posts a .zip of .docx letters, writes the log sheet and never the cashier sheet',
    async (action, letters, kind) => {
      const pressed = await desk();
      const before = pressed.subject.twin.dump().find((sheet) => sheet.name === CASHIER_SHEET);

      expect(await press(pressed, action)).toBe(1);

      const report = latestRunReport();
      expect(report).toMatchObject({ action, state: 'done', screen: 'letters' });
      expect(report?.outcome?.code).toBe(`commands.${kind}-done`);
      expect(report?.file?.mimeType).toBe('application/zip');
      expect(report?.file?.fileName).toBe(
        `${kind === 'statements' ? '对账函' : '催款函'}-2026-12-03.zip`,
      );
      expect(docxNames(report?.file?.bytes ?? new Uint8Array()).sort()).toEqual([...letters]);
      expect(takeRunFile()?.bytes).toBe(report?.file?.bytes);
      expect(pressed.panes.count).toBe(1);

      const dump = pressed.subject.twin.dump();
      const log = dump.find((sheet) => sheet.name === LETTERS_SHEET);
      expect(report?.sheets).toEqual([LETTERS_SHEET]);
      expect(log?.cells.slice(1).map((row) => row[0])).toEqual(
        letters.map((file) => file.split(' ')[0]),
      );
      expect(pressed.subject.twin.writtenSheets.has(CASHIER_SHEET)).toBe(false);
      expect(dump.find((sheet) => sheet.name === CASHIER_SHEET)).toEqual(before);
    },
  );

  it('reports progress while running and then the outcome in words', async () => {
    const pressed = await desk();
    await press(pressed, 'generateReminders');

    expect(pressed.reports[0]).toMatchObject({ state: 'running' });
    expect(pressed.reports.some((report) => report.progress !== undefined)).toBe(true);
    expect(words(latestRunReport()?.outcome)).toBe(
      '已生成 1 封催款函（截止日 2026-12-03），请在任务窗格中下载 催款函-2026-12-03.zip。',
    );
  });

  it('sends no second reminder within 14 days, saying so, with no file', async () => {
    const pressed = await desk();
    await press(pressed, 'generateReminders');
    takeRunFile();

    expect(await press(pressed, 'generateReminders')).toBe(1);
    const report = latestRunReport();
    expect(report).toMatchObject({ state: 'done', outcome: { code: 'commands.reminders-none' } });
    expect(report?.file).toBeUndefined();
    expect(takeRunFile()).toBeUndefined();
  });

  it('stops on a template problem, naming its sheet and row, and writes no letter', async () => {
    const pressed = await desk();
    await pressed.subject.port.writeOwnedTable({
      ...templatesTable(TEMPLATES_SHEET),
      rows: [['reminder-9', 'zh', '催款函\n{{客户名称}}']],
    });

    expect(await press(pressed, 'generateReminders')).toBe(1);
    const report = latestRunReport();
    expect(report).toMatchObject({ state: 'failed', screen: 'letters' });
    expect(report?.outcome?.code).toBe('commands.letters-stopped');
    expect(report?.file).toBeUndefined();
    expect(report?.notes.map((note) => words(note))).toEqual([
      expect.stringMatching(/^“函件模板”第 2 行：/),
    ]);
    expect(pressed.subject.twin.dump().some((sheet) => sheet.name === LETTERS_SHEET)).toBe(false);
    expect(pressed.panes.count).toBe(1);
  });

  it('says once, with the customer, that the bank account is missing', async () => {
    const pressed = await desk({ company: false });

    expect(await press(pressed, 'accountConfirmations')).toBe(1);
    const report = latestRunReport();
    expect(report).toMatchObject({
      state: 'failed',
      outcome: { code: 'commands.letters-stopped' },
    });
    expect(report?.notes.length).toBeGreaterThan(0);
    expect(words(report?.notes[0])).toMatch(/^上海华东机电有限公司：/);
  });
});

describe('the Export letters button and the selection', () => {
  it('writes to the selected customers only, and says why a selected one gets none', async () => {
    const pressed = await desk({ selected: ['北京北辰科技有限公司', '上海华东机电有限公司'] });
    await press(pressed, 'exportLetters');

    const report = latestRunReport();
    expect(docxNames(report?.file?.bytes ?? new Uint8Array())).toEqual([
      'CD-2026-0001 上海华东机电有限公司 催款函.docx',
    ]);
    expect(report?.notes.map((note) => note.code)).toEqual([
      'commands.selection-used',
      'commands.letter-not-due',
    ]);
    expect(words(report?.notes[0])).toBe('按所选单元格中的 2 位客户生成。');
    expect(words(report?.notes[1])).toMatch(/^北京北辰科技有限公司 今天不发催款函：/);
  });

  it('writes nothing when the one selected customer is not due', async () => {
    const pressed = await desk({ selected: ['北京北辰科技有限公司'] });
    await press(pressed, 'exportLetters');
    expect(latestRunReport()).toMatchObject({
      state: 'done',
      outcome: { code: 'commands.reminders-none', detail: { customers: 1 } },
    });
  });

  it('goes by every customer due a reminder when the selection names none', async () => {
    const pressed = await desk({ selected: ['金额', '2026年'] });
    await press(pressed, 'exportLetters');

    const report = latestRunReport();
    expect(report?.notes.map((note) => note.code)).toEqual(['commands.selection-not-customers']);
    expect(docxNames(report?.file?.bytes ?? new Uint8Array())).toHaveLength(1);
  });
});

describe('the Import statement button', () => {
  it('opens the pane on the statement import screen, writes nothing and completes once', async () => {
    const pressed = await desk();
    const writes = pressed.subject.twin.writes.length;

    expect(await press(pressed, 'importStatement')).toBe(1);
    expect(latestRunReport()).toMatchObject({
      action: 'importStatement',
      state: 'done',
      screen: 'statements',
      outcome: { code: 'commands.statements-open' },
    });
    expect(pressed.panes.count).toBe(1);
    expect(pressed.subject.twin.writes.length).toBe(writes);
  });
});

describe('the buttons’ rules', () => {
  it('enables the letters and statement buttons on a workbook with a ledger', async () => {
    const subject = excelOverTwin(LEDGER);
    const seen: ReadonlyMap<RibbonAction, boolean>[] = [];
    const actions = new RibbonActions({
      port: subject.port,
      today: () => AS_OF,
      showTaskpane: () => Promise.resolve(),
      updateRibbon: (enabled) => {
        seen.push(new Map(enabled));
        return Promise.resolve();
      },
    });
    await actions.refreshButtons();
    const enabled = seen[0];
    for (const action of [
      'generateReminders',
      'exportLetters',
      'accountConfirmations',
      'importStatement',
    ] as const) {
      expect(enabled?.get(action)).toBe(true);
    }
  });
});
