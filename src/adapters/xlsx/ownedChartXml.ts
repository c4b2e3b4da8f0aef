/**
 * The chart of an owned sheet: a drawing part holding one anchored graphic frame, and a chart part
 * whose series point at the sheet's cells by formula and carry cached values, so the chart shows
 * before anything recalculates (LibreOffice, viewers, Excel in protected view). Every value passes
 * through the escaping writer.
 */
import { fenToYuanNumber, type Fen } from '../../domain/money';
import type { ResolvedChart } from '../../workbook/ownedDecorations';
import { SERIES_COLOURS, chartSizeCm } from '../../workbook/ownedDecorations';
import type { OwnedCell, OwnedTable } from '../../workbook/workbookPort';
import { FORMAT_CODES, columnLetters } from './ownedSheetXml';
import { cleanCellText, escapeXml } from './xmlText';

export const DRAWING_RELATIONSHIP =
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
export const CHART_RELATIONSHIP =
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';
export const DRAWING_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml';
export const CHART_CONTENT_TYPE =
  'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const DRAWING_NS = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const MAIN_DRAWING_NS = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const CHART_NS = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const EMU_PER_CM = 360_000;

/** The drawing part: one chart anchored right of the table (a blank column between) or below it. */
export function drawingXml(table: OwnedTable, chart: ResolvedChart, chartRelId: string): string {
  const right = chart.anchor === 'right';
  const column = right ? table.columns.length + 1 : 0;
  const row = right ? 1 : 2 + Math.max(1, table.rows.length);
  const size = chartSizeCm(chart);
  const width = Math.round(size.width * EMU_PER_CM);
  const height = Math.round(size.height * EMU_PER_CM);
  return (
    `${XML_DECLARATION}<xdr:wsDr xmlns:xdr="${DRAWING_NS}" xmlns:a="${MAIN_DRAWING_NS}">` +
    '<xdr:oneCellAnchor>' +
    `<xdr:from><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff>` +
    `<xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
    `<xdr:ext cx="${width}" cy="${height}"/>` +
    '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr>' +
    `<xdr:cNvPr id="2" name="${escapeXml(chart.title || 'Chart 1')}"/><xdr:cNvGraphicFramePr/>` +
    '</xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${CHART_NS}">` +
    `<c:chart xmlns:c="${CHART_NS}" xmlns:r="${REL_NS}" r:id="${escapeXml(chartRelId)}"/>` +
    '</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:oneCellAnchor>' +
    '</xdr:wsDr>'
  );
}

/** The chart part: one bar chart, a series per column, categories and values by formula. */
export function chartXml(table: OwnedTable, chart: ResolvedChart): string {
  const sheet = `'${table.sheet.replace(/'/g, "''")}'`;
  const rows = table.rows.slice(chart.firstRow - 2, chart.lastRow - 1);
  const stacked = chart.kind === 'stacked-bar';
  const categories = strCache(rows.map((row) => categoryText(row[chart.categories] ?? null)));
  const categoryRef = columnRange(sheet, chart.categories, chart.firstRow, chart.lastRow);

  const series = chart.series
    .map((column, i) => {
      const header = table.columns[column]?.header ?? '';
      const format = table.columns[column]?.format ?? 'number';
      const values = rows.map((row) => pointValue(row[column] ?? null, format === 'money'));
      const colour = SERIES_COLOURS[i % SERIES_COLOURS.length] ?? '4472C4';
      return (
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
        `<c:tx><c:strRef><c:f>${escapeXml(`${sheet}!$${columnLetters(column + 1)}$1`)}</c:f>` +
        `${strCache([header])}</c:strRef></c:tx>` +
        `<c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></c:spPr>` +
        '<c:invertIfNegative val="0"/>' +
        `<c:cat><c:strRef><c:f>${escapeXml(categoryRef)}</c:f>${categories}</c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${escapeXml(columnRange(sheet, column, chart.firstRow, chart.lastRow))}</c:f>` +
        `${numCache(values, FORMAT_CODES[format])}</c:numRef></c:val></c:ser>`
      );
    })
    .join('');

  // Horizontal bars list categories bottom-up; reversing the axis reads top-down like the table.
  const categoryAxis =
    `<c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="${stacked ? 'maxMin' : 'minMax'}"/>` +
    `</c:scaling><c:delete val="0"/><c:axPos val="${stacked ? 'l' : 'b'}"/>` +
    '<c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/>' +
    '<c:crossAx val="1002"/><c:crosses val="autoZero"/><c:auto val="1"/>' +
    '<c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>';
  const valueAxis =
    `<c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${stacked ? 'b' : 'l'}"/><c:majorGridlines/>` +
    '<c:numFmt formatCode="#,##0" sourceLinked="0"/><c:tickLblPos val="nextTo"/>' +
    `<c:crossAx val="1001"/><c:crosses val="${stacked ? 'max' : 'autoZero'}"/>` +
    '<c:crossBetween val="between"/></c:valAx>';

  return (
    `${XML_DECLARATION}<c:chartSpace xmlns:c="${CHART_NS}" xmlns:a="${MAIN_DRAWING_NS}" ` +
    `xmlns:r="${REL_NS}"><c:roundedCorners val="0"/><c:chart>` +
    '<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr b="1" sz="1400"/></a:pPr>' +
    `<a:r><a:rPr b="1" sz="1400"/><a:t>${escapeXml(cleanCellText(chart.title))}</a:t></a:r></a:p>` +
    '</c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>' +
    '<c:plotArea><c:layout/><c:barChart>' +
    `<c:barDir val="${stacked ? 'bar' : 'col'}"/>` +
    `<c:grouping val="${stacked ? 'stacked' : 'clustered'}"/><c:varyColors val="0"/>` +
    series +
    `<c:gapWidth val="${stacked ? 60 : 150}"/>${stacked ? '<c:overlap val="100"/>' : ''}` +
    '<c:axId val="1001"/><c:axId val="1002"/></c:barChart>' +
    categoryAxis +
    valueAxis +
    '</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>' +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>'
  );
}

/** Relationships of a part holding one relationship (the sheet's drawing -> its chart). */
export function singleRelsXml(id: string, type: string, target: string): string {
  return (
    `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="${escapeXml(id)}" Type="${type}" Target="${escapeXml(target)}"/>` +
    '</Relationships>'
  );
}

function columnRange(sheet: string, column: number, firstRow: number, lastRow: number): string {
  const letters = columnLetters(column + 1);
  return `${sheet}!$${letters}$${firstRow}:$${letters}$${lastRow}`;
}

function strCache(texts: readonly string[]): string {
  const points = texts
    .map((text, i) => `<c:pt idx="${i}"><c:v>${escapeXml(cleanCellText(text))}</c:v></c:pt>`)
    .join('');
  return `<c:strCache><c:ptCount val="${texts.length}"/>${points}</c:strCache>`;
}

function numCache(values: readonly (number | undefined)[], formatCode: string): string {
  const points = values
    .map((value, i) => (value === undefined ? '' : `<c:pt idx="${i}"><c:v>${value}</c:v></c:pt>`))
    .join('');
  return (
    `<c:numCache><c:formatCode>${escapeXml(formatCode)}</c:formatCode>` +
    `<c:ptCount val="${values.length}"/>${points}</c:numCache>`
  );
}

/** The number the sheet shows; text in a numeric column is written as text, so it is a gap. */
function pointValue(cell: OwnedCell, money: boolean): number | undefined {
  if (typeof cell !== 'number' || !Number.isFinite(cell)) return undefined;
  const value = money ? fenToYuanNumber(cell as Fen) : cell;
  return Object.is(value, -0) ? 0 : value;
}

function categoryText(cell: OwnedCell): string {
  if (cell === null) return '';
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return String(cell);
}
