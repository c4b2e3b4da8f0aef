/**
 * The pane's shared state: the workbook host, what the last import or refresh found, the
 * settings and logs stored in the workbook, the as-of date, and the one long task that may be
 * running. Screens read it with useDesk() and call its actions; every action reports failure in
 * words and never throws at the screen.
 */
import { createContext, useCallback, useContext, useMemo, useRef, useState } from 'react';
import type { ReactElement, ReactNode } from 'react';
import type { FollowUpEntry, LetterLogEntry } from '../../domain/collections/collectionsInput';
import type { IsoDay } from '../../domain/isoDay';
import { InvalidArgumentError } from '../../domain/problem';
import type { Problem } from '../../domain/problem';
import { structureWorkbook } from '../../workbook/structure/structureWorkbook';
import type { StructureOptions, StructureResult } from '../../workbook/structure/structureTypes';
import { MAPPING_STORE_KEY, MERGES_STORE_KEY } from '../../workbook/structure/structureTypes';
import { writeStructure } from '../../workbook/structure/writeStructure';
import type { WorkbookPort } from '../../workbook/workbookPort';
import { today } from '../format';
import type { WorkbookHost } from '../host/workbookHost';
import { errorWords, isCancelled, problemWords } from '../problemWords';
import { words } from '../strings';
import type { PaneLanguage, WordKey } from '../strings';
import { appendToLogs, collectionsLogFromStore } from './collectionsLog';
import { deskFigures } from './deskFigures';
import type { DeskFigures } from './deskFigures';
import { DEFAULT_DESK_SETTINGS, saveSettings, settingsFromStore } from './deskSettings';
import type { DeskSettings } from './deskSettings';

/** Stored value naming the sheets the last import read, so a refresh reads the same ones. */
export const IMPORT_SHEETS_STORE_KEY = 'desk.importSheets';

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
  readonly structure?: StructureResult;
  readonly settings: DeskSettings;
  readonly followUps: readonly FollowUpEntry[];
  readonly letterLog: readonly LetterLogEntry[];
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
  logLetters(letters: readonly LetterLogEntry[]): Promise<void>;
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
  const [letterLog, setLetterLog] = useState<readonly LetterLogEntry[]>([]);
  const [asOf, setAsOf] = useState<IsoDay>(initialAsOf ?? today());
  const [task, setTask] = useState<RunningTask>();
  const [notice, setNotice] = useState<Notice>();
  const [storeProblems, setStoreProblems] = useState<readonly string[]>([]);
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

  const loadStore = useCallback(
    async (port: WorkbookPort) => {
      const stored = await port.readStoredValues();
      const read = settingsFromStore(stored);
      const log = collectionsLogFromStore(stored);
      setSettings(read.settings);
      setFollowUps(log.followUps);
      setLetterLog(log.letters);
      setStoreProblems([...read.problems, ...log.problems].map(describe));
      const sheets = stored[IMPORT_SHEETS_STORE_KEY];
      return sheets === undefined ? undefined : (JSON.parse(sheets) as string[]);
    },
    [describe],
  );

  const refresh = useCallback(async () => {
    await run('taskRefresh', async (port, signal, progress) => {
      const sheets = await loadStore(port);
      const result = await structureWorkbook(port, {
        ...(sheets ? { sheets } : {}),
        signal,
        onProgress: progress,
      });
      setStructure(result);
    });
  }, [run, loadStore]);

  const openFile = useCallback(
    async (file: File) => {
      const open = host.openFile;
      if (!open) return;
      setNotice(undefined);
      setTask({ label: t('taskOpen'), done: 0, total: 0 });
      try {
        await open(file.name, new Uint8Array(await file.arrayBuffer()));
        setStructure(undefined);
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
        const result = await structureWorkbook(port, { ...options, signal, onProgress: progress });
        await writeStructure(port, result, { signal });
        const stored = await port.readStoredValues();
        await port.writeStoredValues({
          ...stored,
          [MAPPING_STORE_KEY]: JSON.stringify(options.mapping ?? {}),
          [MERGES_STORE_KEY]: JSON.stringify(options.confirmedMerges ?? []),
          ...(options.sheets ? { [IMPORT_SHEETS_STORE_KEY]: JSON.stringify(options.sheets) } : {}),
        });
        setStructure(result);
        setWorkbookVersion((version) => version + 1);
        return result;
      }),
    [run],
  );

  const storeSettings = useCallback(
    async (next: DeskSettings) => {
      const saved = await run('taskSave', async (port) => {
        await saveSettings(port, next);
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
      const log = await run('taskSave', (port) => appendToLogs(port, { followUps: [entry] }));
      if (log) setFollowUps(log.followUps);
      return log !== undefined;
    },
    [run],
  );

  const logLetters = useCallback(
    async (letters: readonly LetterLogEntry[]) => {
      const log = await run('taskSave', (port) => appendToLogs(port, { letters }));
      if (log) setLetterLog(log.letters);
    },
    [run],
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
    asOf,
    ...(figures ? { figures } : {}),
    ...(task ? { task } : {}),
    ...(notice ? { notice } : {}),
    storeProblems,
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
  };
  return <DeskContext.Provider value={desk}>{children}</DeskContext.Provider>;
}
