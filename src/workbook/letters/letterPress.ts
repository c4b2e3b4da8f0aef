/**
 * The printing plate every letter of one language is pressed from: built once with the `docx`
 * package (A4 page and margins, SimSun / SimHei / Times New Roman fonts in the styles, footer
 * with the letter number and page fields, every package part Word expects), then split around
 * two markers so each letter only supplies its body and its number.
 *
 * Why a plate: compiling a whole package with `docx` costs about 10-20 ms of CPU per letter,
 * mostly re-serialising parts that are the same in every letter; a batch of 1,000 letters must
 * take seconds, not half a minute.
 */
import { AlignmentType, Document, Footer, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import type { Lang } from '../../domain/messages/index';
import { BODY_FONT, FOOTER_SIZE, MARGIN, PAGE } from './letterLayout';

const BODY_MARK = 'CASHIERDESKBODYMARK';
const NUMBER_MARK = 'CASHIERDESKNUMBERMARK';

export const DOCUMENT_PART = 'word/document.xml';

export interface LetterPress {
  /** Every part of the package except the document, unchanged for each letter. */
  readonly fixedParts: ReadonlyMap<string, Uint8Array>;
  /** document.xml before and after the body. */
  readonly documentHead: string;
  readonly documentTail: string;
  /** The footer part, before and after the letter number. */
  readonly footerPath: string;
  readonly footerHead: string;
  readonly footerTail: string;
}

const presses = new Map<Lang, Promise<LetterPress>>();

/** The plate for `lang`, built on first use and shared afterwards. */
export function letterPress(lang: Lang): Promise<LetterPress> {
  let press = presses.get(lang);
  if (!press) {
    press = buildPress(lang);
    presses.set(lang, press);
  }
  return press;
}

async function buildPress(lang: Lang): Promise<LetterPress> {
  const doc = new Document({
    creator: 'Cashier Desk 出纳台',
    styles: {
      default: {
        document: {
          run: { font: BODY_FONT, size: 24 },
          // Chinese letters read at 1.5 lines with indented paragraphs; English ones at 1.15
          // lines with a gap after each paragraph.
          paragraph: { spacing: lang === 'zh' ? { line: 360 } : { line: 276, after: 120 } },
        },
      },
    },
    sections: [
      {
        properties: { page: { size: PAGE, margin: MARGIN } },
        footers: { default: footer(lang) },
        children: [new Paragraph({ children: [new TextRun(BODY_MARK)] })],
      },
    ],
  });

  const zip = await JSZip.loadAsync(await Packer.toArrayBuffer(doc));
  const fixedParts = new Map<string, Uint8Array>();
  let document = '';
  let footerPath = '';
  let footerXml = '';
  for (const [path, entry] of Object.entries(zip.files)) {
    if (entry.dir) continue;
    if (path === DOCUMENT_PART) {
      document = await entry.async('string');
      continue;
    }
    const bytes = await entry.async('uint8array');
    const text = path.endsWith('.xml') ? new TextDecoder().decode(bytes) : '';
    if (text.includes(NUMBER_MARK)) {
      footerPath = path;
      footerXml = text;
    } else {
      fixedParts.set(path, bytes);
    }
  }

  const [documentHead, documentTail] = splitAroundParagraph(document, BODY_MARK);
  const [footerHead, footerTail] = footerXml.split(NUMBER_MARK);
  if (footerHead === undefined || footerTail === undefined || footerPath === '') {
    throw new Error('The docx footer lost its number marker');
  }
  return { fixedParts, documentHead, documentTail, footerPath, footerHead, footerTail };
}

// The marker sits in a paragraph of its own; the body replaces that whole paragraph.
function splitAroundParagraph(xml: string, mark: string): [string, string] {
  const at = xml.indexOf(mark);
  const start = xml.lastIndexOf('<w:p>', at);
  const endTag = '</w:p>';
  const end = xml.indexOf(endTag, at);
  if (at < 0 || start < 0 || end < 0) throw new Error('The docx body lost its marker');
  return [xml.slice(0, start), xml.slice(end + endTag.length)];
}

function footer(lang: Lang): Footer {
  const small = (text: string): TextRun => new TextRun({ text, size: FOOTER_SIZE });
  const field = (which: (typeof PageNumber)[keyof typeof PageNumber]): TextRun =>
    new TextRun({ size: FOOTER_SIZE, children: [which] });
  const pageWords =
    lang === 'zh'
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
        children: [small(`${NUMBER_MARK}    `), ...pageWords],
      }),
    ],
  });
}
