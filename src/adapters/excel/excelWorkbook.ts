/**
 * WorkbookPort over Office.js: the only code in Cashier Desk that talks to Excel. Every call is one
 * or more Excel.run batches with a bounded number of syncs (see docs/excel-adapter.md).
 */
import { InvalidArgumentError } from '../../domain/problem';
import { SheetMissingError, SheetNotOwnedError } from '../../workbook/errors';
import type {
  CellBlock,
  MergedArea,
  OwnedTable,
  ReadOptions,
  SheetInfo,
  StoredValues,
  WorkbookFacts,
  WorkbookPort,
  WriteOptions,
} from '../../workbook/workbookPort';
import { parseAreas } from './areaAddress';
import type { SheetFacts } from './cashierDesk';
import {
  DESK_SHEET,
  OWNED_PREFIX,
  isOwned,
  loadBookState,
  ownedKey,
  queueDeskWrite,
  sameSheetName,
} from './cashierDesk';
import type { ExcelHostOptions, ExcelRun } from './officeHost';
import { defaultIsSetSupported, defaultRun, errorCode, runWithRetry, sleep } from './officeHost';
import type { ReaderHost } from './sheetReader';
import { readSheetBlocks } from './sheetReader';
import { writeOwnedTable } from './ownedTableWriter';

export class ExcelWorkbook implements WorkbookPort {
  private readonly host: ReaderHost;

  constructor(run: ExcelRun = defaultRun, options: ExcelHostOptions = {}) {
    const wait = options.wait ?? sleep;
    this.host = {
      run: (batch) => runWithRetry(run, batch, wait),
      isSetSupported: options.isSetSupported ?? defaultIsSetSupported,
    };
  }

  async describe(): Promise<WorkbookFacts> {
    return this.host.run(async (context) => {
      const state = await loadBookState(context, this.host.isSetSupported);
      const used = state.sheets.map((sheet) =>
        context.workbook.worksheets
          .getItem(sheet.name)
          .getUsedRangeOrNullObject(true)
          .load('rowIndex,columnIndex,rowCount,columnCount'),
      );
      await context.sync();

      const sheets = state.sheets.map((sheet, i): SheetInfo => {
        const range = used[i];
        const empty = !range || range.isNullObject;
        return {
          name: sheet.name,
          rowCount: empty ? 0 : range.rowIndex + range.rowCount,
          columnCount: empty ? 0 : range.columnIndex + range.columnCount,
          visibility: visibilityOf(sheet),
          owned: isOwned(state, sheet.name),
        };
      });
      return {
        dateSystem: state.dateSystem,
        ...(state.locale ? { locale: state.locale } : {}),
        sheets,
      };
    });
  }

  async readMergedAreas(sheet: string): Promise<readonly MergedArea[]> {
    // Range.getMergedAreasOrNullObject needs ExcelApi 1.13.
    if (!this.host.isSetSupported('ExcelApi', '1.13')) {
      // TODO(excel-adapter): older Excel gives no merged areas, so header detection works without them.
      await this.requireSheet(sheet);
      return [];
    }
    const used = await this.requireSheet(sheet);
    if (!used) return [];
    const areas = await this.mergedIn(
      sheet,
      used.startRow,
      used.endRow,
      used.startColumn,
      used.columns,
    );
    return areas.sort((a, b) => a.startRow - b.startRow || a.startColumn - b.startColumn);
  }

  readSheet(sheet: string, options?: ReadOptions): AsyncIterable<CellBlock> {
    return readSheetBlocks(this.host, sheet, options);
  }

  writeOwnedTable(table: OwnedTable, options?: WriteOptions): Promise<void> {
    return writeOwnedTable(this.host, table, options);
  }

  async deleteOwnedSheet(sheet: string): Promise<void> {
    await this.host.run(async (context) => {
      const state = await loadBookState(context, this.host.isSetSupported);
      const existing = state.sheets.find((s) => sameSheetName(s.name, sheet));
      if (sameSheetName(sheet, DESK_SHEET) || (existing && !isOwned(state, sheet))) {
        throw new SheetNotOwnedError(sheet);
      }

      // Deleting what is already gone is done; a stale owned mark is dropped with it.
      const desk = new Map(state.desk ?? []);
      const marks = [...desk.keys()].filter((key) => sameSheetName(key, ownedKey(sheet)));
      if (!existing && marks.length === 0) return;
      if (existing) context.workbook.worksheets.getItem(existing.name).delete();
      for (const key of marks) desk.delete(key);
      if (marks.length > 0) queueDeskWrite(context, state, desk);
      await context.sync();
    });
  }

  async readStoredValues(): Promise<StoredValues> {
    const state = await this.host.run((context) =>
      loadBookState(context, this.host.isSetSupported),
    );
    return Object.fromEntries(
      [...(state.desk ?? [])].filter(([key]) => !key.startsWith(OWNED_PREFIX)),
    );
  }

  /** Replaces the stored values as a whole; the owned-sheet marks are kept. */
  async writeStoredValues(values: StoredValues): Promise<void> {
    const forged = Object.keys(values).find((key) => key.startsWith(OWNED_PREFIX));
    if (forged !== undefined) {
      throw new InvalidArgumentError(
        `Stored value keys may not start with "${OWNED_PREFIX}": ${forged}`,
      );
    }
    await this.host.run(async (context) => {
      const state = await loadBookState(context, this.host.isSetSupported);
      const rows = new Map([...(state.desk ?? [])].filter(([key]) => key.startsWith(OWNED_PREFIX)));
      for (const [key, value] of Object.entries(values)) rows.set(key, value);
      queueDeskWrite(context, state, rows);
      await context.sync();
    });
  }

  /** The sheet's used range (formats included), or undefined when empty; SheetMissingError if gone. */
  private async requireSheet(
    sheet: string,
  ): Promise<
    { startRow: number; endRow: number; startColumn: number; columns: number } | undefined
  > {
    try {
      return await this.host.run(async (context) => {
        const used = context.workbook.worksheets
          .getItem(sheet)
          .getUsedRangeOrNullObject()
          .load('rowIndex,columnIndex,rowCount,columnCount');
        await context.sync();
        if (used.isNullObject) return undefined;
        return {
          startRow: used.rowIndex + 1,
          endRow: used.rowIndex + used.rowCount,
          startColumn: used.columnIndex + 1,
          columns: used.columnCount,
        };
      });
    } catch (error) {
      if (errorCode(error) === 'ItemNotFound') throw new SheetMissingError(sheet);
      throw error;
    }
  }

  /**
   * Excel fails getMergedAreasOrNullObject past 512 areas, so a band that fails is split in two:
   * one sync for an ordinary sheet, a few more for one merged on every row.
   */
  private async mergedIn(
    sheet: string,
    startRow: number,
    endRow: number,
    startColumn: number,
    columns: number,
  ): Promise<MergedArea[]> {
    try {
      return await this.host.run(async (context) => {
        const areas = context.workbook.worksheets
          .getItem(sheet)
          .getRangeByIndexes(startRow - 1, startColumn - 1, endRow - startRow + 1, columns)
          .getMergedAreasOrNullObject()
          .load('address');
        await context.sync();
        return areas.isNullObject ? [] : parseAreas(areas.address);
      });
    } catch (error) {
      if (startRow === endRow || ['ItemNotFound', 'ApiNotFound'].includes(errorCode(error) ?? '')) {
        throw error;
      }
      const middle = Math.floor((startRow + endRow) / 2);
      return [
        ...(await this.mergedIn(sheet, startRow, middle, startColumn, columns)),
        ...(await this.mergedIn(sheet, middle + 1, endRow, startColumn, columns)),
      ];
    }
  }
}

function visibilityOf(sheet: SheetFacts): SheetInfo['visibility'] {
  if (sheet.visibility === 'Visible') return 'visible';
  return sheet.visibility === 'Hidden' ? 'hidden' : 'very-hidden';
}
