import type { IsoDay } from '../../../src/domain/isoDay';
import type { EntryKind, LedgerEntry } from '../../../src/domain/ledger';
import type { Fen } from '../../../src/domain/money';
import { statementFromLedger } from '../../../src/domain/letters/statementFromLedger';

function entry(
  row: number,
  kind: EntryKind,
  date: string,
  amount: number,
  extra: Partial<LedgerEntry> = {},
): LedgerEntry {
  return {
    id: `台账!${row}`,
    customerId: 'C1',
    kind,
    date: date as IsoDay,
    amount: amount as Fen,
    currency: 'CNY',
    source: { sheet: '台账', row },
    ...extra,
  };
}

describe('statement figures from the ledger', () => {
  const ledger = [
    entry(2, 'opening', '2025-12-31', 5000_00),
    entry(3, 'invoice', '2026-02-01', 12345_60, { documentNumber: 'FP001' }),
    entry(5, 'credit-note', '2026-05-01', 200_00, { documentNumber: 'TH-03' }),
    entry(4, 'receipt', '2026-03-01', 10000_00, { memo: '工行转账' }),
    entry(6, 'invoice', '2026-12-02', 999_00),
  ];

  it('opens with everything before the period and lists the period in date order up to the cut-off', () => {
    const outcome = statementFromLedger(
      ledger,
      'CNY',
      '2026-11-30' as IsoDay,
      'zh',
      '2026-01-01' as IsoDay,
    );
    expect(outcome).toEqual({
      ok: true,
      value: {
        openingBalance: 5000_00,
        lines: [
          {
            date: '2026-02-01',
            description: '销售应收',
            documentNumber: 'FP001',
            debit: 12345_60,
            credit: 0,
          },
          { date: '2026-03-01', description: '收款 工行转账', debit: 0, credit: 10000_00 },
          {
            date: '2026-05-01',
            description: '退货/折让',
            documentNumber: 'TH-03',
            debit: 0,
            credit: 200_00,
          },
        ],
      },
    });
  });

  it('shows a bounced payment as a debit', () => {
    const outcome = statementFromLedger(
      [entry(2, 'receipt', '2026-03-01', -300_00)],
      'CNY',
      '2026-11-30' as IsoDay,
      'en',
    );
    expect(outcome.ok && outcome.value.lines[0]).toMatchObject({ debit: 300_00, credit: 0 });
  });

  it('refuses to add entries in two currencies', () => {
    const outcome = statementFromLedger(
      [...ledger, entry(9, 'invoice', '2026-03-01', 1, { currency: 'USD' })],
      'CNY',
      '2026-11-30' as IsoDay,
      'zh',
    );
    expect(outcome).toEqual({
      ok: false,
      problem: { code: 'letters.mixed-currency', detail: { entry: '台账!9', currency: 'USD' } },
    });
  });
});
