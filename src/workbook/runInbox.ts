/**
 * The run inbox: how the ribbon commands hand their outcome to the task pane. Both run in the one
 * shared runtime (manifest: a single Runtime, lifetime long), so a module-level value is shared;
 * entry points may not import each other, so the inbox lives here, below both.
 *
 * The commands post a RunReport after each run (and progress while it runs); the task pane reads
 * the latest report when it opens and subscribes for new ones. A report may carry a file (the
 * letters .zip): an add-in cannot save files itself, so the pane offers it for download, and the
 * screen to open on. Errors travel as plain { code, detail } data, words are made by the reader.
 *
 * Task pane usage:
 *   const report = latestRunReport();           // on mount
 *   const stop = onRunReport((r) => show(r));    // while mounted; call stop() on unmount
 *   const file = takeRunFile();                  // once the cashier clicks download
 */
import type { Problem } from '../domain/problem';

/** The screens a command can ask the task pane to open on ('statements': import a bank statement). */
export type PaneScreen =
  'overview' | 'import' | 'statements' | 'customers' | 'letters' | 'settings';

/** A file the command produced for the cashier to save. */
export interface RunFile {
  readonly fileName: string;
  readonly mimeType: string;
  readonly bytes: Uint8Array;
}

export interface RunReport {
  /** The ribbon action's FunctionName ("structureWorkbook"). */
  readonly action: string;
  readonly state: 'running' | 'done' | 'failed';
  /** What to tell the cashier: a summary when done, the reason when failed. */
  readonly outcome?: Problem;
  /** Things worth reading after a successful run (rows rejected, outputs renamed). */
  readonly notes: readonly Problem[];
  /** Rows done / total while running. */
  readonly progress?: { readonly done: number; readonly total: number };
  /** The owned sheets the run wrote, by name. */
  readonly sheets: readonly string[];
  readonly screen?: PaneScreen;
  readonly file?: RunFile;
}

type Listener = (report: RunReport) => void;

interface Inbox {
  latest: RunReport | undefined;
  pendingFile: RunFile | undefined;
  readonly listeners: Set<Listener>;
}

// webpack builds commands.js and taskpane.js as separate bundles, each with its own copy of this
// module, so module-level variables would give each its own inbox. The shared runtime has one
// global object, which both bundles see: the inbox lives there.
const INBOX_KEY = '__cashierDeskRunInbox';
const inbox: Inbox =
  ((globalThis as Record<string, unknown>)[INBOX_KEY] as Inbox | undefined) ??
  ((globalThis as Record<string, unknown>)[INBOX_KEY] = {
    latest: undefined,
    pendingFile: undefined,
    listeners: new Set<Listener>(),
  } satisfies Inbox);

/** Records a report and tells every subscriber; a file replaces any file not yet taken. */
export function postRunReport(report: RunReport): void {
  inbox.latest = report;
  if (report.file) inbox.pendingFile = report.file;
  for (const listener of [...inbox.listeners]) listener(report);
}

export function latestRunReport(): RunReport | undefined {
  return inbox.latest;
}

/** Subscribes to new reports; returns the unsubscribe function. */
export function onRunReport(listener: Listener): () => void {
  inbox.listeners.add(listener);
  return () => inbox.listeners.delete(listener);
}

/** The file waiting for download, handed over once. */
export function takeRunFile(): RunFile | undefined {
  const file = inbox.pendingFile;
  inbox.pendingFile = undefined;
  return file;
}

/** Forgets everything: for tests, and for a workbook that closed. */
export function clearRunInbox(): void {
  inbox.latest = undefined;
  inbox.pendingFile = undefined;
  inbox.listeners.clear();
}
