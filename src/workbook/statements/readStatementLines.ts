/**
 * Reads the rows of a statement (from CSV text or a sheet) into lines: the receipts, and every
 * other line skipped or rejected with its reason. Only money coming in from someone else becomes
 * a receipt: money out, fees, refunds, interest and transfers between own accounts are skipped.
 */
import { customerKey } from '../../domain/customerName';
import type { IsoDay } from '../../domain/isoDay';
import type { PaymentMethod } from '../../domain/ledger';
import type { StatementReceipt } from '../../domain/matching';
import { DEFAULT_CURRENCY, type CurrencyCode, type Fen } from '../../domain/money';
import { parseAmount } from '../../domain/parseAmount';
import {
  inferSlashOrder,
  parseDateSerial,
  parseDateText,
  type SlashOrder,
} from '../../domain/parseDate';
import { InvariantBrokenError, type Problem } from '../../domain/problem';
import { isDateFormat } from '../structure/cellText';
import { statementText } from './statementCells';
import {
  isStatementHeader,
  mapStatementColumns,
  type StatementColumns,
  type StatementRole,
} from './statementColumns';
import type {
  GridRow,
  StatementGrid,
  StatementKind,
  StatementLine,
  StatementRead,
  StatementReadOptions,
  StatementTotals,
} from './statementTypes';

/** Rows searched for the header: WeChat's header block is about 16 lines, banks' a few. */
const HEADER_SEARCH_ROWS = 60;

const METHOD: Readonly<Record<StatementKind, PaymentMethod>> = {
  alipay: 'alipay',
  'wechat-pay': 'wechat-pay',
  bank: 'bank-transfer',
};

const SUMMARY =
  /^(合计|总计|小计|本页合计|本页小计|本期合计|累计|承前页|过次页|期初余额|期末余额|上日余额|本日余额|借方笔数|贷方笔数|total|totals|subtotal|opening balance|closing balance|balance brought forward|balance carried forward)/i;
const FEE = /手续费|服务费|年费|管理费|工本费|\bfees?\b|\bcharges?\b|commission/i;
const REFUND = /退款|退货|退回|refund/i;
const INTEREST = /利息|结息|\binterest\b/i;
const INTERNAL =
  /提现|转账到银行卡|转入银行卡|理财|余额宝|零钱通|零钱提现|零钱充值|充值|资金归集|内部转账|调拨|own account|internal transfer|sweep/i;
const NOT_COMPLETED =
  /关闭|失败|已全额退款|已退款|对方已退还|已退还|撤销|冲正|failed|closed|reversed|refunded|cancel/i;
const DIRECTION_IN = /^(收入|收|入|贷|贷方|c|cr|credit|in)$/i;
const DIRECTION_OUT = /^(支出|支|出|借|借方|d|dr|debit|out)$/i;
const DIRECTION_NEUTRAL = /^(|\/|其他|中性|不计收支)$/;

/** Reads a grid (CSV rows or a sheet) into statement lines. */
export function readStatementLines(
  grid: StatementGrid,
  options: StatementReadOptions = {},
): StatementRead {
  const headerIndex = grid.rows
    .slice(0, HEADER_SEARCH_ROWS)
    .findIndex((row) => isStatementHeader(mapStatementColumns(row.cells.map(statementText))));
  const encoding = grid.encoding === undefined ? {} : { encoding: grid.encoding };
  if (headerIndex < 0) {
    return {
      file: grid.file,
      ...encoding,
      lines: [],
      receipts: [],
      totals: [],
      problem: { code: 'statement.no-header', detail: { file: grid.file } },
    };
  }

  const headerRow = grid.rows[headerIndex] as GridRow;
  const columns = mapStatementColumns(headerRow.cells.map(statementText));
  const kind = statementKind(grid.rows.slice(0, headerIndex + 1));
  const reader = new LineReader(grid, columns, kind, options);

  const lines: StatementLine[] = [];
  grid.rows.forEach((row, index) => {
    if (index < headerIndex) lines.push(aboveHeader(row));
    else if (index === headerIndex) lines.push(skip(row.line, 'statement.skip.header'));
    else lines.push(reader.read(row));
  });

  const receipts = lines.flatMap((line) => (line.outcome === 'receipt' ? [line.receipt] : []));
  return { file: grid.file, kind, ...encoding, lines, receipts, totals: totalsOf(lines) };
}

function statementKind(top: readonly GridRow[]): StatementKind {
  const text = top.map((row) => row.cells.map(statementText).join(' ')).join('\n');
  if (/微信支付|微信昵称|wechat/i.test(text)) return 'wechat-pay';
  if (/支付宝|alipay|账务流水号/i.test(text)) return 'alipay';
  return 'bank';
}

function aboveHeader(row: GridRow): StatementLine {
  const texts = row.cells.map(statementText).filter((text) => text !== '');
  if (texts.length === 0) return skip(row.line, 'statement.skip.blank');
  const text = texts.join(' ').slice(0, 60);
  return skip(row.line, text.startsWith('#') ? 'statement.skip.comment' : 'statement.skip.title', {
    text,
  });
}

function skip(line: number, code: string, detail?: Problem['detail']): StatementLine {
  return { line, outcome: 'skipped', problem: detail ? { code, detail } : { code } };
}

interface Money {
  readonly amount: Fen;
  readonly currency?: CurrencyCode;
}

type Direction = 'in' | 'out' | 'neutral';

class LineReader {
  private readonly slashOrder: SlashOrder | undefined;
  private readonly ownKeys: ReadonlySet<string>;
  private readonly method: PaymentMethod;

  constructor(
    private readonly grid: StatementGrid,
    private readonly columns: StatementColumns,
    kind: StatementKind,
    private readonly options: StatementReadOptions,
  ) {
    this.method = METHOD[kind];
    this.ownKeys = new Set((options.ownNames ?? []).map(customerKey));
    const dateColumn = columns.single.date ?? columns.single.datetime;
    const decision = inferSlashOrder(
      grid.rows.map((row) => statementText(row.cells[dateColumn ?? -1])),
      options.locale,
    );
    this.slashOrder = 'order' in decision ? decision.order : undefined;
  }

  read(row: GridRow): StatementLine {
    const texts = row.cells.map(statementText);
    const filled = texts.filter((text) => text !== '');
    if (filled.length === 0) return skip(row.line, 'statement.skip.blank');
    if ((filled[0] ?? '').startsWith('#')) {
      return skip(row.line, 'statement.skip.comment', { text: filled.join(' ').slice(0, 60) });
    }
    const summary = filled.find((text) => SUMMARY.test(text));
    if (summary !== undefined && !this.hasDay(row)) {
      return skip(row.line, 'statement.skip.summary', { text: summary.slice(0, 60) });
    }

    const money = this.money(row, texts);
    if ('problem' in money) {
      if (
        !this.hasDay(row) &&
        filled.length <= 2 &&
        money.problem.code !== 'statement.reject.both-directions'
      ) {
        return skip(row.line, 'statement.skip.title', { text: filled.join(' ').slice(0, 60) });
      }
      return { line: row.line, outcome: 'rejected', problem: money.problem };
    }
    const currency = money.currency ?? this.currencyOf(texts);
    const facts = { amount: money.amount, currency };

    const day = this.day(row);
    if ('problem' in day) {
      if (filled.length <= 2) {
        return skip(row.line, 'statement.skip.title', { text: filled.join(' ').slice(0, 60) });
      }
      return { line: row.line, outcome: 'rejected', problem: day.problem, ...facts };
    }

    const type = this.text(texts, 'type');
    const memo = this.columns.memo
      .map((index) => texts[index] ?? '')
      .filter((t) => t !== '')
      .join(' ');
    const payerCell = this.text(texts, 'payer');
    const accountCell = this.text(texts, 'account');
    const { payer, account } = payerAndAccount(payerCell, accountCell);
    const words = `${type} ${memo}`;

    if (money.direction === 'neutral')
      return { ...skip(row.line, 'statement.skip.neutral'), ...facts };
    if (money.amount === 0) return { ...skip(row.line, 'statement.skip.zero'), ...facts };
    if (money.direction === 'out') {
      if (FEE.test(words)) return { ...skip(row.line, 'statement.skip.fee'), ...facts };
      if (REFUND.test(words)) {
        return { ...skip(row.line, 'statement.skip.refund', { text: clip(words) }), ...facts };
      }
      const internal = INTERNAL.exec(words);
      if (internal) {
        const text = clip(internal[0]);
        return { ...skip(row.line, 'statement.skip.internal-transfer', { text }), ...facts };
      }
      return { ...skip(row.line, 'statement.skip.outgoing'), ...facts };
    }

    const status = this.text(texts, 'status');
    if (NOT_COMPLETED.test(status)) {
      return { ...skip(row.line, 'statement.skip.not-completed', { text: status }), ...facts };
    }
    if (INTEREST.test(words)) return { ...skip(row.line, 'statement.skip.interest'), ...facts };
    if (REFUND.test(type)) {
      return { ...skip(row.line, 'statement.skip.refund', { text: clip(type) }), ...facts };
    }
    if (INTERNAL.test(words) || (payer !== '' && this.ownKeys.has(customerKey(payer)))) {
      const text = clip(INTERNAL.exec(words)?.[0] ?? payer);
      return { ...skip(row.line, 'statement.skip.internal-transfer', { text }), ...facts };
    }

    const transactionId = this.text(texts, 'transactionId');
    const receipt: StatementReceipt = {
      source: {
        file: this.grid.file,
        line: row.line,
        ...(transactionId === '' ? {} : { transactionId }),
      },
      date: day.day,
      payer,
      ...(account === '' ? {} : { payerAccount: account }),
      amount: money.amount,
      currency,
      ...(memo === '' ? {} : { memo }),
      method: this.method,
    };
    return { line: row.line, outcome: 'receipt', receipt };
  }

  private text(texts: readonly string[], role: StatementRole): string {
    const index = this.columns.single[role];
    return index === undefined ? '' : (texts[index] ?? '');
  }

  private currencyOf(texts: readonly string[]): CurrencyCode {
    const text = this.text(texts, 'currency').toUpperCase();
    if (/^(人民币|RMB|CNY|本币|¥)$/.test(text)) return 'CNY';
    if (/^[A-Z]{3}$/.test(text)) return text;
    if (/美元/.test(text)) return 'USD';
    return this.options.defaultCurrency ?? DEFAULT_CURRENCY;
  }

  private hasDay(row: GridRow): boolean {
    return !('problem' in this.day(row));
  }

  private day(row: GridRow): { day: IsoDay } | { problem: Problem } {
    const index = this.columns.single.date ?? this.columns.single.datetime;
    const value = row.cells[index ?? -1];
    if (typeof value === 'number') {
      if (Number.isInteger(value) && value >= 19000101 && value <= 99991231) {
        const parsed = parseDateText(String(value));
        if (parsed.ok) return { day: parsed.value };
      }
      const format = row.formats?.[index ?? -1];
      if (format === undefined || isDateFormat(format) || value > 20000) {
        const parsed = parseDateSerial(value, this.grid.dateSystem);
        if (parsed.ok) return { day: parsed.value };
      }
      return {
        problem: { code: 'statement.reject.date-unreadable', detail: { text: String(value) } },
      };
    }

    const text = statementText(value);
    if (text === '') return { problem: { code: 'statement.reject.no-date' } };
    const parsed = parseDateText(text, this.slashOrder);
    if (parsed.ok) return { day: parsed.value };
    return { problem: { code: 'statement.reject.date-unreadable', detail: { text } } };
  }

  /** The line's amount as a magnitude and its direction; credit/debit columns, else amount. */
  private money(
    row: GridRow,
    texts: readonly string[],
  ): (Money & { direction: Direction }) | { problem: Problem } {
    const { credit, debit, amount, direction } = this.columns.single;
    if (credit !== undefined || debit !== undefined) {
      const inMoney = readMoney(row.cells[credit ?? -1]);
      const outMoney = readMoney(row.cells[debit ?? -1]);
      if (inMoney !== undefined && 'problem' in inMoney) return inMoney;
      if (outMoney !== undefined && 'problem' in outMoney) return outMoney;
      const hasIn = inMoney !== undefined && inMoney.amount !== 0;
      const hasOut = outMoney !== undefined && outMoney.amount !== 0;
      if (hasIn && hasOut) {
        return {
          problem: {
            code: 'statement.reject.both-directions',
            detail: { credit: texts[credit ?? -1] ?? '', debit: texts[debit ?? -1] ?? '' },
          },
        };
      }
      if (hasIn) return signed(inMoney, 'in');
      // Alipay writes money out as "-8.80" in its 支出（-元） column: the sign there is notation.
      if (hasOut) return { ...signed(outMoney, 'out'), direction: 'out' };
      // Both blank: a signed amount column may still carry the line; both zero: nothing moved.
      const zero = inMoney ?? outMoney;
      if (zero !== undefined) return { amount: 0 as Fen, direction: 'in', ...currencyPart(zero) };
      if (amount === undefined) return { problem: { code: 'statement.reject.no-amount' } };
    }

    const read = readMoney(row.cells[amount ?? -1]);
    if (read === undefined) return { problem: { code: 'statement.reject.no-amount' } };
    if ('problem' in read) return read;
    if (direction === undefined) return signed(read, read.amount < 0 ? 'out' : 'in');

    const flag = statementText(row.cells[direction]);
    const magnitude = { amount: Math.abs(read.amount) as Fen, ...currencyPart(read) };
    if (DIRECTION_IN.test(flag)) return { ...magnitude, direction: read.amount < 0 ? 'out' : 'in' };
    if (DIRECTION_OUT.test(flag)) return { ...magnitude, direction: 'out' };
    if (DIRECTION_NEUTRAL.test(flag)) return { ...magnitude, direction: 'neutral' };
    return { problem: { code: 'statement.reject.direction-unknown', detail: { text: flag } } };
  }
}

/** A money cell: undefined when blank (or a dash), else its amount or the reason it is none. */
function readMoney(
  value: GridRow['cells'][number] | undefined,
): Money | { problem: Problem } | undefined {
  const text = statementText(value);
  if (text === '' || /^[-—–]+$/.test(text)) return undefined;
  const parsed = parseAmount(typeof value === 'number' ? value : text);
  if (!parsed.ok)
    return { problem: { code: 'statement.reject.amount-unreadable', detail: { text } } };
  return { amount: parsed.value.fen, ...currencyPart(parsed.value) };
}

function signed(money: Money, direction: 'in' | 'out'): Money & { direction: Direction } {
  // A negative amount in the money-in column is a reversal (冲正): money going back out.
  const flipped = money.amount < 0 ? (direction === 'in' ? 'out' : 'in') : direction;
  return { amount: Math.abs(money.amount) as Fen, direction: flipped, ...currencyPart(money) };
}

function currencyPart(money: { currency?: CurrencyCode } | undefined): { currency?: CurrencyCode } {
  return money?.currency === undefined ? {} : { currency: money.currency };
}

/**
 * Alipay writes the counterparty as "name(account)" or "name account" in one cell; when there is no
 * name column the name is taken from there, and an account alone stays an account.
 */
function payerAndAccount(
  payerCell: string,
  accountCell: string,
): { payer: string; account: string } {
  if (payerCell !== '') return { payer: payerCell, account: accountCell };
  const inBrackets = /^(.+?)\s*[(（]([^()（）]+)[)）]$/.exec(accountCell);
  if (inBrackets)
    return { payer: (inBrackets[1] ?? '').trim(), account: (inBrackets[2] ?? '').trim() };
  return { payer: '', account: accountCell };
}

function clip(text: string): string {
  return text.trim().slice(0, 40);
}

function totalsOf(lines: readonly StatementLine[]): StatementTotals[] {
  const byCurrency = new Map<
    CurrencyCode,
    { receipts: number; skipped: number; rejected: number }
  >();
  const add = (
    currency: CurrencyCode,
    field: 'receipts' | 'skipped' | 'rejected',
    amount: number,
  ) => {
    const totals = byCurrency.get(currency) ?? { receipts: 0, skipped: 0, rejected: 0 };
    totals[field] += amount;
    byCurrency.set(currency, totals);
  };
  for (const line of lines) {
    if (line.outcome === 'receipt') add(line.receipt.currency, 'receipts', line.receipt.amount);
    else if (line.amount !== undefined) {
      add(line.currency ?? DEFAULT_CURRENCY, line.outcome, line.amount);
    }
  }

  const totals = [...byCurrency.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([currency, t]) => ({
      currency,
      source: (t.receipts + t.skipped + t.rejected) as Fen,
      receipts: t.receipts as Fen,
      skipped: t.skipped as Fen,
      rejected: t.rejected as Fen,
    }));
  for (const total of totals) {
    if (total.receipts < 0 || total.skipped < 0 || total.rejected < 0) {
      throw new InvariantBrokenError(`Statement totals of ${total.currency} went negative.`);
    }
  }
  return totals;
}
