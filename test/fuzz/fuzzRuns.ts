/** How many runs each fuzz property makes: FUZZ_RUNS (npm run fuzz sets 20,000), else a few. */
export function fuzzRuns(fallback = 50): number {
  const runs = Number(process.env.FUZZ_RUNS);
  return Number.isInteger(runs) && runs > 0 ? runs : fallback;
}

/** True under `npm run fuzz`, where the long variants (Excel's full row limit) run. */
export function fuzzIsLong(): boolean {
  return fuzzRuns() >= 1000;
}
