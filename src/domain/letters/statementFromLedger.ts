/**
 * The figures of a 对账函 from a customer's ledger: the balance before the period, the period's
 * entries as debits and credits, up to the cut-off date.
 */
import { compareIsoDay, type IsoDay } from '../isoDay';
import { balanceEffect, type EntryKind, type LedgerEntry } from '../ledger';
import type { Lang } from '../messages/index';
import { negateFen, sumFen, ZERO_FEN, type CurrencyCode, type Fen } from '../money';
import { failure, success, type Outcome } from '../problem';
import type { StatementLine } from './letterData';

export interface StatementFigures {
  readonly openingBalance: Fen;
  readonly lines: readonly StatementLine[];
}

const KIND_WORDS: Readonly<Record<EntryKind, Record<Lang, string>>> = {
  opening: { zh: '期初', en: 'Opening balance' },
  invoice: { zh: '销售应收', en: 'Invoice' },
  receipt: { zh: '收款', en: 'Payment received' },
  'credit-note': { zh: '退货/折让', en: 'Credit note' },
  'write-off': { zh: '坏账核销', en: 'Write-off' },
  adjustment: { zh: '调整', en: 'Adjustment' },
};

/**
 * Opening balance (every entry before `periodStart`; zero without one) and the lines dated from
 * `periodStart` to `cutOff`, in date order then ledger order. Entries after the cut-off do not
 * exist for the letter. Entries in another currency than the customer's fail with
 * `letters.mixed-currency`, since amounts in two currencies are never added.
 */
export function statementFromLedger(
  entries: readonly LedgerEntry[],
  currency: CurrencyCode,
  cutOff: IsoDay,
  lang: Lang,
  periodStart?: IsoDay,
): Outcome<StatementFigures> {
  const foreign = entries.find((e) => e.currency !== currency);
  if (foreign) {
    return failure('letters.mixed-currency', { entry: foreign.id, currency: foreign.currency });
  }

  const known = entries.filter((e) => compareIsoDay(e.date, cutOff) <= 0);
  const before = (e: LedgerEntry): boolean =>
    periodStart !== undefined && compareIsoDay(e.date, periodStart) < 0;

  const openingBalance = sumFen(known.filter(before).map(balanceEffect));
  const lines = known
    .filter((e) => !before(e))
    .map((entry, order) => ({ entry, order }))
    .sort((a, b) => compareIsoDay(a.entry.date, b.entry.date) || a.order - b.order)
    .map(({ entry }) => statementLine(entry, lang));

  return success({ openingBalance, lines });
}

function statementLine(entry: LedgerEntry, lang: Lang): StatementLine {
  const effect = balanceEffect(entry);
  const description = entry.memo
    ? `${KIND_WORDS[entry.kind][lang]} ${entry.memo}`
    : KIND_WORDS[entry.kind][lang];
  return {
    date: entry.date,
    description,
    ...(entry.documentNumber ? { documentNumber: entry.documentNumber } : {}),
    debit: effect > 0 ? effect : ZERO_FEN,
    credit: effect < 0 ? negateFen(effect) : ZERO_FEN,
  };
}
