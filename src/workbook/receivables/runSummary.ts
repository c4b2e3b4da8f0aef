/**
 * What a run tells the cashier on a terminal, in one language: the import per sheet with amounts
 * on both sides, the rejected rows and why, the aging table, and the customers flagged with their
 * reasons. Lines of text only: the command line decides where they go.
 */
import type { Customer } from '../../domain/ledger';
import { describeProblem, type Lang } from '../../domain/messages';
import { formatYuan } from '../../domain/money';
import type { AgingReport, CreditEvaluation } from '../../domain/receivables';
import { columnLetters } from '../structure/mapColumns';
import type { ImportReport } from '../structure/structureTypes';
import { creditReasons } from './creditTable';
import { flagWord } from './receivableWords';
import { textTable } from './textTable';

const WORDS = {
  zh: {
    sheet: '工作表',
    kind: '类型',
    rowsIn: '行数',
    imported: '导入',
    skipped: '跳过',
    rejected: '拒绝',
    all: '合计',
    currency: '币种',
    source: '源表金额',
    importedAmount: '已导入金额',
    rejectedAmount: '被拒绝金额',
    row: (row: number) => `第${row}行`,
    customer: '客户',
    open: '未清合计',
    unapplied: '未核销贷方',
    noFlags: '没有需要关注的客户。',
    noRejected: '没有被拒绝的行。',
    kinds: { ledger: '台账', customers: '客户名单', unrecognized: '未识别' },
  },
  en: {
    sheet: 'Sheet',
    kind: 'Kind',
    rowsIn: 'Rows',
    imported: 'Imported',
    skipped: 'Skipped',
    rejected: 'Rejected',
    all: 'All sheets',
    currency: 'Currency',
    source: 'Source amount',
    importedAmount: 'Imported',
    rejectedAmount: 'Rejected',
    row: (row: number) => `row ${row}`,
    customer: 'Customer',
    open: 'Open total',
    unapplied: 'Unapplied',
    noFlags: 'No customer needs attention.',
    noRejected: 'No row was rejected.',
    kinds: { ledger: 'ledger', customers: 'customer list', unrecognized: 'not recognised' },
  },
} as const;

/** Rows in, imported, skipped and rejected per sheet, then source and imported amounts. */
export function importSummaryLines(report: ImportReport, lang: Lang): string[] {
  const w = WORDS[lang];
  const counts = textTable(
    [
      [w.sheet, w.kind, w.rowsIn, w.imported, w.skipped, w.rejected],
      ...report.sheets.map((sheet) => [
        sheet.sheet,
        w.kinds[sheet.kind],
        String(sheet.rowsIn),
        String(sheet.imported),
        String(sheet.skipped.length),
        String(sheet.rejected.length),
      ]),
      [
        w.all,
        '',
        String(report.rowsIn),
        String(report.imported),
        String(report.skipped),
        String(report.rejected),
      ],
    ],
    [false, false, true, true, true, true],
  );
  const amounts = textTable(
    [
      [w.currency, w.source, w.importedAmount, w.rejectedAmount],
      ...report.totals.map((total) => [
        total.currency,
        formatYuan(total.source),
        formatYuan(total.imported),
        formatYuan(total.rejected),
      ]),
    ],
    [false, true, true, true],
  );
  return [...counts, '', ...amounts];
}

/** One line per rejected row: sheet, row, column and the reason. */
export function rejectedLines(report: ImportReport, lang: Lang): string[] {
  const w = WORDS[lang];
  const lines = report.sheets.flatMap((sheet) =>
    sheet.rejected.map((rejected) => {
      const column =
        rejected.column === undefined
          ? ''
          : ` ${columnLetters(rejected.column)}${rejected.header ? ` ${rejected.header}` : ''}`;
      return `${rejected.sheet} ${w.row(rejected.row)}${column}: ${describeProblem(rejected.problem, lang)}`;
    }),
  );
  return lines.length > 0 ? lines : [w.noRejected];
}

/** The aging per customer and currency, then the TOTAL line per currency. */
export function agingTableLines(
  report: AgingReport,
  customers: readonly Customer[],
  lang: Lang,
): string[] {
  const w = WORDS[lang];
  const names = new Map(customers.map((customer) => [customer.id, customer.name]));
  const several = report.totals.length > 1;
  const header = [
    w.customer,
    w.currency,
    w.open,
    ...report.bucketSet.map((bucket) => bucket[lang]),
    w.unapplied,
  ];
  const rows = report.customers.map((line) => [
    names.get(line.customerId) ?? line.customerId,
    line.currency,
    formatYuan(line.openInvoiceTotal),
    ...line.buckets.map((bucket) => formatYuan(bucket.amount)),
    formatYuan(line.unappliedCredit),
  ]);
  const totals = report.totals.map((total) => [
    several ? `TOTAL ${total.currency}` : 'TOTAL',
    total.currency,
    formatYuan(total.openInvoiceTotal),
    ...total.buckets.map((bucket) => formatYuan(bucket.amount)),
    formatYuan(total.unappliedCredit),
  ]);
  const numeric = header.map((_, index) => index >= 2);
  return textTable([header, ...rows, ...totals], numeric);
}

/** Customers whose flag is not OK, most severe first, each with its reasons. */
export function flagLines(
  credit: readonly CreditEvaluation[],
  customers: readonly Customer[],
  lang: Lang,
): string[] {
  const severity = { OK: 0, WATCH: 1, WARN: 2, HOLD: 3 } as const;
  const names = new Map(customers.map((customer) => [customer.id, customer.name]));
  const flagged = credit
    .filter((line) => line.flag !== 'OK')
    .sort(
      (a, b) => severity[b.flag] - severity[a.flag] || a.customerId.localeCompare(b.customerId),
    );
  if (flagged.length === 0) return [WORDS[lang].noFlags];
  return flagged.map(
    (line) =>
      `${line.flag} ${flagWord(line.flag, lang)}  ${names.get(line.customerId) ?? line.customerId}` +
      ` (${line.grade}, ${line.score}): ${creditReasons(line, lang)}`,
  );
}
