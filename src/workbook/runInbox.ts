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
  | 'overview'
  | 'import'
  | 'statements'
  | 'customers'
  | 'letters'
  | 'settings';

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

let latest: RunReport | undefined;
let pendingFile: RunFile | undefined;
const listeners = new Set<Listener>();

/** Records a report and tells every subscriber; a file replaces any file not yet taken. */
export function postRunReport(report: RunReport): void {
  latest = report;
  if (report.file) pendingFile = report.file;
  for (const listener of [...listeners]) listener(report);
}

export function latestRunReport(): RunReport | undefined {
  return latest;
}

/** Subscribes to new reports; returns the unsubscribe function. */
export function onRunReport(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The file waiting for download, handed over once. */
export function takeRunFile(): RunFile | undefined {
  const file = pendingFile;
  pendingFile = undefined;
  return file;
}

/** Forgets everything: for tests, and for a workbook that closed. */
export function clearRunInbox(): void {
  latest = undefined;
  pendingFile = undefined;
  listeners.clear();
}
