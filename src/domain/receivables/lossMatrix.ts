/**
 * The expected-loss matrix (企业会计准则第22号 style): loss rates per aging band, estimated from
 * the ledger's own history. For each of the latest month ends M that lie at least the horizon
 * before as-of, every invoice open at M is aged into the rate table's bands; the part of it that
 * was still unpaid at M + horizon, or written off by then, counts as lost. A band's rate is what
 * it lost over what it held, across all those month ends. docs/receivables.md gives the rule.
 */
import { addDays, daysInMonth, dayNumber, isoDay, monthOf, yearOf, type IsoDay } from '../isoDay';
import type { CurrencyCode } from '../money';
import type { Problem } from '../problem';
import type { AllocationResult, InvoiceAllocation } from './allocationTypes';
import { bucketIndexFor } from './agingBuckets';
import { shareBp } from './fenRates';
import type { ReceivablesSettings } from './receivablesSettings';

export interface MatrixRate {
  readonly bucketId: string;
  readonly rateBp: number;
  /** 'matrix' when history decided the rate, 'table' when the band was too thin for it. */
  readonly source: 'matrix' | 'table';
  /** Distinct invoices seen in the band at the studied month ends. */
  readonly invoices: number;
  /** Open amount summed over the month ends, and the part of it later lost (fen). */
  readonly exposure: number;
  readonly lost: number;
}

export interface LossMatrix {
  readonly currency: CurrencyCode;
  /** The month ends studied (latest first) that held any open invoice. */
  readonly monthEnds: readonly IsoDay[];
  /** Undefined when history was too short: the whole currency falls back to the table. */
  readonly rates: readonly MatrixRate[] | undefined;
  readonly notes: readonly Problem[];
}

/** The latest `count` month ends that are at least `horizonDays` before `asOf`, latest first. */
export function studiedMonthEnds(asOf: IsoDay, horizonDays: number, count: number): IsoDay[] {
  const latest = addDays(asOf, -horizonDays);
  let year = yearOf(latest);
  let month = monthOf(latest);
  if (Number(latest.slice(8, 10)) < daysInMonth(year, month)) {
    month -= 1;
    if (month === 0) [year, month] = [year - 1, 12];
  }

  const ends: IsoDay[] = [];
  while (ends.length < count && year >= 1000) {
    ends.push(isoDay(year, month, daysInMonth(year, month)));
    month -= 1;
    if (month === 0) [year, month] = [year - 1, 12];
  }
  return ends;
}

/** Open amount of an invoice at the end of `day`: amount less applications dated up to it. */
function openAt(invoice: InvoiceAllocation, day: IsoDay): number {
  let open = invoice.amount as number;
  for (const application of invoice.applications) {
    if (application.date <= day) open -= application.amount;
  }
  return open;
}

function writtenOffBetween(invoice: InvoiceAllocation, after: IsoDay, upTo: IsoDay): number {
  let total = 0;
  for (const application of invoice.applications) {
    if (application.kind === 'write-off' && application.date > after && application.date <= upTo) {
      total += application.amount;
    }
  }
  return total;
}

/** Loss rates per currency, estimated from the allocation's own history. */
export function estimateLossMatrix(
  allocation: AllocationResult,
  settings: ReceivablesSettings,
): LossMatrix[] {
  const bands = settings.provisionBands;
  const rule = settings.lossMatrix;
  const candidates = studiedMonthEnds(allocation.asOf, rule.horizonDays, rule.monthEnds);
  const horizonEnds = candidates.map((end) => addDays(end, rule.horizonDays));
  const endDays = candidates.map((end) => dayNumber(end));

  const byCurrency = new Map<CurrencyCode, InvoiceAllocation[]>();
  for (const customer of allocation.customers) {
    const list = byCurrency.get(customer.currency) ?? [];
    list.push(...customer.invoices);
    byCurrency.set(customer.currency, list);
  }

  return [...byCurrency.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([currency, invoices]) => {
      const exposure = new Array<number>(bands.length).fill(0);
      const lost = new Array<number>(bands.length).fill(0);
      const seen = bands.map(() => new Set<string>());
      const usedEnds = new Set<number>();

      for (const invoice of invoices) {
        const ageFrom = dayNumber(settings.agingBasis === 'due' ? invoice.dueDate : invoice.date);
        candidates.forEach((end, index) => {
          if (invoice.date > end) return;
          const open = openAt(invoice, end);
          if (open <= 0) return;

          const horizonEnd = horizonEnds[index] as IsoDay;
          const band = bucketIndexFor(bands, (endDays[index] as number) - ageFrom);
          const later = openAt(invoice, horizonEnd) + writtenOffBetween(invoice, end, horizonEnd);
          exposure[band] = (exposure[band] as number) + open;
          lost[band] = (lost[band] as number) + Math.max(0, Math.min(open, later));
          seen[band]?.add(invoice.entryId);
          usedEnds.add(index);
        });
      }

      const monthEnds = candidates.filter((_, index) => usedEnds.has(index));
      if (monthEnds.length < rule.minMonthEnds) {
        const note: Problem = {
          code: 'provision.matrix-short-history',
          detail: { currency, monthEnds: monthEnds.length, needed: rule.minMonthEnds },
        };
        return { currency, monthEnds, rates: undefined, notes: [note] };
      }

      const notes: Problem[] = [];
      const rates: MatrixRate[] = bands.map((band, index) => {
        const count = seen[index]?.size ?? 0;
        const held = exposure[index] as number;
        const gone = lost[index] as number;
        if (count < rule.minInvoicesPerBand) {
          notes.push({
            code: 'provision.matrix-thin-band',
            detail: {
              currency,
              bucket: band.zh,
              invoices: count,
              needed: rule.minInvoicesPerBand,
              rate: `${band.rateBp / 100}%`,
            },
          });
          return {
            bucketId: band.id,
            rateBp: band.rateBp,
            source: 'table',
            invoices: count,
            exposure: held,
            lost: gone,
          };
        }
        return {
          bucketId: band.id,
          rateBp: Math.min(10000, shareBp(gone, held)),
          source: 'matrix',
          invoices: count,
          exposure: held,
          lost: gone,
        };
      });
      return { currency, monthEnds, rates, notes };
    });
}
