/**
 * Prints a letter's content model into a .docx laid out for A4: title, body, the table with its
 * totals row, the signature and seal block, and for a 对账函 the reply slip below a cut line.
 * Chinese text is set in SimSun (宋体, the title in SimHei 黑体), Latin text in Times New Roman.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IRunOptions,
} from 'docx';
import type {
  CellAlign,
  LetterBlock,
  LetterModel,
  LetterTable,
  ReplySlip,
} from '../../domain/letters/letterModel';

// A4 in twentieths of a point, with 2.5 cm margins left and right, 2.2 cm top and bottom.
const PAGE = { width: 11906, height: 16838 };
const MARGIN = { top: 1247, bottom: 1247, left: 1417, right: 1417 };
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

const LATIN_FONT = 'Times New Roman';
const BODY_FONT = { ascii: LATIN_FONT, hAnsi: LATIN_FONT, cs: LATIN_FONT, eastAsia: 'SimSun' };
const TITLE_FONT = { ascii: LATIN_FONT, hAnsi: LATIN_FONT, cs: LATIN_FONT, eastAsia: 'SimHei' };

// Sizes in half-points: 小四 12 pt body, 五号 10.5 pt tables, 小二 18 pt title.
const BODY_SIZE = 24;
const TABLE_SIZE = 21;
const TITLE_SIZE = 36;
const FOOTER_SIZE = 18;

const THIN = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const CELL_BORDERS = { top: THIN, bottom: THIN, left: THIN, right: THIN };

/** The letter as the bytes of a .docx file. */
export async function renderLetterDocx(model: LetterModel): Promise<Uint8Array> {
  const doc = new Document({
    creator: 'Cashier Desk 出纳台',
    title: `${model.number} ${model.title}`,
    styles: {
      default: {
        document: {
          run: { font: BODY_FONT, size: BODY_SIZE },
          // Chinese letters read at 1.5 lines with indented paragraphs; English ones at 1.15
          // lines with a gap after each block paragraph.
          paragraph: {
            spacing: model.lang === 'zh' ? { line: 360 } : { line: 276, after: 120 },
          },
        },
      },
    },
    sections: [
      {
        properties: { page: { size: PAGE, margin: MARGIN } },
        footers: { default: footer(model) },
        children: [titleParagraph(model.title), ...model.blocks.flatMap(renderBlock)],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

function titleParagraph(title: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 240 },
    children: [new TextRun({ text: title, bold: true, size: TITLE_SIZE, font: TITLE_FONT })],
  });
}

function renderBlock(block: LetterBlock): (Paragraph | Table)[] {
  switch (block.type) {
    case 'paragraph':
      return [new Paragraph({ children: [run(block.text)] })];
    case 'table':
      return [letterTable(block.table), new Paragraph({ children: [] })];
    case 'signature':
      return signature(block.lines);
    case 'reply-slip':
      return replySlip(block.slip);
  }
}

function run(text: string, extra: IRunOptions = {}): TextRun {
  return new TextRun({ text, ...extra });
}

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const;

function letterTable(table: LetterTable): Table {
  const widths = columnWidths(table.weights, table.columns.length);
  const cell = (text: string, align: CellAlign, opts: { bold?: boolean; shade?: boolean }) =>
    new TableCell({
      borders: CELL_BORDERS,
      verticalAlign: VerticalAlign.CENTER,
      margins: { left: 80, right: 80, top: 30, bottom: 30 },
      ...(opts.shade
        ? { shading: { type: ShadingType.CLEAR, fill: 'E7E6E6', color: 'auto' } }
        : {}),
      children: [
        new Paragraph({
          alignment: ALIGN[align],
          spacing: { line: 276, before: 0, after: 0 },
          children: [run(text, { size: TABLE_SIZE, ...(opts.bold ? { bold: true } : {}) })],
        }),
      ],
    });

  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.columns.map((text) => cell(text, 'center', { bold: true, shade: true })),
  });
  const body = table.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: row.map((text, i) => cell(text, table.align[i] ?? 'left', {})),
      }),
  );
  const totals = table.totals
    ? [
        new TableRow({
          cantSplit: true,
          children: table.totals.map((text, i) =>
            cell(text, i === 0 ? 'center' : (table.align[i] ?? 'left'), { bold: true }),
          ),
        }),
      ]
    : [];

  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [header, ...body, ...totals],
  });
}

function columnWidths(given: readonly number[], count: number): number[] {
  const weights = given.length === count ? given : Array<number>(count).fill(1);
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((TEXT_WIDTH * w) / sum));
  widths[widths.length - 1] = (widths.at(-1) ?? 0) + TEXT_WIDTH - widths.reduce((a, b) => a + b, 0);
  return widths;
}

// Company name, then room for the round seal (about 4 cm), then the date, to the right.
function signature(lines: readonly string[]): Paragraph[] {
  const [company = '', seal = '', date = ''] = lines;
  return [
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: { before: 480 },
      children: [run(company)],
    }),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: { before: 240, after: 480 },
      children: [run(seal, { color: '595959' })],
    }),
    new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(date)] }),
  ];
}

function replySlip(slip: ReplySlip): (Paragraph | Table)[] {
  const cutLine = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 360, after: 120 },
    keepNext: true,
    border: { top: { style: BorderStyle.DASHED, size: 6, color: '7F7F7F', space: 4 } },
    children: [run(slip.cutLine, { size: 18, color: '7F7F7F' })],
  });
  const title = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 120 },
    keepNext: true,
    children: [run(slip.title, { bold: true, size: 28, font: TITLE_FONT })],
  });
  const lines = slip.lines.map((text) => new Paragraph({ keepNext: true, children: [run(text)] }));

  const half = Math.floor(TEXT_WIDTH / 2);
  const boxes = new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [half, TEXT_WIDTH - half],
    rows: [
      new TableRow({
        cantSplit: true,
        children: slip.options.map(
          (option) =>
            new TableCell({
              borders: CELL_BORDERS,
              margins: { left: 120, right: 120, top: 80, bottom: 80 },
              children: [
                new Paragraph({ children: [run(option.heading, { bold: true })] }),
                ...Array.from({ length: option.blankLines }, () => new Paragraph({ children: [] })),
                ...option.footer.map(
                  (text) =>
                    new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(text)] }),
                ),
              ],
            }),
        ),
      }),
    ],
  });

  return [cutLine, title, ...lines, boxes];
}

function footer(model: LetterModel): Footer {
  const small = (text: string): TextRun => run(text, { size: FOOTER_SIZE });
  const field = (which: string): TextRun => new TextRun({ size: FOOTER_SIZE, children: [which] });
  const pageWords =
    model.lang === 'zh'
      ? [
          small('第 '),
          field(PageNumber.CURRENT),
          small(' 页 / 共 '),
          field(PageNumber.TOTAL_PAGES),
          small(' 页'),
        ]
      : [small('Page '), field(PageNumber.CURRENT), small(' of '), field(PageNumber.TOTAL_PAGES)];
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [small(`${model.number}    `), ...pageWords],
      }),
    ],
  });
}
