/**
 * Matching (收款匹配): each receipt from a statement against the customer files and their open
 * invoices. A receipt is applied only when both the payer and the invoices are certain; every
 * other one waits for the cashier with its candidates. A receipt imported before is recognised by
 * its key and adds nothing, so re-importing a statement never changes the ledger.
 */
import { compareIsoDay, type IsoDay } from '../isoDay';
import type { Customer, LedgerEntry } from '../ledger';
import type { Fen } from '../money';
import type { Problem } from '../problem';
import { allocateReceipts } from '../receivables';
import type { InvoiceAllocation } from '../receivables';
import {
  DEFAULT_INVOICE_MATCH_SETTINGS,
  matchInvoices,
  type CandidateInvoice,
  type InvoiceMatchSettings,
  type InvoicePart,
} from './matchInvoices';
import {
  PayerDirectory,
  type PayerMemory,
  type PayerProposal,
  type PayerRule,
} from './payerDirectory';
import type { KeyedReceipt, StatementReceipt } from './statementReceipt';

export type MatchStatus = 'matched' | 'needs-review' | 'unmatched' | 'duplicate';

export interface ReceiptMatch {
  readonly key: string;
  readonly receipt: StatementReceipt;
  readonly status: MatchStatus;
  /** The customer, when the payer was recognised for certain. */
  readonly customerId?: string;
  readonly payerRule?: PayerRule;
  /** Applied (matched) or proposed (needs-review) invoices. */
  readonly invoices: readonly InvoicePart[];
  readonly alternatives: readonly (readonly InvoicePart[])[];
  /** Customers the payer may be, for the cashier to confirm. */
  readonly customerProposals: readonly PayerProposal[];
  /** Why, as a message code with its facts (src/domain/messages/statements.ts). */
  readonly reason: Problem;
  /** 0..1, two decimals: how sure the match is (payer certainty times invoice certainty). */
  readonly confidence: number;
  /** Ledger entries this receipt adds: only for 'matched'. */
  readonly entries: readonly LedgerEntry[];
}

export interface MatchInput {
  readonly customers: readonly Customer[];
  /** The ledger as it stands, receipts of earlier statement imports included. */
  readonly ledger: readonly LedgerEntry[];
  readonly asOf: IsoDay;
  readonly receipts: readonly KeyedReceipt[];
  readonly memory: PayerMemory;
  /** Keys of receipts imported before (receiptKeys.ts). */
  readonly importedKeys: ReadonlySet<string>;
  readonly settings?: InvoiceMatchSettings;
}

export interface MatchOutcome {
  /** One per receipt, in the order given. */
  readonly matches: readonly ReceiptMatch[];
  /** The new ledger entries, in date order. */
  readonly entries: readonly LedgerEntry[];
  /** Accounts first seen with a payer recognised for certain: remember them for next time. */
  readonly learnedAccounts: ReadonlyMap<string, string>;
}

/**
 * Matches receipts in date order (ties in the order given), so a payment only meets invoices that
 * exist on its day and each applied payment closes what it paid before the next is looked at.
 * Open amounts come from allocateReceipts as of `asOf`; receipts dated after `asOf` wait.
 */
export function matchReceipts(input: MatchInput): MatchOutcome {
  const settings = input.settings ?? DEFAULT_INVOICE_MATCH_SETTINGS;
  const accounts = new Map(input.memory.accounts);
  const learnedAccounts = new Map<string, string>();
  const directory = new PayerDirectory(input.customers, {
    aliases: input.memory.aliases,
    accounts,
  });
  const book = new OpenInvoices(
    allocateReceipts(input.customers, input.ledger, input.asOf).customers,
  );

  const order = input.receipts
    .map((keyed, index) => ({ keyed, index }))
    .sort((a, b) => compareIsoDay(a.keyed.receipt.date, b.keyed.receipt.date) || a.index - b.index);

  const seen = new Set(input.importedKeys);
  const matches = new Array<ReceiptMatch>(input.receipts.length);
  for (const { keyed, index } of order) {
    const match = matchOne(keyed, seen, input.asOf, directory, book, settings);
    matches[index] = match;
    seen.add(keyed.key);

    const account = keyed.receipt.payerAccount?.trim();
    if (match.customerId !== undefined && account && !accounts.has(account)) {
      accounts.set(account, match.customerId);
      learnedAccounts.set(account, match.customerId);
    }
    if (match.status === 'matched') {
      for (const part of match.invoices) book.pay(part.entryId, part.amount);
    }
  }

  const entries = order.flatMap(({ index }) => matches[index]!.entries);
  return { matches, entries, learnedAccounts };
}

function matchOne(
  keyed: KeyedReceipt,
  seen: ReadonlySet<string>,
  asOf: IsoDay,
  directory: PayerDirectory,
  book: OpenInvoices,
  settings: InvoiceMatchSettings,
): ReceiptMatch {
  const { key, receipt } = keyed;
  const base = { key, receipt, invoices: [], alternatives: [], customerProposals: [], entries: [] };
  const facts = { payer: receipt.payer, amount: receipt.amount, date: receipt.date };

  if (seen.has(key)) {
    return {
      ...base,
      status: 'duplicate',
      reason: { code: 'match.duplicate', detail: facts },
      confidence: 1,
    };
  }

  const payer = directory.identify(receipt.payer, receipt.payerAccount);
  if (!payer.found) {
    const byMemo = book.customersNamedIn(receipt.memo);
    const proposals: PayerProposal[] = [
      ...payer.proposals,
      ...byMemo
        .filter((id) => !payer.proposals.some((p) => p.customerId === id))
        .map((customerId) => ({ customerId, reason: 'invoice-in-memo' as const, similarity: 1 })),
    ];
    const code =
      payer.why === 'unknown' && proposals.length > 0
        ? 'match.payer-named-invoice'
        : `match.payer-${payer.why}`;
    return {
      ...base,
      status: proposals.length > 0 ? 'needs-review' : 'unmatched',
      customerProposals: proposals,
      reason: { code, detail: facts },
      confidence: 0,
    };
  }

  const customer = { customerId: payer.customerId, payerRule: payer.rule };
  if (compareIsoDay(receipt.date, asOf) > 0) {
    return {
      ...base,
      ...customer,
      status: 'needs-review',
      reason: { code: 'match.after-as-of', detail: { ...facts, asOf } },
      confidence: 0,
    };
  }

  const candidates = book.candidates(payer.customerId, receipt);
  const decision = matchInvoices(receipt.amount, receipt.memo, candidates, settings);
  const confidence = Math.round(payer.confidence * decision.confidence * 100) / 100;
  const reason: Problem = {
    code: `match.${decision.rule}`,
    detail: { ...facts, invoices: invoiceList(decision.parts), via: payer.rule },
  };
  const status: MatchStatus = decision.automatic ? 'matched' : 'needs-review';
  return {
    ...base,
    ...customer,
    status,
    invoices: decision.parts,
    alternatives: decision.alternatives,
    reason,
    confidence,
    entries:
      status === 'matched' ? receiptEntries(key, receipt, payer.customerId, decision.parts) : [],
  };
}

/** Invoice numbers as the cashier reads them: "INV-1, INV-2"; an invoice without one by its id. */
export function invoiceList(parts: readonly InvoicePart[]): string {
  return parts.map((part) => part.documentNumber ?? part.entryId).join(', ');
}

/**
 * Ledger entries for a matched receipt: one per invoice that has a number (each naming it, so the
 * allocation engine applies the money where the match put it), and one for whatever is left or
 * went to invoices without numbers (the engine applies that first-in-first-out).
 */
export function receiptEntries(
  key: string,
  receipt: StatementReceipt,
  customerId: string,
  parts: readonly InvoicePart[],
): LedgerEntry[] {
  const numbered = parts.filter((part) => part.documentNumber !== undefined && part.amount > 0);
  const rest = receipt.amount - numbered.reduce((sum, part) => sum + part.amount, 0);
  const shares: { amount: Fen; invoice?: string }[] = numbered.map((part) => ({
    amount: part.amount,
    invoice: part.documentNumber as string,
  }));
  if (rest > 0) shares.push({ amount: rest as Fen });

  const base = {
    customerId,
    kind: 'receipt' as const,
    date: receipt.date,
    currency: receipt.currency,
    paymentMethod: receipt.method,
    source: { sheet: receipt.source.file, row: receipt.source.line },
    ...(receipt.source.transactionId ? { documentNumber: receipt.source.transactionId } : {}),
    ...(receipt.memo ? { memo: receipt.memo } : {}),
  };
  return shares.map((share, index) => ({
    ...base,
    id: shares.length === 1 ? `statement:${key}` : `statement:${key}/${index + 1}`,
    amount: share.amount,
    ...(share.invoice === undefined ? {} : { referencedInvoice: share.invoice }),
  }));
}

/** Each customer's invoices with what is still open, updated as this import applies payments. */
class OpenInvoices {
  private readonly byCustomer = new Map<string, InvoiceAllocation[]>();
  private readonly open = new Map<string, number>();
  private readonly customersByNumber = new Map<string, Set<string>>();

  constructor(
    customers: readonly {
      readonly customerId: string;
      readonly currency: string;
      readonly invoices: readonly InvoiceAllocation[];
    }[],
  ) {
    for (const customer of customers) {
      const list = this.byCustomer.get(customer.customerId) ?? [];
      list.push(...customer.invoices);
      this.byCustomer.set(customer.customerId, list);
      for (const invoice of customer.invoices) {
        this.open.set(invoice.entryId, invoice.open);
        if (invoice.documentNumber === undefined) continue;
        const number = invoice.documentNumber.toUpperCase();
        const ids = this.customersByNumber.get(number) ?? new Set<string>();
        ids.add(customer.customerId);
        this.customersByNumber.set(number, ids);
      }
    }
    for (const list of this.byCustomer.values()) list.sort(fifoOrder);
  }

  /** The customer's invoices in the receipt's currency dated on or before it, oldest due first. */
  candidates(customerId: string, receipt: StatementReceipt): CandidateInvoice[] {
    const list = this.byCustomer.get(customerId) ?? [];
    return list
      .filter((invoice) => invoice.currency === receipt.currency && invoice.date <= receipt.date)
      .map((invoice) => ({
        entryId: invoice.entryId,
        date: invoice.date,
        dueDate: invoice.dueDate,
        open: (this.open.get(invoice.entryId) ?? 0) as Fen,
        ...(invoice.documentNumber === undefined ? {} : { documentNumber: invoice.documentNumber }),
      }));
  }

  pay(entryId: string, amount: number): void {
    const open = this.open.get(entryId);
    if (open !== undefined) this.open.set(entryId, Math.max(0, open - amount));
  }

  /** Customers that own an invoice whose number is a word of the memo. */
  customersNamedIn(memo: string | undefined): string[] {
    const found = new Set<string>();
    for (const word of memo?.match(/[A-Za-z0-9][A-Za-z0-9\-_/]*[A-Za-z0-9]/g) ?? []) {
      for (const id of this.customersByNumber.get(word.toUpperCase()) ?? []) found.add(id);
    }
    return [...found].sort();
  }
}

function fifoOrder(a: InvoiceAllocation, b: InvoiceAllocation): number {
  return compareIsoDay(a.dueDate, b.dueDate) || compareIsoDay(a.date, b.date);
}
