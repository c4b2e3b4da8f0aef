/**
 * Robust statistics over weighted samples (a sample's weight is how much it counts, e.g. more for
 * recent invoices). Plain numbers in, plain numbers out.
 */

export interface WeightedSample {
  readonly value: number;
  readonly weight: number;
}

/** Samples sorted by value with their total weight: sort once, ask many quantiles. */
export interface SortedSamples {
  readonly samples: readonly WeightedSample[];
  readonly totalWeight: number;
}

export function sortSamples(samples: readonly WeightedSample[]): SortedSamples {
  const sorted = [...samples].sort((a, b) => a.value - b.value);
  let totalWeight = 0;
  for (const sample of sorted) totalWeight += sample.weight;
  return { samples: sorted, totalWeight };
}

/**
 * The smallest value at which the cumulative weight reaches `share` (0..1) of the total; NaN for
 * no samples, which callers rule out.
 */
export function weightedQuantile(sorted: SortedSamples, share: number): number {
  let running = 0;
  for (const sample of sorted.samples) {
    running += sample.weight;
    if (running >= sorted.totalWeight * share - 1e-9) return sample.value;
  }
  return sorted.samples[sorted.samples.length - 1]?.value ?? Number.NaN;
}

/**
 * Weighted mean after pulling every value to within `mads` median absolute deviations of the
 * weighted median: the mean uses all the data, the clipping keeps one freak payment from moving it.
 */
export function winsorisedMean(sorted: SortedSamples, mads: number): number {
  const centre = weightedQuantile(sorted, 0.5);
  const deviations = sortSamples(
    sorted.samples.map((s) => ({ value: Math.abs(s.value - centre), weight: s.weight })),
  );
  // A zero spread (all alike) would clip everything onto the median; one day is the finest unit.
  const spread = Math.max(1, weightedQuantile(deviations, 0.5)) * mads;

  let sum = 0;
  for (const sample of sorted.samples) {
    const clipped = Math.min(centre + spread, Math.max(centre - spread, sample.value));
    sum += clipped * sample.weight;
  }
  return sum / sorted.totalWeight;
}

/** Plain median of numbers (no weights); undefined for none. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}
