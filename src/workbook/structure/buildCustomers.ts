/**
 * Builds the customer files: one customer per customer key (names differing only by spaces,
 * full/half width or case), plus the merges the cashier confirmed, plus the ids: a 客户编号 is the
 * customer's identity, so two names written with the same id are one customer (the names become
 * variants) and the report lists the pair for the cashier to check. Other near-matches become
 * proposals. The canonical name is the spelling written most often (ties: the first seen); ids
 * come from a 客户编号 column, otherwise C0001, C0002 ... in order of first appearance (customer
 * lists first, then ledger sheets, each top to bottom).
 */
import { customerKey, proposeMerges } from '../../domain/customerName';
import type { MergeProposal } from '../../domain/customerName';
import type { Customer } from '../../domain/ledger';
import type { CurrencyCode } from '../../domain/money';
import type { Problem } from '../../domain/problem';
import type { CustomerDetails } from './readCustomerList';
import type { ConfirmedMerge } from './structureTypes';

interface Group {
  readonly key: string;
  readonly spellings: Map<string, number>;
  code?: string;
  details: { -readonly [K in keyof CustomerDetails]?: CustomerDetails[K] };
  entryCurrency?: CurrencyCode;
}

/** Where a name or an id was first written. */
export interface Sighting {
  readonly sheet: string;
  readonly row: number;
}

/** One spelling of a customer name as the ledgers wrote it, counted once per imported row. */
export interface LedgerSpelling extends Sighting {
  count: number;
  /** Currency of its first entry. */
  readonly currency: CurrencyCode;
  /** The 客户编号 of the last row, so a repeated id costs one comparison. */
  lastCode: string | undefined;
  /** Every id written beside this spelling, in order, with the row it first appeared on. */
  codes: { readonly code: string; readonly sheet: string; readonly row: number }[] | undefined;
}

/** Distinct ledger spellings in order of first appearance (a Map keeps insertion order). */
export type LedgerSpellings = Map<string, LedgerSpelling>;

/** Counts one imported row's name and id; the readers call it per row, so it stays small. */
export function countSpelling(
  spellings: LedgerSpellings,
  name: string,
  code: string | undefined,
  currency: CurrencyCode,
  sheet: string,
  row: number,
): void {
  let seen = spellings.get(name);
  if (seen === undefined) {
    seen = { sheet, row, count: 0, currency, lastCode: undefined, codes: undefined };
    spellings.set(name, seen);
  }
  seen.count++;
  if (code === undefined || code === seen.lastCode) return;

  seen.lastCode = code;
  if (seen.codes === undefined) seen.codes = [{ code, sheet, row }];
  else if (!seen.codes.some((c) => c.code === code)) seen.codes.push({ code, sheet, row });
}

export interface BuiltCustomers {
  /** In id order of first appearance. */
  readonly customers: Customer[];
  readonly proposals: MergeProposal[];
  /** Names written with one id, ids written with one name: reported, never silently re-numbered. */
  readonly idProblems: Problem[];
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
  readonly ledger: LedgerSpellings;
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

  const ids = new IdLinks(groups);
  for (const listed of input.listed) {
    const group = groupOf(listed.name, 1);
    // A customer listed twice keeps the first value of each detail.
    for (const [field, value] of Object.entries(listed)) {
      const details = group.details as Record<string, unknown>;
      if (field !== 'name' && field !== 'source' && details[field] === undefined) {
        details[field] = value;
      }
    }
    if (listed.code !== undefined) {
      ids.link(listed.name, listed.code, listed.source ?? { sheet: '', row: 0 });
    }
  }
  for (const [name, seen] of input.ledger) {
    const group = groupOf(name, seen.count);
    group.entryCurrency ??= seen.currency;
    for (const code of seen.codes ?? []) ids.link(name, code.code, code);
  }

  // Groups joined by a shared id are one customer: the first group (in order of appearance)
  // absorbs the others' spellings and details.
  const customersByRoot = new Map<string, Group>();
  for (const group of byKey.values()) {
    const root = ids.rootOf(group.key);
    const into = customersByRoot.get(root);
    if (into === undefined) {
      customersByRoot.set(root, group);
      group.code = ids.codeOf(root);
      continue;
    }
    for (const [spelling, count] of group.spellings) {
      into.spellings.set(spelling, (into.spellings.get(spelling) ?? 0) + count);
    }
    const details = into.details as Record<string, unknown>;
    for (const [field, value] of Object.entries(group.details)) details[field] ??= value;
    into.entryCurrency ??= group.entryCurrency;
  }

  const ordered = [...customersByRoot.values()];
  const assigned = assignIds(ordered);
  const customers = ordered.map((group, index) =>
    toCustomer(group, assigned[index]!, input.defaultCurrency),
  );
  const idByRoot = new Map(
    ordered.map((group, index) => [ids.rootOf(group.key), assigned[index]!]),
  );
  const idOfKey = (key: string) => idByRoot.get(ids.rootOf(key)) ?? '';
  const idByName = new Map<string, string>();
  for (const name of [...input.listed.map((c) => c.name), ...input.ledger.keys()]) {
    idByName.set(name, idOfKey(groups.groupOfName(name)));
  }

  const proposals = proposeMerges(customers.map((customer) => customer.name)).filter(
    (proposal) => new Set(proposal.keys.map((key) => idOfKey(groups.groupOfName(key)))).size > 1,
  );

  return {
    customers,
    proposals,
    idProblems: ids.problems,
    idOf: (name) => idByName.get(name) ?? idOfKey(groups.groupOfName(name)),
  };
}

/**
 * Joins customer groups through the ids written beside their names. An id is one customer: a
 * second name with the same id joins the first (reported as structure.id-names-differ). A name is
 * one customer too (its key): a second id beside the same name is reported
 * (structure.name-ids-differ) and the customer keeps the first id.
 */
class IdLinks {
  readonly problems: Problem[] = [];
  private readonly parent = new Map<string, string>();
  private readonly firstCode = new Map<string, string>();
  private readonly owner = new Map<string, { readonly key: string; readonly name: string }>();
  private readonly codeByKey = new Map<string, string>();

  constructor(private readonly groups: CustomerGroups) {}

  link(name: string, code: string, where: Sighting): void {
    const key = this.groups.groupOfName(name);
    const known = this.codeByKey.get(key);
    if (known === undefined) this.codeByKey.set(key, code);
    else if (known !== code) {
      this.problems.push({
        code: 'structure.name-ids-differ',
        detail: { name, ids: `${known} / ${code}`, sheet: where.sheet, row: where.row },
      });
    }

    const owner = this.owner.get(code);
    if (owner === undefined) {
      this.owner.set(code, { key, name });
    } else if (this.rootOf(owner.key) !== this.rootOf(key)) {
      this.problems.push({
        code: 'structure.id-names-differ',
        detail: { id: code, names: `${owner.name} / ${name}`, sheet: where.sheet, row: where.row },
      });
    }

    const root = this.rootOf(key);
    if (!this.firstCode.has(root)) this.firstCode.set(root, code);
    if (owner !== undefined) this.union(owner.key, key);
  }

  rootOf(key: string): string {
    let root = key;
    for (
      let up = this.parent.get(root);
      up !== undefined && up !== root;
      up = this.parent.get(root)
    ) {
      root = up;
    }
    return root;
  }

  /** The first id written for the customer the root stands for. */
  codeOf(root: string): string | undefined {
    return this.firstCode.get(root);
  }

  // The earlier root stays the root, so the customer keeps the id it was first written with.
  private union(first: string, second: string): void {
    const a = this.rootOf(first);
    const b = this.rootOf(second);
    if (a === b) return;
    this.parent.set(b, a);
    const code = this.firstCode.get(b);
    if (!this.firstCode.has(a) && code !== undefined) this.firstCode.set(a, code);
  }
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
  if (details.terms !== undefined) {
    customer.termsDays = details.terms.days;
    if (details.terms.basis === 'month-end') customer.termsBasis = 'month-end';
  }
  if (details.creditGrade !== undefined) customer.creditGrade = details.creditGrade;
  if (details.notes !== undefined) customer.notes = details.notes;
  return customer;
}
