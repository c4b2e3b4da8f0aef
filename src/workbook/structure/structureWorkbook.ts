/**
 * The structuring workflow: reads the cashier's own sheets through the WorkbookPort and returns
 * customer files, ledger entries, merge proposals and an import report in which every source row
 * ends as exactly one of imported, skipped or rejected. It writes nothing (see writeStructure).
 */
import type { LedgerEntry } from '../../domain/ledger';
import { DEFAULT_CURRENCY, type CurrencyCode } from '../../domain/money';
import type { Problem } from '../../domain/problem';
import { InvalidArgumentError, InvariantBrokenError } from '../../domain/problem';
import { CancelledError, SheetMissingError } from '../errors';
import { SETTING_ROWS } from '../settings/settingRows';
import { peekSettingsSheet } from '../settings/settingsSheet';
import type { StoredValues, WorkbookFacts, WorkbookPort } from '../workbookPort';
import { buildCustomers, CustomerGroups } from './buildCustomers';
import type { LedgerSpellings } from './buildCustomers';
import { classifyRowAboveHeader, rowLayout } from './classifyRow';
import { findHeaderRow } from './findHeaderRow';
import type { FoundHeader } from './findHeaderRow';
import { readCustomerList } from './readCustomerList';
import type { CustomerDetails } from './readCustomerList';
import { readLedgerRows } from './readLedgerRows';
import type { MutableEntry } from './readLedgerRows';
import { MemoReferences } from './referencedInvoices';
import { readSheetRows } from './sheetRows';
import type { SheetRows } from './sheetRows';
import type {
  ConfirmedMerge,
  ImportReport,
  MappingOverrides,
  SheetReport,
  SkippedRow,
  StructureOptions,
  StructureResult,
} from './structureTypes';
import { LEFT_OUT_SHEETS_STORE_KEY, MAPPING_STORE_KEY, MERGES_STORE_KEY } from './structureTypes';
import { TotalsByCurrency } from './totalsByCurrency';

interface ReadSheet {
  readonly rows: SheetRows;
  readonly hidden: boolean;
  readonly header?: FoundHeader;
  readonly merged: Awaited<ReturnType<WorkbookPort['readMergedAreas']>>;
}

export async function structureWorkbook(
  port: WorkbookPort,
  options: StructureOptions = {},
): Promise<StructureResult> {
  const facts = await port.describe();
  const stored = await port.readStoredValues();
  const problems: Problem[] = [];
  const mapping = {
    ...readStoredJson<MappingOverrides>(stored, MAPPING_STORE_KEY, problems),
    ...options.mapping,
  };
  const merges = [
    ...(readStoredJson<ConfirmedMerge[]>(stored, MERGES_STORE_KEY, problems) ?? []),
    ...(options.confirmedMerges ?? []),
  ];
  const defaultCurrency =
    options.defaultCurrency ?? (await settingsCurrency(port, facts, problems)) ?? DEFAULT_CURRENCY;
  const locale = options.locale ?? facts.locale;

  const leftOut = options.sheets
    ? []
    : (readStoredJson<string[]>(stored, LEFT_OUT_SHEETS_STORE_KEY, problems) ?? []);
  const sheets = sheetsToRead(
    facts,
    options.sheets,
    new Set(Array.isArray(leftOut) ? leftOut : []),
  );
  for (const sheet of facts.sheets) {
    if (!sheets.includes(sheet.name) && leftOut.includes(sheet.name)) {
      problems.push({ code: 'structure.sheet-left-out', detail: { sheet: sheet.name } });
    }
  }
  const read = await readSheets(port, facts, sheets, mapping, options);

  const groups = new CustomerGroups(Array.isArray(merges) ? merges : []);
  const listed: CustomerDetails[] = [];
  const reports = new Map<string, SheetReport>();
  for (const sheet of read) {
    if (sheet.header?.mapping.kind !== 'customers') continue;
    const layout = rowLayout(sheet.header.mapping, sheet.merged);
    const out = readCustomerList(sheet.rows, sheet.header.row, sheet.header.mapping, layout);
    listed.push(...out.customers);
    reports.set(
      sheet.rows.sheet,
      sheetReport(sheet, out.customers.length, 0, out.skipped, {
        ...out,
        totals: [],
        dateOrders: [],
        problems: [],
      }),
    );
  }

  const currencyByGroup = new Map<string, string>();
  for (const customer of listed) {
    const group = groups.groupOfName(customer.name);
    if (customer.currency && !currencyByGroup.has(group))
      currencyByGroup.set(group, customer.currency);
  }

  // Without a customer list naming currencies, no row needs its name grouped to find one.
  const currencyOfName =
    currencyByGroup.size === 0
      ? () => undefined
      : (name: string) => currencyByGroup.get(groups.groupOfName(name));

  const entries: MutableEntry[] = [];
  const spellings: LedgerSpellings = new Map();
  const totals = new TotalsByCurrency();
  let rowsDone = 0;
  const rowsTotal = read.reduce((n, s) => n + s.rows.rows.length, 0);
  for (const sheet of read) {
    if (options.signal?.aborted) throw new CancelledError();
    if (sheet.header?.mapping.kind !== 'ledger') {
      if (!reports.has(sheet.rows.sheet)) reports.set(sheet.rows.sheet, unrecognizedReport(sheet));
      continue;
    }

    const { header } = sheet;
    const out = readLedgerRows({
      rows: sheet.rows,
      headerRow: header.row,
      mapping: header.mapping,
      layout: rowLayout(header.mapping, sheet.merged),
      dateSystem: facts.dateSystem,
      locale,
      defaultCurrency,
      currencyOfName,
      entries,
      spellings,
    });
    totals.merge(out.totals);

    const sheetProblems = [...out.problems];
    const roles = new Set(header.mapping.columns.map((c) => c.role));
    if (roles.has('amount') && !roles.has('type') && !roles.has('debit') && !roles.has('credit')) {
      sheetProblems.push({ code: 'structure.no-type-column' });
    }
    reports.set(
      sheet.rows.sheet,
      sheetReport(sheet, out.importedRows, out.entriesAdded, out.skipped, {
        ...out,
        totals: out.totals.list(),
        problems: sheetProblems,
      }),
    );
    rowsDone += sheet.rows.rows.length;
    options.onProgress?.(rowsDone, rowsTotal);

    // The rows are read; letting them go keeps a million-row sheet from weighing on what follows.
    sheet.rows.rows.length = 0;
    sheet.rows.formats.length = 0;
  }

  const built = buildCustomers({ listed, ledger: spellings, groups, defaultCurrency });
  problems.push(...built.idProblems);
  // Rows repeat a few thousand names: look each distinct name up once. The same walk files the
  // invoice numbers that memos may name.
  const references = new MemoReferences();
  let lastName = '';
  let lastId = '';
  for (const entry of entries) {
    if (entry.customerId !== lastName) {
      lastName = entry.customerId;
      lastId = built.idOf(lastName);
    }
    entry.customerId = lastId;
    references.add(entry);
  }
  references.fill();

  const sheetReports = read.map((sheet) => reports.get(sheet.rows.sheet)!);
  const report = importReport(sheetReports, totals, problems);
  checkConservation(report, entries);
  return {
    customers: built.customers,
    entries: entries as LedgerEntry[],
    mergeProposals: built.proposals,
    report,
  };
}

/**
 * The default currency on the Settings sheet, when the workbook has one; an unreadable value is
 * reported and left to the built-in default, so a structure run still ends with its report.
 */
async function settingsCurrency(
  port: WorkbookPort,
  facts: WorkbookFacts,
  problems: Problem[],
): Promise<CurrencyCode | undefined> {
  const read = await peekSettingsSheet(port, facts);
  if (read === undefined) return undefined;

  const row = SETTING_ROWS.find((candidate) => candidate.key === 'defaultCurrency');
  const issue = read.problems.find((candidate) => candidate.label === row?.label);
  if (issue === undefined) return read.settings.defaultCurrency;

  problems.push({
    code: 'structure.default-currency-unreadable',
    detail: {
      sheet: read.sheet,
      row: issue.row ?? 0,
      text: String(issue.problem.detail?.text ?? ''),
      currency: DEFAULT_CURRENCY,
    },
  });
  return undefined;
}

function sheetsToRead(
  facts: WorkbookFacts,
  wanted: readonly string[] | undefined,
  leftOut: ReadonlySet<string>,
): string[] {
  if (wanted === undefined) {
    return facts.sheets
      .filter((s) => !s.owned && s.visibility !== 'very-hidden' && !leftOut.has(s.name))
      .map((s) => s.name);
  }
  for (const name of wanted) {
    const info = facts.sheets.find((s) => s.name === name);
    if (!info) throw new SheetMissingError(name);
    // Owned sheets are this program's output; reading them back would duplicate every row.
    if (info.owned) throw new InvalidArgumentError(`"${name}" is a sheet Cashier Desk wrote.`);
  }
  return [...wanted];
}

async function readSheets(
  port: WorkbookPort,
  facts: WorkbookFacts,
  sheets: readonly string[],
  mapping: MappingOverrides,
  options: StructureOptions,
): Promise<ReadSheet[]> {
  const total = sheets.reduce(
    (n, name) => n + (facts.sheets.find((s) => s.name === name)?.rowCount ?? 0),
    0,
  );
  let done = 0;
  const read: ReadSheet[] = [];
  for (const name of sheets) {
    const rows = await readSheetRows(port, name, options.signal, (count) => {
      done += count;
      options.onProgress?.(done, total);
    });
    const merged = await port.readMergedAreas(name);
    const header = findHeaderRow(rows.rows, rows.firstRow, mapping[name], merged);
    const info = facts.sheets.find((s) => s.name === name);
    read.push({
      rows,
      merged,
      hidden: info?.visibility !== 'visible',
      ...(header && header.mapping.kind !== 'unrecognized' ? { header } : {}),
    });
  }
  return read;
}

function sheetReport(
  sheet: ReadSheet,
  imported: number,
  entries: number,
  skippedBelow: readonly SkippedRow[],
  parts: Pick<SheetReport, 'rejected' | 'notes' | 'totals' | 'dateOrders' | 'problems'>,
): SheetReport {
  const header = sheet.header!;
  const { rows, firstRow, sheet: name } = sheet.rows;
  const skipped: SkippedRow[] = [];
  for (let row = firstRow; row < header.firstRow; row++) {
    const decided = classifyRowAboveHeader(rows[row - firstRow] ?? []);
    skipped.push(
      'text' in decided
        ? { sheet: name, row, reason: 'title', text: decided.text }
        : { sheet: name, row, reason: 'blank' },
    );
  }
  for (let row = header.firstRow; row <= header.row; row++) {
    skipped.push({ sheet: name, row, reason: 'header' });
  }
  for (const row of skippedBelow) skipped.push(row);

  return {
    sheet: name,
    kind: header.mapping.kind,
    hidden: sheet.hidden,
    headerRow: header.row,
    headerRows: rowsFrom(header.firstRow, header.row),
    mapping: header.mapping,
    dateOrders: parts.dateOrders,
    rowsIn: rows.length,
    imported,
    entries,
    skipped,
    rejected: parts.rejected,
    notes: parts.notes,
    totals: parts.totals,
    problems: parts.problems,
  };
}

// A sheet with no recognisable header (notes, a chart's data) is not read at all: its rows are
// not counted in, and the report says why so the cashier can map it by hand.
function unrecognizedReport(sheet: ReadSheet): SheetReport {
  return {
    sheet: sheet.rows.sheet,
    kind: 'unrecognized',
    hidden: sheet.hidden,
    mapping: { kind: 'unrecognized', columns: [], confidence: 0 },
    dateOrders: [],
    headerRows: [],
    rowsIn: 0,
    imported: 0,
    entries: 0,
    skipped: [],
    rejected: [],
    notes: [],
    totals: [],
    problems: [
      {
        code: 'structure.sheet-not-recognized',
        detail: { sheet: sheet.rows.sheet, rows: sheet.rows.rows.length },
      },
    ],
  };
}

function rowsFrom(first: number, last: number): number[] {
  const rows: number[] = [];
  for (let row = first; row <= last; row++) rows.push(row);
  return rows;
}

function importReport(
  sheets: readonly SheetReport[],
  totals: TotalsByCurrency,
  problems: readonly Problem[],
): ImportReport {
  let rowsIn = 0;
  let imported = 0;
  let skipped = 0;
  let rejected = 0;
  let entries = 0;
  for (const sheet of sheets) {
    rowsIn += sheet.rowsIn;
    entries += sheet.entries;
    imported += sheet.imported;
    skipped += sheet.skipped.length;
    rejected += sheet.rejected.length;
  }
  return { sheets, rowsIn, imported, entries, skipped, rejected, totals: totals.list(), problems };
}

/** Rows in = imported + skipped + rejected, and entries' amounts = the imported totals: else a bug. */
function checkConservation(report: ImportReport, entries: readonly MutableEntry[]): void {
  for (const sheet of report.sheets) {
    if (sheet.rowsIn !== sheet.imported + sheet.skipped.length + sheet.rejected.length) {
      throw new InvariantBrokenError(`Rows of "${sheet.sheet}" do not add up.`);
    }
  }

  // Summed per run of one currency, so a one-currency ledger touches the map once per run.
  const byCurrency = new Map<string, number>();
  let currency = '';
  let sum = 0;
  for (const entry of entries) {
    if (entry.currency !== currency) {
      if (currency !== '') byCurrency.set(currency, (byCurrency.get(currency) ?? 0) + sum);
      currency = entry.currency;
      sum = 0;
    }
    sum += entry.amount < 0 ? -entry.amount : entry.amount;
  }
  if (currency !== '') byCurrency.set(currency, (byCurrency.get(currency) ?? 0) + sum);
  for (const total of report.totals) {
    if ((byCurrency.get(total.currency) ?? 0) !== total.imported) {
      throw new InvariantBrokenError(`Imported ${total.currency} amounts do not add up.`);
    }
  }
}

function readStoredJson<T>(stored: StoredValues, key: string, problems: Problem[]): T | undefined {
  const text = stored[key];
  if (text === undefined || text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as T;
  } catch {
    problems.push({ code: 'structure.stored-value-unreadable', detail: { key } });
    return undefined;
  }
}
