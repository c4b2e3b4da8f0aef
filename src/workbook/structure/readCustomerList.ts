/**
 * Reads a customer-list sheet (客户档案: 客户编号, 联系人, 电话, 地址, 信用额度, 账期, 币种) into
 * customer details. A row naming a customer is imported even when one detail cannot be read: the
 * detail is left out and noted, since losing a contact over an unreadable limit helps no one.
 */
import type { CreditGrade } from '../../domain/ledger';
import type { CurrencyCode, Fen } from '../../domain/money';
import { parseAmount } from '../../domain/parseAmount';
import { parseTerms, type PaymentTerms } from '../../domain/parseTerms';
import type { Problem } from '../../domain/problem';
import type { CellValue } from '../workbookPort';
import { isCellError } from '../workbookPort';
import { cellText, optionalText } from './cellText';
import { classifyRow } from './classifyRow';
import type { RowLayout } from './classifyRow';
import type { ColumnRole } from './columnRoles';
import { currencyFromWord } from './entryWords';
import type { SheetRows } from './sheetRows';
import type { ColumnMapping, RejectedRow, RowNote, SkippedRow } from './structureTypes';

export interface CustomerDetails {
  readonly name: string;
  readonly code?: string;
  readonly contact?: string;
  readonly phone?: string;
  readonly address?: string;
  readonly creditLimit?: Fen;
  readonly terms?: PaymentTerms;
  readonly currency?: CurrencyCode;
  readonly creditGrade?: CreditGrade;
  readonly notes?: string;
  /** The row it was listed on, for the report. */
  readonly source?: { readonly sheet: string; readonly row: number };
}

export interface CustomerListOutput {
  readonly customers: CustomerDetails[];
  readonly skipped: SkippedRow[];
  readonly rejected: RejectedRow[];
  readonly notes: RowNote[];
}

export function readCustomerList(
  rows: SheetRows,
  headerRow: number,
  mapping: ColumnMapping,
  layout: RowLayout,
): CustomerListOutput {
  const out: CustomerListOutput = { customers: [], skipped: [], rejected: [], notes: [] };
  const col = new Map<ColumnRole, number>(mapping.columns.map((c) => [c.role, c.column - 1]));
  const header = new Map<number, string>(mapping.columns.map((c) => [c.column - 1, c.header]));
  const sheet = rows.sheet;

  for (let i = headerRow - rows.firstRow + 1; i < rows.rows.length; i++) {
    const row = rows.firstRow + i;
    const cells = rows.rows[i] ?? [];
    const decided = classifyRow(cells, row, layout);
    if (decided.kind !== 'data') {
      out.skipped.push(
        'text' in decided
          ? { sheet, row, reason: decided.kind, text: decided.text }
          : { sheet, row, reason: decided.kind },
      );
      continue;
    }

    const text = (role: ColumnRole) => {
      const index = col.get(role);
      return index === undefined ? undefined : optionalText(cells[index]);
    };
    const code = text('customerId');
    const name = text('customer') ?? code;
    if (name === undefined) {
      const index = col.get('customer') ?? col.get('customerId') ?? 0;
      const value = cells[index];
      const problem: Problem =
        value !== undefined && value !== null && isCellError(value)
          ? { code: 'structure.customer-error', detail: { text: value.error } }
          : { code: 'structure.no-customer' };
      out.rejected.push({
        sheet,
        row,
        column: index + 1,
        header: header.get(index) ?? '',
        problem,
      });
      continue;
    }

    const note = (role: ColumnRole, problem: Problem) => {
      const index = col.get(role) ?? 0;
      out.notes.push({ sheet, row, column: index + 1, header: header.get(index) ?? '', problem });
    };
    const details: { -readonly [K in keyof CustomerDetails]: CustomerDetails[K] } = {
      name,
      source: { sheet, row },
    };
    if (code !== undefined) details.code = code;
    for (const role of ['contact', 'phone', 'address'] as const) {
      const value = text(role);
      if (value !== undefined) details[role] = value;
    }
    const notes = text('memo');
    if (notes !== undefined) details.notes = notes;

    const limit = readField(cells, col.get('creditLimit'), (v) => parseAmount(v));
    if (limit?.ok) details.creditLimit = limit.value.fen;
    else if (limit) note('creditLimit', fieldProblem(limit.problem));

    const terms = readField(cells, col.get('terms'), (v) => parseTerms(v));
    if (terms?.ok) details.terms = terms.value;
    else if (terms) note('terms', fieldProblem(terms.problem));

    const currencyWord = text('currency');
    if (currencyWord !== undefined) {
      const currency = currencyFromWord(currencyWord);
      if (currency) details.currency = currency;
      else note('currency', { code: 'structure.currency-unknown', detail: { text: currencyWord } });
    }

    const grade = text('grade')?.toUpperCase();
    if (grade === 'A' || grade === 'B' || grade === 'C' || grade === 'D')
      details.creditGrade = grade;
    else if (grade !== undefined)
      note('grade', { code: 'structure.grade-unknown', detail: { text: grade } });

    out.customers.push(details);
  }
  return out;
}

type FieldOutcome<T> = { ok: true; value: T } | { ok: false; problem: Problem };

function readField<T>(
  cells: readonly CellValue[],
  index: number | undefined,
  parse: (value: string | number) => FieldOutcome<T>,
): FieldOutcome<T> | undefined {
  if (index === undefined) return undefined;
  const value = cells[index];
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' && value.trim() === '') return undefined;
  if (typeof value === 'string' || typeof value === 'number') return parse(value);
  return {
    ok: false,
    problem: { code: 'structure.cell-error', detail: { text: cellText(value) } },
  };
}

function fieldProblem(problem: Problem): Problem {
  return { code: 'structure.field-ignored', detail: { ...problem.detail, reason: problem.code } };
}
