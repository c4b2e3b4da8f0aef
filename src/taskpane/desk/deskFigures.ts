/**
 * Everything the screens show about the receivables, worked out in one pass as of one date:
 * allocation (核销), aging, provision, credit flags, who gets which reminder, and how customers
 * pay (the collection metrics of the 分析 Analysis sheet, from the same allocation). The engine
 * does the work; this file only feeds each step the previous step's results.
 */
import type {
  CustomerStanding,
  FollowUpEntry,
  LetterLogEntry,
  OpenInvoice,
} from '../../domain/collections/collectionsInput';
import { decideReminders } from '../../domain/collections/decideReminders';
import type { ReminderDecision } from '../../domain/collections/decideReminders';
import { paymentMetrics } from '../../domain/behaviour';
import type { PaymentMetrics } from '../../domain/behaviour';
import {
  invoiceHistoriesFromAllocation,
  unappliedCashFromAllocation,
} from '../../domain/behaviour/fromAllocation';
import { addDays, compareIsoDay } from '../../domain/isoDay';
import type { IsoDay } from '../../domain/isoDay';
import type { Customer, LedgerEntry } from '../../domain/ledger';
import { sumFen } from '../../domain/money';
import type { CurrencyCode, Fen } from '../../domain/money';
import {
  ageReceivables,
  allocateReceipts,
  evaluateCredit,
  provideForBadDebts,
  shareBp,
} from '../../domain/receivables';
import type {
  AgingReport,
  AllocationResult,
  BucketAmount,
  CreditEvaluation,
  ProvisionReport,
} from '../../domain/receivables';
import type { DeskSettings } from './deskSettings';

/** The headline figures of one currency (amounts in different currencies are never added). */
export interface CurrencyHeadline {
  readonly currency: CurrencyCode;
  readonly receivables: Fen;
  readonly overdue: Fen;
  /** Overdue share of receivables in basis points. */
  readonly overdueShareBp: number;
  readonly provision: Fen;
  readonly unappliedCredit: Fen;
  readonly buckets: readonly BucketAmount[];
  /** Days sales outstanding over the DSO_PERIOD_DAYS days up to the as-of date, when defined. */
  readonly dso?: number;
  /** DSO less the best possible DSO, over the same days, when defined. */
  readonly averageDaysDelinquent?: number;
  /** Collection effectiveness index in percent, over the same days, when defined. */
  readonly collectionEffectivenessIndex?: number;
  /** Share (0 to 1) of the invoices settled in those days that were settled after their due date. */
  readonly paidLateShare?: number;
}

/** A customer paying later than before: the Analysis sheet's trend, 付款变慢. */
export interface DriftingCustomer {
  readonly customerId: string;
  readonly currency: CurrencyCode;
  /** Average days late of the last 3 months less that of the 12 months before. */
  readonly laterBy: number;
  /** Average days late of the last 3 months. */
  readonly recentDaysLate: number;
}

/** More days later than this is drifting, as the Analysis sheet words its trend. */
export const DRIFT_DAYS = 1;

/** DSO is measured over the quarter (90 days) that ends on the as-of date. */
export const DSO_PERIOD_DAYS = 90;

export interface DeskFigures {
  readonly asOf: IsoDay;
  readonly allocation: AllocationResult;
  readonly aging: AgingReport;
  readonly provision: ProvisionReport;
  readonly credit: readonly CreditEvaluation[];
  readonly decisions: readonly ReminderDecision[];
  readonly headlines: readonly CurrencyHeadline[];
  /** Customers paying later than before, most drifting first. */
  readonly drifting: readonly DriftingCustomer[];
}

export interface DeskRecords {
  readonly customers: readonly Customer[];
  readonly entries: readonly LedgerEntry[];
  readonly followUps: readonly FollowUpEntry[];
  readonly letters: readonly LetterLogEntry[];
}

export function deskFigures(
  records: DeskRecords,
  settings: DeskSettings,
  asOf: IsoDay,
): DeskFigures {
  const { customers, entries } = records;
  const allocation = allocateReceipts(customers, entries, asOf, settings.receivables);
  const aging = ageReceivables(allocation, settings.receivables);
  const provision = provideForBadDebts(allocation, customers, settings.receivables);
  const credit = evaluateCredit(allocation, customers, settings.receivables);

  const standings = customerStandings(records, allocation, credit, asOf);
  const decisions = decideReminders(
    standings,
    records.letters,
    records.followUps,
    settings.reminders,
    asOf,
  );

  const drifting: DriftingCustomer[] = [];
  const headlines = aging.totals.map((total): CurrencyHeadline => {
    const behaviour = metricsOf(allocation, total.currency, asOf);
    drifting.push(...(behaviour?.drifting ?? []));
    const overdue = sumFen(
      aging.customers
        .filter((line) => line.currency === total.currency)
        .flatMap((line) => line.openInvoices)
        .filter((aged) => aged.daysPastDue > 0)
        .map((aged) => aged.invoice.open),
    );
    const provided = provision.totals.find((p) => p.currency === total.currency);
    return {
      currency: total.currency,
      receivables: total.openInvoiceTotal,
      overdue,
      overdueShareBp: total.openInvoiceTotal > 0 ? shareBp(overdue, total.openInvoiceTotal) : 0,
      provision: provided?.provision ?? (0 as Fen),
      unappliedCredit: total.unappliedCredit,
      buckets: total.buckets,
      ...behaviour?.headline,
    };
  });
  drifting.sort((a, b) => b.laterBy - a.laterBy || a.customerId.localeCompare(b.customerId));

  return { asOf, allocation, aging, provision, credit, decisions, headlines, drifting };
}

/** The period's collection metrics of one currency, measured as the Analysis sheet measures them. */
function metricsOf(
  allocation: AllocationResult,
  currency: CurrencyCode,
  asOf: IsoDay,
):
  | {
      headline: Pick<
        CurrencyHeadline,
        'dso' | 'averageDaysDelinquent' | 'collectionEffectivenessIndex' | 'paidLateShare'
      >;
      drifting: DriftingCustomer[];
    }
  | undefined {
  const report = paymentMetrics(
    {
      invoices: invoiceHistoriesFromAllocation(allocation, currency),
      unappliedCash: unappliedCashFromAllocation(allocation, currency),
    },
    addDays(asOf, 1 - DSO_PERIOD_DAYS),
    asOf,
  );
  if (!report.ok) return undefined;

  const { total, customers } = report.value;
  const headline = {
    ...defined('dso', total.dso),
    ...defined('averageDaysDelinquent', total.averageDaysDelinquent),
    ...defined('collectionEffectivenessIndex', total.collectionEffectivenessIndex),
    ...defined('paidLateShare', total.paidLateShare),
  };
  const drifting = customers.flatMap((line: PaymentMetrics): DriftingCustomer[] => {
    const { change, recent } = line.trend;
    if (line.customerId === undefined || !change.ok || !recent.ok) return [];
    if (change.value <= DRIFT_DAYS) return [];
    return [
      {
        customerId: line.customerId,
        currency,
        laterBy: change.value,
        recentDaysLate: recent.value,
      },
    ];
  });
  return { headline, drifting };
}

/** `{ [key]: value }` when the figure is defined, else nothing. */
function defined<K extends string>(
  key: K,
  figure: { readonly ok: true; readonly value: number } | { readonly ok: false },
): Partial<Record<K, number>> {
  return figure.ok ? ({ [key]: figure.value } as Record<K, number>) : {};
}

/** One standing per customer and currency line of the allocation, as the reminder rules read it. */
function customerStandings(
  records: DeskRecords,
  allocation: AllocationResult,
  credit: readonly CreditEvaluation[],
  asOf: IsoDay,
): CustomerStanding[] {
  const byId = new Map(records.customers.map((customer) => [customer.id, customer]));
  const standings: CustomerStanding[] = [];
  for (const line of allocation.customers) {
    const customer = byId.get(line.customerId);
    if (!customer) continue;

    const openInvoices = line.invoices
      .filter((invoice) => invoice.open > 0)
      .map((invoice): OpenInvoice => ({
        number: invoice.documentNumber ?? invoice.entryId,
        date: invoice.date,
        dueDate: invoice.dueDate,
        amount: invoice.amount,
        open: invoice.open,
        disputed: invoice.disputed,
        ...(invoice.disputeNote === undefined ? {} : { disputeNote: invoice.disputeNote }),
      }));
    const receipts = records.entries
      .filter(
        (entry) =>
          entry.customerId === line.customerId &&
          entry.currency === line.currency &&
          entry.kind === 'receipt' &&
          compareIsoDay(entry.date, asOf) <= 0,
      )
      .map((entry) => ({ date: entry.date, amount: entry.amount }));
    const grade = credit.find(
      (evaluation) =>
        evaluation.customerId === line.customerId && evaluation.currency === line.currency,
    )?.grade;

    standings.push({
      customer,
      openInvoices,
      currency: line.currency,
      receipts,
      ...(grade === undefined ? {} : { creditGrade: grade }),
    });
  }
  return standings;
}
