/**
 * The host-specific part of the pane behind one small interface, chosen once at start: which
 * WorkbookPort the screens work on, how the workbook is saved and how a source cell is shown.
 * Inside Excel the port is the open workbook; standalone it is an .xlsx file the cashier opened.
 */
import type { WorkbookPort } from '../../workbook/workbookPort';

/** A file the pane hands to the browser to download. */
export interface DownloadFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly type: string;
}

export interface WorkbookHost {
  readonly mode: 'excel' | 'standalone';

  /** The workbook the screens work on; standalone, undefined until a file is opened. */
  current(): WorkbookPort | undefined;

  /** Name shown for the current workbook. */
  workbookName(): string | undefined;

  /** Standalone only: opens an .xlsx file's bytes as the current workbook. */
  readonly openFile?: (name: string, bytes: Uint8Array) => Promise<void>;

  /**
   * The workbook as a file to download, when saving is the pane's job (standalone). Inside Excel
   * the cashier saves the workbook in Excel itself, so this is absent.
   */
  readonly saveToFile?: () => Promise<DownloadFile>;

  /**
   * Shows a source cell to the cashier. Returns false when the host cannot (standalone), and the
   * screen then highlights the row in its own preview instead.
   */
  selectCell(sheet: string, row: number, column: number): Promise<boolean>;
}

export function canSave(host: WorkbookHost): boolean {
  return host.saveToFile !== undefined && host.current() !== undefined;
}
