/**
 * The Aging sheet (账龄分析): one line per customer and currency with every bucket of the
 * setting, the open total the buckets add up to, unapplied credit (never aged), the balance, the
 * bad-debt provision and the credit flag; then a TOTAL line per currency.
 */
import type { Customer } from '../../domain/ledger';
import type { Lang } from '../../domain/messages';
import type { Fen } from '../../domain/money';
import type { OwnedCell, OwnedChart, OwnedColumn, OwnedTable } from '../workbookPort';
import { FLAG_COLUMN, flagHighlights } from './flagHighlights';
import { lineKey, type ReceivablesFigures } from './receivablesFigures';
import { flagWord, totalWord } from './receivableWords';

export function agingTable(
  sheet: string,
  figures: ReceivablesFigures,
  customers: readonly Customer[],
  lang: Lang,
): OwnedTable {
  const { aging, provision, credit } = figures;
  const names = new Map(customers.map((customer) => [customer.id, customer.name]));
  const provisionOf = new Map(provision.customers.map((line) => [lineKey(line), line.provision]));
  const flagOf = new Map(credit.map((line) => [lineKey(line), line.flag]));
  const provisionTotal = new Map(
    provision.totals.map((total) => [total.currency, total.provision]),
  );

  const columns: OwnedColumn[] = [
    { header: '客户编号 Customer ID', format: 'text', width: 14 },
    { header: '客户名称 Customer', format: 'text', width: 30 },
    { header: '币种 Currency', format: 'text', width: 8 },
    ...aging.bucketSet.map((bucket): OwnedColumn => ({
      header: `${bucket.zh} ${bucket.en}`,
      format: 'money',
      width: 16,
    })),
    { header: '未清合计 Open total', format: 'money', width: 16 },
    { header: '未核销贷方 Unapplied credit', format: 'money', width: 16 },
    { header: '余额 Balance', format: 'money', width: 16 },
    { header: '坏账准备 Provision', format: 'money', width: 16 },
    { header: FLAG_COLUMN, format: 'text', width: 8 },
    { header: '标志说明 Flag words', format: 'text', width: 18 },
    { header: '截止日 As of', format: 'date', width: 12 },
  ];

  const rows: OwnedCell[][] = aging.customers.map((line) => {
    const flag = flagOf.get(lineKey(line)) ?? 'OK';
    return [
      line.customerId,
      names.get(line.customerId) ?? line.customerId,
      line.currency,
      ...line.buckets.map((bucket) => bucket.amount),
      line.openInvoiceTotal,
      line.unappliedCredit,
      (line.openInvoiceTotal - line.unappliedCredit) as Fen,
      provisionOf.get(lineKey(line)) ?? 0,
      flag,
      flagWord(flag, lang),
      aging.asOf,
    ];
  });

  const several = aging.totals.length > 1;
  for (const total of aging.totals) {
    rows.push([
      null,
      totalWord(total.currency, several),
      total.currency,
      ...total.buckets.map((bucket) => bucket.amount),
      total.openInvoiceTotal,
      total.unappliedCredit,
      (total.openInvoiceTotal - total.unappliedCredit) as Fen,
      provisionTotal.get(total.currency) ?? 0,
      null,
      null,
      aging.asOf,
    ]);
  }
  const chart = agingChart(aging.customers.length, aging.totals.length, aging.bucketSet, lang);
  return {
    sheet,
    tableName: 'CashierAging',
    columns,
    rows,
    highlights: flagHighlights(),
    ...(chart ? { chart } : {}),
  };
}

/** A chart stays readable up to this many bars; a longer list is better read in the table. */
export const MAX_CHARTED_CUSTOMERS = 60;

/**
 * A stacked bar per customer, one colour per bucket. Only for one currency (bars in different
 * currencies cannot share an axis) and a list short enough to read.
 */
function agingChart(
  customerLines: number,
  currencies: number,
  buckets: readonly { readonly zh: string; readonly en: string }[],
  lang: Lang,
): OwnedChart | undefined {
  if (currencies !== 1 || customerLines === 0 || customerLines > MAX_CHARTED_CUSTOMERS) {
    return undefined;
  }
  return {
    kind: 'stacked-bar',
    title: lang === 'zh' ? '各客户账龄分布' : 'Aging by customer',
    categoriesColumn: '客户名称 Customer',
    seriesColumns: buckets.map((bucket) => `${bucket.zh} ${bucket.en}`),
    rows: 'all-but-last',
    anchor: 'below',
  };
}
