/** One line of `npm run bench` output: a measured figure for one case of one area. */
export interface BenchRow {
  area: string;
  case: string;
  figure: string;
  note?: string;
}
