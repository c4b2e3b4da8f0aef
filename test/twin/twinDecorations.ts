/**
 * Conditional formats and charts in the strict twin: write-only proxies shaped like Office.js's
 * (ConditionalFormatCollection, ChartCollection, Chart, ChartSeries). Everything is queued and
 * applied at sync, members above the claimed ExcelApi set are ApiNotFound, and enum strings or
 * ranges Excel would refuse are InvalidArgument. What was applied is kept on the TwinSheet.
 */
import type { Rect } from './a1';
import { formatRect } from './a1';
import type { TwinSheet } from './twinBook';
import { TwinOfficeError, officeMessages } from './twinErrors';
import type { RangeProxy, WorksheetProxy } from './twinProxies';
import type { TwinContext } from './twinRuntime';

export interface TwinConditionalFormat {
  readonly type: string;
  /** A1 address of the range it covers. */
  readonly range: string;
  rule?: { formula1: string; formula2?: string; operator: string };
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  priority?: number;
}

export interface TwinChartSeries {
  name: string;
  /** A1 addresses on the chart's sheet. */
  values?: string;
  categories?: string;
  fill?: string;
}

export interface TwinChart {
  readonly type: string;
  readonly source: string;
  readonly seriesBy: string;
  title: string;
  legendPosition?: string;
  readonly series: TwinChartSeries[];
  /** Top-left cell the chart was placed at. */
  position?: string;
  width?: number;
  height?: number;
}

const FORMAT_TYPES = ['CellValue', 'ContainsText', 'Custom', 'DataBar', 'ColorScale', 'IconSet'];
const OPERATORS = [
  'Between',
  'NotBetween',
  'EqualTo',
  'NotEqualTo',
  'GreaterThan',
  'LessThan',
  'GreaterThanOrEqual',
  'LessThanOrEqual',
];
const CHART_TYPES = [
  'BarStacked',
  'BarClustered',
  'ColumnClustered',
  'ColumnStacked',
  'Line',
  'Pie',
];
const SERIES_BY = ['Auto', 'Columns', 'Rows'];
const LEGEND_POSITIONS = ['Top', 'Bottom', 'Left', 'Right', 'Corner', 'Custom', 'Invalid'];
const COLOUR = /^#[0-9A-Fa-f]{6}$/;

function invalidArgument(argument: string): TwinOfficeError {
  return new TwinOfficeError('InvalidArgument', officeMessages.invalidArgument(argument), argument);
}

function notFound(what: string): TwinOfficeError {
  return new TwinOfficeError('ItemNotFound', officeMessages.itemNotFound, what);
}

/** Queues one write applied at sync; `target` is only looked up then, as Office.js does. */
function queue<T>(
  context: TwinContext,
  path: string,
  command: string,
  args: unknown,
  target: () => T | undefined,
  apply: (target: T) => void,
): void {
  context.enqueue({
    wire: { path, command, args },
    apply: () => {
      const found = target();
      if (found === undefined) throw notFound(path);
      apply(found);
      return undefined;
    },
  });
}

function colour(value: string, argument: string): string {
  if (!COLOUR.test(value)) throw invalidArgument(argument);
  return value.toUpperCase();
}

/** The range a proxy names, required to be on `sheet`. */
function rectOn(range: RangeProxy | string, sheet: TwinSheet, argument: string): Rect {
  if (typeof range === 'string') throw invalidArgument(argument);
  const target = range.range();
  if (!target || target.sheet !== sheet) throw invalidArgument(argument);
  return target.rect;
}

export class ConditionalFormatCollectionProxy {
  constructor(
    private readonly context: TwinContext,
    private readonly range: RangeProxy,
  ) {}

  add(type: string): ConditionalFormatProxy {
    let created: { sheet: TwinSheet; format: TwinConditionalFormat } | undefined;
    queue(
      this.context,
      'conditionalFormats',
      'add',
      [type],
      () => this.range.range(),
      ({ sheet, rect }) => {
        this.context.twin.requireApi('1.6', 'ConditionalFormatCollection.add');
        if (!FORMAT_TYPES.includes(type)) throw invalidArgument('type');
        const format: TwinConditionalFormat = { type, range: formatRect(rect) };
        sheet.conditionalFormats.push(format);
        created = { sheet, format };
        this.context.twin.recordWrite(sheet.name, 'conditionalFormats.add');
      },
    );
    return new ConditionalFormatProxy(this.context, () => created);
  }
}

type FormatTarget = () => { sheet: TwinSheet; format: TwinConditionalFormat } | undefined;

export class ConditionalFormatProxy {
  readonly cellValue: CellValueFormatProxy;

  constructor(
    private readonly context: TwinContext,
    private readonly target: FormatTarget,
  ) {
    this.cellValue = new CellValueFormatProxy(context, target);
  }

  set priority(value: number) {
    queue(this.context, 'conditionalFormat', 'set priority', value, this.target, ({ format }) => {
      if (!Number.isInteger(value) || value < 0) throw invalidArgument('priority');
      format.priority = value;
    });
  }
}

export class CellValueFormatProxy {
  readonly format: {
    readonly fill: { color: string };
    readonly font: { color: string; bold: boolean };
  };

  constructor(
    private readonly context: TwinContext,
    private readonly target: FormatTarget,
  ) {
    const set = (name: string, value: unknown, apply: (format: TwinConditionalFormat) => void) =>
      queue(context, 'cellValue.format', name, value, target, ({ format }) => {
        if (format.type !== 'CellValue') throw invalidArgument('cellValue');
        apply(format);
      });
    this.format = {
      fill: {
        set color(value: string) {
          set('set fill.color', value, (format) => (format.fill = colour(value, 'fill.color')));
        },
      } as { color: string },
      font: {
        set color(value: string) {
          set(
            'set font.color',
            value,
            (format) => (format.fontColor = colour(value, 'font.color')),
          );
        },
        set bold(value: boolean) {
          set('set font.bold', value, (format) => (format.bold = value));
        },
      } as { color: string; bold: boolean },
    };
  }

  set rule(rule: { formula1: string; formula2?: string; operator: string }) {
    queue(this.context, 'cellValue', 'set rule', rule, this.target, ({ format }) => {
      if (format.type !== 'CellValue') throw invalidArgument('cellValue');
      if (!OPERATORS.includes(rule.operator)) throw invalidArgument('operator');
      if (typeof rule.formula1 !== 'string' || rule.formula1 === '')
        throw invalidArgument('formula1');
      format.rule = { ...rule };
    });
  }
}

export class ChartCollectionProxy {
  constructor(
    private readonly context: TwinContext,
    private readonly owner: WorksheetProxy,
  ) {}

  add(type: string, source: RangeProxy, seriesBy = 'Auto'): ChartProxy {
    let created: { sheet: TwinSheet; chart: TwinChart } | undefined;
    queue(
      this.context,
      'charts',
      'add',
      [type, 'range', seriesBy],
      () => this.owner.sheet(),
      (sheet) => {
        if (!CHART_TYPES.includes(type)) throw invalidArgument('type');
        if (!SERIES_BY.includes(seriesBy)) throw invalidArgument('seriesBy');
        const rect = rectOn(source, sheet, 'sourceData');
        // One series per column (or row) of the source, as Excel makes them.
        const byRows = seriesBy === 'Rows';
        const count = byRows ? rect.r1 - rect.r0 + 1 : rect.c1 - rect.c0 + 1;
        const series = Array.from({ length: count }, (_, i) => ({
          name: `Series${i + 1}`,
          values: formatRect(
            byRows
              ? { ...rect, r0: rect.r0 + i, r1: rect.r0 + i }
              : { ...rect, c0: rect.c0 + i, c1: rect.c0 + i },
          ),
        }));
        const chart: TwinChart = { type, source: formatRect(rect), seriesBy, title: '', series };
        sheet.charts.push(chart);
        created = { sheet, chart };
        this.context.twin.recordWrite(sheet.name, 'charts.add');
      },
    );
    return new ChartProxy(this.context, () => created);
  }
}

type ChartTarget = () => { sheet: TwinSheet; chart: TwinChart } | undefined;

export class ChartProxy {
  readonly title: { text: string };
  readonly legend: { position: string };
  readonly series: ChartSeriesCollectionProxy;

  constructor(
    private readonly context: TwinContext,
    private readonly target: ChartTarget,
  ) {
    const set = (name: string, value: unknown, apply: (chart: TwinChart) => void) =>
      queue(context, 'chart', name, value, target, ({ chart }) => apply(chart));
    this.title = {
      set text(value: string) {
        set('set title.text', value, (chart) => (chart.title = value));
      },
    } as { text: string };
    this.legend = {
      set position(value: string) {
        set('set legend.position', value, (chart) => {
          if (!LEGEND_POSITIONS.includes(value)) throw invalidArgument('position');
          chart.legendPosition = value;
        });
      },
    } as { position: string };
    this.series = new ChartSeriesCollectionProxy(context, target);
  }

  set width(points: number) {
    queue(this.context, 'chart', 'set width', points, this.target, ({ chart }) => {
      if (!(points > 0)) throw invalidArgument('width');
      chart.width = points;
    });
  }

  set height(points: number) {
    queue(this.context, 'chart', 'set height', points, this.target, ({ chart }) => {
      if (!(points > 0)) throw invalidArgument('height');
      chart.height = points;
    });
  }

  /** Only a top-left cell given as an A1 address is modelled. */
  setPosition(startCell: string, endCell?: string): void {
    queue(this.context, 'chart', 'setPosition', [startCell, endCell], this.target, ({ chart }) => {
      if (!/^[A-Z]{1,3}[1-9]\d*$/.test(startCell) || endCell !== undefined) {
        throw invalidArgument('startCell');
      }
      chart.position = startCell;
    });
  }
}

export class ChartSeriesCollectionProxy {
  constructor(
    private readonly context: TwinContext,
    private readonly chart: ChartTarget,
  ) {}

  getItemAt(index: number): ChartSeriesProxy {
    return new ChartSeriesProxy(this.context, () => {
      const found = this.chart();
      const series = found?.chart.series[index];
      return found && series ? { sheet: found.sheet, series } : undefined;
    });
  }

  add(name?: string): ChartSeriesProxy {
    let created: { sheet: TwinSheet; series: TwinChartSeries } | undefined;
    queue(this.context, 'chart.series', 'add', [name], this.chart, ({ sheet, chart }) => {
      this.context.twin.requireApi('1.7', 'ChartSeriesCollection.add');
      const series = { name: name ?? `Series${chart.series.length + 1}` };
      chart.series.push(series);
      created = { sheet, series };
    });
    return new ChartSeriesProxy(this.context, () => created);
  }
}

export class ChartSeriesProxy {
  readonly format: { readonly fill: { setSolidColor(color: string): void } };

  constructor(
    private readonly context: TwinContext,
    private readonly target: () => { sheet: TwinSheet; series: TwinChartSeries } | undefined,
  ) {
    this.format = {
      fill: {
        setSolidColor: (value: string) =>
          queue(context, 'series.format.fill', 'setSolidColor', value, target, ({ series }) => {
            series.fill = colour(value, 'color');
          }),
      },
    };
  }

  set name(value: string) {
    queue(this.context, 'series', 'set name', value, this.target, ({ series }) => {
      series.name = value;
    });
  }

  setValues(range: RangeProxy): void {
    queue(this.context, 'series', 'setValues', 'range', this.target, ({ sheet, series }) => {
      this.context.twin.requireApi('1.7', 'ChartSeries.setValues');
      series.values = formatRect(rectOn(range, sheet, 'sourceData'));
    });
  }

  setXAxisValues(range: RangeProxy): void {
    queue(this.context, 'series', 'setXAxisValues', 'range', this.target, ({ sheet, series }) => {
      this.context.twin.requireApi('1.7', 'ChartSeries.setXAxisValues');
      series.categories = formatRect(rectOn(range, sheet, 'sourceData'));
    });
  }
}
