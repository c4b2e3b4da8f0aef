/**
 * The letters workflow: from the cashier's own sheets to a .zip of letters, in one run.
 *
 * 1. Templates (函件模板) and the letter log are read and checked first; any problem stops the
 *    run before a letter is generated, so nothing goes out with a blank or a repeated number.
 * 2. The cashier's sheets are structured, allocated (核销) and the customers' credit evaluated.
 * 3. Follow-ups (跟进记录) are read back; an unreadable row stops the run (it may hold a promise).
 * 4. Reminders are decided (or statements chosen), composed, rendered and zipped.
 * 5. The letters are appended to the stored log and the log sheet (函件记录) is rewritten.
 */
import { standingsFromAllocation } from '../../domain/collections/fromAllocation';
import type { CustomerStanding, LetterChannel } from '../../domain/collections/collectionsInput';
import { decideReminders, type ReminderDecision } from '../../domain/collections/decideReminders';
import { nextLetterNumbers } from '../../domain/collections/letterNumber';
import {
  DEFAULT_REMINDER_SETTINGS,
  type ReminderSettings,
} from '../../domain/collections/reminderSettings';
import { customerKey } from '../../domain/customerName';
import { asIsoDay, isoDay, yearOf, type IsoDay } from '../../domain/isoDay';
import { composeLetter, templateKindOf } from '../../domain/letters/composeLetter';
import { letterLogEntry, reminderLetterData } from '../../domain/letters/fromDecision';
import type { LetterCompany, LetterData } from '../../domain/letters/letterData';
import type { LetterModel } from '../../domain/letters/letterModel';
import { statementFromLedger } from '../../domain/letters/statementFromLedger';
import type { Lang } from '../../domain/messages/index';
import { InvalidArgumentError, InvariantBrokenError } from '../../domain/problem';
import {
  allocateReceipts,
  DEFAULT_RECEIVABLES_SETTINGS,
  evaluateCredit,
  type ReceivablesSettings,
} from '../../domain/receivables';
import type { LedgerEntry } from '../../domain/ledger';
import { addFen, subtractFen } from '../../domain/money';
import type { LetterPress } from '../letters/letterPress';
import { renderLetterBatch, type LetterFile } from '../letters/lettersZip';
import { withStatementReceipts } from '../statements/statementReceipts';
import { structureWorkbook } from '../structure/structureWorkbook';
import type { ImportReport, StructureOptions } from '../structure/structureTypes';
import type { WorkbookPort } from '../workbookPort';
import { issue, type CollectionsIssue } from './collectionsIssue';
import { readCompanyDetails } from './companyDetails';
import { readFollowUpsSheet } from './followUpsSheet';
import {
  letterLogTable,
  logSheetName,
  numbersOnLogSheet,
  readLetterLog,
  withLetterLog,
  type LoggedLetter,
} from './letterLog';
import { readTemplatesSheet } from './templatesSheet';

export interface GenerateLettersOptions {
  readonly asOf: IsoDay;
  readonly kind: 'reminder' | 'statement';
  readonly lang: Lang;
  /** Only these customers (by id or name); all customers when absent. */
  readonly customers?: readonly string[];
  /** How the letters will be sent, as logged (default 'post'). */
  readonly channel?: LetterChannel;
  /** First day a 对账函 lists entries for; 1 January of the as-of year by default. */
  readonly periodStart?: IsoDay;
  readonly reminderSettings?: ReminderSettings;
  readonly receivablesSettings?: ReceivablesSettings;
  /** The sender's details; read from the workbook (see companyDetails.ts) when absent. */
  readonly company?: LetterCompany;
  readonly structure?: StructureOptions;
  /** Prints the .docx files; in-thread unless the host has threads (the command line does). */
  readonly press?: LetterPress;
}

/** One line of the batch's index, as index.csv lists it. */
export interface LetterIndexLine {
  readonly number: string;
  readonly customerId: string;
  readonly customerName: string;
  readonly kind: LetterModel['kind'];
  readonly level?: LetterModel['level'];
  readonly amount: LetterModel['amount'];
  readonly currency: string;
  readonly file: string;
}

export interface GeneratedLetters {
  /** The .zip of every letter and index.csv; undefined when the run stopped on a problem. */
  readonly zip: Uint8Array | undefined;
  readonly files: readonly LetterFile[];
  readonly indexCsv: string;
  readonly index: readonly LetterIndexLine[];
  /** Reminder decisions for every customer considered (empty for statements). */
  readonly decisions: readonly ReminderDecision[];
  /** What stopped the run, or letters that could not be composed (their customers got none). */
  readonly problems: readonly CollectionsIssue[];
  /** The structuring report, for rows the cashier should look at. */
  readonly report?: ImportReport;
}

const PREFIX = { reminder: 'CD', statement: 'DZ' } as const;

/** Generates the letters the options ask for and logs them; see the module comment for steps. */
export async function generateLetters(
  port: WorkbookPort,
  options: GenerateLettersOptions,
): Promise<GeneratedLetters> {
  if (asIsoDay(options.asOf) === undefined) {
    throw new InvalidArgumentError(`as-of date is not an ISO day: ${String(options.asOf)}`);
  }
  const facts = await port.describe();
  const stored = await port.readStoredValues();

  const templates = await readTemplatesSheet(port, facts);
  const log = readLetterLog(stored);
  const early = [...templates.problems, ...log.problems.map((p) => issue(p))];
  if (early.length > 0) return stopped(early);

  const structure = await withStatementReceipts(
    port,
    await structureWorkbook(port, options.structure),
  );
  const settings = options.receivablesSettings ?? DEFAULT_RECEIVABLES_SETTINGS;
  const allocation = allocateReceipts(
    structure.customers,
    structure.entries,
    options.asOf,
    settings,
  );
  const credit = evaluateCredit(allocation, structure.customers, settings);
  const standings = chosen(
    standingsFromAllocation(allocation, structure.customers, structure.entries, credit),
    options.customers,
  );

  const followUps = await readFollowUpsSheet(port, facts, structure.customers);
  if (followUps.problems.length > 0) return stopped(followUps.problems, structure.report);

  const company = options.company ?? (await readCompanyDetails(port, facts, stored));
  const history = [...log.letters, ...(await numbersOnLogSheet(port, facts))];
  const decisions =
    options.kind === 'reminder'
      ? decideReminders(
          standings,
          log.letters,
          followUps.followUps,
          options.reminderSettings ?? DEFAULT_REMINDER_SETTINGS,
          options.asOf,
        )
      : [];
  const wanted = letterData(options, standings, decisions, structure.entries);
  const numbers = nextLetterNumbers(history, wanted.length, {
    prefix: PREFIX[options.kind],
    year: yearOf(options.asOf),
  });

  const letters: LetterModel[] = [];
  const problems = new Map<string, CollectionsIssue>();
  wanted.forEach((make, i) => {
    const data = make(numbers[i] ?? '');
    const template = templates.templateFor(templateKindOf(data), options.lang);
    const composed = composeLetter(data, template, company, options.lang);
    if (composed.ok) letters.push(composed.value);
    else {
      // A blank bank account fails every letter alike: said once, naming the first customer.
      const key = `${composed.problem.code}\u0000${JSON.stringify(composed.problem.detail ?? {})}`;
      const detail = { ...composed.problem.detail, customer: data.customerName };
      if (!problems.has(key)) problems.set(key, issue({ code: composed.problem.code, detail }));
    }
  });
  // Numbers are handed out before composing; one that failed must not leave a gap unexplained,
  // so nothing is generated at all when any letter fails (the cashier fixes the cause first).
  if (problems.size > 0) return stopped([...problems.values()], structure.report, decisions);

  const batch = await renderLetterBatch(letters, options.press ? { press: options.press } : {});
  const logged: LoggedLetter[] = batch.files.map(({ name, letter }) => ({
    ...letterLogEntry(letter, options.channel ?? 'post'),
    customerName: letter.customerName,
    currency: letter.currency,
    file: name,
  }));
  const whole = [...log.letters, ...logged];
  await port.writeStoredValues(withLetterLog(stored, whole));
  await port.writeOwnedTable(letterLogTable(logSheetName(await port.describe()), whole));

  return {
    zip: batch.zip,
    files: batch.files,
    indexCsv: batch.indexCsv,
    index: batch.files.map(({ name, letter }) => ({
      number: letter.number,
      customerId: letter.customerId,
      customerName: letter.customerName,
      kind: letter.kind,
      ...(letter.level === undefined ? {} : { level: letter.level }),
      amount: letter.amount,
      currency: letter.currency,
      file: name,
    })),
    decisions,
    problems: [],
    report: structure.report,
  };
}

function stopped(
  problems: readonly CollectionsIssue[],
  report?: ImportReport,
  decisions: readonly ReminderDecision[] = [],
): GeneratedLetters {
  return {
    zip: undefined,
    files: [],
    indexCsv: '',
    index: [],
    decisions,
    problems,
    ...(report ? { report } : {}),
  };
}

function chosen(
  standings: readonly CustomerStanding[],
  wanted: readonly string[] | undefined,
): CustomerStanding[] {
  if (wanted === undefined) return [...standings];
  const ids = new Set(wanted);
  const keys = new Set(wanted.map(customerKey));
  return standings.filter(
    ({ customer }) =>
      ids.has(customer.id) ||
      [customer.name, ...customer.nameVariants].some((name) => keys.has(customerKey(name))),
  );
}

type MakeLetter = (number: string) => LetterData;

// The letters to write, in customer order; each takes its number when it is made.
function letterData(
  options: GenerateLettersOptions,
  standings: readonly CustomerStanding[],
  decisions: readonly ReminderDecision[],
  entries: readonly LedgerEntry[],
): MakeLetter[] {
  if (options.kind === 'reminder') {
    return decisions.flatMap((decision) =>
      decision.level === undefined
        ? []
        : [
            (number: string): LetterData => {
              const data = reminderLetterData(decision, number, options.asOf);
              if (!data) throw new InvariantBrokenError('A decided reminder lost its level.');
              return data;
            },
          ],
    );
  }

  const periodStart = options.periodStart ?? isoDay(yearOf(options.asOf), 1, 1);
  return standings.flatMap((standing) => {
    const own = entries.filter(
      (e) => e.customerId === standing.customer.id && e.currency === standing.currency,
    );
    const figures = statementFromLedger(
      own,
      standing.currency,
      options.asOf,
      options.lang,
      periodStart,
    );
    // Entries are already of the standing's one currency, so this cannot fail on mixing them.
    if (!figures.ok) return [];
    const closing = figures.value.lines.reduce(
      (sum, line) => subtractFen(addFen(sum, line.debit), line.credit),
      figures.value.openingBalance,
    );
    // With no customer named, only customers with a balance get a 对账函.
    if (options.customers === undefined && closing === 0) return [];
    return [
      (number: string): LetterData => ({
        kind: 'statement',
        number,
        date: options.asOf,
        customerId: standing.customer.id,
        customerName: standing.customer.name,
        currency: standing.currency,
        cutOffDate: options.asOf,
        periodStart,
        openingBalance: figures.value.openingBalance,
        lines: figures.value.lines,
      }),
    ];
  });
}
