import type { InvoiceHistory } from '../../../src/domain/behaviour';
import { addDays, type IsoDay } from '../../../src/domain/isoDay';
import type { Fen } from '../../../src/domain/money';

/** A net-30 invoice of a customer; `paidAfterDue` days after its due date when settled. */
export function netThirty(
  invoiceId: string,
  customerId: string,
  issued: string,
  amount: number,
  paidAfterDue?: number,
  extra: Partial<InvoiceHistory> = {},
): InvoiceHistory {
  const due = addDays(issued as IsoDay, 30);
  return {
    invoiceId,
    customerId,
    issued: issued as IsoDay,
    due,
    amount: amount as Fen,
    disputed: false,
    ...(paidAfterDue === undefined ? {} : { settled: addDays(due, paidAfterDue) }),
    ...extra,
  };
}
