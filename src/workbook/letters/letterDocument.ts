/**
 * A letter's content model as a `docx` Document laid out for A4: the title, paragraphs, the
 * invoices table with its header repeated on each page and a bold totals row, the signature and
 * seal block, the reply slip below a dashed cut line, and the footer with the letter number and
 * "page x of y". Everything is built with the package's own objects; no XML is written by hand.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  DocumentDefaults,
  Footer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IParagraphStyleOptions,
  type IRunOptions,
  type IStylesOptions,
} from 'docx';
import type {
  CellAlign,
  LetterBlock,
  LetterModel,
  LetterTable,
  ReplySlip,
} from '../../domain/letters/letterModel';
import type { Lang } from '../../domain/messages/index';
import {
  BODY_FONT,
  BODY_SIZE,
  FOOTER_SIZE,
  MARGIN,
  PAGE,
  SLIP_TITLE_SIZE,
  SMALL_SIZE,
  TABLE_SIZE,
  TEXT_WIDTH,
  TITLE_FONT,
  TITLE_SIZE,
} from './letterLayout';

/** The letter as a `docx` Document, ready for the Packer. */
export function letterDocument(model: LetterModel): Document {
  return new Document({
    creator: 'Cashier Desk 出纳台',
    title: `${model.number} ${model.title}`,
    styles: documentStyles(model.lang),
    sections: [
      {
        properties: { page: { size: PAGE, margin: MARGIN } },
        footers: { default: footer(model.number, model.lang) },
        children: [titleParagraph(model.title), ...model.blocks.flatMap(blockContent)],
      },
    ],
  });
}

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const;

// The letter's styles: the document defaults (fonts, size, line spacing) and the few paragraph
// styles the letter uses, and nothing else. Given as `importedStyles`, they stand in for docx's
// default set (Title, Heading 1-6, TOC 1-9, footnote and caption styles...), which a letter never
// uses but the Packer would otherwise write into every letter's styles.xml.
function documentStyles(lang: Lang): IStylesOptions {
  return {
    importedStyles: [
      new DocumentDefaults({
        run: { font: BODY_FONT, size: BODY_SIZE },
        // Chinese letters read at 1.5 lines; English ones at 1.15 lines with a gap after each
        // paragraph, as English business letters are set.
        paragraph: { spacing: lang === 'zh' ? { line: 360 } : { line: 276, after: 120 } },
      }),
    ],
    paragraphStyles: PARAGRAPH_STYLES,
  };
}

// A table cell's paragraph refers to one of six styles (alignment, bold or not) defined once in
// the letter's styles, rather than carrying its spacing, alignment and size itself: a 催款函 has
// up to 50 cells, and every property written per cell costs the Packer time in every letter.
const CELL_SPACING = { before: 0, after: 0, line: 276 };

function cellStyleId(align: CellAlign, bold: boolean): string {
  return `LetterCell${bold ? 'Bold' : ''}${align[0]?.toUpperCase()}${align.slice(1)}`;
}

const CELL_STYLES: IParagraphStyleOptions[] = (['left', 'center', 'right'] as const).flatMap(
  (align) =>
    [false, true].map((bold) => ({
      id: cellStyleId(align, bold),
      name: `Letter cell ${bold ? 'bold ' : ''}${align}`,
      paragraph: { alignment: ALIGN[align], spacing: CELL_SPACING },
      run: { size: TABLE_SIZE, ...(bold ? { bold: true } : {}) },
    })),
);

const FOOTER_STYLE_ID = 'LetterFooter';
const FOOTER_STYLE: IParagraphStyleOptions = {
  id: FOOTER_STYLE_ID,
  name: 'Letter footer',
  paragraph: { alignment: AlignmentType.CENTER },
  run: { size: FOOTER_SIZE },
};

// Normal is named so that Word and LibreOffice find the default paragraph style they expect.
const PARAGRAPH_STYLES: readonly IParagraphStyleOptions[] = [
  { id: 'Normal', name: 'Normal', quickFormat: true },
  ...CELL_STYLES,
  FOOTER_STYLE,
];

function titleParagraph(title: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 240 },
    children: [run(title, { bold: true, size: TITLE_SIZE, font: TITLE_FONT })],
  });
}

function blockContent(block: LetterBlock): (Paragraph | Table)[] {
  switch (block.type) {
    case 'paragraph':
      return [new Paragraph({ children: [run(block.text)] })];
    case 'table':
      return [letterTable(block.table), new Paragraph({})];
    case 'signature':
      return signature(block.lines);
    case 'reply-slip':
      return replySlip(block.slip);
  }
}

// XML 1.0 cannot carry most control characters at all; they never belong in a letter. (docx
// escapes & < > " itself, but passes these through into a package Word refuses to open.)
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g; // eslint-disable-line no-control-regex

function run(text: string, options: Omit<IRunOptions, 'text' | 'children'> = {}): TextRun {
  return new TextRun({ ...options, text: text.replace(CONTROL_CHARS, '') });
}

const THIN = { style: BorderStyle.SINGLE, size: 4, space: 0, color: '000000' };
const TABLE_BORDERS = {
  top: THIN,
  bottom: THIN,
  left: THIN,
  right: THIN,
  insideHorizontal: THIN,
  insideVertical: THIN,
};

function columnWidths(given: readonly number[], count: number): number[] {
  const weights = given.length === count ? given : Array<number>(count).fill(1);
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((TEXT_WIDTH * w) / sum));
  widths[widths.length - 1] = (widths.at(-1) ?? 0) + TEXT_WIDTH - widths.reduce((a, b) => a + b, 0);
  return widths;
}

function frame(widths: readonly number[], cellMargin: number, rows: TableRow[]): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    borders: TABLE_BORDERS,
    margins: { left: cellMargin, right: cellMargin },
    rows,
  });
}

// Widths come from the table's columnWidths (docx gives each cell its column's width).
function textCell(text: string, align: CellAlign, bold: boolean, shaded = false): TableCell {
  return new TableCell({
    verticalAlign: VerticalAlign.CENTER,
    ...(shaded ? { shading: HEADER_SHADING } : {}),
    children: [new Paragraph({ style: cellStyleId(align, bold), children: [run(text)] })],
  });
}

const HEADER_SHADING = { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' };

function letterTable(table: LetterTable): Table {
  const widths = columnWidths(table.weights, table.columns.length);

  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.columns.map((text) => textCell(text, 'center', true, true)),
  });
  const body = table.rows.map(
    (cells) =>
      new TableRow({
        cantSplit: true,
        children: cells.map((text, i) => textCell(text, table.align[i] ?? 'left', false)),
      }),
  );
  const totals = table.totals
    ? [
        new TableRow({
          cantSplit: true,
          children: table.totals.map((text, i) =>
            textCell(text, i === 0 ? 'center' : (table.align[i] ?? 'left'), true),
          ),
        }),
      ]
    : [];
  return frame(widths, 80, [header, ...body, ...totals]);
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
    border: { top: { style: BorderStyle.DASHED, size: 6, space: 4, color: '7F7F7F' } },
    children: [run(slip.cutLine, { size: SMALL_SIZE, color: '7F7F7F' })],
  });
  const title = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 120 },
    keepNext: true,
    children: [run(slip.title, { bold: true, size: SLIP_TITLE_SIZE, font: TITLE_FONT })],
  });
  const lines = slip.lines.map((text) => new Paragraph({ keepNext: true, children: [run(text)] }));

  const half = Math.floor(TEXT_WIDTH / 2);
  const widths = [half, TEXT_WIDTH - half];
  const boxes = slip.options.map(
    (option, i) =>
      new TableCell({
        width: { size: widths[i] ?? half, type: WidthType.DXA },
        verticalAlign: VerticalAlign.CENTER,
        children: [
          new Paragraph({ children: [run(option.heading, { bold: true })] }),
          ...Array.from({ length: option.blankLines }, () => new Paragraph({})),
          ...option.footer.map(
            (text) => new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(text)] }),
          ),
        ],
      }),
  );
  return [cutLine, title, ...lines, frame(widths, 120, [new TableRow({ children: boxes })])];
}

// The footer's size and centring come from its paragraph style; the letter number and the words
// around the page fields go in as few runs as the fields allow.
function footer(number: string, lang: Lang): Footer {
  const field = (which: (typeof PageNumber)[keyof typeof PageNumber]): TextRun =>
    new TextRun({ children: [which] });
  const words =
    lang === 'zh'
      ? [
          run(`${number}    第 `),
          field(PageNumber.CURRENT),
          run(' 页 / 共 '),
          field(PageNumber.TOTAL_PAGES),
          run(' 页'),
        ]
      : [
          run(`${number}    Page `),
          field(PageNumber.CURRENT),
          run(' of '),
          field(PageNumber.TOTAL_PAGES),
        ];
  return new Footer({ children: [new Paragraph({ style: FOOTER_STYLE_ID, children: words })] });
}
