/**
 * The highlights and the chart of an owned table, checked and resolved to columns and rows once,
 * so the .xlsx and the Office.js adapters draw the same thing with the same colours.
 */
import { InvalidArgumentError } from '../domain/problem';
import type { ColumnFormat, HighlightStyle, OwnedChart, OwnedTable } from './workbookPort';

/** Fill and font colour (RRGGBB) of each highlight style. */
export const HIGHLIGHT_COLOURS: Readonly<
  Record<HighlightStyle, { readonly fill: string; readonly font: string; readonly bold: boolean }>
> = {
  good: { fill: 'C6EFCE', font: '006100', bold: false },
  neutral: { fill: 'FFEB9C', font: '9C5700', bold: false },
  bad: { fill: 'FFCC99', font: '9C3400', bold: false },
  severe: { fill: 'C00000', font: 'FFFFFF', bold: true },
};

/** Series colours in order: from not yet due (green) to long overdue (dark red). */
export const SERIES_COLOURS: readonly string[] = [
  '70AD47',
  'FFC000',
  'ED7D31',
  'E0301E',
  '9E1B32',
  '5B9BD5',
  '7F7F7F',
  '4472C4',
];

/** Excel refuses a text constant longer than this in a formula. */
const MAX_FORMULA_TEXT = 255;
const NUMERIC_FORMATS: ReadonlySet<ColumnFormat> = new Set([
  'money',
  'integer',
  'number',
  'percent',
]);

export interface ResolvedHighlight {
  /** 0-based column index. */
  readonly column: number;
  readonly equals: string;
  readonly style: HighlightStyle;
  /** Sheet rows (1-based, inclusive) of the column's data cells. */
  readonly firstRow: number;
  readonly lastRow: number;
}

export interface ResolvedChart {
  readonly kind: OwnedChart['kind'];
  readonly title: string;
  /** 0-based column indexes. */
  readonly categories: number;
  readonly series: readonly number[];
  /** Sheet rows (1-based, inclusive) the chart draws. */
  readonly firstRow: number;
  readonly lastRow: number;
  readonly anchor: OwnedChart['anchor'];
}

export interface ResolvedDecorations {
  readonly highlights: readonly ResolvedHighlight[];
  /** Absent when the table asks for none, or when no data row is left to draw. */
  readonly chart?: ResolvedChart;
}

/**
 * Resolves headers to columns and the data rows to sheet rows. A header that is not a column, a
 * chart series over a text column or a highlight Excel cannot hold is a bug in the caller:
 * InvalidArgumentError.
 */
export function resolveDecorations(table: OwnedTable): ResolvedDecorations {
  const lastDataRow = 1 + Math.max(1, table.rows.length);
  const highlights = (table.highlights ?? []).map((highlight): ResolvedHighlight => {
    if (highlight.equals === '' || highlight.equals.length > MAX_FORMULA_TEXT) {
      throw new InvalidArgumentError(
        `A highlight of ${table.tableName} must match 1 to ${MAX_FORMULA_TEXT} characters.`,
      );
    }
    return {
      column: columnNamed(table, highlight.column),
      equals: highlight.equals,
      style: highlight.style,
      firstRow: 2,
      lastRow: lastDataRow,
    };
  });

  const chart = table.chart;
  if (chart === undefined) return { highlights };
  if (chart.seriesColumns.length === 0) {
    throw new InvalidArgumentError(`The chart of ${table.tableName} needs at least one series.`);
  }
  const categories = columnNamed(table, chart.categoriesColumn);
  const series = chart.seriesColumns.map((header) => {
    const column = columnNamed(table, header);
    if (!NUMERIC_FORMATS.has(table.columns[column]?.format ?? 'text')) {
      throw new InvalidArgumentError(
        `Chart series "${header}" of ${table.tableName} is not a numeric column.`,
      );
    }
    return column;
  });

  // A TOTAL row would dwarf every customer's bar, so the caller may leave the last row out.
  const drawnRows = table.rows.length - (chart.rows === 'all-but-last' ? 1 : 0);
  if (drawnRows <= 0) return { highlights };
  return {
    highlights,
    chart: {
      kind: chart.kind,
      title: chart.title,
      categories,
      series,
      firstRow: 2,
      lastRow: 1 + drawnRows,
      anchor: chart.anchor,
    },
  };
}

// A fixed size rather than a span of columns, so wide money columns do not stretch the chart past
// a printed page: 16 cm fits A4 portrait between Excel's default margins.
const CHART_WIDTH_CM = 16;
const CHART_MIN_HEIGHT_CM = 9;
const CHART_MAX_HEIGHT_CM = 40;

/** The chart's size; horizontal bars get taller with the customers they list. */
export function chartSizeCm(chart: ResolvedChart): {
  readonly width: number;
  readonly height: number;
} {
  if (chart.kind !== 'stacked-bar') return { width: CHART_WIDTH_CM, height: CHART_MIN_HEIGHT_CM };
  const bars = chart.lastRow - chart.firstRow + 1;
  const height = Math.min(CHART_MAX_HEIGHT_CM, Math.max(CHART_MIN_HEIGHT_CM, 3 + bars * 0.6));
  return { width: CHART_WIDTH_CM, height };
}

/** Headers match as the adapters compare them: trimmed, without regard to case. */
function columnNamed(table: OwnedTable, header: string): number {
  const key = header.trim().toLowerCase();
  const index = table.columns.findIndex((column) => column.header.trim().toLowerCase() === key);
  if (index < 0) {
    throw new InvalidArgumentError(`${table.tableName} has no column "${header}".`);
  }
  return index;
}
