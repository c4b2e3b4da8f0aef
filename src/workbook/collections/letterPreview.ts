/**
 * One customer's letter as the letters run would write it today, without writing anything: the
 * path of generateLetters (structure, allocate, evaluate credit, decide, compose) over reads only.
 * CASHIER.LETTERTEXT shows its text in a cell.
 *
 * Read-only, which the letters run is not:
 * - sheets the run creates when missing (函件模板, 跟进记录, 设置) are read as their defaults
 *   (the default templates, no follow-ups, the default settings) instead of being created;
 * - no letter number is consumed: the letter carries PREVIEW_NUMBER, and nothing is logged;
 * - nothing is rendered (no .docx), so this module does not load the docx package.
 * A workbook whose Settings, Templates or Follow-ups sheet has a problem gives that problem, as
 * the run would stop on it.
 */
import type { CustomerStanding } from '../../domain/collections/collectionsInput';
import { decideReminders, type ReminderDecision } from '../../domain/collections/decideReminders';
import { standingsFromAllocation } from '../../domain/collections/fromAllocation';
import { DEFAULT_REMINDER_SETTINGS } from '../../domain/collections/reminderSettings';
import { customerKey } from '../../domain/customerName';
import { isoDay, yearOf, type IsoDay } from '../../domain/isoDay';
import { composeLetter, templateKindOf } from '../../domain/letters/composeLetter';
import { defaultTemplate } from '../../domain/letters/defaultTemplates';
import { reminderLetterData } from '../../domain/letters/fromDecision';
import type { LetterData } from '../../domain/letters/letterData';
import type { LetterModel } from '../../domain/letters/letterModel';
import { statementFromLedger } from '../../domain/letters/statementFromLedger';
import { describeProblem, type Lang } from '../../domain/messages/index';
import { addFen, subtractFen } from '../../domain/money';
import type { Outcome, Problem } from '../../domain/problem';
import { allocateReceipts, evaluateCredit } from '../../domain/receivables';
import type { LedgerEntry } from '../../domain/ledger';
import { SETTINGS_SHEET, settingsFromCells } from '../settings/settingsSheet';
import {
  DEFAULT_WORKBOOK_SETTINGS,
  langOfLocale,
  type WorkbookSettings,
} from '../settings/workbookSettings';
import { withStatementReceipts } from '../statements/statementReceipts';
import { structureWorkbook } from '../structure/structureWorkbook';
import type { StructureOptions } from '../structure/structureTypes';
import type { WorkbookFacts, WorkbookPort } from '../workbookPort';
import type { CollectionsIssue } from './collectionsIssue';
import { readCompanyDetails } from './companyDetails';
import { FOLLOW_UPS_SHEET, readFollowUpsSheet } from './followUpsSheet';
import { readLetterLog } from './letterLog';
import { ownedSheetPlace, readSheetCells } from './ownedSheetCells';
import { readTemplatesSheet, TEMPLATES_SHEET } from './templatesSheet';

/** The number a preview letter carries instead of one from the log. */
export const PREVIEW_NUMBER = 'PREVIEW';

export interface LetterPreviewOptions {
  /** The customer's id or name, matched as customer names are (spacing, width, case). */
  readonly customer: string;
  readonly asOf: IsoDay;
  readonly kind: 'reminder' | 'statement';
  /** The letter's language; the Settings sheet's when absent. */
  readonly lang?: Lang;
  readonly structure?: StructureOptions;
}

/**
 * The letter the customer would get, or why there is none: `collections.preview-customer-unknown`
 * (no such customer in the ledger), `collections.preview-no-reminder` (no reminder due today, with
 * the decision's reasons in words), or the problem that would stop the letters run.
 */
export async function previewLetter(
  port: WorkbookPort,
  options: LetterPreviewOptions,
): Promise<Outcome<LetterModel>> {
  const facts = await port.describe();
  const stored = await port.readStoredValues();

  const settings = await readSettings(port, facts);
  if (!settings.ok) return settings;
  const lang = options.lang ?? settings.value.lang;

  const templates = await templatesFor(port, facts);
  if (!templates.ok) return templates;
  const log = readLetterLog(stored);
  const firstLogProblem = log.problems[0];
  if (firstLogProblem) return { ok: false, problem: firstLogProblem };

  const structure = await withStatementReceipts(
    port,
    await structureWorkbook(port, options.structure),
  );
  const receivables = settings.value.receivables;
  const allocation = allocateReceipts(
    structure.customers,
    structure.entries,
    options.asOf,
    receivables,
  );
  const credit = evaluateCredit(allocation, structure.customers, receivables);
  const standings = ofCustomer(
    standingsFromAllocation(allocation, structure.customers, structure.entries, credit),
    options.customer,
  );
  if (standings.length === 0) {
    return fail('collections.preview-customer-unknown', { customer: options.customer });
  }

  const followUps = ownedSheetPlace(facts, FOLLOW_UPS_SHEET).exists
    ? await readFollowUpsSheet(port, facts, structure.customers)
    : { followUps: [], problems: [] };
  const followUpProblem = followUps.problems[0];
  if (followUpProblem) return { ok: false, problem: located(followUpProblem) };

  const data =
    options.kind === 'reminder'
      ? reminderData(
          decideReminders(
            standings,
            log.letters,
            followUps.followUps,
            DEFAULT_REMINDER_SETTINGS,
            options.asOf,
          ),
          options.asOf,
        )
      : statementData(standings, structure.entries, options.asOf, lang);
  if (!data.ok) return data;

  const company = await readCompanyDetails(port, facts, stored);
  return composeLetter(data.value, templates.value(data.value, lang), company, lang);
}

type TemplateFor = (data: LetterData, lang: Lang) => string;

/** The cashier's templates when the sheet exists, else the defaults the run would create. */
async function templatesFor(
  port: WorkbookPort,
  facts: WorkbookFacts,
): Promise<Outcome<TemplateFor>> {
  if (!ownedSheetPlace(facts, TEMPLATES_SHEET).exists) {
    return { ok: true, value: (data, lang) => defaultTemplate(templateKindOf(data), lang) };
  }
  const templates = await readTemplatesSheet(port, facts);
  const first = templates.problems[0];
  if (first) return { ok: false, problem: located(first) };
  return { ok: true, value: (data, lang) => templates.templateFor(templateKindOf(data), lang) };
}

/** The Settings sheet's settings when it exists, else the defaults the run would write. */
async function readSettings(
  port: WorkbookPort,
  facts: WorkbookFacts,
): Promise<Outcome<WorkbookSettings>> {
  const place = ownedSheetPlace(facts, SETTINGS_SHEET);
  if (!place.exists) {
    return { ok: true, value: { ...DEFAULT_WORKBOOK_SETTINGS, lang: langOfLocale(facts.locale) } };
  }

  const { values } = await readSheetCells(port, place.sheet);
  const read = settingsFromCells(values, facts);
  if (read.problems.length > 0) {
    return fail('workflow.settings-invalid', { count: read.problems.length });
  }
  return { ok: true, value: read.settings };
}

function ofCustomer(standings: readonly CustomerStanding[], wanted: string): CustomerStanding[] {
  const key = customerKey(wanted);
  return standings.filter(
    ({ customer }) =>
      customer.id === wanted.trim() ||
      [customer.name, ...customer.nameVariants].some((name) => customerKey(name) === key),
  );
}

// A customer with balances in two currencies has one decision each; the first with a letter wins.
// TODO(letters): LETTERTEXT shows one currency's letter; a currency argument would choose.
function reminderData(decisions: readonly ReminderDecision[], asOf: IsoDay): Outcome<LetterData> {
  for (const decision of decisions) {
    const data = reminderLetterData(decision, PREVIEW_NUMBER, asOf);
    if (data) return { ok: true, value: data };
  }
  const first = decisions[0];
  const reasons = decisions.flatMap((decision) => decision.reasons);
  return fail('collections.preview-no-reminder', {
    customer: first?.customerName ?? '',
    reasonsZh: reasonsText(reasons, 'zh'),
    reasonsEn: reasonsText(reasons, 'en'),
  });
}

function reasonsText(reasons: readonly Problem[], lang: Lang): string {
  if (reasons.length === 0) return lang === 'zh' ? '没有逾期未付的发票。' : 'nothing is overdue.';
  return reasons.map((reason) => describeProblem(reason, lang)).join(lang === 'zh' ? '' : ' ');
}

// As the letters run builds a 对账函: the period from 1 January of the as-of year; a customer
// named on purpose gets one even with a zero balance.
function statementData(
  standings: readonly CustomerStanding[],
  entries: readonly LedgerEntry[],
  asOf: IsoDay,
  lang: Lang,
): Outcome<LetterData> {
  const periodStart = isoDay(yearOf(asOf), 1, 1);
  const letters = standings.flatMap((standing) => {
    const own = entries.filter(
      (e) => e.customerId === standing.customer.id && e.currency === standing.currency,
    );
    const figures = statementFromLedger(own, standing.currency, asOf, lang, periodStart);
    if (!figures.ok) return [];
    const closing = figures.value.lines.reduce(
      (sum, line) => subtractFen(addFen(sum, line.debit), line.credit),
      figures.value.openingBalance,
    );
    const data: LetterData = {
      kind: 'statement',
      number: PREVIEW_NUMBER,
      date: asOf,
      customerId: standing.customer.id,
      customerName: standing.customer.name,
      currency: standing.currency,
      cutOffDate: asOf,
      periodStart,
      openingBalance: figures.value.openingBalance,
      lines: figures.value.lines,
    };
    return [{ data, closing }];
  });
  const chosen = letters.find((letter) => letter.closing !== 0) ?? letters[0];
  if (!chosen) return fail('collections.preview-customer-unknown', { customer: '' });
  return { ok: true, value: chosen.data };
}

/** A sheet problem with its sheet and row in the words, as a cell's tip has room for one line. */
function located(found: CollectionsIssue): Problem {
  if (found.sheet === undefined) return found.problem;
  return {
    code: 'collections.preview-sheet-problem',
    detail: {
      sheet: found.sheet,
      row: found.row ?? 0,
      reasonZh: describeProblem(found.problem, 'zh'),
      reasonEn: describeProblem(found.problem, 'en'),
    },
  };
}

function fail(code: string, detail: Readonly<Record<string, string | number>>): Outcome<never> {
  return { ok: false, problem: { code, detail } };
}
