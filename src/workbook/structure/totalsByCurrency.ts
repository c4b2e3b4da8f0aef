/**
 * Amount totals of an import, per currency (different currencies are never added): what the
 * source holds on its data rows, what was imported and what sits on rejected rows.
 */
import type { CurrencyCode, Fen } from '../../domain/money';
import type { CurrencyTotals } from './structureTypes';

export class TotalsByCurrency {
  private readonly byCurrency = new Map<CurrencyCode, { imported: number; rejected: number }>();

  addImported(currency: CurrencyCode, amount: Fen): void {
    this.slot(currency).imported += amount;
  }

  addRejected(currency: CurrencyCode, amount: Fen): void {
    this.slot(currency).rejected += amount;
  }

  merge(other: TotalsByCurrency): void {
    for (const [currency, totals] of other.byCurrency) {
      this.slot(currency).imported += totals.imported;
      this.slot(currency).rejected += totals.rejected;
    }
  }

  /** Sorted by currency code; source = imported + rejected by definition of the two sides. */
  list(): CurrencyTotals[] {
    return [...this.byCurrency.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([currency, t]) => ({
        currency,
        source: (t.imported + t.rejected) as Fen,
        imported: t.imported as Fen,
        rejected: t.rejected as Fen,
      }));
  }

  private lastCurrency: CurrencyCode | undefined;
  private lastSlot = { imported: 0, rejected: 0 };

  private slot(currency: CurrencyCode): { imported: number; rejected: number } {
    // Rows of a sheet are nearly always in one currency: the last slot is the one asked for.
    if (currency === this.lastCurrency) return this.lastSlot;
    let slot = this.byCurrency.get(currency);
    if (!slot) {
      slot = { imported: 0, rejected: 0 };
      this.byCurrency.set(currency, slot);
    }
    this.lastCurrency = currency;
    this.lastSlot = slot;
    return slot;
  }
}
