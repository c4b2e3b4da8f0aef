/**
 * Fills a template with a letter's data and returns the neutral content model. A template with
 * problems, or a placeholder whose value is missing (no bank account in the settings), fails with
 * the problem instead of producing a letter with a blank in it.
 */
import type { Lang } from '../messages/index';
import { addFen, negateFen, subtractFen, sumFen, formatYuan, type Fen } from '../money';
import { failure, success, type Outcome } from '../problem';
import { amountInFigures, amountInWords, letterDateText } from './amountText';
import type {
  LetterCompany,
  LetterData,
  LetterOptions,
  ReminderLetterData,
  StatementLetterData,
} from './letterData';
import { reminderKind, type TemplateKind } from './letterKinds';
import type { LetterBlock, LetterModel, LetterTable, ReplySlip } from './letterModel';
import { letterWording, type BalanceDirection } from './letterWording';
import { findPlaceholder, PLACEHOLDER_PATTERN, type PlaceholderKey } from './placeholders';
import { templateLines, validateTemplate } from './validateTemplate';

/** The template kind a letter's data calls for. */
export function templateKindOf(data: LetterData): TemplateKind {
  return data.kind === 'reminder' ? reminderKind(data.level) : 'statement';
}

/**
 * Composes one letter from `template` (plain text, one paragraph per line, first line the title).
 * Fails with the template's first problem (see validateTemplate for all of them) or with
 * `letters.value-missing` when the template names a value the data or company settings lack.
 */
export function composeLetter(
  data: LetterData,
  template: string,
  company: LetterCompany,
  lang: Lang,
  options: LetterOptions = {},
): Outcome<LetterModel> {
  const kind = templateKindOf(data);
  const problems = validateTemplate(template, kind);
  if (problems[0]) return failure(problems[0].code, problems[0].detail);

  const amount = data.kind === 'reminder' ? reminderTotal(data) : closingBalance(data);

  // A 对账函 names the balance's direction in words ({{余额方向}}) and prints the amount without
  // its sign, as a cashier writes it; a prepaid customer is not told they owe a negative sum.
  const printed = data.kind === 'reminder' ? amount : absoluteFen(amount);
  const figures = amountInFigures(printed, data.currency, lang);
  const words = amountInWords(printed, data.currency, lang, options.zhengAfterJiao ?? true);
  const values = inlineValues(data, company, lang, options, figures, words);

  const lines = templateLines(template);
  const titleIndex = lines.findIndex((line) => line.trim() !== '');
  const blocks: LetterBlock[] = [];
  let title = '';

  for (const [index, line] of lines.entries()) {
    const block = blockFor(line, data, company, lang, figures);
    if (block) {
      blocks.push(block);
      continue;
    }

    let missing: string | undefined;
    const text = line.replace(PLACEHOLDER_PATTERN, (_whole, name: string) => {
      const spec = findPlaceholder(name);
      const value = spec ? values[spec.key] : undefined;
      if (value === undefined || value.trim() === '') missing ??= name;
      return value ?? '';
    });
    if (missing !== undefined) {
      return failure('letters.value-missing', { name: missing, line: index + 1 });
    }

    if (index === titleIndex) title = text.trim();
    else if (index > titleIndex) blocks.push({ type: 'paragraph', text });
  }

  return success({
    kind,
    ...(data.kind === 'reminder' ? { level: data.level } : {}),
    lang,
    number: data.number,
    date: data.date,
    customerId: data.customerId,
    customerName: data.customerName,
    currency: data.currency,
    amount,
    amountInFigures: figures,
    amountInWords: words,
    title,
    blocks: trimBlankEdges(blocks),
  });
}

function reminderTotal(data: ReminderLetterData): Fen {
  return sumFen(data.invoices.map((inv) => inv.open));
}

function directionOf(balance: Fen): BalanceDirection {
  if (balance > 0) return 'owed-to-us';
  return balance < 0 ? 'owed-to-customer' : 'settled';
}

function absoluteFen(amount: Fen): Fen {
  return amount < 0 ? negateFen(amount) : amount;
}

function closingBalance(data: StatementLetterData): Fen {
  return data.lines.reduce(
    (balance, line) => subtractFen(addFen(balance, line.debit), line.credit),
    data.openingBalance,
  );
}

function inlineValues(
  data: LetterData,
  company: LetterCompany,
  lang: Lang,
  options: LetterOptions,
  figures: string,
  words: string,
): Partial<Record<PlaceholderKey, string>> {
  const common: Partial<Record<PlaceholderKey, string>> = {
    customerName: data.customerName,
    customerId: data.customerId,
    letterNumber: data.number,
    letterDate: letterDateText(data.date, lang),
    companyName: company.name,
    currency: data.currency,
    contactPerson: company.contactPerson,
    contactPhone: company.contactPhone,
  };

  if (data.kind === 'reminder') {
    return {
      ...common,
      totalAmount: figures,
      totalInWords: words,
      paymentDeadline: letterDateText(data.deadline, lang),
      accountName: company.accountName,
      accountNumber: company.accountNumber,
      bankName: company.bankName,
      consequences:
        options.consequences?.[data.level] ?? letterWording(lang).consequences[data.level],
    };
  }

  return {
    ...common,
    cutOffDate: letterDateText(data.cutOffDate, lang),
    ...(data.periodStart ? { periodStart: letterDateText(data.periodStart, lang) } : {}),
    openingBalance: amountInFigures(data.openingBalance, data.currency, lang),
    balanceDirection: letterWording(lang).balanceDirection[directionOf(closingBalance(data))],
    closingBalance: figures,
    closingBalanceInWords: words,
    notADemand: letterWording(lang).notADemand,
  };
}

/** The block a line stands for, when the line is a lone block placeholder. */
function blockFor(
  line: string,
  data: LetterData,
  company: LetterCompany,
  lang: Lang,
  figures: string,
): LetterBlock | undefined {
  const match = /^\s*\{\{\s*([^{}]*?)\s*\}\}\s*$/.exec(line);
  const spec = match ? findPlaceholder(match[1] ?? '') : undefined;
  if (!spec?.block) return undefined;

  const wording = letterWording(lang);
  switch (spec.key) {
    case 'invoiceTable':
      return data.kind === 'reminder'
        ? { type: 'table', table: invoiceTable(data, lang) }
        : undefined;
    case 'periodEntries':
      return data.kind === 'statement'
        ? { type: 'table', table: statementTable(data, lang) }
        : undefined;
    case 'signature':
      return {
        type: 'signature',
        lines: [company.name, wording.seal, letterDateText(data.date, lang)],
      };
    case 'replySlip':
      return data.kind === 'statement'
        ? { type: 'reply-slip', slip: replySlip(data, company, lang, figures) }
        : undefined;
    default:
      return undefined;
  }
}

function invoiceTable(data: ReminderLetterData, lang: Lang): LetterTable {
  const wording = letterWording(lang);
  const rows = data.invoices.map((inv) => [
    inv.number,
    inv.date,
    formatYuan(inv.amount),
    formatYuan(inv.open),
    inv.dueDate,
    String(inv.daysOverdue),
  ]);
  return {
    columns: wording.invoiceColumns,
    align: ['left', 'center', 'right', 'right', 'center', 'right'],
    weights: [18, 15, 17, 17, 15, 11],
    rows,
    totals: [
      wording.total,
      '',
      formatYuan(sumFen(data.invoices.map((inv) => inv.amount))),
      formatYuan(reminderTotal(data)),
      '',
      '',
    ],
  };
}

function statementTable(data: StatementLetterData, lang: Lang): LetterTable {
  const wording = letterWording(lang);
  const rows: string[][] = [
    [data.periodStart ?? '', wording.openingRow, '', '', '', formatYuan(data.openingBalance)],
  ];

  let balance = data.openingBalance;
  for (const line of data.lines) {
    balance = subtractFen(addFen(balance, line.debit), line.credit);
    rows.push([
      line.date,
      line.description,
      line.documentNumber ?? '',
      line.debit === 0 ? '' : formatYuan(line.debit),
      line.credit === 0 ? '' : formatYuan(line.credit),
      formatYuan(balance),
    ]);
  }

  return {
    columns: wording.statementColumns,
    align: ['center', 'left', 'left', 'right', 'right', 'right'],
    weights: [14, 22, 14, 17, 16, 17],
    rows,
    totals: [
      data.cutOffDate,
      wording.periodTotal,
      '',
      formatYuan(sumFen(data.lines.map((l) => l.debit))),
      formatYuan(sumFen(data.lines.map((l) => l.credit))),
      formatYuan(balance),
    ],
  };
}

function replySlip(
  data: StatementLetterData,
  company: LetterCompany,
  lang: Lang,
  figures: string,
): ReplySlip {
  const wording = letterWording(lang);
  const fill = (text: string): string =>
    text
      .replace('{company}', company.name)
      .replace('{number}', data.number)
      .replace('{cutOff}', letterDateText(data.cutOffDate, lang))
      .replace('{direction}', wording.slipDirection[directionOf(closingBalance(data))])
      .replace('{closing}', figures);

  return {
    cutLine: wording.slipCutLine,
    title: wording.slipTitle,
    lines: [fill(wording.slipTo), fill(wording.slipIntro)],
    options: [
      { heading: wording.slipAgree, blankLines: 2, footer: wording.slipFooter },
      { heading: wording.slipDisagree, blankLines: 2, footer: wording.slipFooter },
    ],
  };
}

// Blank template lines at the very start or end would only push the letter down the page.
function trimBlankEdges(blocks: LetterBlock[]): LetterBlock[] {
  const blank = (b: LetterBlock | undefined): boolean =>
    b?.type === 'paragraph' && b.text.trim() === '';
  while (blank(blocks[0])) blocks.shift();
  while (blank(blocks.at(-1))) blocks.pop();
  return blocks;
}
