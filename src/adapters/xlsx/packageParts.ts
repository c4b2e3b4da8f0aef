/**
 * The package's bookkeeping parts: relationships, [Content_Types].xml and the sheet list of
 * workbook.xml. Edits are made in place on the original text, so everything Cashier Desk does
 * not touch (defined names, calculation settings, extensions) stays as the cashier's Excel wrote it.
 */
import { attributesOf, escapeXml, tagsNamed } from './xmlText';

export const RELATIONSHIP_TYPES = {
  officeDocument:
    'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  sharedStrings:
    'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings',
  table: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/table',
  calcChain: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain',
} as const;

export const CONTENT_TYPES = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  table: 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
} as const;

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** Package path of the target without a leading slash ("xl/worksheets/sheet1.xml"). */
  readonly part: string;
  readonly external: boolean;
}

/** The rels part that describes a part's relationships: xl/workbook.xml -> xl/_rels/workbook.xml.rels. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target against the folder of the part that owns it. */
export function resolveTarget(ownerPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const segments = ownerPart.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}

/** A target for `part` written relative to the folder of `ownerPart`. */
export function relativeTarget(ownerPart: string, part: string): string {
  const from = ownerPart.split('/').slice(0, -1);
  const to = part.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

export function parseRelationships(ownerPart: string, relsXml: string | undefined): Relationship[] {
  if (relsXml === undefined) return [];
  return tagsNamed(relsXml, 'Relationship').map((tag) => {
    const { Id = '', Type = '', Target = '', TargetMode } = attributesOf(tag);
    const external = TargetMode === 'External';
    return {
      id: Id,
      type: Type,
      part: external ? Target : resolveTarget(ownerPart, Target),
      external,
    };
  });
}

export const EMPTY_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

/** A relationship id not used yet in the rels part: rId1, rId2 ... */
export function freeRelationshipId(relsXml: string): string {
  const used = new Set(parseRelationships('', relsXml).map((r) => r.id));
  let n = 1;
  while (used.has(`rId${n}`)) n++;
  return `rId${n}`;
}

export function addRelationship(relsXml: string, id: string, type: string, target: string): string {
  const entry = `<Relationship Id="${escapeXml(id)}" Type="${type}" Target="${escapeXml(target)}"/>`;
  const base = /<Relationships\b[^>]*\/>/.test(relsXml)
    ? relsXml.replace(/<Relationships\b([^>]*)\/>/, '<Relationships$1></Relationships>')
    : relsXml;
  return base.replace('</Relationships>', `${entry}</Relationships>`);
}

export function removeRelationship(relsXml: string, id: string): string {
  return relsXml.replace(/<Relationship\b[^>]*>(?:<\/Relationship>)?/g, (tag) =>
    attributesOf(tag).Id === id ? '' : tag,
  );
}

/** PartName (with its leading slash) -> content type, for every Override. */
export function contentTypeOverrides(contentTypesXml: string): Map<string, string> {
  const overrides = new Map<string, string>();
  for (const tag of tagsNamed(contentTypesXml, 'Override')) {
    const { PartName, ContentType } = attributesOf(tag);
    if (PartName && ContentType) overrides.set(PartName.replace(/^\//, ''), ContentType);
  }
  return overrides;
}

export function addContentTypeOverride(
  contentTypesXml: string,
  part: string,
  type: string,
): string {
  const cleaned = removeContentTypeOverride(contentTypesXml, part);
  const entry = `<Override PartName="/${escapeXml(part)}" ContentType="${type}"/>`;
  return cleaned.replace('</Types>', `${entry}</Types>`);
}

export function removeContentTypeOverride(contentTypesXml: string, part: string): string {
  return contentTypesXml.replace(/<Override\b[^>]*>(?:<\/Override>)?/g, (tag) =>
    (attributesOf(tag).PartName ?? '').replace(/^\//, '').toLowerCase() === part.toLowerCase()
      ? ''
      : tag,
  );
}

export interface SheetTag {
  readonly name: string;
  readonly sheetId: number;
  readonly relId: string;
  readonly state: string | undefined;
  /** The tag as the workbook wrote it, reused verbatim while the sheet is unchanged. */
  readonly tag: string;
}

/** The `<sheet>` entries of workbook.xml in tab order. */
export function sheetTags(workbookXml: string): SheetTag[] {
  const sheets = sectionOf(workbookXml, 'sheets') ?? '';
  return tagsNamed(sheets, 'sheet').map((tag) => {
    const attributes = attributesOf(tag);
    const relKey = Object.keys(attributes).find((key) => /(^|:)id$/.test(key) && key !== 'sheetId');
    return {
      name: attributes.name ?? '',
      sheetId: Number(attributes.sheetId ?? 0),
      relId: relKey ? (attributes[relKey] ?? '') : '',
      state: attributes.state,
      tag,
    };
  });
}

/** The prefix workbook.xml binds to the relationships namespace ("r" nearly always). */
export function relationshipPrefix(workbookXml: string): string {
  const match =
    /xmlns:([\w.-]+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(
      workbookXml,
    );
  return match?.[1] ?? 'r';
}

/** Replaces the body of `<sheets>` with the given tags. */
export function replaceSheetTags(workbookXml: string, tags: readonly string[]): string {
  return workbookXml.replace(
    /(<(?:[\w.-]+:)?sheets\b[^>]*?)(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?sheets>)/,
    (_, open: string) => {
      const name = /<([\w.:-]+)/.exec(open)?.[1] ?? 'sheets';
      return `${open}>${tags.join('')}</${name}>`;
    },
  );
}

/**
 * After a sheet at `index` is removed, sheet-local defined names must follow their sheets: names
 * of the removed sheet go, later sheets' indexes shift down by one, and the active tab stays valid.
 */
export function dropSheetIndex(workbookXml: string, index: number, sheetCount: number): string {
  const withoutNames = workbookXml.replace(
    /<definedName\b([^>]*)>([\s\S]*?)<\/definedName>/g,
    (whole, attrs: string) => {
      const local = /localSheetId="(\d+)"/.exec(attrs);
      if (!local) return whole;
      const at = Number(local[1]);
      if (at === index) return '';
      return at > index ? whole.replace(/localSheetId="\d+"/, `localSheetId="${at - 1}"`) : whole;
    },
  );
  const cleaned = withoutNames.replace(/<definedNames\b[^>]*>\s*<\/definedNames>/, '');
  return cleaned.replace(/(activeTab|firstSheet)="(\d+)"/g, (whole, key: string, value: string) =>
    Number(value) >= sheetCount - 1 ? `${key}="0"` : whole,
  );
}

function sectionOf(xml: string, localName: string): string | undefined {
  const pattern = new RegExp(
    `<(?:[\\w.-]+:)?${localName}\\b[^>]*?(?:/>|>[\\s\\S]*?</(?:[\\w.-]+:)?${localName}>)`,
  );
  return pattern.exec(xml)?.[0];
}

/** Whether workbook.xml says the workbook counts dates from 1904. */
export function usesDate1904(workbookXml: string): boolean {
  const workbookPr = tagsNamed(workbookXml, 'workbookPr')[0];
  const flag = workbookPr ? attributesOf(workbookPr).date1904 : undefined;
  return flag === '1' || flag === 'true';
}
