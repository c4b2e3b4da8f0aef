/**
 * Bad-debt provision (坏账准备). Open invoices are re-aged into the rate table's bands (on the
 * aging basis of the settings), summed per customer and band, and multiplied by the band's rate:
 * the table's rate, or the expected-loss matrix's when asked for and history allows. A customer
 * marked doomed is provided for at 100% (specific provision). Each customer-band provision is
 * rounded to the fen, halves away from zero; totals are sums of those rounded figures.
 */
import { asIsoDay, dayNumber, type IsoDay } from '../isoDay';
import type { Customer } from '../ledger';
import type { CurrencyCode, Fen } from '../money';
import { InvalidArgumentError, type Problem } from '../problem';
import type { AllocationResult } from './allocationTypes';
import { bucketIndexFor } from './agingBuckets';
import { applyRateBp } from './fenRates';
import { estimateLossMatrix, type LossMatrix } from './lossMatrix';
import {
  DEFAULT_RECEIVABLES_SETTINGS,
  type AgingBasis,
  type ProvisionBand,
  type ReceivablesSettings,
} from './receivablesSettings';

export type ProvisionMethod = 'table' | 'matrix';

export interface BandProvision {
  readonly bucketId: string;
  readonly open: Fen;
  readonly rateBp: number;
  readonly provision: Fen;
}

export interface CustomerProvision {
  readonly customerId: string;
  readonly currency: CurrencyCode;
  /** Marked doomed: every band at 100%. */
  readonly specific: boolean;
  readonly bands: readonly BandProvision[];
  readonly openInvoiceTotal: Fen;
  readonly provision: Fen;
}

export interface CurrencyProvision {
  readonly currency: CurrencyCode;
  /** The method that decided this currency's rates: 'matrix' only when history sufficed. */
  readonly method: ProvisionMethod;
  /** The rate used per band (before specific provision), in the bands' order. */
  readonly ratesBp: readonly { readonly bucketId: string; readonly rateBp: number }[];
  readonly openInvoiceTotal: Fen;
  readonly provision: Fen;
}

export interface ProvisionReport {
  readonly asOf: IsoDay;
  readonly requested: ProvisionMethod;
  readonly basis: AgingBasis;
  readonly bands: readonly ProvisionBand[];
  readonly customers: readonly CustomerProvision[];
  readonly totals: readonly CurrencyProvision[];
  /** The matrix estimate per currency when it was requested, to show how rates were found. */
  readonly matrices: readonly LossMatrix[];
  /** Why the table was used where the matrix was asked for, and specific provisions made. */
  readonly notes: readonly Problem[];
}

/**
 * Provides for bad debts on an allocation. `method` 'matrix' estimates loss rates from the
 * ledger's history and falls back to the table, with a note, where history is too thin.
 */
export function provideForBadDebts(
  allocation: AllocationResult,
  customers: readonly Customer[],
  settings: ReceivablesSettings = DEFAULT_RECEIVABLES_SETTINGS,
  method: ProvisionMethod = 'table',
): ProvisionReport {
  if (asIsoDay(allocation.asOf) === undefined) {
    throw new InvalidArgumentError(`as-of date is not an ISO day: ${String(allocation.asOf)}`);
  }
  const bands = settings.provisionBands;
  if (bands.length === 0) throw new InvalidArgumentError('provision needs at least one band');

  const notes: Problem[] = [];
  const matrices = method === 'matrix' ? estimateLossMatrix(allocation, settings) : [];
  for (const matrix of matrices) notes.push(...matrix.notes);
  const ratesFor = (currency: CurrencyCode): readonly number[] => {
    const rates = matrices.find((matrix) => matrix.currency === currency)?.rates;
    return rates ? rates.map((rate) => rate.rateBp) : bands.map((band) => band.rateBp);
  };

  const doomed = new Set(customers.filter((customer) => customer.doomed).map((c) => c.id));
  const asOfDay = dayNumber(allocation.asOf);
  const totals = new Map<CurrencyCode, { open: number; provision: number }>();
  const lines: CustomerProvision[] = allocation.customers.map((customer) => {
    const rates = ratesFor(customer.currency);
    const specific = doomed.has(customer.customerId);
    const open = new Array<number>(bands.length).fill(0);
    for (const invoice of customer.invoices) {
      if (invoice.open === 0) continue;
      const from = settings.agingBasis === 'due' ? invoice.dueDate : invoice.date;
      const band = bucketIndexFor(bands, asOfDay - dayNumber(from));
      open[band] = (open[band] as number) + invoice.open;
    }

    let provision = 0;
    const bandLines: BandProvision[] = bands.map((band, index) => {
      const rateBp = specific ? 10000 : (rates[index] ?? band.rateBp);
      const amount = applyRateBp(open[index] as Fen, rateBp);
      provision += amount;
      return { bucketId: band.id, open: open[index] as Fen, rateBp, provision: amount };
    });
    if (specific && customer.openInvoiceTotal > 0) {
      notes.push({ code: 'provision.specific-doomed', detail: { customer: customer.customerId } });
    }

    const total = totals.get(customer.currency) ?? { open: 0, provision: 0 };
    total.open += customer.openInvoiceTotal;
    total.provision += provision;
    totals.set(customer.currency, total);
    return {
      customerId: customer.customerId,
      currency: customer.currency,
      specific,
      bands: bandLines,
      openInvoiceTotal: customer.openInvoiceTotal,
      provision: provision as Fen,
    };
  });

  return {
    asOf: allocation.asOf,
    requested: method,
    basis: settings.agingBasis,
    bands,
    customers: lines,
    totals: [...totals.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([currency, total]) => {
        const rates = ratesFor(currency);
        const matrix = matrices.find((candidate) => candidate.currency === currency);
        const usedMatrix = matrix?.rates?.some((rate) => rate.source === 'matrix') === true;
        return {
          currency,
          method: usedMatrix ? 'matrix' : 'table',
          ratesBp: bands.map((band, index) => ({
            bucketId: band.id,
            rateBp: rates[index] ?? band.rateBp,
          })),
          openInvoiceTotal: total.open as Fen,
          provision: total.provision as Fen,
        };
      }),
    matrices,
    notes,
  };
}
