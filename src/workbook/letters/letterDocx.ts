/**
 * Prints a letter's content model into a .docx laid out for A4: the plate built with the `docx`
 * package (page, fonts, footer with page numbers) around the letter's own body.
 */
import { zipSync } from 'fflate';
import type { LetterModel } from '../../domain/letters/letterModel';
import { letterBodyXml } from './letterBodyXml';
import { DOCUMENT_PART, letterPress } from './letterPress';

const encoder = new TextEncoder();

/** The letter as the bytes of a .docx file. */
export async function renderLetterDocx(model: LetterModel): Promise<Uint8Array> {
  const press = await letterPress(model.lang);

  const files: Record<string, Uint8Array> = {};
  for (const [path, bytes] of press.fixedParts) files[path] = bytes;
  files[DOCUMENT_PART] = encoder.encode(
    `${press.documentHead}${letterBodyXml(model)}${press.documentTail}`,
  );
  files[press.footerPath] = encoder.encode(
    `${press.footerHead}${escapeText(model.number)}${press.footerTail}`,
  );

  // [Content_Types].xml first, as Office expects it at the front of the package.
  const ordered: Record<string, Uint8Array> = {};
  const contentTypes = files['[Content_Types].xml'];
  if (contentTypes) ordered['[Content_Types].xml'] = contentTypes;
  Object.assign(ordered, files);
  return zipSync(ordered, { level: 6, mtime: new Date(`${model.date}T00:00:00Z`) });
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
