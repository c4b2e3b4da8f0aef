/**
 * The pane's shared state: the workbook host, what the last import or refresh found, the
 * settings and logs stored in the workbook, the as-of date, and the one long task that may be
 * running. Screens read it with useDesk() and call its actions; every action reports failure in
 * words and never throws at the screen.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { ReactElement, ReactNode } from 'react';
import type { FollowUpEntry } from '../../domain/collections/collectionsInput';
import type { IsoDay } from '../../domain/isoDay';
import type { LedgerEntry } from '../../domain/ledger';
import { InvalidArgumentError } from '../../domain/problem';
import type { Outcome, Problem } from '../../domain/problem';
import type { LoggedLetter } from '../../workbook/collections/letterLog';
import { latestRunReport, onRunReport } from '../../workbook/runInbox';
import type { RunReport } from '../../workbook/runInbox';
import type { ConfirmedMatch, MatchConfirmation } from '../../workbook/statements/confirmMatch';
import { readMatchRecords } from '../../workbook/statements/matchesSheet';
import type { MatchRecord } from '../../workbook/statements/matchesSheet';
import type { StatementMatchResult } from '../../workbook/statements/matchStatements';
import { readStatement } from '../../workbook/statements/readStatement';
import type { StatementRead } from '../../workbook/statements/statementTypes';
import { structureWorkbook } from '../../workbook/structure/structureWorkbook';
import type { StructureOptions, StructureResult } from '../../workbook/structure/structureTypes';
import type { WorkbookPort } from '../../workbook/workbookPort';
import { today } from '../format';
import type { WorkbookHost } from '../host/workbookHost';
import { errorWords, isCancelled, problemWords } from '../problemWords';
import { words } from '../strings';
import type { PaneLanguage, WordKey } from '../strings';
import { addFollowUpRow, logLetterRows, readCollectionsLog } from './collectionsLog';
import type { CollectionsLog, LetterBatchCounts } from './collectionsLog';
import { deskFigures } from './deskFigures';
import {
  confirmStatementLine,
  importCashierSheets,
  importStatementFiles,
  withStatementEntries,
} from './deskRuns';
import type { DeskFigures } from './deskFigures';
import { DEFAULT_DESK_SETTINGS, loadSettings, saveSettings } from './deskSettings';
import type { DeskSettings } from './deskSettings';

export interface RunningTask {
  readonly label: string;
  readonly done: number;
  readonly total: number;
}

export interface Notice {
  readonly intent: 'error' | 'success' | 'info';
  readonly text: string;
}

export type Progress = (done: number, total: number) => void;

export interface Desk {
  readonly host: WorkbookHost;
  readonly language: PaneLanguage;
  readonly t: (key: WordKey) => string;
  /** Bumped whenever the workbook behind the pane changes (a file opened, an import written). */
  readonly workbookVersion: number;
  /** The structured workbook, its entries with every statement receipt the Matches sheet holds. */
  readonly structure?: StructureResult;
  readonly settings: DeskSettings;
  readonly followUps: readonly FollowUpEntry[];
  readonly letterLog: readonly LoggedLetter[];
  /** Letter numbers already given out (the stored log's and the Letters sheet's). */
  readonly letterNumbersTaken: readonly { readonly number: string }[];
  /** Every row of the 收款匹配 Matches sheet, as last read or written. */
  readonly matchRecords: readonly MatchRecord[];
  /** The ledger without statement receipts: what statement matching starts from. */
  readonly cashierEntries: readonly LedgerEntry[];
  /** The latest outcome a ribbon command posted to the run inbox. */
  readonly runReport?: RunReport;
  readonly asOf: IsoDay;
  readonly figures?: DeskFigures;
  readonly task?: RunningTask;
  readonly notice?: Notice;
  /** Problems with stored settings or logs found at the last refresh, in words. */
  readonly storeProblems: readonly string[];

  setAsOf(day: IsoDay): void;
  setNotice(notice: Notice | undefined): void;
  describe(problem: Problem): string;
  cancel(): void;
  /** Runs long work with a progress bar and a cancel button; failures become the notice. */
  run<T>(
    label: WordKey,
    work: (port: WorkbookPort, signal: AbortSignal, progress: Progress) => Promise<T>,
  ): Promise<T | undefined>;
  openFile(file: File): Promise<void>;
  refresh(): Promise<void>;
  importWorkbook(options: StructureOptions): Promise<StructureResult | undefined>;
  storeSettings(settings: DeskSettings): Promise<boolean>;
  addFollowUp(entry: FollowUpEntry): Promise<boolean>;
  /** Logs and records written letters; `counts` says how many were chosen and failed. */
  logLetters(letters: readonly LoggedLetter[], counts?: LetterBatchCounts): Promise<void>;
  /** Reads statement files and matches them against the workbook, writing Matches and 台账. */
  importStatements(
    files: readonly { name: string; bytes: Uint8Array }[],
  ): Promise<{ reads: readonly StatementRead[]; result: StatementMatchResult } | undefined>;
  /** Settles a line waiting for review; a bad choice comes back as its Problem. */
  confirmLine(confirmation: MatchConfirmation): Promise<Outcome<ConfirmedMatch> | undefined>;
  dismissRunReport(): void;
}

const DeskContext = createContext<Desk | undefined>(undefined);

export function useDesk(): Desk {
  const desk = useContext(DeskContext);
  if (!desk)
    throw new InvalidArgumentError('useDesk() is only for components inside <DeskProvider>');
  return desk;
}

export interface DeskProviderProps {
  readonly host: WorkbookHost;
  readonly language: PaneLanguage;
  readonly initialAsOf?: IsoDay;
  readonly children: ReactNode;
}

export function DeskProvider({
  host,
  language,
  initialAsOf,
  children,
}: DeskProviderProps): ReactElement {
  const t = useMemo(() => words(language), [language]);
  const [workbookVersion, setWorkbookVersion] = useState(0);
  const [structure, setStructure] = useState<StructureResult>();
  const [settings, setSettings] = useState<DeskSettings>(DEFAULT_DESK_SETTINGS);
  const [followUps, setFollowUps] = useState<readonly FollowUpEntry[]>([]);
  const [letterLog, setLetterLog] = useState<readonly LoggedLetter[]>([]);
  const [numbersTaken, setNumbersTaken] = useState<readonly { number: string }[]>([]);
  const [matchRecords, setMatchRecords] = useState<readonly MatchRecord[]>([]);
  const [cashierEntries, setCashierEntries] = useState<readonly LedgerEntry[]>([]);
  const [runReport, setRunReport] = useState<RunReport | undefined>(() => latestRunReport());
  const [logProblems, setLogProblems] = useState<readonly string[]>([]);
  const [asOf, setAsOf] = useState<IsoDay>(initialAsOf ?? today());
  const [task, setTask] = useState<RunningTask>();
  const [notice, setNotice] = useState<Notice>();
  const [settingsProblems, setSettingsProblems] = useState<readonly string[]>([]);
  const controller = useRef<AbortController | undefined>(undefined);

  const describe = useCallback((problem: Problem) => problemWords(problem, language), [language]);

  const run = useCallback(
    async <T,>(
      label: WordKey,
      work: (port: WorkbookPort, signal: AbortSignal, progress: Progress) => Promise<T>,
    ): Promise<T | undefined> => {
      const port = host.current();
      if (!port) {
        setNotice({ intent: 'info', text: t('needWorkbook') });
        return undefined;
      }

      const abort = new AbortController();
      controller.current = abort;
      setNotice(undefined);
      setTask({ label: t(label), done: 0, total: 0 });
      try {
        return await work(port, abort.signal, (done, total) =>
          setTask({ label: t(label), done, total }),
        );
      } catch (error) {
        setNotice(
          isCancelled(error)
            ? { intent: 'info', text: errorWords(error, language) }
            : { intent: 'error', text: `${errorWords(error, language)} ${t('tryAgain')}` },
        );
        return undefined;
      } finally {
        controller.current = undefined;
        setTask(undefined);
      }
    },
    [host, language, t],
  );

  // Ribbon commands post their outcome to the run inbox while the pane is open, or before.
  useEffect(() => onRunReport(setRunReport), []);

  const loadStore = useCallback(
    async (port: WorkbookPort) => {
      const read = await loadSettings(port, language);
      setSettings(read.settings);
      if (read.asOf) setAsOf(read.asOf);
      setSettingsProblems(read.problems);
    },
    [language],
  );

  const showLog = useCallback((log: CollectionsLog) => {
    setFollowUps(log.followUps);
    setLetterLog(log.letters);
    setNumbersTaken(log.numbersTaken);
    setLogProblems(log.problems);
  }, []);

  /** Shows a structured workbook with the statement receipts its Matches sheet holds. */
  const showStructure = useCallback(
    async (port: WorkbookPort, result: StructureResult, records?: readonly MatchRecord[]) => {
      const matches = records ?? (await readMatchRecords(port));
      setCashierEntries(result.entries);
      setMatchRecords(matches);
      setStructure(withStatementEntries(result, matches));
      showLog(await readCollectionsLog(port, result.customers, language));
    },
    [language, showLog],
  );

  const refresh = useCallback(async () => {
    await run('taskRefresh', async (port, signal, progress) => {
      await loadStore(port);
      const result = await structureWorkbook(port, { signal, onProgress: progress });
      await showStructure(port, result);
    });
  }, [run, loadStore, showStructure]);

  const openFile = useCallback(
    async (file: File) => {
      const open = host.openFile;
      if (!open) return;
      setNotice(undefined);
      setTask({ label: t('taskOpen'), done: 0, total: 0 });
      try {
        await open(file.name, new Uint8Array(await file.arrayBuffer()));
        setStructure(undefined);
        setMatchRecords([]);
        setCashierEntries([]);
        setWorkbookVersion((version) => version + 1);
        const port = host.current();
        if (port) await loadStore(port);
        setNotice({ intent: 'success', text: `${t('opened')} ${file.name}` });
      } catch (error) {
        setNotice({ intent: 'error', text: `${errorWords(error, language)} ${t('openAnother')}` });
      } finally {
        setTask(undefined);
      }
    },
    [host, language, loadStore, t],
  );

  const importWorkbook = useCallback(
    (options: StructureOptions) =>
      run('taskImport', async (port, signal, progress) => {
        const { result, records } = await importCashierSheets(
          port,
          { ...options, signal, onProgress: progress },
          runTime(),
        );
        await showStructure(port, result, records);
        setWorkbookVersion((version) => version + 1);
        return result;
      }),
    [run, showStructure],
  );

  const storeSettings = useCallback(
    async (next: DeskSettings) => {
      const saved = await run('taskSave', async (port) => {
        await saveSettings(port, next, runTime());
        return true;
      });
      if (saved) {
        setSettings(next);
        setNotice({ intent: 'success', text: t('settingsSaved') });
      }
      return saved === true;
    },
    [run, t],
  );

  const addFollowUp = useCallback(
    async (entry: FollowUpEntry) => {
      const customers = structure?.customers ?? [];
      const log = await run('taskSave', (port) =>
        addFollowUpRow(port, entry, customers, language, runTime()),
      );
      if (log) showLog(log);
      return log !== undefined;
    },
    [run, structure, language, showLog],
  );

  const logLetters = useCallback(
    async (letters: readonly LoggedLetter[], counts?: LetterBatchCounts) => {
      const customers = structure?.customers ?? [];
      const log = await run('taskSave', (port) =>
        logLetterRows(port, letters, customers, language, runTime(), counts),
      );
      if (log) showLog(log);
    },
    [run, structure, language, showLog],
  );

  /** The structured workbook the statement screens work on: the one shown, or a fresh read. */
  const currentStructure = useCallback(
    async (port: WorkbookPort, signal: AbortSignal) => {
      if (structure) return { result: structure, cashier: cashierEntries };
      await loadStore(port);
      const result = await structureWorkbook(port, { signal });
      return { result, cashier: result.entries };
    },
    [structure, cashierEntries, loadStore],
  );

  const importStatements = useCallback(
    (files: readonly { name: string; bytes: Uint8Array }[]) =>
      run('taskStatements', async (port, signal, progress) => {
        const { openXlsx } = await import(/* webpackChunkName: "xlsx" */ '../../adapters/xlsx');
        const { openXls } = await import(/* webpackChunkName: "xls" */ '../../adapters/xls');
        const reads: StatementRead[] = [];
        for (const [index, file] of files.entries()) {
          progress(index, files.length + 1);
          reads.push(
            await readStatement(file, {
              openWorkbook: (bytes) => openXlsx(bytes),
              openLegacyWorkbook: (bytes) => openXls(bytes),
            }),
          );
        }
        const { result: book, cashier } = await currentStructure(port, signal);
        const { result, shown } = await importStatementFiles(
          port,
          { book, cashier, asOf, signal },
          reads,
          runTime(),
        );
        setCashierEntries(cashier);
        setMatchRecords(result.records);
        setStructure(shown);
        setWorkbookVersion((version) => version + 1);
        return { reads, result };
      }),
    [run, currentStructure, asOf],
  );

  const confirmLine = useCallback(
    (confirmation: MatchConfirmation) =>
      run('taskSave', async (port, signal) => {
        const { result: book, cashier } = await currentStructure(port, signal);
        const outcome = await confirmStatementLine(
          port,
          { book, cashier, asOf, signal, settings: settings.receivables },
          confirmation,
          runTime(),
        );
        if (!outcome.ok) return outcome;
        const { confirmed, shown } = outcome.value;
        setMatchRecords(confirmed.records);
        setStructure(shown);
        setWorkbookVersion((version) => version + 1);
        return { ok: true as const, value: confirmed };
      }),
    [run, currentStructure, asOf, settings],
  );

  const figures = useMemo(() => {
    if (!structure) return undefined;
    return deskFigures(
      { customers: structure.customers, entries: structure.entries, followUps, letters: letterLog },
      settings,
      asOf,
    );
  }, [structure, followUps, letterLog, settings, asOf]);

  const desk: Desk = {
    host,
    language,
    t,
    workbookVersion,
    ...(structure ? { structure } : {}),
    settings,
    followUps,
    letterLog,
    letterNumbersTaken: numbersTaken,
    matchRecords,
    cashierEntries,
    ...(runReport ? { runReport } : {}),
    asOf,
    ...(figures ? { figures } : {}),
    ...(task ? { task } : {}),
    ...(notice ? { notice } : {}),
    storeProblems: [...settingsProblems, ...logProblems],
    setAsOf,
    setNotice,
    describe,
    cancel: () => controller.current?.abort(),
    run,
    openFile,
    refresh,
    importWorkbook,
    storeSettings,
    addFollowUp,
    logLetters,
    importStatements,
    confirmLine,
    dismissRunReport: () => setRunReport(undefined),
  };
  return <DeskContext.Provider value={desk}>{children}</DeskContext.Provider>;
}

/** When a pane run happened, for its audit row: the computer's clock, as the command line's. */
function runTime(): string {
  return new Date().toISOString();
}
