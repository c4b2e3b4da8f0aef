/**
 * The owned Templates sheet (函件模板): one row per letter kind and language with the template
 * text the cashier edits (one paragraph per line, placeholders in {{ }}). Created with the
 * default templates when missing and never rewritten afterwards: the cashier's wording is the
 * point. Every row is checked before any letter is generated.
 */
import { defaultTemplate } from '../../domain/letters/defaultTemplates';
import {
  isTemplateKind,
  TEMPLATE_KINDS,
  type TemplateKind,
} from '../../domain/letters/letterKinds';
import { validateTemplate } from '../../domain/letters/validateTemplate';
import type { Lang } from '../../domain/messages/index';
import { cellText } from '../structure/cellText';
import type { OwnedTable, WorkbookFacts, WorkbookPort } from '../workbookPort';
import { issue, type CollectionsIssue } from './collectionsIssue';
import { ownedSheetPlace, readSheetCells } from './ownedSheetCells';

export const TEMPLATES_SHEET = '函件模板';

const LANGS: readonly Lang[] = ['zh', 'en'];

export interface LetterTemplates {
  readonly sheet: string;
  readonly created: boolean;
  /** Problems on the sheet; when there are any, no letter may be generated. */
  readonly problems: readonly CollectionsIssue[];
  /** The cashier's template for the kind and language, or the default when the sheet has none. */
  templateFor(kind: TemplateKind, lang: Lang): string;
}

/** The Templates table with the default templates, as a new sheet shows them. */
export function templatesTable(sheet: string): OwnedTable {
  return {
    sheet,
    tableName: 'CashierLetterTemplates',
    columns: [
      { header: '类型 Kind', format: 'text', width: 14 },
      { header: '语言 Language', format: 'text', width: 10 },
      { header: '模板 Template', format: 'text', width: 100 },
    ],
    rows: TEMPLATE_KINDS.flatMap((kind) =>
      LANGS.map((lang) => [kind, lang, defaultTemplate(kind, lang)]),
    ),
  };
}

/**
 * Reads the Templates sheet, creating it with the defaults when the workbook has none. Each
 * problem names its row: an unknown kind or language, a kind and language given twice, and every
 * problem `validateTemplate` finds in the text (an unknown placeholder, a missing required one).
 */
export async function readTemplatesSheet(
  port: WorkbookPort,
  facts: WorkbookFacts,
): Promise<LetterTemplates> {
  const place = ownedSheetPlace(facts, TEMPLATES_SHEET);
  const byKey = new Map<string, string>();
  const problems: CollectionsIssue[] = [];
  const templateFor = (kind: TemplateKind, lang: Lang): string =>
    byKey.get(`${kind}/${lang}`) ?? defaultTemplate(kind, lang);

  if (!place.exists) {
    await port.writeOwnedTable(templatesTable(place.sheet));
    return { sheet: place.sheet, created: true, problems, templateFor };
  }

  const { values } = await readSheetCells(port, place.sheet);
  values.forEach((cells, index) => {
    const row = index + 1;
    const [kindText, langText] = [cellText(cells[0]), cellText(cells[1]).toLowerCase()];
    const text = typeof cells[2] === 'string' ? cells[2] : cellText(cells[2]);
    if (row === 1 || (kindText === '' && langText === '' && text.trim() === '')) return;

    const at = (code: string, detail: Record<string, string | number> = {}): void => {
      problems.push(issue({ code, detail: { row, ...detail } }, place.sheet, row));
    };
    if (!isTemplateKind(kindText))
      return at('collections.template-kind-unknown', { text: kindText });
    if (langText !== 'zh' && langText !== 'en') {
      return at('collections.template-lang-unknown', { text: langText });
    }
    const key = `${kindText}/${langText}`;
    if (byKey.has(key))
      return at('collections.template-repeated', { kind: kindText, lang: langText });

    byKey.set(key, text);
    for (const problem of validateTemplate(text, kindText)) {
      problems.push(
        issue(
          {
            code: problem.code,
            detail: { ...problem.detail, row, kind: kindText, lang: langText },
          },
          place.sheet,
          row,
        ),
      );
    }
  });
  return { sheet: place.sheet, created: false, problems, templateFor };
}
