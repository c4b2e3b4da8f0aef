/**
 * The aging as CSV for other tools: one row per customer (and currency) with the customer's
 * canonical name, the open balance, every bucket and the unapplied credit, in yuan with two
 * decimals, then a TOTAL row. With the default buckets the columns are exactly
 * customer,open_balance,current,d1_30,d31_60,d61_90,d91_180,d181_365,over_365,unapplied;
 * other bucket settings name their columns after the bucket ids. A report in several currencies
 * never adds them up: each row names its currency after the customer ("Acme (USD)") and there is
 * one TOTAL row per currency ("TOTAL USD").
 */
import type { Customer } from '../../domain/ledger';
import { formatYuanPlain, ZERO_FEN, type Fen } from '../../domain/money';
import type { AgingBucket, AgingReport, BucketAmount } from '../../domain/receivables';
import { csvText } from '../letters/csvText';

/** 'not-due' is "current"; other ids with '-' turned to '_' ("d1-30" -> "d1_30"). */
export function bucketColumn(bucket: Pick<AgingBucket, 'id'>): string {
  return bucket.id === 'not-due' ? 'current' : bucket.id.replace(/[^A-Za-z0-9]+/g, '_');
}

export function agingCsvHeader(report: Pick<AgingReport, 'bucketSet'>): string[] {
  return ['customer', 'open_balance', ...report.bucketSet.map(bucketColumn), 'unapplied'];
}

/** The rows as strings, header first; agingCsv joins them. */
export function agingCsvRows(report: AgingReport, customers: readonly Customer[]): string[][] {
  const names = new Map(customers.map((customer) => [customer.id, customer.name]));
  const several = report.totals.length > 1;
  const named = (name: string, currency: string) => (several ? `${name} (${currency})` : name);
  const amounts = (open: Fen, buckets: readonly BucketAmount[], unapplied: Fen) => [
    formatYuanPlain(open),
    ...buckets.map((bucket) => formatYuanPlain(bucket.amount)),
    formatYuanPlain(unapplied),
  ];

  const rows: string[][] = [agingCsvHeader(report)];
  for (const line of report.customers) {
    rows.push([
      named(names.get(line.customerId) ?? line.customerId, line.currency),
      ...amounts(line.openInvoiceTotal, line.buckets, line.unappliedCredit),
    ]);
  }
  for (const total of report.totals) {
    rows.push([
      several ? `TOTAL ${total.currency}` : 'TOTAL',
      ...amounts(total.openInvoiceTotal, total.buckets, total.unappliedCredit),
    ]);
  }
  if (report.totals.length === 0) {
    // An empty ledger still ends in its TOTAL row, so readers can rely on it being there.
    const zeros = report.bucketSet.map((bucket) => ({
      bucketId: bucket.id,
      amount: ZERO_FEN,
      count: 0,
    }));
    rows.push(['TOTAL', ...amounts(ZERO_FEN, zeros, ZERO_FEN)]);
  }
  return rows;
}

/** UTF-8 CSV text with a byte-order mark, RFC 4180 quoting and formula neutralisation. */
export function agingCsv(report: AgingReport, customers: readonly Customer[]): string {
  return csvText(agingCsvRows(report, customers));
}
