import { decideReminders } from '../../../src/domain/collections/decideReminders';
import { standingsFromAllocation } from '../../../src/domain/collections/fromAllocation';
import { DEFAULT_REMINDER_SETTINGS } from '../../../src/domain/collections/reminderSettings';
import { allocateReceipts, evaluateCredit } from '../../../src/domain/receivables';
import { customer, day, entry, invoice, receipt, yuan } from '../receivables/ledgerBuilder';

const AS_OF = day('2026-12-03');
const customers = [customer('C1', { creditGrade: 'B' }), customer('C2')];
const entries = [
  invoice('2026-09-01', 1000, { doc: 'FP-1', due: '2026-10-01' }),
  invoice('2026-10-01', 500, { doc: 'FP-2', due: '2026-11-01', disputed: true }),
  entry('opening', '2026-01-01', 80, { id: '期初!C1', due: '2026-01-31' }),
  receipt('2026-11-15', 50),
  receipt('2026-12-10', 999),
  invoice('2026-11-01', 200, { customerId: 'C2', doc: 'FP-9', due: '2026-12-01' }),
  receipt('2026-11-20', 200, { customerId: 'C2' }),
];

describe('standings from the receivables engine', () => {
  const allocation = allocateReceipts(customers, entries, AS_OF);
  const credit = evaluateCredit(allocation, customers);
  const standings = standingsFromAllocation(allocation, customers, entries, credit);
  const c1 = standings.find((s) => s.customer.id === 'C1')!;

  it('lists what is still open after allocation, named by document number or entry id', () => {
    expect(c1.openInvoices.map((i) => [i.number, i.open])).toEqual([
      ['期初!C1', yuan(30)],
      ['FP-1', yuan(1000)],
      ['FP-2', yuan(500)],
    ]);
  });

  it('keeps the dispute flag so the letter leaves the invoice out', () => {
    expect(c1.openInvoices.find((i) => i.number === 'FP-2')?.disputed).toBe(true);
  });

  it('takes the engine’s grade and the receipts up to the as-of date only', () => {
    expect(c1.creditGrade).toMatch(/^[ABCD]$/);
    expect(c1.creditGrade).toBe(credit.find((c) => c.customerId === 'C1')?.grade);
    expect(c1.receipts).toEqual([{ date: '2026-11-15', amount: yuan(50) }]);
  });

  it('gives a customer who paid everything no open invoices, so no reminder', () => {
    const [, c2] = decideReminders(standings, [], [], DEFAULT_REMINDER_SETTINGS, AS_OF);
    expect(standings.find((s) => s.customer.id === 'C2')?.openInvoices).toEqual([]);
    expect(c2?.level).toBeUndefined();
  });
});
