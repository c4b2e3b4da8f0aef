import { ageReceivables, allocateReceipts } from '../../../src/domain/receivables';
import type { CustomerAllocation, InvoiceAllocation } from '../../../src/domain/receivables';
import type { LedgerEntry } from '../../../src/domain/ledger';
import {
  creditNote,
  customer,
  day,
  entry,
  invoice,
  receipt,
  writeOff,
  yuan,
} from './ledgerBuilder';

const C1 = [customer('C1', { termsDays: 30 })];

/** An invoice whose only payment bounced: open again, so not settled. */
const BOUNCED_ONLY = [
  invoice('2024-01-05', 100, { doc: 'A1' }),
  receipt('2024-01-20', 100, { id: 'R1' }),
  receipt('2024-01-25', -100, { id: 'BOUNCE' }),
];

function allocate(entries: LedgerEntry[], asOf = '2024-12-31'): CustomerAllocation {
  const result = allocateReceipts(C1, entries, day(asOf));
  const found = result.customers.find(
    (line) => line.customerId === 'C1' && line.currency === 'CNY',
  );
  if (!found) throw new Error('no allocation for C1');
  return found;
}

function byDoc(line: CustomerAllocation, doc: string): InvoiceAllocation {
  const found = line.invoices.find((invoice) => invoice.documentNumber === doc);
  if (!found) throw new Error(`no invoice ${doc}`);
  return found;
}

describe('allocation (核销) of receipts to invoices', () => {
  it('applies a receipt to the invoice it names before older invoices', () => {
    const line = allocate([
      invoice('2024-01-05', 100, { doc: 'A1' }),
      invoice('2024-02-05', 200, { doc: 'A2' }),
      receipt('2024-03-01', 200, { ref: 'A2', id: 'R1' }),
    ]);

    expect(byDoc(line, 'A2').open).toBe(0);
    expect(byDoc(line, 'A1').open).toBe(yuan(100));
    expect(byDoc(line, 'A2').applications).toEqual([
      { entryId: 'R1', kind: 'receipt', date: '2024-03-01', amount: yuan(200) },
    ]);
  });

  it('gives the same applications on every read and keeps them when serialised as JSON', () => {
    const line = allocate([
      invoice('2024-01-05', 100, { doc: 'A1' }),
      receipt('2024-02-01', 40, { id: 'R1' }),
      receipt('2024-03-01', 60, { id: 'R2' }),
    ]);
    const paid = byDoc(line, 'A1');

    expect(paid.applications).toBe(paid.applications);
    expect(JSON.parse(JSON.stringify(paid))).toEqual({
      entryId: paid.entryId,
      customerId: 'C1',
      currency: 'CNY',
      kind: 'invoice',
      documentNumber: 'A1',
      date: '2024-01-05',
      dueDate: '2024-02-04',
      amount: yuan(100),
      paid: yuan(100),
      open: 0,
      disputed: false,
      settledOn: '2024-03-01',
      applications: [
        { entryId: 'R1', kind: 'receipt', date: '2024-02-01', amount: yuan(40) },
        { entryId: 'R2', kind: 'receipt', date: '2024-03-01', amount: yuan(60) },
      ],
    });
  });

  it('sends what is left after the named invoice to the oldest due invoice', () => {
    const line = allocate([
      invoice('2024-01-05', 100, { doc: 'A1' }),
      invoice('2024-02-05', 200, { doc: 'A2' }),
      receipt('2024-03-01', 250, { ref: 'A2' }),
    ]);

    expect(byDoc(line, 'A2').open).toBe(0);
    expect(byDoc(line, 'A1').open).toBe(yuan(50));
  });

  it('pays the oldest due date first, not the oldest entry date', () => {
    const line = allocate([
      invoice('2024-01-01', 100, { doc: 'LATE-DUE', due: '2024-06-30' }),
      invoice('2024-02-01', 100, { doc: 'EARLY-DUE', due: '2024-03-01' }),
      receipt('2024-04-01', 100),
    ]);

    expect(byDoc(line, 'EARLY-DUE').open).toBe(0);
    expect(byDoc(line, 'LATE-DUE').open).toBe(yuan(100));
  });

  it('breaks a due-date tie by entry date, then by source order', () => {
    const line = allocate([
      invoice('2024-02-01', 100, { doc: 'B', due: '2024-03-31' }),
      invoice('2024-01-15', 100, { doc: 'A', due: '2024-03-31' }),
      invoice('2024-02-01', 100, { doc: 'C', due: '2024-03-31' }),
      receipt('2024-04-01', 150),
    ]);

    expect(byDoc(line, 'A').open).toBe(0);
    expect(byDoc(line, 'B').open).toBe(yuan(50));
    expect(byDoc(line, 'C').open).toBe(yuan(100));
  });

  it('keeps what a receipt cannot apply as unapplied credit, not aged and not an invoice', () => {
    const line = allocate([invoice('2024-01-05', 100, { doc: 'A1' }), receipt('2024-01-20', 130)]);

    expect(line.openInvoiceTotal).toBe(0);
    expect(line.unappliedCredit).toBe(yuan(30));
    expect(line.balance).toBe(yuan(-30));
  });

  it('lets a later invoice take up unapplied credit first, dated on the invoice day', () => {
    const line = allocate([
      receipt('2024-01-02', 80, { id: 'PREPAY' }),
      invoice('2024-01-10', 100, { doc: 'A1' }),
    ]);

    expect(byDoc(line, 'A1').open).toBe(yuan(20));
    expect(byDoc(line, 'A1').applications).toEqual([
      { entryId: 'PREPAY', kind: 'receipt', date: '2024-01-10', amount: yuan(80) },
    ]);
    expect(line.unappliedCredit).toBe(0);
  });

  it('re-opens exactly what a bounced receipt had paid, with the reversal listed', () => {
    const line = allocate([
      invoice('2024-01-05', 100, { doc: 'A1' }),
      invoice('2024-01-06', 100, { doc: 'A2' }),
      receipt('2024-02-01', 100, { id: 'R-GOOD' }),
      receipt('2024-02-02', 100, { id: 'R-BAD' }),
      receipt('2024-02-10', -100, { id: 'BOUNCE' }),
    ]);

    expect(byDoc(line, 'A1').open).toBe(0);
    expect(byDoc(line, 'A2').open).toBe(yuan(100));
    expect(byDoc(line, 'A2').settledOn).toBeUndefined();
    expect(byDoc(line, 'A2').applications.map((application) => application.amount)).toEqual([
      yuan(100),
      yuan(-100),
    ]);
  });

  it('takes a bounced receipt back from unapplied credit before re-opening invoices', () => {
    const line = allocate([
      invoice('2024-01-05', 100, { doc: 'A1' }),
      receipt('2024-02-01', 130),
      receipt('2024-02-10', -50),
    ]);

    expect(line.unappliedCredit).toBe(0);
    expect(byDoc(line, 'A1').open).toBe(yuan(20));
  });

  it('makes a bounce larger than all receipts an open item of its own, with a note', () => {
    const line = allocate([receipt('2024-02-10', -50, { id: 'ORPHAN-BOUNCE' })]);

    expect(line.openInvoiceTotal).toBe(yuan(50));
    expect(line.invoices[0]?.kind).toBe('receipt');
    expect(line.notes).toEqual([
      {
        code: 'allocation.reversal-exceeds-applied',
        detail: { entry: 'ORPHAN-BOUNCE', amount: 5000 },
      },
    ]);
  });

  it('ignores entries dated after the as-of date', () => {
    const entries = [
      invoice('2024-01-05', 100, { doc: 'A1' }),
      receipt('2024-03-01', 100),
      invoice('2024-03-02', 70, { doc: 'A2' }),
    ];

    const early = allocate(entries, '2024-02-29');
    expect(early.openInvoiceTotal).toBe(yuan(100));
    expect(early.invoices).toHaveLength(1);
    expect(allocate(entries, '2024-03-01').openInvoiceTotal).toBe(0);
  });

  it('treats an opening balance as an invoice and a negative one as unapplied credit', () => {
    const line = allocate([
      entry('opening', '2024-01-01', 300, { id: 'OPEN' }),
      entry('opening', '2024-01-01', -40, { id: 'PREPAID' }),
    ]);

    expect(line.openInvoiceTotal).toBe(yuan(260));
    expect(line.unappliedCredit).toBe(0);
    expect(line.invoices[0]?.applications[0]?.entryId).toBe('PREPAID');
  });

  it('closes the named invoice with a write-off and applies credit notes like receipts', () => {
    const line = allocate([
      invoice('2024-01-05', 100, { doc: 'A1' }),
      invoice('2024-01-06', 100, { doc: 'A2' }),
      writeOff('2024-06-30', 100, { ref: 'A2' }),
      creditNote('2024-07-01', 30),
    ]);

    expect(byDoc(line, 'A2').applications[0]?.kind).toBe('write-off');
    expect(byDoc(line, 'A2').open).toBe(0);
    expect(byDoc(line, 'A1').open).toBe(yuan(70));
  });

  it('treats a positive adjustment as an invoice and a negative one as a credit note', () => {
    const line = allocate([
      entry('adjustment', '2024-01-05', 50, { id: 'ADJ+' }),
      entry('adjustment', '2024-01-06', -20, { id: 'ADJ-' }),
    ]);

    expect(line.invoices).toHaveLength(1);
    expect(line.invoices[0]?.open).toBe(yuan(30));
  });

  it('never adds different currencies: each currency is allocated on its own', () => {
    const result = allocateReceipts(
      C1,
      [
        invoice('2024-01-05', 100, { doc: 'CNY1' }),
        receipt('2024-01-20', 100, { currency: 'USD' }),
      ],
      day('2024-12-31'),
    );

    const lines = result.customers.map((line) => [
      line.currency,
      line.openInvoiceTotal,
      line.unappliedCredit,
    ]);
    expect(lines).toEqual([
      ['CNY', yuan(100), 0],
      ['USD', 0, yuan(100)],
    ]);
  });

  it('notes a receipt naming an invoice that does not exist and applies it first-in-first-out', () => {
    const line = allocate([
      invoice('2024-01-05', 100, { doc: 'A1' }),
      receipt('2024-01-20', 100, { ref: 'NOPE', id: 'R1' }),
    ]);

    expect(byDoc(line, 'A1').open).toBe(0);
    expect(line.notes).toEqual([
      { code: 'allocation.reference-not-found', detail: { entry: 'R1', reference: 'NOPE' } },
    ]);
  });

  it('derives due dates from the customer terms, else the default terms', () => {
    const result = allocateReceipts(
      [customer('C1', { termsDays: 45 }), customer('C2')],
      [
        invoice('2024-01-01', 1, { doc: 'T45' }),
        invoice('2024-01-01', 1, { doc: 'T30', customerId: 'C2' }),
        invoice('2024-01-01', 1, { doc: 'EXPLICIT', due: '2024-01-10' }),
      ],
      day('2024-12-31'),
    );

    const dues = result.customers.flatMap((line) =>
      line.invoices.map((invoice) => [invoice.documentNumber, invoice.dueDate]),
    );
    expect(dues).toEqual([
      ['T45', '2024-02-15'],
      ['EXPLICIT', '2024-01-10'],
      ['T30', '2024-01-31'],
    ]);
  });

  it('records the day an invoice became fully paid', () => {
    const line = allocate([
      invoice('2024-01-05', 100, { doc: 'A1' }),
      receipt('2024-01-20', 60),
      receipt('2024-02-03', 40),
    ]);

    expect(byDoc(line, 'A1').settledOn).toBe('2024-02-03');
  });

  it('dates the settling of an invoice paid again after a bounce on the payment that settled it', () => {
    const line = allocate([
      invoice('2024-01-05', 100, { doc: 'A1' }),
      receipt('2024-01-20', 100, { id: 'R1' }),
      receipt('2024-01-25', -100, { id: 'BOUNCE' }),
      receipt('2024-02-10', 100, { id: 'R2' }),
    ]);

    expect(byDoc(line, 'A1').settledOn).toBe('2024-02-10');
    expect(byDoc(allocate(BOUNCED_ONLY), 'A1').settledOn).toBeUndefined();
  });

  it('dates an invoice settled by credit that waited for it on the invoice day', () => {
    const line = allocate([
      receipt('2024-01-02', 100, { id: 'PREPAID' }),
      invoice('2024-01-05', 100, { doc: 'A1' }),
    ]);

    expect(byDoc(line, 'A1').settledOn).toBe('2024-01-05');
    expect(byDoc(line, 'A1').applications).toEqual([
      { entryId: 'PREPAID', kind: 'receipt', date: '2024-01-05', amount: yuan(100) },
    ]);
  });

  it('allocates amounts above 2^31 fen exactly', () => {
    // 30,000,000 yuan is 3,000,000,000 fen: more than a 32-bit integer holds.
    const line = allocate([
      invoice('2024-01-05', 30_000_000, { doc: 'BIG' }),
      receipt('2024-02-01', 10_000_000.01, { id: 'R1' }),
    ]);

    expect(byDoc(line, 'BIG').open).toBe(yuan(19_999_999.99));
    expect(byDoc(line, 'BIG').applications).toEqual([
      { entryId: 'R1', kind: 'receipt', date: '2024-02-01', amount: yuan(10_000_000.01) },
    ]);
    expect(line.openInvoiceTotal).toBe(3_000_000_000 - 1_000_000_001);
  });

  it('matches a named invoice on its whole number, even when two numbers hash alike', () => {
    // INV162789 and INV379192 share the 31-bit hash the replay files document numbers under.
    const line = allocate([
      invoice('2024-01-05', 100, { doc: 'INV162789' }),
      invoice('2024-02-05', 200, { doc: 'INV379192' }),
      receipt('2024-03-01', 200, { ref: 'INV379192', id: 'R1' }),
    ]);

    expect(byDoc(line, 'INV379192').open).toBe(0);
    expect(byDoc(line, 'INV162789').open).toBe(yuan(100));
    expect(line.notes).toEqual([]);
  });

  it('gives aging the very invoices the allocation lists, whichever is read first', () => {
    const entries = [
      invoice('2024-01-05', 100, { doc: 'A1' }),
      invoice('2024-02-05', 200, { doc: 'A2' }),
      receipt('2024-03-01', 150, { id: 'R1' }),
    ];
    const agedFirst = allocateReceipts(C1, entries, day('2024-12-31'));
    const aged = ageReceivables(agedFirst).customers[0]?.openInvoices ?? [];
    const listedFirst = allocateReceipts(C1, entries, day('2024-12-31'));
    const listed = listedFirst.customers[0]?.invoices ?? [];

    expect(aged.map((line) => line.invoice.documentNumber)).toEqual(['A2']);
    expect(agedFirst.customers[0]?.invoices).toContain(aged[0]?.invoice);
    expect(ageReceivables(listedFirst).customers[0]?.openInvoices[0]?.invoice).toBe(listed[1]);
    expect(JSON.parse(JSON.stringify(agedFirst))).toEqual(JSON.parse(JSON.stringify(listedFirst)));
    expect({ ...agedFirst.customers[0] }.invoices).toHaveLength(2);
    expect(Object.keys(listedFirst.customers[0] ?? {})).toEqual([
      'customerId',
      'currency',
      'invoices',
      'openInvoiceTotal',
      'unappliedCredit',
      'unappliedItems',
      'balance',
      'notes',
    ]);
  });

  it.each(['2024-13-01', '2024-02-30', '2024/01/05', ''])(
    'treats an entry dated %j as a bug upstream and throws with a code',
    (bad) => {
      const broken = { ...invoice('2024-01-05', 100, { doc: 'A1' }), date: day(bad) };

      expect(() => allocateReceipts(C1, [broken], day('2024-12-31'))).toThrow(
        expect.objectContaining({ code: 'bug.invalid-argument' }),
      );
    },
  );
});
