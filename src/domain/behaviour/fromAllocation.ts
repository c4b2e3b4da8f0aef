/**
 * The receivables engine's allocation (核销) as payment histories, one currency at a time: every
 * item a customer owes becomes an InvoiceHistory whose payments are the allocation's applications,
 * reversals included, exactly as the engine reports them. An item closed by a write-off was never
 * paid, so it gets no settled date: its write-off still lowers what is open, but it teaches
 * nothing about when the customer pays and a backtest does not score it.
 */
import type { CurrencyCode, Fen } from '../money';
import type { AllocationResult, InvoiceAllocation } from '../receivables';
import type { InvoiceChannel, InvoiceHistory } from './invoiceHistory';

/**
 * The items of one currency's customers as payment histories, in the allocation's order. Items
 * of every kind count (opening balances and adjustments are owed like invoices), as the task
 * pane's DSO counts them. `channels` gives an item's billing channel by entry id, when known.
 */
export function invoiceHistoriesFromAllocation(
  allocation: AllocationResult,
  currency: CurrencyCode,
  channels?: ReadonlyMap<string, InvoiceChannel>,
): InvoiceHistory[] {
  const histories: InvoiceHistory[] = [];
  for (const line of allocation.customers) {
    if (line.currency !== currency) continue;
    for (const item of line.invoices) {
      const channel = channels?.get(item.entryId);
      const settled = paidOffOn(item);
      histories.push({
        invoiceId: item.entryId,
        customerId: item.customerId,
        issued: item.date,
        due: item.dueDate,
        amount: item.amount,
        disputed: item.disputed,
        ...(channel === undefined ? {} : { channel }),
        ...(settled === undefined ? {} : { settled }),
        payments: item.applications.map((application) => ({
          date: application.date,
          amount: application.amount,
        })),
      });
    }
  }
  return histories;
}

/** Unapplied credit (预收/未核销) per customer of one currency; customers with none are left out. */
export function unappliedCashFromAllocation(
  allocation: AllocationResult,
  currency: CurrencyCode,
): Map<string, Fen> {
  const unapplied = new Map<string, Fen>();
  for (const line of allocation.customers) {
    if (line.currency === currency && line.unappliedCredit !== 0) {
      unapplied.set(line.customerId, line.unappliedCredit);
    }
  }
  return unapplied;
}

/** The currencies the allocation holds, in code order: each is analysed on its own. */
export function allocationCurrencies(allocation: AllocationResult): CurrencyCode[] {
  return [...new Set(allocation.customers.map((line) => line.currency))].sort();
}

/** The settled day, unless write-offs (net of their reversals) did part of the settling. */
function paidOffOn(item: InvoiceAllocation): InvoiceAllocation['settledOn'] {
  if (item.settledOn === undefined) return undefined;

  let writtenOff = 0;
  for (const application of item.applications) {
    if (application.kind === 'write-off') writtenOff += application.amount;
  }
  return writtenOff > 0 ? undefined : item.settledOn;
}
