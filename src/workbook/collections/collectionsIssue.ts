/** A problem found while preparing letters, with the sheet and row it is on when there is one. */
import type { Problem } from '../../domain/problem';

export interface CollectionsIssue {
  readonly sheet?: string;
  readonly row?: number;
  readonly problem: Problem;
}

export function issue(problem: Problem, sheet?: string, row?: number): CollectionsIssue {
  return {
    ...(sheet === undefined ? {} : { sheet }),
    ...(row === undefined ? {} : { row }),
    problem,
  };
}
