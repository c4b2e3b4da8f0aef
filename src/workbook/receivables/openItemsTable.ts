/**
 * The Open Items sheet (未清明细): each invoice still open as of the day, oldest due first per
 * customer, with its days past due, its bucket and what has paid it so far.
 */
import type { Customer, LedgerEntry } from '../../domain/ledger';
import type { Lang } from '../../domain/messages';
import type { OwnedCell, OwnedTable } from '../workbookPort';
import { entryLabels, paymentTrail } from './paymentTrail';
import type { ReceivablesFigures } from './receivablesFigures';
import { kindWord } from './receivableWords';

export function openItemsTable(
  sheet: string,
  figures: ReceivablesFigures,
  customers: readonly Customer[],
  entries: readonly LedgerEntry[],
  lang: Lang,
): OwnedTable {
  const names = new Map(customers.map((customer) => [customer.id, customer.name]));
  const sources = new Map(entries.map((entry) => [entry.id, entry.source]));
  const labels = entryLabels(entries);
  const bucketWords = new Map(
    figures.aging.bucketSet.map((bucket) => [bucket.id, lang === 'zh' ? bucket.zh : bucket.en]),
  );

  const rows: OwnedCell[][] = [];
  for (const line of figures.aging.customers) {
    const open = [...line.openInvoices].sort(
      (a, b) =>
        a.invoice.dueDate.localeCompare(b.invoice.dueDate) ||
        a.invoice.date.localeCompare(b.invoice.date),
    );
    for (const aged of open) {
      const { invoice } = aged;
      const source = sources.get(invoice.entryId);
      rows.push([
        line.customerId,
        names.get(line.customerId) ?? line.customerId,
        line.currency,
        invoice.documentNumber ?? null,
        kindWord(invoice.kind, lang),
        invoice.date,
        invoice.dueDate,
        aged.daysPastDue,
        aged.days,
        bucketWords.get(aged.bucketId) ?? aged.bucketId,
        invoice.amount,
        invoice.paid,
        invoice.open,
        invoice.disputed,
        paymentTrail(invoice, labels, lang),
        source === undefined ? null : `${source.sheet}!${source.row}`,
      ]);
    }
  }

  return {
    sheet,
    tableName: 'CashierOpenItems',
    columns: [
      { header: '客户编号 Customer ID', format: 'text', width: 14 },
      { header: '客户名称 Customer', format: 'text', width: 28 },
      { header: '币种 Currency', format: 'text', width: 8 },
      { header: '单据号 Document No.', format: 'text', width: 16 },
      { header: '类型 Kind', format: 'text', width: 10 },
      { header: '日期 Date', format: 'date', width: 12 },
      { header: '到期日 Due date', format: 'date', width: 12 },
      { header: '逾期天数 Days past due', format: 'integer', width: 10 },
      { header: '账龄天数 Age (days)', format: 'integer', width: 10 },
      { header: '账龄段 Bucket', format: 'text', width: 12 },
      { header: '金额 Amount', format: 'money', width: 16 },
      { header: '已收 Paid', format: 'money', width: 16 },
      { header: '未收 Open', format: 'money', width: 16 },
      { header: '争议 Disputed', format: 'boolean', width: 8 },
      { header: '收款记录 Paid so far', format: 'text', width: 60 },
      { header: '来源 Source', format: 'text', width: 14 },
    ],
    rows,
  };
}
