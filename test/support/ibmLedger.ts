/**
 * IBM's public accounts-receivable sample (/work/shared/data/ibm-ar) as a Cashier Desk ledger:
 * each CSV row becomes an invoice and a receipt on its settled date that names the invoice.
 * Shared by tests that replay real data no one here wrote.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isoDay, type IsoDay } from '../../src/domain/isoDay';
import type { Customer, LedgerEntry } from '../../src/domain/ledger';
import { DEFAULT_CURRENCY, type Fen } from '../../src/domain/money';

export const IBM_AR_CSV = path.resolve(
  __dirname,
  '../../../shared/data/ibm-ar/WA_Fn-UseC_-Accounts-Receivable.csv',
);

const SHEET = 'WA_Fn-UseC_-Accounts-Receivable';

export interface IbmInvoiceRow {
  /** Line number in the CSV (the header is line 1). */
  readonly line: number;
  readonly countryCode: string;
  readonly customerId: string;
  /** Zero-padded text, kept as written. */
  readonly invoiceNumber: string;
  readonly invoiceDate: IsoDay;
  readonly dueDate: IsoDay;
  readonly amount: Fen;
  readonly disputed: boolean;
  readonly settledDate: IsoDay;
  readonly paperless: boolean;
  readonly daysToSettle: number;
  readonly daysLate: number;
}

/** m/d/yyyy as the file writes it. */
function usDate(text: string): IsoDay {
  const [month, dayOfMonth, year] = text.split('/').map(Number);
  return isoDay(year ?? 0, month ?? 0, dayOfMonth ?? 0);
}

/** "55.94" to 5594 fen, exactly, without going through a float. */
function fenFromText(text: string): Fen {
  const [whole = '0', cents = ''] = text.split('.');
  return (Number(whole) * 100 + Number(cents.padEnd(2, '0').slice(0, 2))) as Fen;
}

/** The CSV's rows; the file has no quoted fields, which the header check guards. */
export function readIbmRows(file: string = IBM_AR_CSV): IbmInvoiceRow[] {
  const lines = readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
  const header = lines[0]?.split(',') ?? [];
  const column = (name: string): number => {
    const index = header.indexOf(name);
    if (index < 0) throw new Error(`IBM sample has no column ${name}`);
    return index;
  };
  const at = {
    country: column('countryCode'),
    customer: column('customerID'),
    invoice: column('invoiceNumber'),
    invoiceDate: column('InvoiceDate'),
    dueDate: column('DueDate'),
    amount: column('InvoiceAmount'),
    disputed: column('Disputed'),
    settled: column('SettledDate'),
    paperless: column('PaperlessBill'),
    daysToSettle: column('DaysToSettle'),
    daysLate: column('DaysLate'),
  };

  return lines.slice(1).map((text, index) => {
    const cells = text.split(',');
    if (cells.length !== header.length)
      throw new Error(`IBM sample line ${index + 2} is malformed`);
    const cell = (position: number): string => cells[position] ?? '';
    return {
      line: index + 2,
      countryCode: cell(at.country),
      customerId: cell(at.customer),
      invoiceNumber: cell(at.invoice),
      invoiceDate: usDate(cell(at.invoiceDate)),
      dueDate: usDate(cell(at.dueDate)),
      amount: fenFromText(cell(at.amount)),
      disputed: cell(at.disputed) === 'Yes',
      settledDate: usDate(cell(at.settled)),
      paperless: cell(at.paperless) === 'Electronic',
      daysToSettle: Number(cell(at.daysToSettle)),
      daysLate: Number(cell(at.daysLate)),
    };
  });
}

/**
 * Customers (net 30, in the default currency: the sample does not name one) and, per row, an
 * invoice followed by the receipt that settled it, naming the invoice number.
 */
export function ibmLedger(rows: readonly IbmInvoiceRow[] = readIbmRows()): {
  customers: Customer[];
  entries: LedgerEntry[];
} {
  const customers = new Map<string, Customer>();
  const entries: LedgerEntry[] = [];
  for (const row of rows) {
    if (!customers.has(row.customerId)) {
      customers.set(row.customerId, {
        id: row.customerId,
        name: row.customerId,
        nameVariants: [row.customerId],
        termsDays: 30,
        currency: DEFAULT_CURRENCY,
        notes: `country ${row.countryCode}`,
      });
    }
    const source = { sheet: SHEET, row: row.line };
    entries.push({
      id: `${SHEET}!${row.line}`,
      customerId: row.customerId,
      kind: 'invoice',
      date: row.invoiceDate,
      dueDate: row.dueDate,
      documentNumber: row.invoiceNumber,
      amount: row.amount,
      currency: DEFAULT_CURRENCY,
      disputed: row.disputed,
      source,
    });
    entries.push({
      id: `${SHEET}!${row.line}:settled`,
      customerId: row.customerId,
      kind: 'receipt',
      date: row.settledDate,
      referencedInvoice: row.invoiceNumber,
      amount: row.amount,
      currency: DEFAULT_CURRENCY,
      paymentMethod: row.paperless ? 'bank-transfer' : 'other',
      source,
    });
  }
  return { customers: [...customers.values()], entries };
}
