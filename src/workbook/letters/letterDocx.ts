/**
 * Prints a letter's content model into the bytes of a .docx file: the Document built with the
 * `docx` package and zipped by its Packer.
 */
import { Packer } from 'docx';
import type { LetterModel } from '../../domain/letters/letterModel';
import { letterDocument } from './letterDocument';

/** The letter as the bytes of a .docx file. */
export async function renderLetterDocx(model: LetterModel): Promise<Uint8Array> {
  return Packer.pack(letterDocument(model), 'uint8array');
}
