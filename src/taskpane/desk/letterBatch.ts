/**
 * Turns the cashier's choice (kind, level, customers) into letters: numbers that continue the
 * letter log, data from the reminder decisions or the ledger, the workbook's templates, and the
 * .zip of .docx files. Letters that cannot be written (a template or a setting missing) come back
 * as problems with the customer's name, next to the letters that could.
 */
import type { LetterLogEntry } from '../../domain/collections/collectionsInput';
import type { ReminderDecision } from '../../domain/collections/decideReminders';
import { nextLetterNumbers } from '../../domain/collections/letterNumber';
import type { ReminderLevel } from '../../domain/collections/reminderSettings';
import { composeLetter, templateKindOf } from '../../domain/letters/composeLetter';
import { defaultTemplate } from '../../domain/letters/defaultTemplates';
import { letterLogEntry, reminderLetterData } from '../../domain/letters/fromDecision';
import type { LetterData } from '../../domain/letters/letterData';
import type { LetterModel } from '../../domain/letters/letterModel';
import { statementFromLedger } from '../../domain/letters/statementFromLedger';
import { yearOf } from '../../domain/isoDay';
import type { IsoDay } from '../../domain/isoDay';
import type { Customer, LedgerEntry } from '../../domain/ledger';
import type { Lang } from '../../domain/messages/index';
import type { Problem } from '../../domain/problem';
import type { DeskSettings } from './deskSettings';

export type LetterChoice = 'reminder' | 'statement';

/** A customer the chosen kind and level can be written to, with what the letter is about. */
export interface LetterCandidate {
  readonly customerId: string;
  readonly customerName: string;
  readonly currency: string;
  readonly level?: ReminderLevel;
  readonly decision?: ReminderDecision;
}

/**
 * Reminders go to customers whose decided level is the chosen one (or any level when none is
 * chosen); statements go to every customer with entries up to the as-of date.
 */
export function letterCandidates(
  kind: LetterChoice,
  level: ReminderLevel | undefined,
  decisions: readonly ReminderDecision[],
  customers: readonly Customer[],
  entries: readonly LedgerEntry[],
): LetterCandidate[] {
  if (kind === 'reminder') {
    return decisions
      .filter((d) => d.level !== undefined && (level === undefined || d.level === level))
      .map((d) => ({
        customerId: d.customerId,
        customerName: d.customerName,
        currency: d.currency,
        ...(d.level === undefined ? {} : { level: d.level }),
        decision: d,
      }));
  }

  const withEntries = new Set(entries.map((entry) => entry.customerId));
  return customers
    .filter((customer) => withEntries.has(customer.id))
    .map((customer) => ({
      customerId: customer.id,
      customerName: customer.name,
      currency: customer.currency,
    }));
}

export interface LetterBatch {
  readonly letters: readonly LetterModel[];
  readonly log: readonly LetterLogEntry[];
  readonly problems: readonly { readonly customerName: string; readonly problem: Problem }[];
}

/** Writes one letter per candidate, numbered after the highest number in the letter log. */
export function composeLetters(
  kind: LetterChoice,
  candidates: readonly LetterCandidate[],
  entries: readonly LedgerEntry[],
  history: readonly { readonly number: string }[],
  settings: DeskSettings,
  lang: Lang,
  asOf: IsoDay,
): LetterBatch {
  const prefix = kind === 'reminder' ? 'CD' : 'DZ';
  const numbers = nextLetterNumbers(history, candidates.length, { prefix, year: yearOf(asOf) });
  const letters: LetterModel[] = [];
  const log: LetterLogEntry[] = [];
  const problems: LetterBatch['problems'][number][] = [];

  candidates.forEach((candidate, index) => {
    const number = numbers[index] ?? '';
    const data = letterData(kind, candidate, number, entries, lang, asOf);
    if (!data.ok) {
      problems.push({ customerName: candidate.customerName, problem: data.problem });
      return;
    }

    const templateKind = templateKindOf(data.value);
    const template =
      settings.templates[lang]?.[templateKind] ?? defaultTemplate(templateKind, lang);
    const letter = composeLetter(data.value, template, settings.company, lang);
    if (!letter.ok) {
      problems.push({ customerName: candidate.customerName, problem: letter.problem });
      return;
    }

    letters.push(letter.value);
    log.push(letterLogEntry(letter.value, 'post'));
  });

  // Only letters actually written take a number in the log; the rest may be written later.
  return { letters, log, problems };
}

type DataOutcome = { ok: true; value: LetterData } | { ok: false; problem: Problem };

function letterData(
  kind: LetterChoice,
  candidate: LetterCandidate,
  number: string,
  entries: readonly LedgerEntry[],
  lang: Lang,
  asOf: IsoDay,
): DataOutcome {
  const address = {
    number,
    date: asOf,
    customerId: candidate.customerId,
    customerName: candidate.customerName,
    currency: candidate.currency,
  };

  const decision = candidate.decision;
  if (kind === 'reminder') {
    const data = decision && reminderLetterData(decision, number, asOf);
    return data
      ? { ok: true, value: data }
      : { ok: false, problem: { code: 'pane.no-reminder-due' } };
  }

  const own = entries.filter(
    (entry) => entry.customerId === candidate.customerId && entry.currency === candidate.currency,
  );
  const figures = statementFromLedger(own, candidate.currency, asOf, lang);
  if (!figures.ok) return figures;
  return {
    ok: true,
    value: {
      ...address,
      kind: 'statement',
      cutOffDate: asOf,
      openingBalance: figures.value.openingBalance,
      lines: figures.value.lines,
    },
  };
}
