/**
 * Highlights (conditional formats) and the chart of an owned sheet, queued into the batch that adds
 * the table so they cost no sync of their own. The sheet is new on every run, so nothing old has
 * to be removed first.
 */
import type { ResolvedDecorations } from '../../workbook/ownedDecorations';
import { HIGHLIGHT_COLOURS, SERIES_COLOURS, chartSizeCm } from '../../workbook/ownedDecorations';
import type { OwnedTable } from '../../workbook/workbookPort';
import { columnName } from './areaAddress';

const POINTS_PER_CM = 72 / 2.54;

/**
 * Queues the decorations onto a sheet in the current batch. Conditional formats need ExcelApi 1.6
 * and series over chosen ranges 1.7; on older Excel they are left out and the table still written.
 */
export function queueDecorations(
  sheet: Excel.Worksheet,
  table: OwnedTable,
  decorations: ResolvedDecorations,
  isSetSupported: (name: string, version: string) => boolean,
): void {
  // TODO(excel-adapter): Excel before 1.6/1.7 gets no highlights or chart; the cells still say it.
  if (isSetSupported('ExcelApi', '1.6')) queueHighlights(sheet, decorations);
  if (isSetSupported('ExcelApi', '1.7')) queueChart(sheet, table, decorations);
}

function queueHighlights(sheet: Excel.Worksheet, decorations: ResolvedDecorations): void {
  decorations.highlights.forEach((highlight, i) => {
    const range = sheet.getRangeByIndexes(
      highlight.firstRow - 1,
      highlight.column,
      highlight.lastRow - highlight.firstRow + 1,
      1,
    );
    // String enum values: the Excel namespace is only there inside Office.
    const conditional = range.conditionalFormats.add('CellValue');
    const { fill, font, bold } = HIGHLIGHT_COLOURS[highlight.style];
    conditional.cellValue.format.fill.color = `#${fill}`;
    conditional.cellValue.format.font.color = `#${font}`;
    if (bold) conditional.cellValue.format.font.bold = true;
    conditional.cellValue.rule = {
      formula1: `="${highlight.equals.replace(/"/g, '""')}"`,
      operator: 'EqualTo',
    };
    // Each new format goes on top; numbering them keeps the first rule given the strongest.
    conditional.priority = i;
  });
}

function queueChart(
  sheet: Excel.Worksheet,
  table: OwnedTable,
  decorations: ResolvedDecorations,
): void {
  const chart = decorations.chart;
  if (!chart) return;

  const rows = chart.lastRow - chart.firstRow + 1;
  const columnRange = (column: number) =>
    sheet.getRangeByIndexes(chart.firstRow - 1, column, rows, 1);
  const categories = columnRange(chart.categories);
  const kind = chart.kind === 'stacked-bar' ? 'BarStacked' : 'ColumnClustered';
  const [first = chart.categories, ...others] = chart.series;

  const created = sheet.charts.add(kind, columnRange(first), 'Columns');
  created.title.text = chart.title;
  created.legend.position = 'Bottom';
  const seriesOf = (column: number, i: number, series: Excel.ChartSeries) => {
    series.name = table.columns[column]?.header ?? '';
    series.setXAxisValues(categories);
    series.format.fill.setSolidColor(`#${SERIES_COLOURS[i % SERIES_COLOURS.length] ?? '4472C4'}`);
  };
  seriesOf(first, 0, created.series.getItemAt(0));
  others.forEach((column, i) => {
    const series = created.series.add(table.columns[column]?.header ?? '');
    series.setValues(columnRange(column));
    seriesOf(column, i + 1, series);
  });

  const right = chart.anchor === 'right';
  const startRow = right ? 2 : 3 + Math.max(1, table.rows.length);
  const startColumn = right ? table.columns.length + 2 : 1;
  created.setPosition(`${columnName(startColumn)}${startRow}`);
  const size = chartSizeCm(chart);
  created.width = size.width * POINTS_PER_CM;
  created.height = size.height * POINTS_PER_CM;
}
