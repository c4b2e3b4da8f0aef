/**
 * Which invoices a payment from a known customer settles. Rules, in order: invoice numbers in the
 * memo; one open invoice of exactly the amount; one set of open invoices adding up to it exactly;
 * otherwise first-in-first-out, which is only a proposal unless the cashier's settings apply it.
 * Only an answer with no rival is applied automatically; the rest waits for the cashier.
 */
import type { IsoDay } from '../isoDay';
import type { Fen } from '../money';
import { DEFAULT_SUBSET_LIMITS, findInvoiceSets, type SubsetLimits } from './invoiceSets';

/** An invoice of the customer as it stands before this payment, oldest due first (FIFO order). */
export interface CandidateInvoice {
  readonly entryId: string;
  readonly documentNumber?: string;
  readonly date: IsoDay;
  readonly dueDate: IsoDay;
  /** What is still unpaid; 0 for a paid invoice (kept so a memo naming it is understood). */
  readonly open: Fen;
}

/** Part of a payment applied to one invoice. */
export interface InvoicePart {
  readonly entryId: string;
  readonly documentNumber?: string;
  readonly amount: Fen;
}

export type InvoiceRule =
  | 'invoice-in-memo' // the memo names the invoices and the amount pays them exactly
  | 'invoice-in-memo-partial' // the memo names one invoice and the payment is part of it
  | 'exact-amount' // one open invoice of exactly the amount
  | 'invoice-set' // one set of open invoices adds up to the amount
  | 'fifo' // oldest first, as the allocation engine would
  | 'memo-invoice-paid' // the memo names an invoice that is already paid
  | 'memo-amount-differs' // the memo names invoices but the amount does not fit them
  | 'several-exact' // more than one open invoice of exactly the amount
  | 'several-sets' // more than one set adds up
  | 'set-not-proven' // a set adds up, but the bounded search could not rule out another
  | 'no-open-invoices'; // nothing is open: a prepayment, or a payment for someone else

export interface InvoiceDecision {
  readonly rule: InvoiceRule;
  readonly automatic: boolean;
  /** What is applied (automatic) or proposed (for review). */
  readonly parts: readonly InvoicePart[];
  /** Other answers the cashier may pick, for rules that found rivals. */
  readonly alternatives: readonly (readonly InvoicePart[])[];
  readonly confidence: number;
}

export interface InvoiceMatchSettings {
  /** Apply a first-in-first-out split without review (default false: FIFO is proposed). */
  readonly autoApplyFifo: boolean;
  readonly subsetLimits: SubsetLimits;
}

export const DEFAULT_INVOICE_MATCH_SETTINGS: InvoiceMatchSettings = {
  autoApplyFifo: false,
  subsetLimits: DEFAULT_SUBSET_LIMITS,
};

const WORD = /[A-Za-z0-9][A-Za-z0-9\-_/]*[A-Za-z0-9]/g;

/**
 * Decides the invoices of one payment. `invoices` are the customer's invoices dated on or before
 * the payment, oldest due first; the function is pure and does not change them.
 */
export function matchInvoices(
  amount: Fen,
  memo: string | undefined,
  invoices: readonly CandidateInvoice[],
  settings: InvoiceMatchSettings = DEFAULT_INVOICE_MATCH_SETTINGS,
): InvoiceDecision {
  const named = invoicesNamedIn(memo, invoices);
  if (named.length > 0) return byMemo(amount, named);

  const open = invoices.filter((invoice) => invoice.open > 0);
  if (open.length === 0) return review('no-open-invoices', [], [], 0);

  const exact = open.filter((invoice) => invoice.open === amount);
  if (exact.length === 1) return auto('exact-amount', [whole(exact[0]!)], 0.9);
  if (exact.length > 1) {
    const [first, ...rest] = exact.map((invoice) => [whole(invoice)]);
    return review('several-exact', first ?? [], rest, 0.5);
  }

  const search = findInvoiceSets(
    open.map((invoice) => invoice.open),
    amount,
    settings.subsetLimits,
  );
  const sets = search.sets.map((set) => set.map((index) => whole(open[index]!)));
  if (sets.length === 1 && search.exhaustive) return auto('invoice-set', sets[0]!, 0.85);
  if (sets.length === 1) return review('set-not-proven', sets[0]!, [], 0.6);
  if (sets.length > 1) return review('several-sets', sets[0]!, sets.slice(1), 0.5);

  const fifo = firstInFirstOut(amount, open);
  return settings.autoApplyFifo ? auto('fifo', fifo, 0.7) : review('fifo', fifo, [], 0.4);
}

/** Invoices whose number appears as a word of the memo, in the memo's order, each once. */
function invoicesNamedIn(
  memo: string | undefined,
  invoices: readonly CandidateInvoice[],
): CandidateInvoice[] {
  if (memo === undefined || memo === '') return [];
  const byNumber = new Map<string, CandidateInvoice>();
  for (const invoice of invoices) {
    if (invoice.documentNumber !== undefined) {
      byNumber.set(invoice.documentNumber.toUpperCase(), invoice);
    }
  }

  const named: CandidateInvoice[] = [];
  for (const word of memo.match(WORD) ?? []) {
    const invoice = byNumber.get(word.toUpperCase());
    if (invoice !== undefined && !named.includes(invoice)) named.push(invoice);
  }
  return named;
}

function byMemo(amount: Fen, named: readonly CandidateInvoice[]): InvoiceDecision {
  const open = named.filter((invoice) => invoice.open > 0);
  if (open.length === 0) {
    return review(
      'memo-invoice-paid',
      named.map((invoice) => ({ ...numberOf(invoice), amount: 0 as Fen })),
      [],
      0.3,
    );
  }

  const total = open.reduce((sum, invoice) => sum + invoice.open, 0);
  if (total === amount && open.length === named.length) {
    return auto('invoice-in-memo', open.map(whole), 1);
  }
  if (named.length === 1 && amount < total) {
    return auto('invoice-in-memo-partial', [{ ...numberOf(open[0]!), amount }], 0.95);
  }
  return review('memo-amount-differs', firstInFirstOut(amount, open), [], 0.5);
}

/** The split the allocation engine would make: oldest first, the rest left as credit. */
function firstInFirstOut(amount: Fen, open: readonly CandidateInvoice[]): InvoicePart[] {
  const parts: InvoicePart[] = [];
  let left: number = amount;
  for (const invoice of open) {
    if (left <= 0) break;
    const applied = Math.min(left, invoice.open);
    parts.push({ ...numberOf(invoice), amount: applied as Fen });
    left -= applied;
  }
  return parts;
}

function whole(invoice: CandidateInvoice): InvoicePart {
  return { ...numberOf(invoice), amount: invoice.open };
}

function numberOf(invoice: CandidateInvoice): Omit<InvoicePart, 'amount'> {
  return invoice.documentNumber === undefined
    ? { entryId: invoice.entryId }
    : { entryId: invoice.entryId, documentNumber: invoice.documentNumber };
}

function auto(
  rule: InvoiceRule,
  parts: readonly InvoicePart[],
  confidence: number,
): InvoiceDecision {
  return { rule, automatic: true, parts, alternatives: [], confidence };
}

function review(
  rule: InvoiceRule,
  parts: readonly InvoicePart[],
  alternatives: readonly (readonly InvoicePart[])[],
  confidence: number,
): InvoiceDecision {
  return { rule, automatic: false, parts, alternatives, confidence };
}
