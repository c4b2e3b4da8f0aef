/**
 * Reads invoice-history columns (issued, due, amount, settled, and customers for prediction) for
 * DSO, CEI and PREDICTPAY. An empty settled cell means still unpaid. Empty rows and a header
 * first row are skipped as in ledgerColumns.ts; any other unreadable row fails with its number.
 */
import { customerKey } from '../domain/customerName';
import type { IsoDay } from '../domain/isoDay';
import type { InvoiceHistory } from '../domain/behaviour';
import type { Fen } from '../domain/money';
import { parseAmount } from '../domain/parseAmount';
import { failure, success } from '../domain/problem';
import type { Outcome, Problem } from '../domain/problem';
import { dayCell, isBlank, sameLengthColumns } from './arguments';
import type { CellArgument } from './arguments';
import { rowProblem } from './cellError';

export interface InvoiceColumns {
  readonly invoices: readonly InvoiceHistory[];
  /** For each row of the ranges, the index of its invoice, or -1 for a skipped row. */
  readonly invoiceAtRow: readonly number[];
  /** True when the first row was read as a header. */
  readonly header: boolean;
}

export function readInvoiceColumns(input: {
  readonly customers?: unknown;
  readonly issued: unknown;
  readonly due: unknown;
  readonly amounts: unknown;
  readonly settled: unknown;
}): Outcome<InvoiceColumns> {
  const columns = sameLengthColumns([
    { argument: 'issueDates', range: input.issued },
    { argument: 'dueDates', range: input.due },
    { argument: 'amounts', range: input.amounts },
    { argument: 'settledDates', range: input.settled },
    { argument: 'customers', range: input.customers, optional: true },
  ]);
  if (!columns.ok) return columns;

  const [issued, due, amounts, settled, customers] = columns.value as [
    CellArgument[],
    CellArgument[],
    CellArgument[],
    CellArgument[],
    CellArgument[] | undefined,
  ];
  const invoices: InvoiceHistory[] = [];
  const invoiceAtRow = new Array<number>(issued.length).fill(-1);
  let header = false;
  for (let index = 0; index < issued.length; index++) {
    if (isBlank(issued[index]) && isBlank(due[index]) && isBlank(amounts[index])) continue;
    if (index === 0 && !reads(issued[index]) && !parseAmount(amountText(amounts[index])).ok) {
      header = true;
      continue;
    }

    const row = index + 1;
    const invoice = readRow(row, {
      customer: customers?.[index],
      issued: issued[index],
      due: due[index],
      amount: amounts[index],
      settled: settled[index],
    });
    if (!invoice.ok) return invoice;
    invoiceAtRow[index] = invoices.length;
    invoices.push(invoice.value);
  }
  return success({ invoices, invoiceAtRow, header });
}

function readRow(
  row: number,
  cells: {
    customer: CellArgument;
    issued: CellArgument;
    due: CellArgument;
    amount: CellArgument;
    settled: CellArgument;
  },
): Outcome<InvoiceHistory> {
  const issued = day(cells.issued, 'issueDates', row);
  if (!issued.ok) return issued;
  const due = day(cells.due, 'dueDates', row);
  if (!due.ok) return due;

  if (isBlank(cells.amount)) return wrap({ code: 'functions.cell-empty' }, 'amounts', row);
  const amount = parseAmount(amountText(cells.amount));
  if (!amount.ok) return wrap(amount.problem, 'amounts', row);

  let settled: IsoDay | undefined;
  if (!isBlank(cells.settled)) {
    const paid = day(cells.settled, 'settledDates', row);
    if (!paid.ok) return paid;
    settled = paid.value;
  }

  const customerId = isBlank(cells.customer) ? '' : customerKey(String(cells.customer));
  return success({
    invoiceId: `R${row}`,
    customerId,
    issued: issued.value,
    due: due.value,
    amount: amount.value.fen as Fen,
    disputed: false,
    ...(settled ? { settled } : {}),
  });
}

function reads(cell: CellArgument): boolean {
  return !isBlank(cell) && dayCell(cell, '').ok;
}

function amountText(cell: CellArgument): string | number {
  return typeof cell === 'number' ? cell : String(cell ?? '');
}

function day(cell: CellArgument, argument: string, row: number): Outcome<IsoDay> {
  if (isBlank(cell)) return wrap({ code: 'functions.cell-empty' }, argument, row);
  const parsed = dayCell(cell, argument);
  return parsed.ok ? parsed : wrap(parsed.problem, argument, row);
}

function wrap<T>(problem: Problem, argument: string, row: number): Outcome<T> {
  const wrapped = rowProblem(problem, argument, row);
  return failure(wrapped.code, wrapped.detail);
}
