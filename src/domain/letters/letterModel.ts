/**
 * A letter as neutral content: what it says, not how it is printed. The .docx renderer, the
 * plain-text rendering and the tests all read this one model.
 */
import type { IsoDay } from '../isoDay';
import type { Lang } from '../messages/index';
import type { CurrencyCode, Fen } from '../money';
import type { ReminderLevel } from '../collections/reminderSettings';
import type { TemplateKind } from './letterKinds';

export type CellAlign = 'left' | 'center' | 'right';

export interface LetterTable {
  readonly columns: readonly string[];
  readonly align: readonly CellAlign[];
  /** Relative column widths, so a renderer can give descriptions and amounts the room they need. */
  readonly weights: readonly number[];
  readonly rows: readonly (readonly string[])[];
  /** The totals row (合计), same width as the columns. */
  readonly totals?: readonly string[];
}

/** One box of the reply slip: the answer, room to write, and where the counterparty seals. */
export interface ReplySlipOption {
  readonly heading: string;
  /** Empty lines left for the counterparty to write in. */
  readonly blankLines: number;
  readonly footer: readonly string[];
}

/** The part of a 对账函 the counterparty cuts off, fills in, seals and sends back. */
export interface ReplySlip {
  readonly cutLine: string;
  readonly title: string;
  readonly lines: readonly string[];
  readonly options: readonly ReplySlipOption[];
}

export type LetterBlock =
  | { readonly type: 'paragraph'; readonly text: string }
  | { readonly type: 'table'; readonly table: LetterTable }
  /** Company name, where the seal goes, and the date; printed to the right. */
  | { readonly type: 'signature'; readonly lines: readonly string[] }
  | { readonly type: 'reply-slip'; readonly slip: ReplySlip };

export interface LetterModel {
  readonly kind: TemplateKind;
  readonly level?: ReminderLevel;
  readonly lang: Lang;
  readonly number: string;
  readonly date: IsoDay;
  readonly customerId: string;
  readonly customerName: string;
  readonly currency: CurrencyCode;
  /** The amount the letter is about: the total demanded, or the closing balance confirmed. */
  readonly amount: Fen;
  readonly amountInFigures: string;
  readonly amountInWords: string;
  readonly title: string;
  readonly blocks: readonly LetterBlock[];
}
