/**
 * The owned Follow-ups sheet (跟进记录): the cashier's own notes of each call, e-mail or visit
 * (date, customer, channel, what was said, promised date and amount, next action).
 *
 * Special rule: the add-in creates this sheet with its headers only, and afterwards only READS
 * it. It is never rewritten, not even to tidy it, because every row in it is the cashier's typing;
 * a re-run therefore keeps every row. A row that cannot be read is reported with its row number
 * and stops letter generation, since ignoring it might send a letter a promise should hold back.
 */
import type { FollowUpChannel, FollowUpEntry } from '../../domain/collections/collectionsInput';
import { customerKey } from '../../domain/customerName';
import type { DateSystem, IsoDay } from '../../domain/isoDay';
import type { Customer } from '../../domain/ledger';
import { parseAmount } from '../../domain/parseAmount';
import { parseDateSerial, parseDateText } from '../../domain/parseDate';
import type { Outcome } from '../../domain/problem';
import { cellText, optionalText } from '../structure/cellText';
import type { CellValue, OwnedTable, WorkbookFacts, WorkbookPort } from '../workbookPort';
import { issue, type CollectionsIssue } from './collectionsIssue';
import { ownedSheetPlace, readSheetCells } from './ownedSheetCells';

export const FOLLOW_UPS_SHEET = '跟进记录';

export const FOLLOW_UP_COLUMNS = [
  { header: '日期 Date', format: 'date', width: 12 },
  { header: '客户 Customer', format: 'text', width: 30 },
  { header: '渠道 Channel', format: 'text', width: 10 },
  { header: '沟通内容 What was said', format: 'text', width: 50 },
  { header: '承诺付款日 Promised date', format: 'date', width: 14 },
  { header: '承诺金额 Promised amount', format: 'money', width: 16 },
  { header: '下一步 Next action', format: 'text', width: 30 },
] as const;

/** The sheet as the add-in creates it: headers, no rows. */
export function followUpsTable(sheet: string): OwnedTable {
  return { sheet, tableName: 'CashierFollowUps', columns: FOLLOW_UP_COLUMNS, rows: [] };
}

// The words a cashier types for each channel, in either language.
const CHANNEL_WORDS: Readonly<Record<string, FollowUpChannel>> = {
  电话: 'phone',
  phone: 'phone',
  tel: 'phone',
  call: 'phone',
  邮件: 'email',
  电邮: 'email',
  email: 'email',
  'e-mail': 'email',
  拜访: 'visit',
  上门: 'visit',
  visit: 'visit',
  函件: 'letter',
  信函: 'letter',
  letter: 'letter',
  微信: 'wechat',
  wechat: 'wechat',
};

export interface FollowUpsRead {
  readonly sheet: string;
  readonly created: boolean;
  readonly followUps: readonly FollowUpEntry[];
  readonly problems: readonly CollectionsIssue[];
}

/**
 * Reads the Follow-ups sheet (creating it, headers only, when missing). Customers are named by id
 * or by name as the customer files know them (spacing, width and case do not matter).
 */
export async function readFollowUpsSheet(
  port: WorkbookPort,
  facts: WorkbookFacts,
  customers: readonly Customer[],
): Promise<FollowUpsRead> {
  const place = ownedSheetPlace(facts, FOLLOW_UPS_SHEET);
  if (!place.exists) {
    await port.writeOwnedTable(followUpsTable(place.sheet));
    return { sheet: place.sheet, created: true, followUps: [], problems: [] };
  }

  const findCustomer = customerFinder(customers);
  const { values } = await readSheetCells(port, place.sheet);
  const followUps: FollowUpEntry[] = [];
  const problems: CollectionsIssue[] = [];
  values.forEach((cells, index) => {
    const row = index + 1;
    if (row === 1 || cells.every((cell) => cellText(cell) === '')) return;
    const read = followUpOfRow(cells, facts.dateSystem, findCustomer);
    if (read.ok) followUps.push(read.value);
    else {
      const detail = { ...read.problem.detail, row };
      problems.push(issue({ code: read.problem.code, detail }, place.sheet, row));
    }
  });
  return { sheet: place.sheet, created: false, followUps, problems };
}

function followUpOfRow(
  cells: readonly CellValue[],
  dateSystem: DateSystem,
  findCustomer: (text: string) => Customer | undefined,
): Outcome<FollowUpEntry> {
  const date = dayOfCell(cells[0], dateSystem);
  if (!date.ok) return date;

  const customerText = cellText(cells[1]);
  const customer = findCustomer(customerText);
  if (!customer) return fail('collections.follow-up-customer-unknown', { text: customerText });

  const channelText = cellText(cells[2]);
  const channel = CHANNEL_WORDS[channelText.toLowerCase()];
  if (!channel) return fail('collections.follow-up-channel-unknown', { text: channelText });

  let promisedDate: IsoDay | undefined;
  if (cellText(cells[4]) !== '') {
    const promised = dayOfCell(cells[4], dateSystem);
    if (!promised.ok) return promised;
    promisedDate = promised.value;
  }

  let promisedAmount: FollowUpEntry['promisedAmount'];
  const amountCell = cells[5];
  if (cellText(amountCell) !== '') {
    const amount = parseAmount(
      typeof amountCell === 'number' || typeof amountCell === 'string' ? amountCell : '',
    );
    if (!amount.ok) return amount;
    promisedAmount = amount.value.fen;
  }
  if (promisedAmount !== undefined && promisedDate === undefined) {
    return fail('collections.follow-up-promise-undated', { amount: cellText(amountCell) });
  }

  const nextAction = optionalText(cells[6]);
  return {
    ok: true,
    value: {
      customerId: customer.id,
      date: date.value,
      channel,
      said: cellText(cells[3]),
      ...(promisedDate === undefined ? {} : { promisedDate }),
      ...(promisedAmount === undefined ? {} : { promisedAmount }),
      ...(nextAction === undefined ? {} : { nextAction }),
    },
  };
}

function dayOfCell(cell: CellValue | undefined, dateSystem: DateSystem): Outcome<IsoDay> {
  if (typeof cell === 'number') return parseDateSerial(cell, dateSystem);
  return parseDateText(cellText(cell));
}

function fail(code: string, detail: Record<string, string>): Outcome<never> {
  return { ok: false, problem: { code, detail } };
}

function customerFinder(customers: readonly Customer[]): (text: string) => Customer | undefined {
  const byId = new Map(customers.map((c) => [c.id, c]));
  const byKey = new Map<string, Customer>();
  for (const customer of customers) {
    for (const name of [customer.name, ...customer.nameVariants]) {
      if (!byKey.has(customerKey(name))) byKey.set(customerKey(name), customer);
    }
  }
  return (text) => (text === '' ? undefined : (byId.get(text) ?? byKey.get(customerKey(text))));
}
