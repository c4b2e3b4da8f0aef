/**
 * What each ribbon button does, over a WorkbookPort and a small host (the task pane, the ribbon,
 * today's date), so tests run the real workflows against the Excel twin.
 *
 * Rules every action keeps:
 * - it checks the same canX rule that enables its button, and says why when it cannot run;
 * - one action runs at a time; while it runs, the workflow buttons are disabled (that, and the
 *   inbox's progress for an open task pane, is the progress Office lets a ribbon show);
 * - a run that wrote to the workbook appends its audit rows (审计记录) as the matching command
 *   does, built by the same record builders, once the workflow succeeded;
 * - its outcome goes to the run inbox (src/workbook/runInbox.ts) as codes, worded by the pane in
 *   the cashier's language; the pane is opened when there is something to read (a failure,
 *   rejected rows, renamed outputs, settings, a letters .zip to save, the statement import) and
 *   left closed after a clean structure, aging or credit run, whose owned sheets speak for
 *   themselves;
 * - event.completed() is called exactly once, whatever happens.
 */
import { addDays } from '../domain/isoDay';
import type { IsoDay } from '../domain/isoDay';
import { MESSAGES } from '../domain/messages';
import type { Problem } from '../domain/problem';
import {
  ageWorkbook,
  assessCredit,
  canAge,
  canAssessCredit,
  canRunReceivables,
} from '../workbook/receivables';
import type { ReceivablesOutcome } from '../workbook/receivables';
import { analysePayments, canAnalyse } from '../workbook/analysis';
import { recordRuns, structureRunRecord } from '../workbook/audit';
import type { RunRecord } from '../workbook/audit';
import { canGenerateLetters } from '../workbook/collections/canGenerateLetters';
import { postRunReport } from '../workbook/runInbox';
import type { PaneScreen, RunFile, RunReport } from '../workbook/runInbox';
import { readSettingsSheet } from '../workbook/settings/settingsSheet';
import { withStatementReceipts } from '../workbook/statements/statementReceipts';
import { structureWorkbook } from '../workbook/structure/structureWorkbook';
import { writeStructure } from '../workbook/structure/writeStructure';
import type { WorkbookFacts, WorkbookPort } from '../workbook/workbookPort';
import { runLetters } from './letterActions';
import type { LettersMode } from './letterActions';
import type { RibbonAction } from './ribbonButtons';
import { StoppedRun } from './stoppedRun';
import { runVerify } from './verifyAction';

/** What the actions need from Office, injected so tests can stand in for it. */
export interface RibbonHost {
  readonly port: WorkbookPort;
  /** Today in the cashier's calendar: the as-of date when the Settings sheet names none. */
  today(): IsoDay;
  /** The audit rows' time, ISO 8601; the computer's clock when absent. */
  now?(): string;
  showTaskpane(): Promise<void>;
  /** Texts of the selected cells (export letters goes by them); absent outside Excel. */
  selectedTexts?(): Promise<readonly string[]>;
  /** Absent where RibbonApi 1.1 is not supported: buttons then stay as the manifest sets them. */
  updateRibbon?(enabled: ReadonlyMap<RibbonAction, boolean>): Promise<void>;
}

/** The part of Office.AddinCommands.Event an action uses. */
export interface CommandEvent {
  completed(): void;
}

type Can = { readonly ok: true } | { readonly ok: false; readonly reason: Problem };

/** Structuring needs what the receivables runs need: a sheet of the cashier's with something in it. */
const canStructure: (facts: WorkbookFacts) => Can = canRunReceivables;

const ALWAYS: (facts: WorkbookFacts) => Can = () => ({ ok: true });

interface WiredAction {
  readonly can: (facts: WorkbookFacts) => Can;
  /** The pane's screen for this button's outcome, failed or not. */
  readonly screen?: PaneScreen;
  readonly run: (host: RibbonHost, report: Reporter) => Promise<Finished>;
}

interface Finished {
  readonly outcome: Problem;
  readonly notes: readonly Problem[];
  readonly sheets: readonly string[];
  readonly screen?: PaneScreen;
  /** Open the task pane even after a clean run (settings, a file to save). */
  readonly showPane?: boolean;
  /** The letters .zip for the pane to offer. */
  readonly file?: RunFile;
  /** Audit rows for what the run wrote; a run that wrote nothing has none. */
  readonly records?: readonly RunRecord[];
}

type Reporter = (done: number, total: number) => void;

/** Every button's rule and run: the type makes a button without a workflow a compile error. */
export const WIRED_ACTIONS: Readonly<Record<RibbonAction, WiredAction>> = {
  structureWorkbook: { can: canStructure, run: runStructure },
  // Verifying reads only; an empty workbook is worth checking too (it says what is missing).
  verifyWorkbook: { can: ALWAYS, run: runVerify, screen: 'overview' },
  importStatement: { can: canRunReceivables, run: runImportStatement, screen: 'statements' },
  refreshAging: { can: canAge, run: (host) => runReceivablesAction(host, 'aging', ageWorkbook) },
  checkCredit: {
    can: canAssessCredit,
    run: (host) => runReceivablesAction(host, 'credit', assessCredit),
  },
  analysePayments: { can: canAnalyse, run: runAnalysis },
  generateReminders: lettersAction('reminders'),
  exportLetters: lettersAction('selected'),
  accountConfirmations: lettersAction('statements'),
  openSettings: { can: ALWAYS, run: runSettings },
};

export class RibbonActions {
  private running: RibbonAction | undefined;

  constructor(private readonly host: RibbonHost) {}

  /** Runs one button's action and completes its event, whatever happens. */
  async press(action: RibbonAction, event: CommandEvent): Promise<void> {
    try {
      await this.run(action);
    } finally {
      event.completed();
    }
  }

  /** Sets every wired button from its canX rule (all off while an action runs). */
  async refreshButtons(): Promise<void> {
    if (!this.host.updateRibbon) return;
    const enabled = new Map<RibbonAction, boolean>();
    try {
      const facts = await this.host.port.describe();
      for (const [action, wired] of Object.entries(WIRED_ACTIONS) as [
        RibbonAction,
        WiredAction,
      ][]) {
        enabled.set(action, this.running === undefined && wired.can(facts).ok);
      }
      await this.host.updateRibbon(enabled);
    } catch {
      // The ribbon is a convenience: a failed update leaves buttons as they were, and every
      // action checks its rule again when pressed.
    }
  }

  private async run(action: RibbonAction): Promise<void> {
    const wired = WIRED_ACTIONS[action];
    if (this.running !== undefined) {
      this.post({
        action,
        state: 'failed',
        outcome: { code: 'commands.busy' },
        notes: [],
        sheets: [],
      });
      return;
    }

    this.running = action;
    // A failed run opens the pane where the button's work is done (Letters for the letters).
    const at = wired.screen === undefined ? {} : { screen: wired.screen };
    let report: RunReport;
    let showPane = false;
    try {
      const can = wired.can(await this.host.port.describe());
      if (!can.ok) {
        report = { action, state: 'failed', outcome: can.reason, notes: [], sheets: [], ...at };
      } else {
        this.post({ action, state: 'running', notes: [], sheets: [] });
        await this.refreshButtons();
        const finished = await wired.run(this.host, (done, total) =>
          this.post({ action, state: 'running', notes: [], sheets: [], progress: { done, total } }),
        );
        const { showPane: wanted, records, ...rest } = finished;
        if (records !== undefined && records.length > 0) {
          await recordRuns(this.host.port, records);
        }
        report = { action, state: 'done', ...rest };
        showPane = wanted === true;
      }
    } catch (error) {
      const notes = error instanceof StoppedRun ? error.notes : [];
      report = { action, state: 'failed', outcome: problemOf(error), notes, sheets: [], ...at };
    } finally {
      this.running = undefined;
    }

    this.post(report);
    await this.refreshButtons();
    if (showPane || report.state === 'failed' || report.notes.length > 0) {
      await this.host.showTaskpane().catch(() => undefined);
    }
  }

  private post(report: RunReport): void {
    postRunReport(report);
  }
}

async function runStructure(host: RibbonHost, progress: Reporter): Promise<Finished> {
  const result = await structureWorkbook(host.port, { onProgress: progress });
  // 台账 keeps the receipts statement imports brought in; the report counts the cashier's rows.
  const written = await writeStructure(host.port, await withStatementReceipts(host.port, result));
  const report = result.report;

  const notes: Problem[] = [...report.problems, ...written.problems];
  if (report.rejected > 0)
    notes.push({ code: 'commands.rows-rejected', detail: { count: report.rejected } });
  if (result.mergeProposals.length > 0) {
    notes.push({
      code: 'commands.merges-proposed',
      detail: { count: result.mergeProposals.length },
    });
  }
  return {
    records: [structureRunRecord(runTime(host), 'structure', result)],
    outcome: {
      code: 'commands.structure-done',
      detail: {
        imported: report.imported,
        skipped: report.skipped,
        rejected: report.rejected,
        customers: result.customers.length,
      },
    },
    notes,
    sheets: [written.customers, written.ledger, written.report],
    screen: 'import',
  };
}

async function runReceivablesAction(
  host: RibbonHost,
  action: 'aging' | 'credit',
  workflow: (port: WorkbookPort, options: { asOf?: IsoDay }) => Promise<ReceivablesOutcome>,
): Promise<Finished> {
  // The Settings sheet's as-of date wins; without one, the ribbon ages as of today.
  const settings = await readSettingsSheet(host.port);
  const asOf = settings.settings.asOf ?? host.today();
  const outcome = await workflow(host.port, { asOf });
  if (!outcome.ok) throw new StoppedRun(outcome.problem);

  const sheets = Object.values(outcome.written).filter(
    (name): name is string => name !== undefined,
  );
  return {
    records: [
      structureRunRecord(runTime(host), action, outcome.structure, `as of ${outcome.asOf}`),
    ],
    outcome: {
      code: 'commands.receivables-done',
      detail: { asOf: outcome.asOf, sheets: sheets.join('、') },
    },
    notes: [...outcome.problems, ...outcome.structureSheets.problems],
    sheets,
    screen: 'overview',
  };
}

/**
 * Payment analysis: the 分析, 回款预测 and 回款计划 sheets as of the same date the aging button
 * uses, so the predictions and the aging sheets agree. A clean run leaves the pane closed, as
 * aging does: the sheets speak for themselves.
 */
async function runAnalysis(host: RibbonHost): Promise<Finished> {
  const settings = await readSettingsSheet(host.port);
  const asOf = settings.settings.asOf ?? host.today();
  const outcome = await analysePayments(host.port, { asOf });
  if (!outcome.ok) throw new StoppedRun(outcome.problem);

  const sheets = [outcome.written.metrics, outcome.written.predictions, outcome.written.cashPlan];
  const predicted = outcome.figures.currencies.reduce(
    (count, currency) => count + currency.predictions.length,
    0,
  );
  // The command line's counterpart is `cashier-desk predict`, so the row reads as its row does.
  const { structure } = outcome.receivables;
  return {
    records: [
      structureRunRecord(runTime(host), 'predict', structure, `as of ${outcome.figures.asOf}`),
    ],
    outcome: {
      code: 'commands.analysis-done',
      detail: { asOf: outcome.figures.asOf, predicted, sheets: sheets.join('、') },
    },
    notes: [...outcome.problems, ...outcome.receivables.structureSheets.problems],
    sheets,
    screen: 'overview',
  };
}

/** A Collections button: the letters run, then the pane on Letters with the .zip to save. */
function lettersAction(mode: LettersMode): WiredAction {
  return {
    can: canGenerateLetters,
    screen: 'letters',
    run: async (host, progress) => {
      const finished = await runLetters(host, mode, progress, runTime(host));
      return { ...finished, screen: 'letters', showPane: true };
    },
  };
}

// An add-in cannot show a file dialog from the ribbon, so the button opens the pane's import
// screen, where the cashier picks the statement file.
function runImportStatement(): Promise<Finished> {
  return Promise.resolve({
    outcome: { code: 'commands.statements-open' },
    notes: [],
    sheets: [],
    screen: 'statements',
    showPane: true,
  });
}

async function runSettings(host: RibbonHost): Promise<Finished> {
  const read = await readSettingsSheet(host.port);
  return {
    outcome: read.created
      ? { code: 'settings.sheet-created', detail: { sheet: read.sheet } }
      : { code: 'commands.settings-open', detail: { sheet: read.sheet } },
    notes: read.problems.map((issue) => issue.problem),
    sheets: [read.sheet],
    screen: 'settings',
    showPane: true,
  };
}

/** A thrown error as a problem: its own words when it has a known code, else a bug. */
function problemOf(error: unknown): Problem {
  if (error instanceof StoppedRun) return error.problem;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code in MESSAGES) return { code };
  return {
    code: 'commands.unexpected',
    detail: { code: typeof code === 'string' ? code : 'unknown' },
  };
}

/** When a run happened, for its audit rows. */
function runTime(host: RibbonHost): string {
  return host.now ? host.now() : new Date().toISOString();
}

/** Today in local time, as the cashier's calendar shows it. */
export function localToday(now: Date = new Date()): IsoDay {
  const utc = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  return addDays('1970-01-01' as IsoDay, Math.round(utc / 86_400_000));
}
