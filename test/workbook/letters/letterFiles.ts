import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';

/** The text of a .docx as mammoth (a reader other than the writer) sees it. */
export async function docxText(bytes: Uint8Array): Promise<string> {
  const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return result.value;
}

/** word/document.xml of a .docx, read with jszip. */
export async function documentXml(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const part = zip.file('word/document.xml');
  if (!part) throw new Error('no word/document.xml');
  return part.async('string');
}

export interface PdfFacts {
  readonly pages: number;
  readonly text: string;
}

/**
 * Converts a .docx with LibreOffice headless in a profile of its own (so parallel runs do not
 * share one), reads the page count and the text with poppler, and removes the files.
 */
export function docxToPdf(bytes: Uint8Array, name: string): PdfFacts {
  const dir = mkdtempSync(path.join(tmpdir(), 'letters-pdf-'));
  const docx = path.join(dir, `${name}.docx`);
  writeFileSync(docx, bytes);
  execFileSync(
    'soffice',
    [
      '--headless',
      `-env:UserInstallation=file://${dir}/profile`,
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      docx,
    ],
    { stdio: 'ignore', timeout: 120_000 },
  );

  const pdfPath = path.join(dir, `${name}.pdf`);
  const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? NaN);
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  rmSync(dir, { recursive: true, force: true });
  return { pages, text };
}
