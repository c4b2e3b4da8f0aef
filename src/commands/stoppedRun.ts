/** A ribbon run that stopped with a reason the cashier can act on (not a bug), and its details. */
import type { Problem } from '../domain/problem';

export class StoppedRun extends Error {
  constructor(
    readonly problem: Problem,
    readonly notes: readonly Problem[] = [],
  ) {
    super(problem.code);
  }
}
