import fc from 'fast-check';

import type { EntryKind } from '../../../src/domain/ledger';
import type { Fen } from '../../../src/domain/money';
import type { IsoDay } from '../../../src/domain/isoDay';
import type { MutableEntry } from '../../../src/workbook/structure/readLedgerRows';
import { findReferencedInvoices } from '../../../src/workbook/structure/referencedInvoices';

function entry(
  customerId: string,
  kind: EntryKind,
  fields: { documentNumber?: string; memo?: string; referencedInvoice?: string } = {},
): MutableEntry {
  return {
    id: `S!${Math.random()}`,
    customerId,
    kind,
    date: '2024-03-05' as IsoDay,
    dueDate: undefined,
    documentNumber: fields.documentNumber,
    referencedInvoice: fields.referencedInvoice,
    amount: 100 as Fen,
    currency: 'CNY',
    paymentMethod: undefined,
    memo: fields.memo,
    disputed: undefined,
    disputeNote: undefined,
    source: { sheet: 'S', row: 2 },
  };
}

function referencesOf(entries: MutableEntry[]): (string | undefined)[] {
  findReferencedInvoices(entries);
  return entries.map((e) => e.referencedInvoice);
}

describe('an invoice named in a memo', () => {
  it('is referenced by a receipt of the same customer, in the invoice number as written', () => {
    const entries = [
      entry('C1', 'invoice', { documentNumber: 'INV-0012' }),
      entry('C1', 'receipt', { memo: '收到 inv-0012 货款' }),
    ];

    expect(referencesOf(entries)[1]).toBe('INV-0012');
  });

  it('is not taken from another customer, even when the number matches', () => {
    const entries = [
      entry('C1', 'invoice', { documentNumber: 'FP20240301' }),
      entry('C2', 'credit-note', { memo: '冲 FP20240301' }),
    ];

    expect(referencesOf(entries)[1]).toBeUndefined();
  });

  it('is found when the receipt comes before the invoice, and trailing - _ / are not part of it', () => {
    const entries = [
      entry('C1', 'write-off', { memo: '核销 A-7/ 余额' }),
      entry('C1', 'invoice', { documentNumber: 'A-7' }),
    ];

    expect(referencesOf(entries)[0]).toBe('A-7');
  });

  it('is the first word naming one of the customer invoices, and an explicit reference stays', () => {
    const entries = [
      entry('C1', 'invoice', { documentNumber: '1001' }),
      entry('C1', 'invoice', { documentNumber: '1002' }),
      entry('C1', 'receipt', { memo: '9999 1002 1001' }),
      entry('C1', 'receipt', { memo: '1001', referencedInvoice: '1002' }),
    ];

    expect(referencesOf(entries).slice(2)).toEqual(['1002', '1002']);
  });

  it('is never a word without a digit, nor looked for in invoices or adjustments', () => {
    const entries = [
      entry('C1', 'invoice', { documentNumber: 'ABC' }),
      entry('C1', 'receipt', { memo: 'ABC' }),
      entry('C1', 'invoice', { documentNumber: 'X1', memo: 'X1' }),
      entry('C1', 'adjustment', { memo: 'X1' }),
    ];

    expect(referencesOf(entries)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('is the one of the customer when customers share a number, the last one written', () => {
    const entries = [
      entry('C1', 'invoice', { documentNumber: 'no-5' }),
      entry('C2', 'invoice', { documentNumber: 'NO-5' }),
      entry('C1', 'opening', { documentNumber: 'No-5' }),
      entry('C1', 'receipt', { memo: 'NO-5' }),
      entry('C2', 'receipt', { memo: 'no-5' }),
    ];

    expect(referencesOf(entries).slice(3)).toEqual(['No-5', 'NO-5']);
  });
});

// The rule read plainly, one string per word and a Map of upper-cased numbers, to compare with the
// table the workflow uses for speed.
function plainReferences(entries: readonly MutableEntry[]): (string | undefined)[] {
  const filed = new Map<string, MutableEntry[]>();
  for (const e of entries) {
    if ((e.kind !== 'invoice' && e.kind !== 'opening') || !e.documentNumber) continue;
    const key = asciiUpper(e.documentNumber);
    filed.set(key, [...(filed.get(key) ?? []), e]);
  }
  return entries.map((e) => {
    if (e.referencedInvoice !== undefined) return e.referencedInvoice;
    if (!['receipt', 'credit-note', 'write-off'].includes(e.kind) || e.memo === undefined) {
      return undefined;
    }
    for (const match of e.memo.matchAll(/[A-Za-z0-9][A-Za-z0-9_/-]*/g)) {
      const word = match[0].replace(/[-_/]+$/, '');
      if (!/\d/.test(word)) continue;
      const mine = (filed.get(asciiUpper(word)) ?? []).filter((i) => i.customerId === e.customerId);
      if (mine.length > 0) return mine[mine.length - 1]!.documentNumber;
    }
    return undefined;
  });
}

function asciiUpper(text: string): string {
  return text.replace(/[a-z]/g, (c) => c.toUpperCase());
}

describe('memo references on random ledgers', () => {
  const piece = fc.constantFrom('INV', 'inv', 'A', '7', '12', '-', '_', '/', ' ', '收', 'ß', '１');
  const text = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(''));
  const ledger = fc.array(
    fc.record({
      customerId: fc.constantFrom('C1', 'C2', 'C3'),
      kind: fc.constantFrom<EntryKind>('invoice', 'opening', 'receipt', 'credit-note', 'write-off'),
      documentNumber: fc.option(text, { nil: undefined }),
      memo: fc.option(text, { nil: undefined }),
      referencedInvoice: fc.option(fc.constant('R-1'), { nil: undefined, freq: 8 }),
    }),
    { maxLength: 40 },
  );

  it('are what the rule says, word by word, whatever the numbers and memos hold', () => {
    fc.assert(
      fc.property(ledger, (rows) => {
        const entries = rows.map((r) => entry(r.customerId, r.kind, r));
        const expected = plainReferences(entries);

        expect(referencesOf(entries)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});
