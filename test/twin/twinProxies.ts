/**
 * Proxy objects of the strict twin, named and shaped like Office.js's: Workbook, Worksheet, Range,
 * RangeAreas, Table... Property reads need load() and a sync first (PropertyNotLoaded otherwise);
 * property writes and method calls are queued and applied at the next sync.
 */
import { isoDay, serialFromIsoDay } from '../../src/domain/isoDay';
import type { Rect } from './a1';
import { columnsOf, formatRect, MAX_COLUMNS, MAX_ROWS, parseRect, rowsOf, sheetPrefix } from './a1';
import type { TwinBook, TwinSheet, TwinTable, TwinVisibility } from './twinBook';
import { typedValue, wireValue } from './twinBook';
import { ChartCollectionProxy, ConditionalFormatCollectionProxy } from './twinDecorations';
import { TwinOfficeError, officeMessages } from './twinErrors';
import type { TwinContext } from './twinRuntime';

type Resolver<T> = () => T | undefined;

function notFound(what: string): TwinOfficeError {
  return new TwinOfficeError('ItemNotFound', officeMessages.itemNotFound, what);
}

function invalidArgument(argument: string): TwinOfficeError {
  return new TwinOfficeError('InvalidArgument', officeMessages.invalidArgument(argument), argument);
}

abstract class TwinProxy<T> {
  protected readonly loaded = new Map<string, unknown>();
  private cached: T | undefined;
  private nullState: boolean | undefined;

  constructor(
    protected readonly context: TwinContext,
    private readonly resolver: Resolver<T>,
    protected readonly path: string,
    protected readonly orNull = false,
  ) {
    if (orNull) {
      // *OrNullObject calls: isNullObject becomes readable after the next sync.
      context.enqueue({
        wire: { resolve: path },
        apply: () => this.current() === undefined,
        deliver: (isNull) => {
          this.nullState = isNull as boolean;
        },
      });
    }
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw this.notLoaded('isNullObject');
    return this.nullState;
  }

  protected get book(): TwinBook {
    return this.context.twin.book;
  }

  /** The object this proxy names right now, or undefined when it names nothing. */
  current(): T | undefined {
    if (this.cached !== undefined && this.alive(this.cached)) return this.cached;
    if (this.cached !== undefined) return undefined;
    this.cached = this.resolver();
    return this.cached;
  }

  protected alive(_target: T): boolean {
    return true;
  }

  /** For children: a null object's children are null; a missing plain object is ItemNotFound. */
  parentTarget(): T | undefined {
    return this.orNull ? this.current() : this.target();
  }

  protected target(): T {
    const target = this.current();
    if (target === undefined) throw notFound(this.path);
    return target;
  }

  protected notLoaded(property: string): TwinOfficeError {
    return new TwinOfficeError('PropertyNotLoaded', officeMessages.propertyNotLoaded(property));
  }

  protected read<V>(property: string): V {
    if (!this.loaded.has(property)) throw this.notLoaded(property);
    return this.loaded.get(property) as V;
  }

  protected abstract readonly loadable: readonly string[];

  protected abstract snapshot(property: string, target: T): unknown;

  protected cellsFor(_properties: readonly string[], _target: T): number {
    return 0;
  }

  load(properties?: string | string[]): this {
    const wanted = parseLoad(properties, this.loadable);
    for (const property of wanted) {
      if (!this.loadable.includes(property)) throw invalidArgument(property);
    }
    this.context.enqueue({
      wire: { load: this.path, properties: wanted },
      cellsRead: () => {
        const target = this.current();
        return target === undefined ? 0 : this.cellsFor(wanted, target);
      },
      apply: () => {
        const target = this.current();
        if (target === undefined) return {};
        return Object.fromEntries(wanted.map((p) => [p, this.snapshot(p, target)]));
      },
      deliver: (response) => {
        for (const [key, value] of Object.entries(response as Record<string, unknown>)) {
          this.loaded.set(key, value);
        }
      },
    });
    return this;
  }

  /** Queues a property write or a method call, applied to the target at sync. */
  protected command(name: string, args: unknown, apply: (target: T) => void): void {
    this.context.enqueue({
      wire: { path: this.path, command: name, args },
      apply: () => {
        apply(this.target());
        return undefined;
      },
    });
  }

  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

function parseLoad(properties: string | string[] | undefined, all: readonly string[]): string[] {
  if (properties === undefined) return [...all];
  const list = Array.isArray(properties) ? properties : properties.split(',');
  return list.map((p) => p.trim().replace(/^items\//, '')).filter((p) => p !== '' && p !== 'items');
}

export class WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  readonly application: ApplicationProxy;
  readonly functions: FunctionsProxy;

  constructor(context: TwinContext) {
    this.worksheets = new WorksheetCollectionProxy(context);
    this.application = new ApplicationProxy(context);
    this.functions = new FunctionsProxy(context);
  }
}

export class ApplicationProxy extends TwinProxy<TwinBook> {
  protected readonly loadable = ['calculationMode'] as const;
  readonly cultureInfo: CultureInfoProxy;

  constructor(context: TwinContext) {
    super(context, () => context.twin.book, 'application');
    this.cultureInfo = new CultureInfoProxy(context);
  }

  protected snapshot(): unknown {
    return 'Automatic';
  }

  suspendApiCalculationUntilNextSync(): void {
    this.command('suspendApiCalculationUntilNextSync', [], () => undefined);
  }
}

export class CultureInfoProxy extends TwinProxy<TwinBook> {
  protected readonly loadable = ['name'] as const;

  constructor(context: TwinContext) {
    super(context, () => context.twin.book, 'application.cultureInfo');
  }

  get name(): string {
    return this.read('name');
  }

  protected snapshot(_property: string, book: TwinBook): unknown {
    this.context.twin.requireApi('1.11', 'Application.cultureInfo');
    return book.locale;
  }
}

export class FunctionsProxy {
  constructor(private readonly context: TwinContext) {}

  /** DATE(year, month, day): the serial in the workbook's own date system. */
  date(year: number, month: number, day: number): FunctionResultProxy {
    return new FunctionResultProxy(this.context, (book) =>
      serialFromIsoDay(isoDay(year, month, day), book.dateSystem),
    );
  }
}

export class FunctionResultProxy extends TwinProxy<TwinBook> {
  protected readonly loadable = ['value', 'error'] as const;

  constructor(
    context: TwinContext,
    private readonly compute: (book: TwinBook) => number,
  ) {
    super(context, () => context.twin.book, 'functions.date');
  }

  get value(): number {
    return this.read('value');
  }

  protected snapshot(property: string, book: TwinBook): unknown {
    return property === 'value' ? this.compute(book) : null;
  }
}

const SHEET_PROPERTIES = ['name', 'visibility', 'position', 'tabColor', 'id'] as const;

export class WorksheetCollectionProxy extends TwinProxy<TwinBook> {
  protected readonly loadable = SHEET_PROPERTIES;

  constructor(context: TwinContext) {
    super(context, () => context.twin.book, 'worksheets');
  }

  get items(): WorksheetProxy[] {
    return this.read('items');
  }

  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.book.sheetNamed(name), `sheet(${name})`);
  }

  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(
      this.context,
      () => this.book.sheetNamed(name),
      `sheet?(${name})`,
      true,
    );
  }

  add(name?: string): WorksheetProxy {
    let created: TwinSheet | undefined;
    this.command('add', [name], (book) => {
      const wanted = name ?? `Sheet${book.sheets.length + 1}`;
      if (!isValidSheetName(wanted)) throw invalidArgument('name');
      if (book.sheetNamed(wanted)) {
        throw new TwinOfficeError('ItemAlreadyExists', officeMessages.itemAlreadyExists, wanted);
      }
      created = book.addSheet(wanted);
      this.context.twin.recordWrite(wanted, 'add');
    });
    return new WorksheetProxy(this.context, () => created, `added(${name ?? ''})`);
  }

  override load(properties?: string | string[]): this {
    const wanted = parseLoad(properties, this.loadable);
    // The sheets stay on this side; only their loaded properties count as the response.
    let sheets: TwinSheet[] = [];
    this.context.enqueue({
      wire: { load: this.path, properties: wanted },
      apply: () => {
        sheets = [...this.book.sheets];
        return sheets.map((sheet) =>
          Object.fromEntries(wanted.map((p) => [p, sheetProperty(this.book, sheet, p)])),
        );
      },
      deliver: (response) => {
        const items = (response as Record<string, unknown>[]).map((values, i) =>
          WorksheetProxy.loadedFrom(this.context, sheets[i] as TwinSheet, values),
        );
        this.loaded.set('items', items);
      },
    });
    return this;
  }

  protected snapshot(): unknown {
    return undefined;
  }
}

function isValidSheetName(name: string): boolean {
  return name.length > 0 && name.length <= 31 && !/[[\]:*?/\\]/.test(name) && !/^'|'$/.test(name);
}

function sheetProperty(book: TwinBook, sheet: TwinSheet, property: string): unknown {
  switch (property) {
    case 'name':
      return sheet.name;
    case 'visibility':
      return sheet.visibility;
    case 'position':
      return book.sheets.indexOf(sheet);
    case 'tabColor':
      return sheet.tabColor;
    default:
      return `{sheet-${sheet.id}}`;
  }
}

export class WorksheetProxy extends TwinProxy<TwinSheet> {
  protected readonly loadable = SHEET_PROPERTIES;
  readonly tables: TableCollectionProxy;
  readonly freezePanes: FreezePanesProxy;
  readonly charts: ChartCollectionProxy;
  readonly protection: WorksheetProtectionProxy;

  constructor(context: TwinContext, resolver: Resolver<TwinSheet>, path: string, orNull = false) {
    super(context, resolver, path, orNull);
    this.tables = new TableCollectionProxy(context, this);
    this.freezePanes = new FreezePanesProxy(context, this);
    this.protection = new WorksheetProtectionProxy(context, this);
    this.charts = new ChartCollectionProxy(context, this);
  }

  static loadedFrom(
    context: TwinContext,
    sheet: TwinSheet,
    values: Record<string, unknown>,
  ): WorksheetProxy {
    const proxy = new WorksheetProxy(context, () => sheet, `sheet#${sheet.id}`);
    for (const [key, value] of Object.entries(values)) proxy.loaded.set(key, value);
    return proxy;
  }

  sheet(): TwinSheet | undefined {
    return this.current();
  }

  protected override alive(sheet: TwinSheet): boolean {
    return this.book.sheets.includes(sheet);
  }

  get name(): string {
    return this.read('name');
  }

  set name(value: string) {
    this.command('set name', value, (sheet) => {
      if (!isValidSheetName(value)) throw invalidArgument('name');
      const other = this.book.sheetNamed(value);
      if (other && other !== sheet) {
        throw new TwinOfficeError('ItemAlreadyExists', officeMessages.itemAlreadyExists, value);
      }
      this.context.twin.recordWrite(sheet.name, 'rename');
      sheet.name = value;
      this.context.twin.recordWrite(sheet.name, 'rename');
    });
  }

  get visibility(): TwinVisibility {
    return this.read('visibility');
  }

  set visibility(value: TwinVisibility) {
    this.command('set visibility', value, (sheet) => {
      if (!['Visible', 'Hidden', 'VeryHidden'].includes(value)) throw invalidArgument('visibility');
      const othersVisible = this.book.sheets.some((s) => s !== sheet && s.visibility === 'Visible');
      if (value !== 'Visible' && !othersVisible) {
        throw new TwinOfficeError(
          'InvalidOperation',
          officeMessages.invalidOperation,
          'visibility',
        );
      }
      sheet.visibility = value;
      this.context.twin.recordWrite(sheet.name, 'visibility');
    });
  }

  get position(): number {
    return this.read('position');
  }

  set position(value: number) {
    this.command('set position', value, (sheet) => {
      const sheets = this.book.sheets;
      if (!Number.isInteger(value) || value < 0 || value >= sheets.length) {
        throw invalidArgument('position');
      }
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(value, 0, sheet);
      this.context.twin.recordWrite(sheet.name, 'position');
    });
  }

  get tabColor(): string {
    return this.read('tabColor');
  }

  set tabColor(value: string) {
    this.command('set tabColor', value, (sheet) => {
      sheet.tabColor = value;
      this.context.twin.recordWrite(sheet.name, 'tabColor');
    });
  }

  protected snapshot(property: string, sheet: TwinSheet): unknown {
    return sheetProperty(this.book, sheet, property);
  }

  delete(): void {
    this.command('delete', [], (sheet) => {
      const others = this.book.sheets.filter((s) => s !== sheet);
      if (!others.some((s) => s.visibility === 'Visible')) {
        throw new TwinOfficeError('InvalidOperation', officeMessages.invalidOperation, 'delete');
      }
      this.book.sheets.splice(this.book.sheets.indexOf(sheet), 1);
      this.context.twin.recordWrite(sheet.name, 'delete');
    });
  }

  /** The whole sheet when no address is given. */
  getRange(address?: string): RangeProxy {
    const rect = address === undefined ? wholeSheet() : parseRect(address);
    if (!rect) throw invalidArgument('address');
    return this.rangeAt(() => rect, `${this.path}.range(${address ?? ''})`);
  }

  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number,
  ): RangeProxy {
    const rect = {
      r0: startRow,
      c0: startColumn,
      r1: startRow + rowCount - 1,
      c1: startColumn + columnCount - 1,
    };
    const inside =
      [startRow, startColumn].every((n) => Number.isInteger(n) && n >= 0) &&
      rowCount > 0 &&
      columnCount > 0 &&
      rect.r1 < MAX_ROWS &&
      rect.c1 < MAX_COLUMNS;
    if (!inside) throw invalidArgument('getRangeByIndexes');
    return this.rangeAt(
      () => rect,
      `${this.path}.rangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`,
    );
  }

  /** Like Excel: an empty sheet's used range is A1. */
  getUsedRange(valuesOnly = false): RangeProxy {
    return this.rangeAt(
      (sheet) => sheet.usedRect(valuesOnly) ?? { r0: 0, c0: 0, r1: 0, c1: 0 },
      `${this.path}.usedRange(${valuesOnly})`,
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return this.rangeAt(
      (sheet) => sheet.usedRect(valuesOnly),
      `${this.path}.usedRange?(${valuesOnly})`,
      true,
    );
  }

  private rangeAt(
    rectOf: (sheet: TwinSheet) => Rect | undefined,
    path: string,
    orNull = false,
  ): RangeProxy {
    return new RangeProxy(
      this.context,
      () => {
        const sheet = this.parentTarget();
        if (sheet === undefined) return undefined;
        const rect = rectOf(sheet);
        return rect ? { sheet, rect } : undefined;
      },
      path,
      orNull,
    );
  }
}

function wholeSheet(): Rect {
  return { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLUMNS - 1 };
}

interface RangeTarget {
  readonly sheet: TwinSheet;
  readonly rect: Rect;
}

const RANGE_PROPERTIES = [
  'address',
  'rowIndex',
  'columnIndex',
  'rowCount',
  'columnCount',
  'cellCount',
  'values',
  'numberFormat',
  'rowHidden',
] as const;
const CELL_PROPERTIES = ['values', 'numberFormat'];

export class RangeProxy extends TwinProxy<RangeTarget> {
  protected readonly loadable = RANGE_PROPERTIES;
  readonly format: RangeFormatProxy;
  readonly conditionalFormats: ConditionalFormatCollectionProxy;

  constructor(context: TwinContext, resolver: Resolver<RangeTarget>, path: string, orNull = false) {
    super(context, resolver, path, orNull);
    this.format = new RangeFormatProxy(context, this);
    this.conditionalFormats = new ConditionalFormatCollectionProxy(context, this);
  }

  protected override alive(target: RangeTarget): boolean {
    return this.book.sheets.includes(target.sheet);
  }

  range(): RangeTarget | undefined {
    return this.current();
  }

  get address(): string {
    return this.read('address');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get cellCount(): number {
    return this.read('cellCount');
  }

  get values(): (string | number | boolean)[][] {
    return this.read('values');
  }

  set values(values: unknown[][]) {
    this.command('set values', values, ({ sheet, rect }) => {
      refuseIfProtected(sheet);
      checkShape(values, rect, 'values');
      for (let i = 0; i < values.length; i++) {
        const row = values[i] as unknown[];
        for (let j = 0; j < row.length; j++) {
          const r = rect.r0 + i;
          const c = rect.c0 + j;
          sheet.setCell(r, c, typedValue(row[j], sheet.format(r, c), this.book.dateSystem));
        }
      }
      this.context.twin.recordWrite(sheet.name, 'values');
    });
  }

  get numberFormat(): string[][] {
    return this.read('numberFormat');
  }

  set numberFormat(formats: unknown[][]) {
    this.command('set numberFormat', formats, ({ sheet, rect }) => {
      checkShape(formats, rect, 'numberFormat');
      formats.forEach((row, i) =>
        (row as unknown[]).forEach((format, j) => {
          if (typeof format !== 'string') throw invalidArgument('numberFormat');
          sheet.setFormat(rect.r0 + i, rect.c0 + j, format);
        }),
      );
      this.context.twin.recordWrite(sheet.name, 'numberFormat');
    });
  }

  /** True when every row is hidden, false when none is, null when some are. */
  get rowHidden(): boolean | null {
    return this.read('rowHidden');
  }

  set rowHidden(hidden: boolean) {
    this.command('set rowHidden', hidden, ({ sheet, rect }) => {
      for (let r = rect.r0; r <= rect.r1; r++) {
        if (hidden) sheet.hiddenRows.add(r);
        else sheet.hiddenRows.delete(r);
      }
      this.context.twin.recordWrite(sheet.name, 'rowHidden');
    });
  }

  protected override cellsFor(properties: readonly string[], { rect }: RangeTarget): number {
    return properties.some((p) => CELL_PROPERTIES.includes(p)) ? rowsOf(rect) * columnsOf(rect) : 0;
  }

  protected snapshot(property: string, { sheet, rect }: RangeTarget): unknown {
    switch (property) {
      case 'address':
        return sheetPrefix(sheet.name) + formatRect(rect);
      case 'rowIndex':
        return rect.r0;
      case 'columnIndex':
        return rect.c0;
      case 'rowCount':
        return rowsOf(rect);
      case 'columnCount':
        return columnsOf(rect);
      case 'cellCount':
        return rowsOf(rect) * columnsOf(rect);
      case 'values':
        return grid(rect, (r, c) => wireValue(sheet.cell(r, c)));
      case 'numberFormat':
        return grid(rect, (r, c) => sheet.format(r, c));
      default:
        return hiddenState(sheet, rect);
    }
  }

  clear(): void {
    this.command('clear', [], ({ sheet, rect }) => {
      sheet.clear(rect);
      this.context.twin.recordWrite(sheet.name, 'clear');
    });
  }

  /** Merged areas whose top-left cell is in this range (Excel fails past 512 areas). */
  getMergedAreasOrNullObject(): RangeAreasProxy {
    return new RangeAreasProxy(
      this.context,
      () => {
        this.context.twin.requireApi('1.13', 'Range.getMergedAreasOrNullObject');
        const target = this.parentTarget();
        if (!target) return undefined;
        const { rect, sheet } = target;
        const areas = sheet.merged
          .filter((m) => inside(m.startRow - 1, m.startColumn - 1, rect))
          .map((m) => ({
            r0: m.startRow - 1,
            c0: m.startColumn - 1,
            r1: m.endRow - 1,
            c1: m.endColumn - 1,
          }));
        if (areas.length > 512) {
          throw new TwinOfficeError('GeneralException', officeMessages.tooManyMergedAreas);
        }
        return areas.length === 0 ? undefined : { sheet, rects: areas };
      },
      `${this.path}.mergedAreas?`,
    );
  }

  /** Only "Visible" is modelled: runs of visible rows across the range's columns. */
  getSpecialCellsOrNullObject(cellType: string): RangeAreasProxy {
    return new RangeAreasProxy(
      this.context,
      () => {
        this.context.twin.requireApi('1.9', 'Range.getSpecialCellsOrNullObject');
        if (cellType !== 'Visible') {
          throw new TwinOfficeError(
            'NotImplemented',
            `The twin does not model special cells "${cellType}".`,
          );
        }
        const target = this.parentTarget();
        if (!target) return undefined;
        const { rect, sheet } = target;
        const rects: Rect[] = [];
        let start = -1;
        for (let r = rect.r0; r <= rect.r1 + 1; r++) {
          const visible = r <= rect.r1 && !sheet.hiddenRows.has(r);
          if (visible && start < 0) start = r;
          if (!visible && start >= 0) {
            rects.push({ r0: start, c0: rect.c0, r1: r - 1, c1: rect.c1 });
            start = -1;
          }
        }
        return rects.length === 0 ? undefined : { sheet, rects };
      },
      `${this.path}.specialCells?(${cellType})`,
    );
  }
}

function inside(r: number, c: number, rect: Rect): boolean {
  return r >= rect.r0 && r <= rect.r1 && c >= rect.c0 && c <= rect.c1;
}

function checkShape(values: unknown, rect: Rect, argument: string): void {
  const ok =
    Array.isArray(values) &&
    values.length === rowsOf(rect) &&
    values.every((row) => Array.isArray(row) && row.length === columnsOf(rect));
  if (!ok) throw invalidArgument(argument);
}

function grid<V>(rect: Rect, at: (r: number, c: number) => V): V[][] {
  const rows: V[][] = [];
  for (let r = rect.r0; r <= rect.r1; r++) {
    const row: V[] = [];
    for (let c = rect.c0; c <= rect.c1; c++) row.push(at(r, c));
    rows.push(row);
  }
  return rows;
}

function hiddenState(sheet: TwinSheet, rect: Rect): boolean | null {
  let hidden = 0;
  for (const r of sheet.hiddenRows) if (r >= rect.r0 && r <= rect.r1) hidden += 1;
  if (hidden === 0) return false;
  return hidden === rowsOf(rect) ? true : null;
}

interface AreasTarget {
  readonly sheet: TwinSheet;
  readonly rects: readonly Rect[];
}

export class RangeAreasProxy extends TwinProxy<AreasTarget> {
  protected readonly loadable = ['address', 'areaCount'] as const;

  constructor(context: TwinContext, resolver: Resolver<AreasTarget>, path: string) {
    super(context, resolver, path, true);
  }

  get address(): string {
    return this.read('address');
  }

  get areaCount(): number {
    return this.read('areaCount');
  }

  protected snapshot(property: string, { sheet, rects }: AreasTarget): unknown {
    if (property === 'areaCount') return rects.length;
    return rects.map((rect) => sheetPrefix(sheet.name) + formatRect(rect)).join(', ');
  }
}

export class RangeFormatProxy extends TwinProxy<RangeTarget> {
  protected readonly loadable = ['columnWidth'] as const;

  constructor(context: TwinContext, range: RangeProxy) {
    super(context, () => range.range(), 'range.format');
  }

  /** Width of the first column, in points. */
  get columnWidth(): number {
    return this.read('columnWidth');
  }

  set columnWidth(points: number) {
    this.command('set columnWidth', points, ({ sheet, rect }) => {
      if (!(points >= 0 && points <= 1000)) throw invalidArgument('columnWidth');
      for (let c = rect.c0; c <= rect.c1; c++) sheet.columnWidths.set(c, points);
      this.context.twin.recordWrite(sheet.name, 'columnWidth');
    });
  }

  /** Fits each column to the longest text in this range (about 7 points a character). */
  autofitColumns(): void {
    this.command('autofitColumns', [], ({ sheet, rect }) => {
      for (let c = rect.c0; c <= rect.c1; c++) {
        let longest = 1;
        for (let r = rect.r0; r <= Math.min(rect.r1, sheet.rows.length - 1); r++) {
          longest = Math.max(longest, String(wireValue(sheet.cell(r, c))).length);
        }
        sheet.columnWidths.set(c, Math.min(255, longest) * 7 + 5);
      }
      this.context.twin.recordWrite(sheet.name, 'autofitColumns');
    });
  }

  protected snapshot(_property: string, { sheet, rect }: RangeTarget): unknown {
    return sheet.columnWidths.get(rect.c0) ?? 48;
  }
}

/** Excel refuses to change the cells of a protected sheet (AccessDenied). */
function refuseIfProtected(sheet: TwinSheet): void {
  if (sheet.protection !== undefined) {
    throw new TwinOfficeError('AccessDenied', officeMessages.invalidOperation, 'protected sheet');
  }
}

/** worksheet.protection (ExcelApi 1.2): protect with options, unprotect, and `protected`. */
export class WorksheetProtectionProxy extends TwinProxy<TwinSheet> {
  protected readonly loadable = ['protected'] as const;

  constructor(context: TwinContext, sheet: WorksheetProxy) {
    super(context, () => sheet.sheet(), 'protection');
  }

  get protected(): boolean {
    return this.read('protected');
  }

  protect(options?: { allowAutoFilter?: boolean; allowSort?: boolean }, password?: string): void {
    this.context.twin.requireApi('1.2', 'WorksheetProtection.protect');
    this.command('protect', [options, password], (sheet) => {
      if (sheet.protection !== undefined) {
        throw new TwinOfficeError('InvalidOperation', officeMessages.invalidOperation, 'protect');
      }
      sheet.protection = { ...options };
      this.context.twin.recordWrite(sheet.name, 'protect');
    });
  }

  unprotect(): void {
    this.context.twin.requireApi('1.2', 'WorksheetProtection.unprotect');
    this.command('unprotect', [], (sheet) => {
      sheet.protection = undefined;
      this.context.twin.recordWrite(sheet.name, 'unprotect');
    });
  }

  protected snapshot(property: string, sheet: TwinSheet): unknown {
    return property === 'protected' ? sheet.protection !== undefined : undefined;
  }
}

export class FreezePanesProxy extends TwinProxy<TwinSheet> {
  protected readonly loadable = [] as const;

  constructor(context: TwinContext, sheet: WorksheetProxy) {
    super(context, () => sheet.sheet(), 'freezePanes');
  }

  freezeRows(count = 1): void {
    this.command('freezeRows', [count], (sheet) => {
      if (!Number.isInteger(count) || count < 0) throw invalidArgument('count');
      sheet.frozenRows = count;
      this.context.twin.recordWrite(sheet.name, 'freezeRows');
    });
  }

  unfreeze(): void {
    this.command('unfreeze', [], (sheet) => {
      sheet.frozenRows = 0;
      this.context.twin.recordWrite(sheet.name, 'unfreeze');
    });
  }

  protected snapshot(): unknown {
    return undefined;
  }
}

const TABLE_NAME = /^[A-Za-z_\\][A-Za-z0-9_.]{0,254}$/;

export class TableCollectionProxy extends TwinProxy<TwinSheet> {
  protected readonly loadable = ['name', 'style'] as const;

  constructor(
    context: TwinContext,
    private readonly owner: WorksheetProxy,
  ) {
    super(context, () => owner.sheet(), 'tables');
  }

  get items(): TableProxy[] {
    return this.read('items');
  }

  /** A header-only range gets one empty data row, as Excel does. */
  add(address: string | RangeProxy, hasHeaders: boolean): TableProxy {
    let created: { sheet: TwinSheet; table: TwinTable } | undefined;
    this.command('add', [typeof address === 'string' ? address : 'range', hasHeaders], (sheet) => {
      const rect = this.rectOf(address, sheet);
      const overlaps = sheet.tables.some(
        (t) =>
          !(
            t.rect.r1 < rect.r0 ||
            t.rect.r0 > rect.r1 ||
            t.rect.c1 < rect.c0 ||
            t.rect.c0 > rect.c1
          ),
      );
      if (overlaps)
        throw new TwinOfficeError(
          'InvalidOperation',
          officeMessages.invalidOperation,
          'tables.add',
        );
      const full = hasHeaders && rect.r1 === rect.r0 ? { ...rect, r1: rect.r0 + 1 } : rect;
      for (let c = full.c0; c <= full.c1; c++) {
        if (!hasHeaders || sheet.cell(full.r0, c) === null)
          sheet.setCell(full.r0, c, `Column${c - full.c0 + 1}`);
      }
      const table = { name: nextTableName(this.book), rect: full, style: 'TableStyleMedium2' };
      sheet.tables.push(table);
      created = { sheet, table };
      this.context.twin.recordWrite(sheet.name, 'tables.add');
    });
    return new TableProxy(this.context, () => created, 'tables.added');
  }

  private rectOf(address: string | RangeProxy, sheet: TwinSheet): Rect {
    if (typeof address !== 'string') {
      const target = address.range();
      if (!target || target.sheet !== sheet) throw invalidArgument('address');
      return target.rect;
    }
    const bang = address.lastIndexOf('!');
    const rect = parseRect(bang >= 0 ? address.slice(bang + 1) : address);
    if (!rect) throw invalidArgument('address');
    return rect;
  }

  override load(properties?: string | string[]): this {
    const wanted = parseLoad(properties, this.loadable);
    let tables: TwinTable[] = [];
    this.context.enqueue({
      wire: { load: this.path, properties: wanted },
      apply: () => {
        tables = [...this.target().tables];
        return tables.map((table) => ({ name: table.name, style: table.style }));
      },
      deliver: (response) => {
        const sheet = this.owner.sheet();
        const items = (response as { name: string; style: string }[]).map((row, i) => {
          const table = tables[i] as TwinTable;
          const proxy = new TableProxy(
            this.context,
            () => (sheet ? { sheet, table } : undefined),
            'table',
          );
          proxy.setLoaded(row);
          return proxy;
        });
        this.loaded.set('items', items);
      },
    });
    return this;
  }

  protected snapshot(): unknown {
    return undefined;
  }
}

function nextTableName(book: TwinBook): string {
  const names = new Set(book.sheets.flatMap((s) => s.tables.map((t) => t.name.toLowerCase())));
  let n = 1;
  while (names.has(`table${n}`)) n += 1;
  return `Table${n}`;
}

export class TableProxy extends TwinProxy<{ sheet: TwinSheet; table: TwinTable }> {
  protected readonly loadable = ['name', 'style'] as const;

  constructor(
    context: TwinContext,
    resolver: Resolver<{ sheet: TwinSheet; table: TwinTable }>,
    path: string,
  ) {
    super(context, resolver, path);
  }

  setLoaded(values: Record<string, unknown>): void {
    for (const [key, value] of Object.entries(values)) this.loaded.set(key, value);
  }

  get name(): string {
    return this.read('name');
  }

  set name(value: string) {
    this.command('set name', value, ({ sheet, table }) => {
      if (!TABLE_NAME.test(value) || /^[A-Za-z]{1,3}\d+$/.test(value))
        throw invalidArgument('name');
      const taken = this.book.sheets.some((s) =>
        s.tables.some((t) => t !== table && t.name.toLowerCase() === value.toLowerCase()),
      );
      if (taken)
        throw new TwinOfficeError('ItemAlreadyExists', officeMessages.itemAlreadyExists, value);
      table.name = value;
      this.context.twin.recordWrite(sheet.name, 'table.name');
    });
  }

  get style(): string {
    return this.read('style');
  }

  set style(value: string) {
    this.command('set style', value, ({ sheet, table }) => {
      table.style = value;
      this.context.twin.recordWrite(sheet.name, 'table.style');
    });
  }

  delete(): void {
    this.command('delete', [], ({ sheet, table }) => {
      sheet.tables.splice(sheet.tables.indexOf(table), 1);
      this.context.twin.recordWrite(sheet.name, 'table.delete');
    });
  }

  protected snapshot(property: string, { table }: { sheet: TwinSheet; table: TwinTable }): unknown {
    return property === 'name' ? table.name : table.style;
  }
}
