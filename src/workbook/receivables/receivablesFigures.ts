/**
 * The figures behind the receivables sheets, from one structuring result as of one day:
 * allocation (核销), aging (账龄), bad-debt provision (坏账准备) and credit evaluation (信用评估).
 */
import type { IsoDay } from '../../domain/isoDay';
import {
  ageReceivables,
  allocateReceipts,
  evaluateCredit,
  provideForBadDebts,
  type AgingReport,
  type AllocationResult,
  type CreditEvaluation,
  type ProvisionReport,
} from '../../domain/receivables';
import type { StructureResult } from '../structure/structureTypes';
import type { WorkbookSettings } from '../settings/workbookSettings';

export interface ReceivablesFigures {
  readonly asOf: IsoDay;
  readonly allocation: AllocationResult;
  readonly aging: AgingReport;
  readonly provision: ProvisionReport;
  readonly credit: readonly CreditEvaluation[];
}

/** Settings must have passed validation (readSettingsSheet reports them otherwise). */
export function computeReceivables(
  structure: Pick<StructureResult, 'customers' | 'entries'>,
  settings: WorkbookSettings,
  asOf: IsoDay,
): ReceivablesFigures {
  const { customers, entries } = structure;
  const allocation = allocateReceipts(customers, entries, asOf, settings.receivables);

  return {
    asOf,
    allocation,
    aging: ageReceivables(allocation, settings.receivables),
    provision: provideForBadDebts(
      allocation,
      customers,
      settings.receivables,
      settings.provisionMethod,
    ),
    credit: evaluateCredit(allocation, customers, settings.receivables),
  };
}

/** The latest entry date of a ledger: a deterministic as-of for a sample with no setting. */
export function latestEntryDate(entries: StructureResult['entries']): IsoDay | undefined {
  let latest: IsoDay | undefined;
  for (const entry of entries) if (latest === undefined || entry.date > latest) latest = entry.date;
  return latest;
}

/** A customer-and-currency line's key, to join aging, provision and credit lines. */
export function lineKey(line: { customerId: string; currency: string }): string {
  return `${line.customerId}\u0000${line.currency}`;
}
