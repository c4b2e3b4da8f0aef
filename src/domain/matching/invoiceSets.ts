/**
 * Which of a customer's open invoices a payment adds up to exactly, when it pays several at once.
 * The search is bounded so one payment never stalls an import: the oldest candidates only, and a
 * fixed number of steps. A set counts as unique only when the search saw every subset.
 */

/** Limits of the subset search (docs/statements.md, "Several invoices in one payment"). */
export interface SubsetLimits {
  /** Oldest open invoices considered; the rest are left out of the search. Default 20. */
  readonly maxCandidates: number;
  /** Search nodes visited before giving up. Default 2^16 = 65,536. */
  readonly maxSteps: number;
}

export const DEFAULT_SUBSET_LIMITS: SubsetLimits = { maxCandidates: 20, maxSteps: 65_536 };

export interface SubsetSearch {
  /** Up to two sets of at least two invoices, each as indexes into the candidates, in order. */
  readonly sets: readonly (readonly number[])[];
  /** True when every subset of every open invoice was looked at: a single set is then unique. */
  readonly exhaustive: boolean;
}

/**
 * Finds sets of two or more of `amounts` (positive, oldest first) adding up to `target`. Stops at
 * the second set found, since a second one already makes the answer ambiguous. Depth-first,
 * pruned by the running sum and by what the remaining amounts can still add.
 */
export function findInvoiceSets(
  amounts: readonly number[],
  target: number,
  limits: SubsetLimits = DEFAULT_SUBSET_LIMITS,
): SubsetSearch {
  // The oldest candidates are kept; they are searched largest first, so the running sum reaches
  // the target (or passes it, which prunes) in few steps.
  const order = amounts
    .slice(0, limits.maxCandidates)
    .map((amount, index) => ({ amount, index }))
    .sort((a, b) => b.amount - a.amount || a.index - b.index);
  const considered = order.map((item) => item.amount);
  const suffix = new Array<number>(considered.length + 1).fill(0);
  for (let i = considered.length - 1; i >= 0; i--) {
    suffix[i] = (suffix[i + 1] as number) + (considered[i] as number);
  }

  const sets: number[][] = [];
  const chosen: number[] = [];
  let steps = 0;
  let cut = false;

  const visit = (index: number, sum: number): void => {
    if (sets.length >= 2 || cut) return;
    steps++;
    if (steps > limits.maxSteps) {
      cut = true;
      return;
    }
    if (sum === target) {
      if (chosen.length >= 2) {
        sets.push(chosen.map((at) => (order[at] as { index: number }).index).sort((a, b) => a - b));
      }
      return;
    }
    if (index >= considered.length || sum + (suffix[index] as number) < target) return;

    const amount = considered[index] as number;
    if (amount > 0 && sum + amount <= target) {
      chosen.push(index);
      visit(index + 1, sum + amount);
      chosen.pop();
    }
    visit(index + 1, sum);
  };
  if (target > 0) visit(0, 0);

  // A second set ends the search early on purpose: the answer (ambiguous) is then complete.
  const exhaustive = sets.length >= 2 || (!cut && considered.length === amounts.length);
  return { sets, exhaustive };
}
