/**
 * WorkbookPort over the bytes of an .xlsx file, for the command line, the tests and the task
 * pane's standalone mode. Reading streams each sheet through a scanner; writing is surgery on the
 * package: the cashier's parts are kept byte for byte and only Cashier Desk's own sheets (with
 * their table parts) and the bookkeeping parts that list them are added, replaced or removed.
 */
import type { DateSystem } from '../../domain/isoDay';
import { InvalidArgumentError } from '../../domain/problem';
import { CancelledError, SheetMissingError, SheetNotOwnedError } from '../../workbook/errors';
import type {
  CellBlock,
  CellValue,
  MergedArea,
  OwnedTable,
  ReadOptions,
  SheetInfo,
  StoredValues,
  WorkbookFacts,
  WorkbookPort,
  WriteOptions,
} from '../../workbook/workbookPort';
import { resolveDecorations } from '../../workbook/ownedDecorations';
import { MINIMAL_STYLES, ensureCellStyles, numberFormatsByStyle } from './cellStyles';
import { DeflatingPart, deflatedPart } from './deflatingPart';
import {
  BUILTIN_IDS,
  FORMAT_CODES,
  sheetRelsXml,
  tableRange,
  tableXml,
  textGridSheetXml,
  writeOwnedSheet,
} from './ownedSheetXml';
import {
  CONTENT_TYPES,
  EMPTY_RELS,
  RELATIONSHIP_TYPES,
  addContentTypeOverride,
  addRelationship,
  contentTypeOverrides,
  dropSheetIndex,
  freeRelationshipId,
  parseRelationships,
  relationshipPrefix,
  relativeTarget,
  relsPathOf,
  removeContentTypeOverride,
  removeRelationship,
  replaceSheetTags,
  sheetTags,
  usesDate1904,
} from './packageParts';
import {
  CHART_CONTENT_TYPE,
  CHART_RELATIONSHIP,
  DRAWING_CONTENT_TYPE,
  DRAWING_RELATIONSHIP,
  chartXml,
  drawingXml,
  singleRelsXml,
} from './ownedChartXml';
import { conditionalFormattingXml, ensureHighlightStyles } from './ownedSheetFormatting';
import { SheetScanner, columnOfRef, rowOfRef, type ScannedRow } from './sheetScanner';
import { readSharedStrings } from './sharedStrings';
import { OWNED_PREFIX, storeRows, parseStore, STORE_SHEET, type Store } from './cashierDeskStore';
import { UnreadableWorkbookError } from './unreadableWorkbookError';
import {
  defaultInflater,
  inflateEntry,
  inflatePieces,
  inflateWhole,
  readZipEntries,
  writeZip,
  type Inflater,
  type ZipEntry,
} from './zipArchive';
import { attributesOf, escapeXml, tagsNamed } from './xmlText';

export { STORE_SHEET } from './cashierDeskStore';

type Visibility = SheetInfo['visibility'];

interface SheetEntry {
  name: string;
  sheetId: number;
  relId: string;
  visibility: Visibility;
  /** Package path of the sheet's part. */
  part: string;
  /** The original `<sheet>` tag, kept while the entry is unchanged. */
  tag: string | undefined;
}

/** What one pass over a sheet tells: the used range and the small parts around the rows. */
export interface SheetLayout {
  readonly rowCount: number;
  readonly columnCount: number;
  readonly merged: readonly MergedArea[];
  readonly frozenRows: number;
  readonly tables: readonly { readonly name: string; readonly range: string }[];
}

const DEFAULT_BLOCK_ROWS = 10_000;
const MAX_BLOCK_ROWS = 100_000;
const WRITE_PROGRESS_ROWS = 5_000;

export interface OpenXlsxOptions {
  readonly locale?: string;
  /** Who inflates the sheets; the platform's decompressor when there is one (tests pick). */
  readonly inflater?: Inflater;
}

export async function openXlsx(
  bytes: Uint8Array,
  options?: OpenXlsxOptions,
): Promise<XlsxWorkbook> {
  return XlsxWorkbook.fromBytes(bytes, options?.locale, options?.inflater ?? defaultInflater());
}

export class XlsxWorkbook implements WorkbookPort {
  private readonly layouts = new WeakMap<ZipEntry, SheetLayout>();
  private styleFormats: string[];
  private sharedStrings: string[] | undefined;
  private readonly originalParts: ReadonlySet<string>;
  /** A sheet that came with the file was replaced or removed: its calcChain entries may be stale. */
  private touchedOriginalSheets = false;

  private constructor(
    private readonly entries: Map<string, ZipEntry>,
    private readonly order: string[],
    private readonly texts: Map<string, string>,
    private readonly workbookPart: string,
    private readonly sheets: SheetEntry[],
    private store: Store,
    private readonly locale: string | undefined,
    private readonly inflater: Inflater,
  ) {
    this.styleFormats = numberFormatsByStyle(this.text(this.stylesPart()) ?? '');
    this.originalParts = new Set(entries.keys());
  }

  static async fromBytes(
    bytes: Uint8Array,
    locale: string | undefined,
    inflater: Inflater,
  ): Promise<XlsxWorkbook> {
    const entries = readZipEntries(bytes);
    const texts = new Map<string, string>();
    const readText = (part: string): string | undefined => {
      const entry = entries.get(part);
      if (!entry) return undefined;
      const text = new TextDecoder().decode(inflateEntry(entry));
      texts.set(part, text);
      return text;
    };

    const rootRels = parseRelationships('', readText('_rels/.rels'));
    const workbookPart = rootRels.find((r) => r.type === RELATIONSHIP_TYPES.officeDocument)?.part;
    const workbookXml = workbookPart === undefined ? undefined : readText(workbookPart);
    if (workbookPart === undefined || workbookXml === undefined) {
      throw new UnreadableWorkbookError('no workbook part');
    }
    readText('[Content_Types].xml');

    const rels = parseRelationships(workbookPart, readText(relsPathOf(workbookPart)));
    const sheets: SheetEntry[] = sheetTags(workbookXml).map((sheet) => ({
      name: sheet.name,
      sheetId: sheet.sheetId,
      relId: sheet.relId,
      visibility: visibilityOf(sheet.state),
      part: rels.find((r) => r.id === sheet.relId)?.part ?? '',
      tag: sheet.tag,
    }));
    const styles = rels.find((r) => r.type === RELATIONSHIP_TYPES.styles)?.part;
    if (styles !== undefined) readText(styles);

    const workbook = new XlsxWorkbook(
      entries,
      [...entries.keys()],
      texts,
      workbookPart,
      sheets,
      { ownedSheets: [], values: {} },
      locale,
      inflater,
    );
    await workbook.loadStore();
    return workbook;
  }

  async describe(): Promise<WorkbookFacts> {
    const sheets: SheetInfo[] = [];
    for (const sheet of this.sheets) {
      const layout = await this.layoutOf(sheet);
      sheets.push({
        name: sheet.name,
        rowCount: layout.rowCount,
        columnCount: layout.columnCount,
        visibility: sheet.visibility,
        owned: this.isOwned(sheet),
      });
    }
    const facts = { dateSystem: this.dateSystem(), sheets };
    return this.locale === undefined ? facts : { ...facts, locale: this.locale };
  }

  async readMergedAreas(sheet: string): Promise<readonly MergedArea[]> {
    return (await this.layoutOf(this.sheetNamed(sheet))).merged;
  }

  /** Tables and frozen rows of a sheet, beyond what the port needs (checks, the dump of tests). */
  async readSheetLayout(sheet: string): Promise<SheetLayout> {
    return this.layoutOf(this.sheetNamed(sheet));
  }

  async *readSheet(sheet: string, options: ReadOptions = {}): AsyncIterable<CellBlock> {
    const { signal, onProgress } = options;
    throwIfAborted(signal);
    const entry = this.sheetNamed(sheet);
    const layout = await this.layoutOf(entry);
    const blockRows = Math.max(
      1,
      Math.min(options.blockRows ?? DEFAULT_BLOCK_ROWS, MAX_BLOCK_ROWS),
    );
    const { rowCount, columnCount } = layout;

    if (rowCount === 0) {
      onProgress?.(0, 0);
      return;
    }

    const ready: CellBlock[] = [];
    let block = new BlockBuilder(1, Math.min(blockRows, rowCount), columnCount, this.styleFormats);
    const take = (row: ScannedRow): void => {
      if (row.row > rowCount) return;
      while (row.row > block.endRow) {
        ready.push(block.finish());
        block = new BlockBuilder(
          block.endRow + 1,
          Math.min(block.endRow + blockRows, rowCount),
          columnCount,
          this.styleFormats,
        );
      }
      block.put(row);
    };

    const scanner = new SheetScanner(await this.decoding(), take);
    const decoder = new TextDecoder();
    let rowsRead = 0;
    for await (const piece of this.partPieces(entry.part)) {
      scanner.feed(decoder.decode(piece, { stream: true }));
      while (ready.length > 0) {
        const next = ready.shift() as CellBlock;
        rowsRead += next.values.length;
        yield next;
        throwIfAborted(signal);
        onProgress?.(rowsRead, rowCount);
      }
    }
    scanner.feed(decoder.decode());

    for (;;) {
      ready.push(block.finish());
      if (block.endRow >= rowCount) break;
      block = new BlockBuilder(
        block.endRow + 1,
        Math.min(block.endRow + blockRows, rowCount),
        columnCount,
        this.styleFormats,
      );
    }
    for (const next of ready) {
      rowsRead += next.values.length;
      yield next;
      throwIfAborted(signal);
      onProgress?.(rowsRead, rowCount);
    }
  }

  async writeOwnedTable(table: OwnedTable, options: WriteOptions = {}): Promise<void> {
    throwIfAborted(options.signal);
    checkTable(table);
    const existing = this.findSheet(table.sheet);
    if (existing && !this.isOwned(existing)) throw new SheetNotOwnedError(existing.name);
    if (table.sheet.toLowerCase() === STORE_SHEET.toLowerCase()) {
      throw new InvalidArgumentError(
        `"${STORE_SHEET}" is reserved for Cashier Desk's stored values.`,
      );
    }
    await this.checkTableNameFree(table.tableName, existing);
    const decorations = resolveDecorations(table);

    const stylesPart = this.stylesPart() ?? this.addStylesPart();
    const codes = [...new Set(table.columns.map((column) => FORMAT_CODES[column.format]))];
    const cellStyles = ensureCellStyles(
      this.text(stylesPart) ?? MINIMAL_STYLES,
      codes,
      BUILTIN_IDS,
    );
    const highlightStyles = ensureHighlightStyles(
      cellStyles.xml,
      decorations.highlights.map((highlight) => highlight.style),
    );
    const styles = { ...cellStyles, xml: highlightStyles.xml };

    const part = existing?.part ?? this.freePartName('xl/worksheets/sheet', '.xml');
    const oldTables = existing ? await this.tablePartsOf(existing.part) : [];
    const tablePart = oldTables[0]?.part ?? this.freePartName('xl/tables/table', '.xml');
    const tableId = oldTables[0]?.id ?? (await this.nextTableId());
    const oldDrawingParts = existing ? this.drawingPartsOf(existing.part) : [];
    const chart = decorations.chart;
    const drawingPart = this.reusedPart(oldDrawingParts, 'xl/drawings/drawing');
    const chartPart = this.reusedPart(oldDrawingParts, 'xl/charts/chart');

    const sheetPart = new DeflatingPart(part);
    const total = table.rows.length;
    writeOwnedSheet({
      table,
      dateSystem: this.dateSystem(),
      styleOf: (format) => styles.styleOf.get(FORMAT_CODES[format]) ?? 0,
      tableRelId: 'rId1',
      write: (text) => sheetPart.write(text),
      progressEvery: WRITE_PROGRESS_ROWS,
      onRows: (rows) => {
        throwIfAborted(options.signal);
        options.onProgress?.(rows, total);
      },
      conditionalFormatting: conditionalFormattingXml(
        decorations.highlights,
        highlightStyles.dxfOf,
      ),
      ...(chart ? { drawingRelId: 'rId2' } : {}),
    });
    const sheetEntry = sheetPart.finish();

    // Nothing has changed so far; from here on the workbook is updated in one go.
    this.setText(stylesPart, styles.xml);
    this.styleFormats = numberFormatsByStyle(styles.xml);
    for (const old of oldTables) this.removePart(old.part);
    for (const old of oldDrawingParts) this.removePart(old);
    this.putEntry(sheetEntry);
    const sheetRels = sheetRelsXml('rId1', relativeTarget(part, tablePart));
    this.setText(
      relsPathOf(part),
      chart
        ? addRelationship(
            sheetRels,
            'rId2',
            DRAWING_RELATIONSHIP,
            relativeTarget(part, drawingPart),
          )
        : sheetRels,
    );
    this.setText(tablePart, tableXml(table, tableId));
    this.addOverride(part, CONTENT_TYPES.worksheet);
    this.addOverride(tablePart, CONTENT_TYPES.table);
    if (chart) {
      const chartTarget = relativeTarget(drawingPart, chartPart);
      this.setText(drawingPart, drawingXml(table, chart, 'rId1'));
      this.setText(relsPathOf(drawingPart), singleRelsXml('rId1', CHART_RELATIONSHIP, chartTarget));
      this.setText(chartPart, chartXml(table, chart));
      this.addOverride(drawingPart, DRAWING_CONTENT_TYPE);
      this.addOverride(chartPart, CHART_CONTENT_TYPE);
    }
    this.layouts.set(sheetEntry, {
      rowCount: 1 + table.rows.length,
      columnCount: table.columns.length,
      merged: [],
      frozenRows: (table.freezeHeader ?? true) ? 1 : 0,
      tables: [{ name: table.tableName, range: tableRange(table) }],
    });

    if (existing) {
      if (this.originalParts.has(part)) this.touchedOriginalSheets = true;
    } else {
      this.addSheet(table.sheet, part, 'visible');
      this.store = { ...this.store, ownedSheets: [...this.store.ownedSheets, table.sheet] };
    }
    this.writeStore();
    options.onProgress?.(total, total);
  }

  async deleteOwnedSheet(sheet: string): Promise<void> {
    const entry = this.findSheet(sheet);
    if (!entry) throw new SheetMissingError(sheet);
    if (!this.isOwned(entry) || entry.name === STORE_SHEET)
      throw new SheetNotOwnedError(entry.name);

    for (const table of await this.tablePartsOf(entry.part)) this.removePart(table.part);
    for (const part of this.drawingPartsOf(entry.part)) this.removePart(part);
    this.removePart(relsPathOf(entry.part));
    this.removePart(entry.part);
    this.removeSheet(entry);
    this.store = {
      ...this.store,
      ownedSheets: this.store.ownedSheets.filter(
        (name) => name.toLowerCase() !== entry.name.toLowerCase(),
      ),
    };
    this.writeStore();
  }

  async readStoredValues(): Promise<StoredValues> {
    return { ...this.store.values };
  }

  async writeStoredValues(values: StoredValues): Promise<void> {
    // Such a key would read back as an owned-sheet mark and let a workflow overwrite that sheet.
    const forged = Object.keys(values).find((key) => key.startsWith(OWNED_PREFIX));
    if (forged !== undefined) {
      throw new InvalidArgumentError(
        `Stored value keys may not start with "${OWNED_PREFIX}": ${forged}`,
      );
    }
    this.store = { ...this.store, values: { ...values } };
    this.writeStore();
  }

  /** The workbook as .xlsx bytes: the input's parts, with the owned sheets added or refreshed. */
  async save(): Promise<Uint8Array> {
    if (this.touchedOriginalSheets) this.dropCalcChain();
    const parts: ZipEntry[] = [];
    for (const name of this.order) {
      const entry = this.entries.get(name);
      if (entry) parts.push(entry);
    }
    return writeZip(parts);
  }

  // --- sheets and layouts -----------------------------------------------------------------

  private sheetNamed(name: string): SheetEntry {
    const sheet = this.sheets.find((s) => s.name === name) ?? this.findSheet(name);
    if (!sheet) throw new SheetMissingError(name);
    return sheet;
  }

  /** Excel compares sheet names without regard to case. */
  private findSheet(name: string): SheetEntry | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key);
  }

  private isOwned(sheet: SheetEntry): boolean {
    if (sheet.name === STORE_SHEET) return true;
    const key = sheet.name.toLowerCase();
    return this.store.ownedSheets.some((name) => name.toLowerCase() === key);
  }

  private dateSystem(): DateSystem {
    return usesDate1904(this.text(this.workbookPart) ?? '') ? '1904' : '1900';
  }

  private async layoutOf(sheet: SheetEntry): Promise<SheetLayout> {
    const entry = this.entries.get(sheet.part);
    if (!entry || !this.isWorksheet(sheet.part)) {
      return { rowCount: 0, columnCount: 0, merged: [], frozenRows: 0, tables: [] };
    }
    const cached = this.layouts.get(entry);
    if (cached) return cached;

    // The used range is known only once the last row is read, and every block is as wide as it:
    // so a sheet is scanned for its extent first (cells not built), then read. See
    // docs/xlsx-adapter.md for why <dimension> cannot stand in for this pass.
    let rowCount = 0;
    let columnCount = 0;
    const scanner = new SheetScanner(
      await this.decoding(),
      (row) => {
        if (row.lastFilledColumn === 0) return;
        rowCount = Math.max(rowCount, row.row);
        columnCount = Math.max(columnCount, row.lastFilledColumn);
      },
      true,
    );
    const decoder = new TextDecoder();
    for await (const piece of this.partPieces(sheet.part)) {
      scanner.feed(decoder.decode(piece, { stream: true }));
    }
    scanner.feed(decoder.decode());

    const layout: SheetLayout = {
      rowCount,
      columnCount,
      merged: tagsNamed(scanner.tail, 'mergeCell').map((tag) =>
        mergedAreaOf(attributesOf(tag).ref ?? ''),
      ),
      frozenRows: frozenRowsOf(scanner.head),
      tables: (await this.tablePartsOf(sheet.part)).map(({ name, range }) => ({ name, range })),
    };
    this.layouts.set(entry, layout);
    return layout;
  }

  private isWorksheet(part: string): boolean {
    const type = contentTypeOverrides(this.text('[Content_Types].xml') ?? '').get(part);
    return (
      type === undefined || type === CONTENT_TYPES.worksheet || type.includes('sheet.main+xml')
    );
  }

  private async tablePartsOf(
    sheetPart: string,
  ): Promise<{ part: string; id: number; name: string; range: string }[]> {
    const rels = parseRelationships(sheetPart, this.text(relsPathOf(sheetPart)));
    return rels
      .filter((r) => r.type === RELATIONSHIP_TYPES.table && !r.external)
      .map((r) => {
        const tag = tagsNamed(this.text(r.part) ?? '', 'table')[0] ?? '';
        const attributes = attributesOf(tag);
        return {
          part: r.part,
          id: Number(attributes.id ?? 0),
          name: attributes.displayName ?? attributes.name ?? '',
          range: attributes.ref ?? '',
        };
      });
  }

  /**
   * The drawing of a sheet with everything hanging off it (charts, their style parts, pictures)
   * and their rels, leaving out any part another remaining part still points at.
   */
  private drawingPartsOf(sheetPart: string): string[] {
    const tree: string[] = [];
    const visit = (part: string): void => {
      if (tree.includes(part) || !this.entries.has(part)) return;
      tree.push(part);
      const relsPart = relsPathOf(part);
      if (this.entries.has(relsPart)) tree.push(relsPart);
      for (const r of parseRelationships(part, this.text(relsPart))) if (!r.external) visit(r.part);
    };
    for (const r of parseRelationships(sheetPart, this.text(relsPathOf(sheetPart)))) {
      if (r.type === DRAWING_RELATIONSHIP && !r.external) visit(r.part);
    }
    if (tree.length === 0) return tree;

    const ownRels = relsPathOf(sheetPart);
    const pointedAtElsewhere = new Set<string>();
    for (const name of this.entries.keys()) {
      if (!name.endsWith('.rels') || name === ownRels || tree.includes(name)) continue;
      const owner = name.replace(/_rels\/([^/]*)\.rels$/, '$1');
      for (const r of parseRelationships(owner, this.text(name))) pointedAtElsewhere.add(r.part);
    }
    return tree.filter((part) => !pointedAtElsewhere.has(part));
  }

  /** The name of a part being replaced, so a rewrite gives the same package; else a free one. */
  private reusedPart(oldParts: readonly string[], prefix: string): string {
    const pattern = new RegExp(`^${prefix}\\d+\\.xml$`);
    return oldParts.find((part) => pattern.test(part)) ?? this.freePartName(prefix, '.xml');
  }

  private async allTables(): Promise<{ sheet: SheetEntry; id: number; name: string }[]> {
    const all: { sheet: SheetEntry; id: number; name: string }[] = [];
    for (const sheet of this.sheets) {
      for (const table of await this.tablePartsOf(sheet.part)) all.push({ sheet, ...table });
    }
    return all;
  }

  private async nextTableId(): Promise<number> {
    const ids = (await this.allTables()).map((t) => t.id);
    return Math.max(0, ...ids) + 1;
  }

  private async checkTableNameFree(name: string, own: SheetEntry | undefined): Promise<void> {
    const clash = (await this.allTables()).find(
      (t) => t.sheet !== own && t.name.toLowerCase() === name.toLowerCase(),
    );
    if (clash) {
      throw new InvalidArgumentError(
        `Table name "${name}" is already used on sheet "${clash.sheet.name}".`,
      );
    }
  }

  private async decoding(): Promise<{ sharedStrings: readonly string[]; unixEpochSerial: number }> {
    if (this.sharedStrings === undefined) {
      const rels = parseRelationships(this.workbookPart, this.text(relsPathOf(this.workbookPart)));
      const part = rels.find((r) => r.type === RELATIONSHIP_TYPES.sharedStrings)?.part;
      const entry = part === undefined ? undefined : this.entries.get(part);
      this.sharedStrings = entry
        ? readSharedStrings(new TextDecoder().decode(await inflateWhole(entry, this.inflater)))
        : [];
    }
    return {
      sharedStrings: this.sharedStrings,
      unixEpochSerial: this.dateSystem() === '1904' ? 24107 : 25569,
    };
  }

  private async *partPieces(part: string): AsyncGenerator<Uint8Array, void, undefined> {
    const entry = this.entries.get(part);
    if (entry) yield* inflatePieces(entry, this.inflater);
  }

  // --- the store sheet ----------------------------------------------------------------------

  private async loadStore(): Promise<void> {
    const sheet = this.sheets.find((s) => s.name === STORE_SHEET);
    if (!sheet) return;
    const rows: CellValue[][] = [];
    for await (const block of this.readSheet(sheet.name))
      rows.push(...block.values.map((row) => [...row]));
    this.store = parseStore(rows);
  }

  private writeStore(): void {
    const xml = textGridSheetXml(storeRows(this.store));
    const existing = this.sheets.find((s) => s.name === STORE_SHEET);
    const part = existing?.part ?? this.freePartName('xl/worksheets/sheet', '.xml');
    if (this.originalParts.has(part)) this.touchedOriginalSheets = true;
    this.putEntry(deflatedPart(part, xml));
    this.addOverride(part, CONTENT_TYPES.worksheet);
    if (!existing) this.addSheet(STORE_SHEET, part, 'very-hidden');
  }

  // --- package edits ------------------------------------------------------------------------

  private text(part: string | undefined): string | undefined {
    if (part === undefined) return undefined;
    const known = this.texts.get(part);
    if (known !== undefined) return known;
    const entry = this.entries.get(part);
    if (!entry) return undefined;
    const text = new TextDecoder().decode(inflateEntry(entry));
    this.texts.set(part, text);
    return text;
  }

  private setText(part: string, text: string): void {
    if (this.text(part) === text) return;
    this.texts.set(part, text);
    this.putEntry(deflatedPart(part, text));
  }

  private putEntry(entry: ZipEntry): void {
    if (!this.entries.has(entry.name)) this.order.push(entry.name);
    this.entries.set(entry.name, entry);
  }

  private removePart(part: string): void {
    this.entries.delete(part);
    this.texts.delete(part);
    const index = this.order.indexOf(part);
    if (index >= 0) this.order.splice(index, 1);
    this.setText(
      '[Content_Types].xml',
      removeContentTypeOverride(this.text('[Content_Types].xml') ?? '', part),
    );
  }

  private addOverride(part: string, type: string): void {
    const types = this.text('[Content_Types].xml') ?? '';
    if (contentTypeOverrides(types).get(part) === type) return;
    this.setText('[Content_Types].xml', addContentTypeOverride(types, part, type));
  }

  private stylesPart(): string | undefined {
    const rels = parseRelationships(this.workbookPart, this.text(relsPathOf(this.workbookPart)));
    return rels.find((r) => r.type === RELATIONSHIP_TYPES.styles)?.part;
  }

  private addStylesPart(): string {
    const part = this.freePartName('xl/styles', '.xml');
    this.setText(part, MINIMAL_STYLES);
    this.addOverride(part, CONTENT_TYPES.styles);
    const relsPart = relsPathOf(this.workbookPart);
    const rels = this.text(relsPart) ?? EMPTY_RELS;
    const id = freeRelationshipId(rels);
    this.setText(
      relsPart,
      addRelationship(rels, id, RELATIONSHIP_TYPES.styles, relativeTarget(this.workbookPart, part)),
    );
    return part;
  }

  private freePartName(prefix: string, suffix: string): string {
    const taken = new Set([...this.entries.keys()].map((name) => name.toLowerCase()));
    for (let n = 1; ; n++) {
      const name = `${prefix}${n}${suffix}`;
      if (!taken.has(name.toLowerCase())) return name;
    }
  }

  private addSheet(name: string, part: string, visibility: Visibility): void {
    const relsPart = relsPathOf(this.workbookPart);
    const rels = this.text(relsPart) ?? EMPTY_RELS;
    const relId = freeRelationshipId(rels);
    this.setText(
      relsPart,
      addRelationship(
        rels,
        relId,
        RELATIONSHIP_TYPES.worksheet,
        relativeTarget(this.workbookPart, part),
      ),
    );
    const sheetId = Math.max(0, ...this.sheets.map((s) => s.sheetId)) + 1;
    this.sheets.push({ name, sheetId, relId, visibility, part, tag: undefined });
    this.writeSheetList();
  }

  private removeSheet(sheet: SheetEntry): void {
    const index = this.sheets.indexOf(sheet);
    const relsPart = relsPathOf(this.workbookPart);
    this.setText(relsPart, removeRelationship(this.text(relsPart) ?? EMPTY_RELS, sheet.relId));
    this.setText(
      this.workbookPart,
      dropSheetIndex(this.text(this.workbookPart) ?? '', index, this.sheets.length),
    );
    this.sheets.splice(index, 1);
    if (this.originalParts.has(sheet.part)) this.touchedOriginalSheets = true;
    this.writeSheetList();
  }

  private writeSheetList(): void {
    const workbookXml = this.text(this.workbookPart) ?? '';
    const prefix = relationshipPrefix(workbookXml);
    const tags = this.sheets.map(
      (s) =>
        s.tag ??
        `<sheet name="${escapeXml(s.name)}" sheetId="${s.sheetId}"${stateAttribute(s.visibility)} ${prefix}:id="${escapeXml(s.relId)}"/>`,
    );
    let updated = replaceSheetTags(workbookXml, tags);
    if (!updated.includes(`xmlns:${prefix}=`)) {
      updated = updated.replace(
        /<((?:[\w.-]+:)?workbook)\b/,
        `<$1 xmlns:${prefix}="${RELATIONSHIP_NS}"`,
      );
    }
    this.setText(this.workbookPart, updated);
  }

  private dropCalcChain(): void {
    const relsPart = relsPathOf(this.workbookPart);
    const rels = parseRelationships(this.workbookPart, this.text(relsPart));
    for (const rel of rels.filter((r) => r.type === RELATIONSHIP_TYPES.calcChain)) {
      this.removePart(rel.part);
      this.setText(relsPart, removeRelationship(this.text(relsPart) ?? EMPTY_RELS, rel.id));
    }
  }
}

const RELATIONSHIP_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Collects the rows of one block, padding gaps and short rows so every row has the block width. */
class BlockBuilder {
  private readonly values: CellValue[][] = [];
  private readonly formats: string[][] = [];
  private readonly hidden: number[] = [];

  constructor(
    readonly startRow: number,
    readonly endRow: number,
    private readonly width: number,
    private readonly styleFormats: readonly string[],
  ) {}

  put(row: ScannedRow): void {
    this.padTo(row.row - 1);
    const values: CellValue[] = new Array<CellValue>(this.width).fill(null);
    const formats: string[] = new Array<string>(this.width).fill('General');
    for (let i = 0; i < row.columns.length; i++) {
      const column = (row.columns[i] as number) - 1;
      if (column >= this.width) break;
      values[column] = row.values[i] as CellValue;
      formats[column] = this.styleFormats[row.styles[i] as number] ?? 'General';
    }
    this.values.push(values);
    this.formats.push(formats);
    if (row.hidden) this.hidden.push(row.row);
  }

  finish(): CellBlock {
    this.padTo(this.endRow);
    return {
      startRow: this.startRow,
      values: this.values,
      numberFormats: this.formats,
      hiddenRows: this.hidden,
    };
  }

  /** Adds empty rows until the block holds every row up to `lastRow`. */
  private padTo(lastRow: number): void {
    while (this.startRow + this.values.length <= lastRow) {
      this.values.push(new Array<CellValue>(this.width).fill(null));
      this.formats.push(new Array<string>(this.width).fill('General'));
    }
  }
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new CancelledError();
}

function visibilityOf(state: string | undefined): Visibility {
  if (state === 'hidden') return 'hidden';
  if (state === 'veryHidden') return 'very-hidden';
  return 'visible';
}

function stateAttribute(visibility: Visibility): string {
  if (visibility === 'hidden') return ' state="hidden"';
  if (visibility === 'very-hidden') return ' state="veryHidden"';
  return '';
}

function mergedAreaOf(ref: string): MergedArea {
  const [start = '', end = start] = ref.split(':');
  return {
    startRow: rowOfRef(start),
    startColumn: columnOfRef(start),
    endRow: rowOfRef(end),
    endColumn: columnOfRef(end),
  };
}

function frozenRowsOf(head: string): number {
  const pane = tagsNamed(head, 'pane')[0];
  if (!pane) return 0;
  const { ySplit, state } = attributesOf(pane);
  return state === 'frozen' || state === 'frozenSplit' ? Number(ySplit ?? 0) : 0;
}

const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/;
const TABLE_NAME = /^[A-Za-z_\\][A-Za-z0-9_.]*$/;

/** A table a workflow passes must be one Excel can hold; anything else is a bug in the caller. */
function checkTable(table: OwnedTable): void {
  const name = table.sheet;
  if (
    name.trim() === '' ||
    name.length > 31 ||
    SHEET_NAME_FORBIDDEN.test(name) ||
    /^'|'$/.test(name)
  ) {
    throw new InvalidArgumentError(`"${name}" cannot be an Excel sheet name.`);
  }
  if (
    !TABLE_NAME.test(table.tableName) ||
    /^[A-Za-z]{1,3}\d+$/.test(table.tableName) ||
    /^[rc]$/i.test(table.tableName)
  ) {
    throw new InvalidArgumentError(`"${table.tableName}" cannot be an Excel table name.`);
  }
  if (table.columns.length === 0)
    throw new InvalidArgumentError('An owned table needs at least one column.');
  const headers = table.columns.map((column) => column.header.trim().toLowerCase());
  if (headers.some((header) => header === '') || new Set(headers).size !== headers.length) {
    throw new InvalidArgumentError('Owned table headers must be present and distinct.');
  }
}
