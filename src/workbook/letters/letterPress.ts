/**
 * A letter press turns letters into the bytes of their .docx files. The workbook layer only knows
 * this interface and the in-thread press; a host with threads (the command line under Node) can
 * hand renderLetterBatch a press that spreads the letters over its cores.
 */
import type { LetterModel } from '../../domain/letters/letterModel';
import { CashierError, InvariantBrokenError } from '../../domain/problem';
import { renderLetterDocx } from './letterDocx';

/** Prints every letter as .docx bytes, one per letter, in the order given. */
export type LetterPress = (letters: readonly LetterModel[]) => Promise<Uint8Array[]>;

/**
 * A composed letter the `docx` package could not print: always a bug (the model is ours), never
 * the cashier's data. `why` is the underlying error's message, kept as text so the error can be
 * rebuilt on the far side of a worker thread.
 */
export class LetterNotPrintedError extends CashierError {
  readonly code = 'bug.letter-not-printed';

  constructor(
    readonly number: string,
    readonly why: string,
  ) {
    super(`Letter ${number} could not be printed as .docx: ${why}`);
  }
}

/** Prints the letters one after another on the calling thread (the task pane's press). */
export const inThreadPress: LetterPress = async (letters) => {
  const printed: Uint8Array[] = [];
  for (const letter of letters) {
    try {
      printed.push(await renderLetterDocx(letter));
    } catch (error) {
      if (error instanceof LetterNotPrintedError) throw error;
      const why = error instanceof Error ? error.message : String(error);
      throw new LetterNotPrintedError(letter.number, why);
    }
  }
  return printed;
};

/** A press's output, checked: one file per letter, or the batch would pair names and bytes wrongly. */
export async function pressLetters(
  press: LetterPress,
  letters: readonly LetterModel[],
): Promise<Uint8Array[]> {
  const printed = await press(letters);
  if (printed.length !== letters.length) {
    throw new InvariantBrokenError(
      `The letter press returned ${printed.length} files for ${letters.length} letters.`,
    );
  }
  return printed;
}
