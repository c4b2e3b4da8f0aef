import type {
  CustomerStanding,
  OpenInvoice,
} from '../../../src/domain/collections/collectionsInput';
import { addDays, type IsoDay } from '../../../src/domain/isoDay';
import type { CreditGrade, Customer } from '../../../src/domain/ledger';
import type { Fen } from '../../../src/domain/money';

export const AS_OF = '2026-12-03' as IsoDay;

export function customer(id: string, grade?: CreditGrade): Customer {
  return {
    id,
    name: `${id} 贸易有限公司`,
    nameVariants: [],
    currency: 'CNY',
    ...(grade ? { creditGrade: grade } : {}),
  };
}

/** An invoice `daysOverdue` days past due as of AS_OF, fully open unless said otherwise. */
export function overdue(
  number: string,
  daysOverdue: number,
  open: number,
  extra: Partial<OpenInvoice> = {},
): OpenInvoice {
  const dueDate = addDays(AS_OF, -daysOverdue);
  return {
    number,
    date: addDays(dueDate, -30),
    dueDate,
    amount: open as Fen,
    open: open as Fen,
    ...extra,
  };
}

export function standing(
  id: string,
  invoices: readonly OpenInvoice[],
  extra: Partial<CustomerStanding> = {},
): CustomerStanding {
  return { customer: customer(id), openInvoices: invoices, currency: 'CNY', ...extra };
}

export function day(offsetFromAsOf: number): IsoDay {
  return addDays(AS_OF, offsetFromAsOf);
}
