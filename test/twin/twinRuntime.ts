/**
 * The strict Excel twin's runtime: Excel.run, the RequestContext and context.sync(). Commands are
 * queued by the proxies and only applied at sync, in order, as Office.js does. Each sync measures
 * the JSON that would cross the wire and fails like Excel on the web when a request or response
 * passes 5 MB or a request reads more than 5,000,000 cells.
 */
import type { DumpedSheet, SeedWorkbook } from '../contract/seed';
import { TwinBook } from './twinBook';
import { TwinOfficeError, officeMessages } from './twinErrors';
import { ApplicationProxy, WorkbookProxy } from './twinProxies';

/** Excel on the web's limit for one request and for one response. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
/** Excel's limit for cells read in one request (ranges of values, formats...). */
export const CELL_READ_LIMIT = 5_000_000;

export interface TwinAction {
  /** What would be sent to Excel for this command; its JSON size counts toward the request. */
  readonly wire: unknown;
  /** Cells this command reads (for the 5M-cell limit), worked out when the sync runs. */
  readonly cellsRead?: () => number;
  /** Applies the command; what it returns is sent back and counts toward the response. */
  readonly apply: () => unknown;
  /** Hands the response to the proxy once the whole sync succeeded (loaded values appear then). */
  readonly deliver?: (response: unknown) => void;
}

export interface SyncRecord {
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly cellsRead: number;
  readonly commands: number;
}

export interface TwinWrite {
  readonly sheet: string;
  readonly what: string;
}

export function jsonBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8');
}

export class TwinContext {
  readonly workbook: WorkbookProxy;
  readonly application: ApplicationProxy;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  private queue: TwinAction[] = [];
  private closed = false;
  /** How many syncs this context has finished; proxies use it to tell "synced since created". */
  syncCount = 0;

  constructor(readonly twin: ExcelTwin) {
    this.workbook = new WorkbookProxy(this);
    this.application = this.workbook.application;
  }

  enqueue(action: TwinAction): void {
    if (this.closed) {
      throw new TwinOfficeError(
        'InvalidObjectPath',
        "The object path isn't working for what you're trying to do: its Excel.run batch has ended.",
      );
    }
    this.queue.push(action);
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    await Promise.resolve();
    this.twin.execute(batch);
    this.syncCount += 1;
  }

  close(): void {
    this.closed = true;
  }
}

export interface ExcelTwinOptions {
  /** Highest ExcelApi requirement set the twin claims (default 1.13). */
  readonly excelApi?: string;
}

export class ExcelTwin {
  readonly book: TwinBook;
  readonly syncs: SyncRecord[] = [];
  readonly writes: TwinWrite[] = [];
  /** Syncs still to fail with InvalidOperationInCellEditMode, as if the cashier were typing. */
  cellEditModeSyncs = 0;
  private readonly excelApi: number;

  constructor(seed: SeedWorkbook = { sheets: [] }, options: ExcelTwinOptions = {}) {
    this.book = TwinBook.fromSeed(seed);
    this.excelApi = minor(options.excelApi ?? '1.13');
  }

  /** Excel.run: runs the batch with a fresh context, then syncs what is still queued. */
  readonly run = async <T>(batch: (context: TwinContext) => Promise<T>): Promise<T> => {
    const context = new TwinContext(this);
    try {
      const result = await batch(context);
      if (context.pending > 0) await context.sync();
      return result;
    } finally {
      context.close();
    }
  };

  /** Office.context.requirements.isSetSupported, for the ExcelApi sets only. */
  readonly isSetSupported = (name: string, version?: string): boolean =>
    name === 'ExcelApi' && minor(version ?? '1.1') <= this.excelApi;

  /** Throws at sync as Office.js does when a member's requirement set is missing. */
  requireApi(version: string, member: string): void {
    if (minor(version) > this.excelApi) {
      throw new TwinOfficeError(
        'ApiNotFound',
        `The method or property ${member} is part of the ExcelApi ${version} requirement set, which is not available in your version of Excel.`,
      );
    }
  }

  get syncCount(): number {
    return this.syncs.length;
  }

  /** Sheet names any command wrote to (values, formats, tables, visibility, delete...). */
  get writtenSheets(): ReadonlySet<string> {
    return new Set(this.writes.map((write) => write.sheet));
  }

  recordWrite(sheet: string, what: string): void {
    this.writes.push({ sheet, what });
  }

  dump(): DumpedSheet[] {
    return this.book.dump();
  }

  execute(batch: readonly TwinAction[]): void {
    const requestBytes = jsonBytes(batch.map((action) => action.wire));
    const record = { requestBytes, responseBytes: 0, cellsRead: 0, commands: batch.length };
    this.syncs.push(record);

    if (this.cellEditModeSyncs > 0) {
      this.cellEditModeSyncs -= 1;
      throw new TwinOfficeError('InvalidOperationInCellEditMode', officeMessages.cellEditMode);
    }
    if (requestBytes > PAYLOAD_LIMIT_BYTES) {
      throw new TwinOfficeError('RequestPayloadSizeLimitExceeded', officeMessages.requestTooLarge);
    }

    const responses: unknown[] = [];
    for (const action of batch) {
      record.cellsRead += action.cellsRead?.() ?? 0;
      if (record.cellsRead > CELL_READ_LIMIT) {
        throw new TwinOfficeError('RangeExceedsLimit', officeMessages.tooManyCells);
      }
      responses.push(action.apply());
    }

    record.responseBytes = jsonBytes(responses.filter((response) => response !== undefined));
    if (record.responseBytes > PAYLOAD_LIMIT_BYTES) {
      throw new TwinOfficeError(
        'ResponsePayloadSizeLimitExceeded',
        officeMessages.responseTooLarge,
      );
    }
    batch.forEach((action, i) => action.deliver?.(responses[i]));
  }
}

function minor(version: string): number {
  const [major = '1', rest = '0'] = version.split('.');
  return Number(major) * 1000 + Number(rest);
}
