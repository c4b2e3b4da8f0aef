/**
 * Conditional formatting of owned sheets: the differential styles (dxfs) in styles.xml, added once
 * and found again on later runs, and the worksheet's <conditionalFormatting> blocks.
 */
import type { HighlightStyle } from '../../workbook/workbookPort';
import type { ResolvedHighlight } from '../../workbook/ownedDecorations';
import { HIGHLIGHT_COLOURS } from '../../workbook/ownedDecorations';
import { columnLetters } from './ownedSheetXml';
import { escapeXml } from './xmlText';

/** The dxf Cashier Desk writes for a highlight style, always spelled the same so it is found again. */
export function highlightDxf(style: HighlightStyle): string {
  const { fill, font, bold } = HIGHLIGHT_COLOURS[style];
  return (
    `<dxf><font>${bold ? '<b/>' : ''}<color rgb="FF${font}"/></font>` +
    `<fill><patternFill><bgColor rgb="FF${fill}"/></patternFill></fill></dxf>`
  );
}

/**
 * Makes sure styles.xml holds a dxf for each style, reusing identical ones already there; returns
 * the new styles.xml and each style's dxf index.
 */
export function ensureHighlightStyles(
  stylesXml: string,
  styles: readonly HighlightStyle[],
): { xml: string; dxfOf: Map<HighlightStyle, number> } {
  let xml = stylesXml;
  const dxfOf = new Map<HighlightStyle, number>();
  for (const style of new Set(styles)) {
    const wanted = highlightDxf(style);
    const existing = dxfEntries(xml).indexOf(wanted);
    if (existing >= 0) {
      dxfOf.set(style, existing);
    } else {
      dxfOf.set(style, dxfEntries(xml).length);
      xml = addDxf(xml, wanted);
    }
  }
  return { xml, dxfOf };
}

function dxfsSection(xml: string): { start: number; end: number; body: string } | undefined {
  const open = /<dxfs\b[^>]*?(\/?)>/.exec(xml);
  if (!open) return undefined;
  if (open[1] === '/') return { start: open.index, end: open.index + open[0].length, body: '' };
  const close = xml.indexOf('</dxfs>', open.index);
  if (close < 0) return undefined;
  return {
    start: open.index,
    end: close + '</dxfs>'.length,
    body: xml.slice(open.index + open[0].length, close),
  };
}

/** Each <dxf> of styles.xml as written, in index order. */
function dxfEntries(xml: string): string[] {
  return dxfsSection(xml)?.body.match(/<dxf\b[^>]*?(?:\/>|>[\s\S]*?<\/dxf>)/g) ?? [];
}

// dxfs follows cellStyles in styleSheet; these are the elements that may come after it.
const AFTER_DXFS = /<(?:tableStyles|colors|extLst)\b|<\/styleSheet>/;

function addDxf(xml: string, dxf: string): string {
  const section = dxfsSection(xml);
  if (section) {
    const entries = [...dxfEntries(xml), dxf];
    const rebuilt = `<dxfs count="${entries.length}">${section.body}${dxf}</dxfs>`;
    return `${xml.slice(0, section.start)}${rebuilt}${xml.slice(section.end)}`;
  }
  const at = AFTER_DXFS.exec(xml)?.index;
  if (at === undefined) throw new Error('styles.xml has no styleSheet end');
  return `${xml.slice(0, at)}<dxfs count="1">${dxf}</dxfs>${xml.slice(at)}`;
}

/**
 * One <conditionalFormatting> per highlighted column, holding a cellIs "equal" rule per text (the
 * text as a formula constant). Priorities follow the order given, so the first rule that matches
 * is the one Excel shows.
 */
export function conditionalFormattingXml(
  highlights: readonly ResolvedHighlight[],
  dxfOf: ReadonlyMap<HighlightStyle, number>,
): string {
  const rulesByRange = new Map<string, string[]>();
  highlights.forEach((highlight, i) => {
    const letters = columnLetters(highlight.column + 1);
    const sqref = `${letters}${highlight.firstRow}:${letters}${highlight.lastRow}`;
    const formula = `"${highlight.equals.replace(/"/g, '""')}"`;
    const rule =
      `<cfRule type="cellIs" dxfId="${dxfOf.get(highlight.style) ?? 0}" priority="${i + 1}" ` +
      `operator="equal"><formula>${escapeXml(formula)}</formula></cfRule>`;
    rulesByRange.set(sqref, [...(rulesByRange.get(sqref) ?? []), rule]);
  });
  return [...rulesByRange]
    .map(
      ([sqref, rules]) =>
        `<conditionalFormatting sqref="${sqref}">${rules.join('')}</conditionalFormatting>`,
    )
    .join('');
}
