/**
 * The receivables engine's result as the collections rules read it: one standing per customer and
 * currency, with the invoices still open after allocation (核销), the engine's credit grade and
 * the receipts that judge payment promises.
 */
import { compareIsoDay } from '../isoDay';
import type { Customer, LedgerEntry } from '../ledger';
import type { AllocationResult, CreditEvaluation, InvoiceAllocation } from '../receivables';
import type { CustomerStanding, OpenInvoice, ReceiptSeen } from './collectionsInput';

/**
 * One CustomerStanding per customer-and-currency line of `allocation`, in its order. Only items
 * with something open are listed; an item without a document number is named by its entry id,
 * so the letter still points at a ledger row. The grade is the engine's evaluation for the same
 * line when given. Receipts are the customer's receipts in that currency up to the as-of date
 * (a bounced payment counts negative), which is what a promise is judged by.
 */
export function standingsFromAllocation(
  allocation: AllocationResult,
  customers: readonly Customer[],
  entries: readonly LedgerEntry[],
  credit: readonly CreditEvaluation[] = [],
): CustomerStanding[] {
  const byId = new Map(customers.map((customer) => [customer.id, customer]));
  const gradeOf = new Map(credit.map((line) => [lineKey(line), line.grade]));
  const receipts = receiptsByLine(entries, allocation.asOf);

  return allocation.customers.map((line) => {
    const key = lineKey(line);
    const customer = byId.get(line.customerId) ?? {
      id: line.customerId,
      name: line.customerId,
      nameVariants: [],
      currency: line.currency,
    };
    const grade = gradeOf.get(key);
    return {
      customer,
      currency: line.currency,
      openInvoices: line.invoices.filter((item) => item.open > 0).map(openInvoice),
      ...(grade === undefined ? {} : { creditGrade: grade }),
      receipts: receipts.get(key) ?? [],
    };
  });
}

function openInvoice(item: InvoiceAllocation): OpenInvoice {
  return {
    number: item.documentNumber ?? item.entryId,
    date: item.date,
    dueDate: item.dueDate,
    amount: item.amount,
    open: item.open,
    ...(item.disputed ? { disputed: true } : {}),
    ...(item.disputeNote === undefined ? {} : { disputeNote: item.disputeNote }),
  };
}

function lineKey(line: { readonly customerId: string; readonly currency: string }): string {
  return `${line.customerId}\u0000${line.currency}`;
}

function receiptsByLine(
  entries: readonly LedgerEntry[],
  asOf: AllocationResult['asOf'],
): Map<string, ReceiptSeen[]> {
  const out = new Map<string, ReceiptSeen[]>();
  for (const entry of entries) {
    if (entry.kind !== 'receipt' || compareIsoDay(entry.date, asOf) > 0) continue;
    const key = lineKey(entry);
    const list = out.get(key) ?? [];
    list.push({ date: entry.date, amount: entry.amount });
    out.set(key, list);
  }
  return out;
}
