/**
 * styles.xml: which number format each cell style (the `s` of a cell) shows, and the few styles
 * owned tables need, added once and found again on later runs so repeated writes add nothing.
 */
import { builtinNumberFormat } from '../../domain/builtinNumberFormats';
import { attributesOf, escapeXml, tagsNamed } from './xmlText';

/** Format code of every cellXfs entry, by its index. */
export function numberFormatsByStyle(stylesXml: string): string[] {
  const custom = customNumberFormats(stylesXml);
  return cellXfTags(stylesXml).map((tag) => {
    const id = Number(attributesOf(tag).numFmtId ?? 0);
    return custom.get(id) ?? builtinNumberFormat(id);
  });
}

function customNumberFormats(stylesXml: string): Map<number, string> {
  const formats = new Map<number, string>();
  for (const tag of tagsNamed(stylesXml, 'numFmt')) {
    const { numFmtId, formatCode } = attributesOf(tag);
    if (numFmtId !== undefined && formatCode !== undefined)
      formats.set(Number(numFmtId), formatCode);
  }
  return formats;
}

function cellXfsSection(stylesXml: string): { start: number; end: number } | undefined {
  const open = /<cellXfs\b[^>]*?(\/?)>/.exec(stylesXml);
  if (!open) return undefined;
  if (open[1] === '/') return { start: open.index, end: open.index + open[0].length };
  const close = stylesXml.indexOf('</cellXfs>', open.index);
  return close < 0 ? undefined : { start: open.index, end: close + '</cellXfs>'.length };
}

function cellXfTags(stylesXml: string): string[] {
  const section = cellXfsSection(stylesXml);
  if (!section) return [];
  const body = stylesXml.slice(section.start, section.end);
  // An <xf> may hold <alignment>/<protection> children; only the start tags matter here.
  return tagsNamed(body, 'xf');
}

/** The plain style Cashier Desk gives an owned cell with this number format id. */
function ownedXf(numFmtId: number): string {
  return `<xf numFmtId="${numFmtId}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`;
}

const FIRST_CUSTOM_FORMAT_ID = 164;

/**
 * Makes sure styles.xml has a plain cell style for each format code, reusing matching formats
 * and styles already there; returns the new styles.xml and each code's style index.
 */
export function ensureCellStyles(
  stylesXml: string,
  codes: readonly string[],
  builtinIds: Readonly<Record<string, number>>,
): { xml: string; styleOf: Map<string, number> } {
  let xml = stylesXml;
  const custom = customNumberFormats(xml);
  const styleOf = new Map<string, number>();

  for (const code of codes) {
    let id = builtinIds[code];
    if (id === undefined) {
      id = [...custom].find(([, existing]) => existing === code)?.[0];
    }
    if (id === undefined) {
      id = Math.max(FIRST_CUSTOM_FORMAT_ID - 1, ...custom.keys()) + 1;
      custom.set(id, code);
      xml = addNumberFormat(xml, id, code);
    }

    const wanted = ownedXf(id);
    const existing = cellXfTags(xml).findIndex((tag) => tag === wanted);
    if (existing >= 0) {
      styleOf.set(code, existing);
    } else {
      styleOf.set(code, cellXfTags(xml).length);
      xml = addCellXf(xml, wanted);
    }
  }
  return { xml, styleOf };
}

function addNumberFormat(xml: string, id: number, code: string): string {
  const entry = `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`;
  const open = /<numFmts\b[^>]*?(\/?)>/.exec(xml);
  if (open && open[1] !== '/') {
    const close = xml.indexOf('</numFmts>', open.index);
    const updated = `${xml.slice(0, close)}${entry}${xml.slice(close)}`;
    return recount(updated, 'numFmts', tagsNamed(updated, 'numFmt').length);
  }
  const section = `<numFmts count="1">${entry}</numFmts>`;
  if (open) return `${xml.slice(0, open.index)}${section}${xml.slice(open.index + open[0].length)}`;

  // numFmts comes first inside styleSheet.
  const root = /<styleSheet\b[^>]*>/.exec(xml);
  if (!root) throw new Error('styles.xml has no styleSheet element');
  const at = root.index + root[0].length;
  return `${xml.slice(0, at)}${section}${xml.slice(at)}`;
}

function addCellXf(xml: string, xf: string): string {
  const section = cellXfsSection(xml);
  if (!section) throw new Error('styles.xml has no cellXfs element');
  const body = xml.slice(section.start, section.end);
  const updated = body.endsWith('/>')
    ? `<cellXfs count="1">${xf}</cellXfs>`
    : `${body.slice(0, -'</cellXfs>'.length)}${xf}</cellXfs>`;
  const result = `${xml.slice(0, section.start)}${updated}${xml.slice(section.end)}`;
  return recount(result, 'cellXfs', cellXfTags(result).length);
}

function recount(xml: string, element: string, count: number): string {
  const pattern = new RegExp(`<${element}\\b[^>]*>`);
  return xml.replace(pattern, (tag) =>
    /\scount="\d*"/.test(tag)
      ? tag.replace(/\scount="\d*"/, ` count="${count}"`)
      : tag.replace(`<${element}`, `<${element} count="${count}"`),
  );
}

/** A minimal styles.xml for workbooks that arrive without one. */
export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';
