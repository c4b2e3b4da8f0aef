/**
 * Builds small dated ledgers for receivables scenarios: each helper returns a real LedgerEntry
 * whose id says what it is, so test failures read like the ledger.
 */
import type { IsoDay } from '../../../src/domain/isoDay';
import type { Customer, EntryKind, LedgerEntry } from '../../../src/domain/ledger';
import type { Fen } from '../../../src/domain/money';

let row = 1;

export interface EntryOptions {
  readonly id?: string;
  readonly customerId?: string;
  readonly due?: string;
  readonly doc?: string;
  readonly ref?: string;
  readonly currency?: string;
  readonly disputed?: boolean;
}

/** One entry of `kind`; amounts are in yuan here for readability and stored in fen. */
export function entry(
  kind: EntryKind,
  date: string,
  yuan: number,
  options: EntryOptions = {},
): LedgerEntry {
  row += 1;
  const built: { -readonly [K in keyof LedgerEntry]: LedgerEntry[K] } = {
    id: options.id ?? `${kind}@${date}#${row}`,
    customerId: options.customerId ?? 'C1',
    kind,
    date: date as IsoDay,
    amount: Math.round(yuan * 100) as Fen,
    currency: options.currency ?? 'CNY',
    source: { sheet: '台账', row },
  };
  if (options.due !== undefined) built.dueDate = options.due as IsoDay;
  if (options.doc !== undefined) built.documentNumber = options.doc;
  if (options.ref !== undefined) built.referencedInvoice = options.ref;
  if (options.disputed !== undefined) built.disputed = options.disputed;
  return built;
}

export const invoice = (date: string, yuan: number, options: EntryOptions = {}): LedgerEntry =>
  entry('invoice', date, yuan, { id: options.doc, ...options });
export const receipt = (date: string, yuan: number, options: EntryOptions = {}): LedgerEntry =>
  entry('receipt', date, yuan, options);
export const creditNote = (date: string, yuan: number, options: EntryOptions = {}): LedgerEntry =>
  entry('credit-note', date, yuan, options);
export const writeOff = (date: string, yuan: number, options: EntryOptions = {}): LedgerEntry =>
  entry('write-off', date, yuan, options);

export function customer(id: string, extra: Partial<Customer> = {}): Customer {
  return { id, name: `客户${id}`, nameVariants: [], currency: 'CNY', ...extra };
}

export const day = (text: string): IsoDay => text as IsoDay;
export const yuan = (amount: number): Fen => Math.round(amount * 100) as Fen;
