/**
 * Reads IBM's public accounts-receivable sample (/work/shared/data/ibm-ar) for tests and benches.
 * A tiny CSV reader for that one file: comma-separated, optional double quotes, US m/d/yyyy
 * dates, invoice numbers kept as text because their leading zeros matter.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { InvoiceHistory } from '../../src/domain/behaviour/invoiceHistory';
import { isoDay, type IsoDay } from '../../src/domain/isoDay';
import { fenFromYuanNumber, type Fen } from '../../src/domain/money';

export const IBM_CSV_PATH = path.resolve(
  __dirname,
  '../../../shared/data/ibm-ar/WA_Fn-UseC_-Accounts-Receivable.csv',
);

/** One row as the file has it; DaysToSettle, DaysLate and SettledDate are outcomes. */
export interface IbmRow {
  readonly countryCode: string;
  readonly customerId: string;
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

/** Splits CSV text into rows of fields; quoted fields may hold commas and doubled quotes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const fields: string[] = [];
    let field = '';
    let quoted = false;
    for (let index = 0; index < line.length; index++) {
      const char = line[index];
      if (quoted) {
        if (char === '"' && line[index + 1] === '"') {
          field += '"';
          index++;
        } else if (char === '"') quoted = false;
        else field += char;
      } else if (char === '"') quoted = true;
      else if (char === ',') {
        fields.push(field);
        field = '';
      } else field += char;
    }
    fields.push(field);
    rows.push(fields);
  }
  return rows;
}

/** m/d/yyyy as the file writes dates. */
export function usDate(text: string): IsoDay {
  const [month, day, year] = text.split('/').map(Number);
  return isoDay(year ?? 0, month ?? 0, day ?? 0);
}

export function readIbmRows(file: string = IBM_CSV_PATH): IbmRow[] {
  const [header, ...records] = parseCsv(readFileSync(file, 'utf8'));
  const column = (name: string): number => {
    const index = header?.indexOf(name) ?? -1;
    if (index < 0) throw new Error(`IBM sample has no column ${name}`);
    return index;
  };
  const at = (record: string[], name: string): string => record[column(name)] ?? '';

  return records.map((record) => ({
    countryCode: at(record, 'countryCode'),
    customerId: at(record, 'customerID'),
    invoiceNumber: at(record, 'invoiceNumber'),
    invoiceDate: usDate(at(record, 'InvoiceDate')),
    dueDate: usDate(at(record, 'DueDate')),
    amount: fenFromYuanNumber(Number(at(record, 'InvoiceAmount'))),
    disputed: at(record, 'Disputed') === 'Yes',
    settledDate: usDate(at(record, 'SettledDate')),
    paperless: at(record, 'PaperlessBill') === 'Electronic',
    daysToSettle: Number(at(record, 'DaysToSettle')),
    daysLate: Number(at(record, 'DaysLate')),
  }));
}

/** The sample as payment histories: each invoice settled in full on its SettledDate. */
export function ibmInvoiceHistories(rows: readonly IbmRow[] = readIbmRows()): InvoiceHistory[] {
  return rows.map((row) => ({
    invoiceId: row.invoiceNumber,
    customerId: row.customerId,
    issued: row.invoiceDate,
    due: row.dueDate,
    amount: row.amount,
    disputed: row.disputed,
    channel: row.paperless ? 'electronic' : 'paper',
    settled: row.settledDate,
  }));
}
