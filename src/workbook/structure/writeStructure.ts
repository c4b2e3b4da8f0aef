/**
 * Writes a structuring result into Cashier Desk's own sheets: 客户档案 (customers), 台账 (the
 * ledger) and 导入报告 (the import report), one table each, with bilingual headers. The cashier's
 * sheets are never written; when one already bears an output name, the output takes a suffix and
 * the report says so. The same result always writes the same cells.
 */
import type { MergeProposal } from '../../domain/customerName';
import type { Customer, EntryKind, LedgerEntry, PaymentMethod } from '../../domain/ledger';
import { describeProblem } from '../../domain/messages';
import { termsText } from '../../domain/parseTerms';
import type { Problem } from '../../domain/problem';
import type {
  OwnedCell,
  OwnedColumn,
  OwnedTable,
  WorkbookFacts,
  WorkbookPort,
  WriteOptions,
} from '../workbookPort';
import { columnLetters } from './mapColumns';
import type { ImportReport, SheetReport, StructureResult } from './structureTypes';

export const OUTPUT_SHEETS = { customers: '客户档案', ledger: '台账', report: '导入报告' } as const;

export interface WrittenSheets {
  readonly customers: string;
  readonly ledger: string;
  readonly report: string;
  /** One per output that had to take another name. */
  readonly problems: readonly Problem[];
}

export async function writeStructure(
  port: WorkbookPort,
  result: StructureResult,
  options: WriteOptions = {},
): Promise<WrittenSheets> {
  const facts = await port.describe();
  const problems: Problem[] = [];
  const name = (wanted: string) => {
    const used = freeSheetName(facts, wanted);
    if (used !== wanted)
      problems.push({ code: 'structure.output-sheet-renamed', detail: { wanted, used } });
    return used;
  };
  const sheets = {
    customers: name(OUTPUT_SHEETS.customers),
    ledger: name(OUTPUT_SHEETS.ledger),
    report: name(OUTPUT_SHEETS.report),
  };

  await port.writeOwnedTable(customersTable(sheets.customers, result.customers), options);
  await port.writeOwnedTable(ledgerTable(sheets.ledger, result), options);
  await port.writeOwnedTable(reportTable(sheets.report, result, problems), options);
  return { ...sheets, problems };
}

/** The wanted name when it is free or already ours; else "name(2)", "name(3)" ... */
export function freeSheetName(facts: WorkbookFacts, wanted: string): string {
  const ownedBy = (name: string) =>
    facts.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? wanted : `${wanted}(${n})`;
    const existing = ownedBy(candidate);
    if (!existing || existing.owned) return candidate;
  }
}

const CUSTOMER_COLUMNS: readonly OwnedColumn[] = [
  { header: '客户编号 Customer ID', format: 'text', width: 14 },
  { header: '客户名称 Customer', format: 'text', width: 30 },
  { header: '名称写法 Name variants', format: 'text', width: 36 },
  { header: '联系人 Contact', format: 'text', width: 12 },
  { header: '电话 Phone', format: 'text', width: 16 },
  { header: '地址 Address', format: 'text', width: 30 },
  { header: '信用额度 Credit limit', format: 'money', width: 16 },
  // Terms in the cashier's words (30天, 月结30天), which structuring reads back as the same terms.
  { header: '账期 Terms', format: 'text', width: 12 },
  { header: '币种 Currency', format: 'text', width: 8 },
  { header: '信用等级 Grade', format: 'text', width: 8 },
  { header: '备注 Notes', format: 'text', width: 24 },
];

function customersTable(sheet: string, customers: readonly Customer[]): OwnedTable {
  return {
    sheet,
    tableName: 'CashierCustomers',
    protect: true,
    columns: CUSTOMER_COLUMNS,
    rows: customers.map((c) => [
      c.id,
      c.name,
      c.nameVariants.join(' | '),
      c.contact ?? null,
      c.phone ?? null,
      c.address ?? null,
      c.creditLimit ?? null,
      termsCell(c),
      c.currency,
      c.creditGrade ?? null,
      c.notes ?? null,
    ]),
  };
}

/** The customer's terms as the cashier writes them, or an empty cell when the file has none. */
function termsCell(customer: Customer): string | null {
  if (customer.termsDays === undefined) return null;
  return termsText({ days: customer.termsDays, basis: customer.termsBasis ?? 'entry-date' });
}

export const KIND_WORDS: Readonly<Record<EntryKind, string>> = {
  opening: '期初 Opening',
  invoice: '应收 Invoice',
  receipt: '收款 Receipt',
  'credit-note': '退货折让 Credit note',
  'write-off': '坏账核销 Write-off',
  adjustment: '调整 Adjustment',
};

export const METHOD_WORDS: Readonly<Record<PaymentMethod, string>> = {
  'bank-transfer': '银行转账 Bank transfer',
  alipay: '支付宝 Alipay',
  'wechat-pay': '微信支付 WeChat Pay',
  cash: '现金 Cash',
  'bank-acceptance-bill': '银行承兑汇票 Bank acceptance',
  other: '其他 Other',
};

const LEDGER_COLUMNS: readonly OwnedColumn[] = [
  { header: '编号 Entry ID', format: 'text', width: 14 },
  { header: '客户编号 Customer ID', format: 'text', width: 14 },
  { header: '客户名称 Customer', format: 'text', width: 28 },
  { header: '类型 Kind', format: 'text', width: 16 },
  { header: '日期 Date', format: 'date', width: 12 },
  { header: '到期日 Due date', format: 'date', width: 12 },
  { header: '单据号 Document No.', format: 'text', width: 16 },
  { header: '关联发票 Invoice referenced', format: 'text', width: 16 },
  { header: '金额 Amount', format: 'money', width: 16 },
  { header: '币种 Currency', format: 'text', width: 8 },
  { header: '收款方式 Payment method', format: 'text', width: 18 },
  { header: '摘要 Memo', format: 'text', width: 30 },
  { header: '争议 Disputed', format: 'boolean', width: 8 },
  { header: '争议说明 Dispute note', format: 'text', width: 20 },
  { header: '来源工作表 Source sheet', format: 'text', width: 14 },
  { header: '来源行 Source row', format: 'integer', width: 10 },
];

function ledgerTable(sheet: string, result: StructureResult): OwnedTable {
  const names = new Map(result.customers.map((c) => [c.id, c.name]));
  return {
    sheet,
    tableName: 'CashierLedger',
    protect: true,
    columns: LEDGER_COLUMNS,
    rows: result.entries.map((e: LedgerEntry) => [
      e.id,
      e.customerId,
      names.get(e.customerId) ?? null,
      KIND_WORDS[e.kind],
      e.date,
      e.dueDate ?? null,
      e.documentNumber ?? null,
      e.referencedInvoice ?? null,
      e.amount,
      e.currency,
      e.paymentMethod ? METHOD_WORDS[e.paymentMethod] : null,
      e.memo ?? null,
      e.disputed === true,
      e.disputeNote ?? null,
      e.source.sheet,
      e.source.row,
    ]),
  };
}

const REPORT_COLUMNS: readonly OwnedColumn[] = [
  { header: '类别 Category', format: 'text', width: 12 },
  { header: '工作表 Sheet', format: 'text', width: 14 },
  { header: '行 Row', format: 'integer', width: 8 },
  { header: '列 Column', format: 'text', width: 16 },
  { header: '说明 Reason', format: 'text', width: 60 },
  { header: 'Reason (English)', format: 'text', width: 60 },
  { header: '单元格内容 Cell text', format: 'text', width: 20 },
  { header: '币种 Currency', format: 'text', width: 8 },
  { header: '金额 Amount', format: 'money', width: 16 },
  { header: '代码 Code', format: 'text', width: 28 },
];

const CATEGORY = {
  summary: '汇总 Summary',
  problem: '问题 Problem',
  skipped: '跳过 Skipped',
  rejected: '拒绝 Rejected',
  note: '提示 Note',
  proposal: '合并建议 Merge?',
} as const;

const PROPOSAL_REASONS: Readonly<Record<MergeProposal['reason'], string>> = {
  'looks-alike': '看似相同但字符不同 looks the same, different characters',
  'company-suffix': '仅公司后缀不同 company suffix differs',
  'near-spelling': '拼写相近 similar spelling',
};

const KIND_OF_SHEET = {
  ledger: '台账 Ledger',
  customers: '客户名单 Customer list',
  unrecognized: '未识别',
};

type ReportRow = OwnedCell[];

function reportRow(
  category: string,
  sheet: string | null,
  row: number | null,
  column: string | null,
  problem: Problem,
  currency: string | null = null,
  amount: number | null = null,
): ReportRow {
  const text = problem.detail?.text;
  return [
    category,
    sheet,
    row,
    column,
    describeProblem(problem, 'zh'),
    describeProblem(problem, 'en'),
    text === undefined ? null : String(text),
    currency,
    amount,
    problem.code,
  ];
}

/**
 * The report is one table: summary lines first (the whole import, then each sheet with its
 * mapping and amount totals), then workbook problems and merge proposals, then a line per row
 * that was skipped, rejected or imported with a note, in sheet and row order.
 */
function reportTable(
  sheet: string,
  result: StructureResult,
  outputProblems: readonly Problem[],
): OwnedTable {
  const { report } = result;
  const rows: ReportRow[] = [
    ...summaryRows(report, result),
    ...report.sheets.flatMap(sheetSummaryRows),
  ];

  for (const problem of [...report.problems, ...outputProblems]) {
    rows.push(reportRow(CATEGORY.problem, null, null, null, problem));
  }
  for (const proposal of result.mergeProposals) {
    rows.push(
      reportRow(CATEGORY.proposal, null, null, null, {
        code: 'structure.summary.merge-proposal',
        detail: { names: proposal.names.join(' / '), reason: PROPOSAL_REASONS[proposal.reason] },
      }),
    );
  }
  for (const sheetReport of report.sheets) rows.push(...rowLines(sheetReport));

  return { sheet, tableName: 'CashierImportReport', columns: REPORT_COLUMNS, rows, protect: true };
}

function summaryRows(report: ImportReport, result: StructureResult): ReportRow[] {
  const rows: ReportRow[] = [
    reportRow(CATEGORY.summary, null, null, null, {
      code: 'structure.summary.total',
      detail: {
        rowsIn: report.rowsIn,
        imported: report.imported,
        skipped: report.skipped,
        rejected: report.rejected,
        customers: result.customers.length,
        entries: result.entries.length,
      },
    }),
  ];
  for (const totals of report.totals) rows.push(...amountRows(null, totals));
  return rows;
}

function sheetSummaryRows(sheet: SheetReport): ReportRow[] {
  const rows: ReportRow[] = [];
  for (const problem of sheet.problems)
    rows.push(reportRow(CATEGORY.problem, sheet.sheet, null, null, problem));
  if (sheet.kind === 'unrecognized') return rows;

  rows.unshift(
    reportRow(CATEGORY.summary, sheet.sheet, sheet.headerRow ?? null, null, {
      code: 'structure.summary.sheet',
      detail: {
        kind: KIND_OF_SHEET[sheet.kind],
        headerRow: sheet.headerRows.join('–'),
        confidence: sheet.mapping.confidence.toFixed(2),
        rowsIn: sheet.rowsIn,
        imported: sheet.imported,
        entries: sheet.entries,
        skipped: sheet.skipped.length,
        rejected: sheet.rejected.length,
      },
    }),
    reportRow(CATEGORY.summary, sheet.sheet, sheet.headerRow ?? null, null, {
      code: 'structure.summary.mapping',
      detail: {
        columns: sheet.mapping.columns
          .map(
            (c) =>
              `${columnLetters(c.column)} ${c.header} → ${c.role} (${c.confidence.toFixed(1)})`,
          )
          .join('; '),
      },
    }),
  );
  for (const totals of sheet.totals) rows.splice(2, 0, ...amountRows(sheet.sheet, totals));
  return rows;
}

function amountRows(
  sheet: string | null,
  totals: { currency: string; source: number; imported: number; rejected: number },
): ReportRow[] {
  return (['source', 'imported', 'rejected'] as const).map((side) =>
    reportRow(
      CATEGORY.summary,
      sheet,
      null,
      null,
      { code: `structure.summary.${side}-amount` },
      totals.currency,
      totals[side],
    ),
  );
}

function rowLines(sheet: SheetReport): ReportRow[] {
  const lines: { row: number; order: number; cells: ReportRow }[] = [];
  for (const skipped of sheet.skipped) {
    const problem: Problem = {
      code: `structure.skip.${skipped.reason}`,
      ...(skipped.text !== undefined ? { detail: { text: skipped.text } } : {}),
    };
    lines.push({
      row: skipped.row,
      order: 0,
      cells: reportRow(CATEGORY.skipped, sheet.sheet, skipped.row, null, problem),
    });
  }
  for (const rejected of sheet.rejected) {
    const column =
      rejected.column === undefined
        ? null
        : `${columnLetters(rejected.column)} ${rejected.header ?? ''}`.trim();
    lines.push({
      row: rejected.row,
      order: 1,
      cells: reportRow(
        CATEGORY.rejected,
        sheet.sheet,
        rejected.row,
        column,
        rejected.problem,
        rejected.currency ?? null,
        rejected.amount ?? null,
      ),
    });
  }
  for (const note of sheet.notes) {
    const column =
      note.column === undefined
        ? null
        : `${columnLetters(note.column)} ${note.header ?? ''}`.trim();
    lines.push({
      row: note.row,
      order: 2,
      cells: reportRow(CATEGORY.note, sheet.sheet, note.row, column, note.problem),
    });
  }
  return lines.sort((a, b) => a.row - b.row || a.order - b.order).map((line) => line.cells);
}
