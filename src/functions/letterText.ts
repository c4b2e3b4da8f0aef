/**
 * CASHIER.LETTERTEXT: one customer's letter as plain text, computed over the open workbook. It runs
 * in the shared runtime, where a custom function may call Excel.run, so it reads the workbook
 * through ExcelWorkbook and takes the letters' own path (previewLetter: structure, allocate,
 * decide, compose, then letterText). It writes nothing and consumes no letter number: the text
 * carries the number PREVIEW.
 *
 * Errors, as the other functions answer them: #VALUE! for an argument that cannot be read (and for
 * what would stop the letters run: a template or Settings problem, a blank bank account), #N/A
 * for a letter that does not exist (the customer is unknown or is due no reminder today), and
 * #N/A outside Excel, where there is no workbook to read. It never throws.
 */
import { ExcelWorkbook } from '../adapters/excel/excelWorkbook';
import type { ExcelHostOptions, ExcelRun } from '../adapters/excel/officeHost';
import type { IsoDay } from '../domain/isoDay';
import { letterText } from '../domain/letters/letterText';
import { describeProblem, type Lang } from '../domain/messages';
import type { Outcome, Problem } from '../domain/problem';
import { previewLetter } from '../workbook/collections/letterPreview';
import { dayArgument, optionalText } from './arguments';
import { cellErrorFor, customFunctionsHost, functionLanguage } from './cellError';
import type { CellError } from './cellError';

const KIND_WORDS: Readonly<Record<string, 'reminder' | 'statement'>> = {
  reminder: 'reminder',
  催款: 'reminder',
  催款函: 'reminder',
  statement: 'statement',
  confirmation: 'statement',
  对账: 'statement',
  对账函: 'statement',
};

/** Answers that do not exist rather than inputs that are wrong. */
const NOT_AVAILABLE = new Set([
  'collections.preview-customer-unknown',
  'collections.preview-no-reminder',
  'functions.excel-only',
]);

/** Where the workbook is read from: Excel.run by default, the twin in tests. */
export interface LetterTextSource {
  readonly run?: ExcelRun;
  readonly options?: ExcelHostOptions;
}

/** The function's body: the letter's text, or the cell error saying why there is none. */
export async function letterTextCell(
  customer: unknown,
  asOf: unknown,
  kind?: unknown,
  lang?: unknown,
  source: LetterTextSource = {},
): Promise<string | CellError> {
  try {
    const args = readArguments(customer, asOf, kind, lang);
    if (!args.ok) return cellErrorFor(args.problem);

    const port = new ExcelWorkbook(source.run, source.options);
    const letter = await previewLetter(port, args.value);
    return letter.ok ? letterText(letter.value) : errorFor(letter.problem);
  } catch (error) {
    return errorFor(thrownProblem(error));
  }
}

interface LetterArguments {
  readonly customer: string;
  readonly asOf: IsoDay;
  readonly kind: 'reminder' | 'statement';
  readonly lang?: Lang;
}

function readArguments(
  customer: unknown,
  asOf: unknown,
  kind: unknown,
  lang: unknown,
): Outcome<LetterArguments> {
  const name =
    typeof customer === 'number' ? String(customer) : optionalText(customer)?.trim() || undefined;
  if (name === undefined) return fail('functions.argument-missing', { argument: 'customer' });

  const day = dayArgument(asOf, 'asOf');
  if (!day.ok) return day;

  const kindText = optionalText(kind)?.trim().toLowerCase() || 'reminder';
  const letterKind = KIND_WORDS[kindText];
  if (!letterKind) {
    return fail('functions.unknown-option', {
      argument: 'kind',
      value: kindText,
      options: 'reminder, statement',
    });
  }

  const langText = optionalText(lang)?.trim().toLowerCase() || undefined;
  if (langText !== undefined && langText !== 'zh' && langText !== 'en') {
    return fail('functions.unknown-option', {
      argument: 'lang',
      value: langText,
      options: 'zh, en',
    });
  }
  return {
    ok: true,
    value: {
      customer: name,
      asOf: day.value,
      kind: letterKind,
      ...(langText === undefined ? {} : { lang: langText }),
    },
  };
}

function errorFor(problem: Problem): CellError {
  if (!NOT_AVAILABLE.has(problem.code)) return cellErrorFor(problem);

  const message = describeProblem(problem, functionLanguage());
  const host = customFunctionsHost();
  if (!host) return { code: '#N/A', message };
  return new host.Error(host.ErrorCode.notAvailable ?? '#N/A', message);
}

/** A thrown error: no Excel here, or a bug shown as the functions' internal error. */
function thrownProblem(error: unknown): Problem {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'excel.unavailable') {
    return { code: 'functions.excel-only', detail: { name: 'CASHIER.LETTERTEXT' } };
  }
  return {
    code: 'functions.internal-error',
    detail: { code: typeof code === 'string' ? code : 'unknown' },
  };
}

function fail(code: string, detail: Readonly<Record<string, string>>): Outcome<never> {
  return { ok: false, problem: { code, detail } };
}
