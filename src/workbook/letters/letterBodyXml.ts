/**
 * The body of a letter as WordprocessingML (the inside of <w:body>): title, paragraphs, tables
 * with a header row repeated on each page and a totals row, the signature and seal block, and the
 * reply slip below a dashed cut line. Element order inside each *Pr follows the OOXML schema,
 * which Word enforces.
 */
import type {
  CellAlign,
  LetterBlock,
  LetterModel,
  LetterTable,
  ReplySlip,
} from '../../domain/letters/letterModel';
import {
  SLIP_TITLE_SIZE,
  SMALL_SIZE,
  TABLE_SIZE,
  TEXT_WIDTH,
  TITLE_EAST_ASIA_FONT,
  TITLE_SIZE,
} from './letterLayout';

interface RunStyle {
  readonly bold?: boolean;
  readonly size?: number;
  readonly color?: string;
  readonly titleFont?: boolean;
}

interface ParagraphStyle {
  readonly align?: CellAlign;
  readonly before?: number;
  readonly after?: number;
  readonly line?: number;
  readonly keepNext?: boolean;
  readonly dashedTop?: boolean;
}

/** Everything between <w:body> and the section properties, for one letter. */
export function letterBodyXml(model: LetterModel): string {
  const title = paragraph([run(model.title, { bold: true, size: TITLE_SIZE, titleFont: true })], {
    align: 'center',
    after: 240,
  });
  return title + model.blocks.map(blockXml).join('');
}

function blockXml(block: LetterBlock): string {
  switch (block.type) {
    case 'paragraph':
      return paragraph([run(block.text)]);
    case 'table':
      return tableXml(block.table) + paragraph([]);
    case 'signature':
      return signatureXml(block.lines);
    case 'reply-slip':
      return replySlipXml(block.slip);
  }
}

// XML 1.0 cannot carry most control characters at all; they never belong in a letter.
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g; // eslint-disable-line no-control-regex

function escapeXml(text: string): string {
  return text
    .replace(CONTROL_CHARS, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

export function run(text: string, style: RunStyle = {}): string {
  let props = '';
  if (style.titleFont) props += `<w:rFonts w:eastAsia="${TITLE_EAST_ASIA_FONT}"/>`;
  if (style.bold) props += '<w:b/><w:bCs/>';
  if (style.color) props += `<w:color w:val="${style.color}"/>`;
  if (style.size) props += `<w:sz w:val="${style.size}"/><w:szCs w:val="${style.size}"/>`;
  const rPr = props ? `<w:rPr>${props}</w:rPr>` : '';
  return `<w:r>${rPr}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

function paragraph(runs: readonly string[], style: ParagraphStyle = {}): string {
  let props = '';
  if (style.keepNext) props += '<w:keepNext/>';
  if (style.dashedTop) {
    props += '<w:pBdr><w:top w:val="dashed" w:sz="6" w:space="4" w:color="7F7F7F"/></w:pBdr>';
  }
  const spacing = [
    style.before === undefined ? '' : ` w:before="${style.before}"`,
    style.after === undefined ? '' : ` w:after="${style.after}"`,
    style.line === undefined ? '' : ` w:line="${style.line}" w:lineRule="auto"`,
  ].join('');
  if (spacing) props += `<w:spacing${spacing}/>`;
  if (style.align && style.align !== 'left') props += `<w:jc w:val="${style.align}"/>`;
  const pPr = props ? `<w:pPr>${props}</w:pPr>` : '';
  return `<w:p>${pPr}${runs.join('')}</w:p>`;
}

function columnWidths(given: readonly number[], count: number): number[] {
  const weights = given.length === count ? given : Array<number>(count).fill(1);
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((TEXT_WIDTH * w) / sum));
  widths[widths.length - 1] = (widths.at(-1) ?? 0) + TEXT_WIDTH - widths.reduce((a, b) => a + b, 0);
  return widths;
}

const BORDER = 'w:val="single" w:sz="4" w:space="0" w:color="000000"';

function tableOpen(widths: readonly number[], cellMargin: number): string {
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
    .map((side) => `<w:${side} ${BORDER}/>`)
    .join('');
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="${TEXT_WIDTH}" w:type="dxa"/>` +
    `<w:tblBorders>${borders}</w:tblBorders><w:tblLayout w:type="fixed"/>` +
    `<w:tblCellMar><w:left w:w="${cellMargin}" w:type="dxa"/>` +
    `<w:right w:w="${cellMargin}" w:type="dxa"/></w:tblCellMar></w:tblPr>` +
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`
  );
}

function cell(width: number, content: string, shaded = false): string {
  const shade = shaded ? '<w:shd w:val="clear" w:color="auto" w:fill="E7E6E6"/>' : '';
  return (
    `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${shade}` +
    `<w:vAlign w:val="center"/></w:tcPr>${content}</w:tc>`
  );
}

function row(cells: string, header = false): string {
  return `<w:tr><w:trPr><w:cantSplit/>${header ? '<w:tblHeader/>' : ''}</w:trPr>${cells}</w:tr>`;
}

function tableXml(table: LetterTable): string {
  const widths = columnWidths(table.weights, table.columns.length);
  const cellText = (text: string, align: CellAlign, bold: boolean): string =>
    paragraph([run(text, { size: TABLE_SIZE, bold })], { align, before: 0, after: 0, line: 276 });

  const header = row(
    table.columns
      .map((text, i) => cell(widths[i] ?? 0, cellText(text, 'center', true), true))
      .join(''),
    true,
  );
  const body = table.rows
    .map((r) =>
      row(
        r
          .map((text, i) => cell(widths[i] ?? 0, cellText(text, table.align[i] ?? 'left', false)))
          .join(''),
      ),
    )
    .join('');
  const totals = table.totals
    ? row(
        table.totals
          .map((text, i) => {
            const align = i === 0 ? 'center' : (table.align[i] ?? 'left');
            return cell(widths[i] ?? 0, cellText(text, align, true));
          })
          .join(''),
      )
    : '';
  return `${tableOpen(widths, 80)}${header}${body}${totals}</w:tbl>`;
}

// Company name, then room for the round seal (about 4 cm), then the date, to the right.
function signatureXml(lines: readonly string[]): string {
  const [company = '', seal = '', date = ''] = lines;
  return (
    paragraph([run(company)], { align: 'right', before: 480 }) +
    paragraph([run(seal, { color: '595959' })], { align: 'right', before: 240, after: 480 }) +
    paragraph([run(date)], { align: 'right' })
  );
}

function replySlipXml(slip: ReplySlip): string {
  const cutLine = paragraph([run(slip.cutLine, { size: SMALL_SIZE, color: '7F7F7F' })], {
    align: 'center',
    before: 360,
    after: 120,
    keepNext: true,
    dashedTop: true,
  });
  const title = paragraph(
    [run(slip.title, { bold: true, size: SLIP_TITLE_SIZE, titleFont: true })],
    {
      align: 'center',
      after: 120,
      keepNext: true,
    },
  );
  const lines = slip.lines.map((text) => paragraph([run(text)], { keepNext: true })).join('');

  const half = Math.floor(TEXT_WIDTH / 2);
  const widths = [half, TEXT_WIDTH - half];
  const boxes = slip.options
    .map((option, i) =>
      cell(
        widths[i] ?? half,
        paragraph([run(option.heading, { bold: true })]) +
          paragraph([]).repeat(option.blankLines) +
          option.footer.map((text) => paragraph([run(text)], { align: 'right' })).join(''),
      ),
    )
    .join('');
  return `${cutLine}${title}${lines}${tableOpen(widths, 120)}${row(boxes)}</w:tbl>`;
}
