/**
 * The joins between the collections decision and the letters: the data of the letter a decision
 * calls for, and the letter-log line for a letter once it is produced.
 */
import type { LetterChannel, LetterLogEntry } from '../collections/collectionsInput';
import type { ReminderDecision } from '../collections/decideReminders';
import type { IsoDay } from '../isoDay';
import type { ReminderLetterData } from './letterData';
import type { LetterModel } from './letterModel';

/** The reminder a decision calls for, or undefined when the decision is "no reminder". */
export function reminderLetterData(
  decision: ReminderDecision,
  number: string,
  date: IsoDay,
): ReminderLetterData | undefined {
  if (decision.level === undefined || decision.deadline === undefined) return undefined;

  return {
    kind: 'reminder',
    level: decision.level,
    number,
    date,
    customerId: decision.customerId,
    customerName: decision.customerName,
    currency: decision.currency,
    invoices: decision.invoices,
    deadline: decision.deadline,
  };
}

/** The letter-log line (函件登记) for a produced letter, sent by `channel`. */
export function letterLogEntry(model: LetterModel, channel: LetterChannel): LetterLogEntry {
  return {
    number: model.number,
    date: model.date,
    customerId: model.customerId,
    kind: model.kind === 'statement' ? 'statement' : 'reminder',
    ...(model.level === undefined ? {} : { level: model.level }),
    amount: model.amount,
    channel,
  };
}
