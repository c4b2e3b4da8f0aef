/**
 * Builds the customer files: one customer per customer key (names differing only by spaces,
 * full/half width or case), plus the merges the cashier confirmed. Other near-matches become
 * proposals. The canonical name is the spelling written most often (ties: the first seen); ids
 * come from a 客户编号 column, otherwise C0001, C0002 ... in order of first appearance (customer
 * lists first, then ledger sheets, each top to bottom).
 */
import { customerKey, proposeMerges } from '../../domain/customerName';
import type { MergeProposal } from '../../domain/customerName';
import type { Customer } from '../../domain/ledger';
import type { CurrencyCode } from '../../domain/money';
import type { CustomerDetails } from './readCustomerList';
import type { ConfirmedMerge } from './structureTypes';

interface Group {
  readonly key: string;
  readonly spellings: Map<string, number>;
  code?: string;
  details: { -readonly [K in keyof CustomerDetails]?: CustomerDetails[K] };
  entryCurrency?: CurrencyCode;
}

/** An entry as read, its customerId still the raw name (entries are passed as they are). */
export interface LedgerName {
  readonly customerId: string;
  readonly currency: CurrencyCode;
}

export interface BuiltCustomers {
  /** In id order of first appearance. */
  readonly customers: Customer[];
  readonly proposals: MergeProposal[];
  /** The customer id a raw name (as read from a row) belongs to. */
  idOf(name: string): string;
}

/** Groups customer keys the cashier confirmed as one customer. */
export class CustomerGroups {
  private readonly parent = new Map<string, string>();
  private readonly keyCache = new Map<string, string>();

  constructor(merges: readonly ConfirmedMerge[]) {
    for (const merge of merges) {
      const [first, ...rest] = merge.keys;
      if (first === undefined) continue;
      for (const key of rest) this.union(first, key);
    }
  }

  /** The group a raw name belongs to: its customer key, or the key it was merged into. */
  groupOfName(name: string): string {
    let key = this.keyCache.get(name);
    if (key === undefined) {
      key = this.find(customerKey(name));
      this.keyCache.set(name, key);
    }
    return key;
  }

  private find(key: string): string {
    let root = key;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    return root;
  }

  private union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

export function buildCustomers(input: {
  readonly listed: readonly CustomerDetails[];
  readonly ledger: readonly LedgerName[];
  /** 客户编号 read beside each ledger entry's name, same order as ledger. */
  readonly ledgerCodes: readonly (string | undefined)[];
  readonly groups: CustomerGroups;
  readonly defaultCurrency: CurrencyCode;
}): BuiltCustomers {
  const { groups } = input;
  const byKey = new Map<string, Group>();
  const groupOf = (name: string, count: number): Group => {
    const key = groups.groupOfName(name);
    let group = byKey.get(key);
    if (!group) {
      group = { key, spellings: new Map(), details: {} };
      byKey.set(key, group);
    }
    group.spellings.set(name, (group.spellings.get(name) ?? 0) + count);
    return group;
  };

  for (const listed of input.listed) {
    const group = groupOf(listed.name, 1);
    // A customer listed twice keeps the first value of each detail.
    for (const [field, value] of Object.entries(listed)) {
      const details = group.details as Record<string, unknown>;
      if (field !== 'name' && details[field] === undefined) details[field] = value;
    }
    group.code ??= listed.code;
  }

  // Ledgers repeat a few hundred names a million times: count each spelling once per row here,
  // then group the distinct spellings (a Map keeps first-appearance order).
  const spellings = new Map<string, { count: number; code?: string; currency: CurrencyCode }>();
  for (let i = 0; i < input.ledger.length; i++) {
    const occurrence = input.ledger[i]!;
    const seen = spellings.get(occurrence.customerId);
    if (seen) {
      seen.count++;
      seen.code ??= input.ledgerCodes[i];
    } else {
      spellings.set(occurrence.customerId, {
        count: 1,
        code: input.ledgerCodes[i],
        currency: occurrence.currency,
      });
    }
  }
  for (const [name, seen] of spellings) {
    const group = groupOf(name, seen.count);
    group.code ??= seen.code;
    group.entryCurrency ??= seen.currency;
  }

  const ordered = [...byKey.values()];
  const ids = assignIds(ordered);
  const customers = ordered.map((group, index) =>
    toCustomer(group, ids[index]!, input.defaultCurrency),
  );
  const idByKey = new Map(ordered.map((group, index) => [group.key, ids[index]!]));
  const idByName = new Map<string, string>();
  for (const name of [...input.listed.map((c) => c.name), ...spellings.keys()]) {
    idByName.set(name, idByKey.get(groups.groupOfName(name)) ?? '');
  }

  const proposals = proposeMerges(customers.map((customer) => customer.name)).filter(
    (proposal) => new Set(proposal.keys.map((key) => groups.groupOfName(key))).size > 1,
  );

  return {
    customers,
    proposals,
    idOf: (name) => idByName.get(name) ?? idByKey.get(groups.groupOfName(name)) ?? '',
  };
}

function assignIds(groups: readonly Group[]): string[] {
  const taken = new Set<string>();
  const kept = groups.map((group) => {
    if (group.code === undefined || taken.has(group.code)) return undefined;
    taken.add(group.code);
    return group.code;
  });

  let next = 1;
  return kept.map((code) => {
    if (code !== undefined) return code;
    let id = assignedId(next++);
    while (taken.has(id)) id = assignedId(next++);
    taken.add(id);
    return id;
  });
}

function assignedId(n: number): string {
  return `C${String(n).padStart(4, '0')}`;
}

function toCustomer(group: Group, id: string, defaultCurrency: CurrencyCode): Customer {
  let name = '';
  let best = 0;
  for (const [spelling, count] of group.spellings) {
    if (count > best) {
      name = spelling;
      best = count;
    }
  }
  const { details } = group;
  const customer: { -readonly [K in keyof Customer]: Customer[K] } = {
    id,
    name,
    nameVariants: [...group.spellings.keys()],
    currency: details.currency ?? group.entryCurrency ?? defaultCurrency,
  };
  if (details.contact !== undefined) customer.contact = details.contact;
  if (details.phone !== undefined) customer.phone = details.phone;
  if (details.address !== undefined) customer.address = details.address;
  if (details.creditLimit !== undefined) customer.creditLimit = details.creditLimit;
  if (details.termsDays !== undefined) customer.termsDays = details.termsDays;
  if (details.creditGrade !== undefined) customer.creditGrade = details.creditGrade;
  if (details.notes !== undefined) customer.notes = details.notes;
  return customer;
}
