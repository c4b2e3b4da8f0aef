/**
 * The worker thread behind the worker letter press: receives batches of letters, prints each as
 * .docx with the workbook layer's renderer and sends the bytes back (moved, not copied).
 */
import { parentPort } from 'node:worker_threads';
import type { LetterModel } from '../domain/letters/letterModel';
import { inThreadPress, LetterNotPrintedError } from '../workbook/letters/letterPress';

/** A batch of letters to print, numbered so the answers can come back in any order. */
export interface PressJob {
  readonly id: number;
  readonly letters: readonly LetterModel[];
}

/** The printed batch, or which letter could not be printed and why. */
export type PressAnswer =
  | { readonly id: number; readonly files: Uint8Array[] }
  | { readonly id: number; readonly failed: { readonly number: string; readonly why: string } };

const port = parentPort;
if (port) {
  port.on('message', (job: PressJob) => {
    inThreadPress(job.letters).then(
      (printed) => {
        const files = printed.map(owningItsBuffer);
        const answer: PressAnswer = { id: job.id, files };
        port.postMessage(
          answer,
          files.map((file) => file.buffer as ArrayBuffer),
        );
      },
      (error: unknown) => {
        // Errors do not cross threads as their classes, so the letter and the reason go as data.
        const failed =
          error instanceof LetterNotPrintedError
            ? { number: error.number, why: error.why }
            : { number: '', why: error instanceof Error ? error.message : String(error) };
        const answer: PressAnswer = { id: job.id, failed };
        port.postMessage(answer);
      },
    );
  });
}

// Moving a buffer hands over all of it, so a file that shares its buffer is copied out first.
function owningItsBuffer(file: Uint8Array): Uint8Array {
  return file.byteOffset === 0 && file.byteLength === file.buffer.byteLength ? file : file.slice();
}
