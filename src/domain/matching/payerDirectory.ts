/**
 * Who paid: a statement's payer name and account against the customer files. Certain answers come
 * from the customer's name and its variants (same customerKey), from aliases the cashier confirmed
 * earlier, and from an account number seen paying for that customer before. Near names (a company
 * form left out, a one-character typo, a short name inside the full one) are only proposed.
 */
import { companyStem, customerKey, editDistance } from '../customerName';
import type { Customer } from '../ledger';

/** How a payer was recognised, strongest first. */
export type PayerRule = 'name' | 'alias' | 'account';

export type PayerIdentity =
  | {
      readonly found: true;
      readonly customerId: string;
      readonly rule: PayerRule;
      /** True when the account also points at this customer. */
      readonly accountAgrees: boolean;
      readonly confidence: number;
    }
  | {
      readonly found: false;
      /** 'conflict': name and account point at different customers; 'shared-name': two
       * customers bear the name; 'near': only near names; 'unknown': nothing at all. */
      readonly why: 'conflict' | 'shared-name' | 'near' | 'unknown';
      readonly proposals: readonly PayerProposal[];
    };

export interface PayerProposal {
  readonly customerId: string;
  readonly reason:
    'company-form' | 'near-spelling' | 'short-name' | 'shared-name' | 'account' | 'invoice-in-memo';
  readonly similarity: number;
}

/** Payer keys (customerKey) and accounts the cashier confirmed, each naming a customer id. */
export interface PayerMemory {
  readonly aliases: ReadonlyMap<string, string>;
  readonly accounts: ReadonlyMap<string, string>;
}

/** Names of at least this many characters may be proposed by containment ("华强电子" in "深圳市华强电子有限公司"). */
const MIN_SHORT_NAME_LENGTH = 4;

export class PayerDirectory {
  private readonly byKey = new Map<string, Set<string>>();
  private readonly byStem = new Map<string, Set<string>>();
  private readonly keys: { readonly key: string; readonly customerId: string }[] = [];

  constructor(
    customers: readonly Customer[],
    private readonly memory: PayerMemory,
  ) {
    for (const customer of customers) {
      for (const name of [customer.name, ...customer.nameVariants]) {
        const key = customerKey(name);
        if (key === '') continue;
        addTo(this.byKey, key, customer.id);
        addTo(this.byStem, companyStem(key) ?? key, customer.id);
        this.keys.push({ key, customerId: customer.id });
      }
    }
  }

  /**
   * Identifies the payer. Order: the name (or a confirmed alias) first; an account seen before
   * confirms it, or identifies an unnamed payer, but an account that points elsewhere than the
   * name stops the match (the cashier decides). Never guesses between two customers.
   */
  identify(payer: string, account: string | undefined): PayerIdentity {
    const key = customerKey(payer);
    const byAccount = account === undefined ? undefined : this.memory.accounts.get(account.trim());
    const named = key === '' ? [] : [...(this.byKey.get(key) ?? [])];
    const alias = key === '' ? undefined : this.memory.aliases.get(key);

    if (named.length > 1) {
      if (byAccount !== undefined && named.includes(byAccount)) {
        return {
          found: true,
          customerId: byAccount,
          rule: 'account',
          accountAgrees: true,
          confidence: 0.95,
        };
      }
      return {
        found: false,
        why: 'shared-name',
        proposals: named.sort().map((customerId) => ({
          customerId,
          reason: 'shared-name',
          similarity: 1,
        })),
      };
    }

    const byName = named[0];
    const nameRule: PayerRule | undefined =
      byName !== undefined ? 'name' : alias !== undefined ? 'alias' : undefined;
    const nameCustomer = byName ?? alias;
    if (nameCustomer !== undefined && nameRule !== undefined) {
      if (byAccount !== undefined && byAccount !== nameCustomer) {
        return {
          found: false,
          why: 'conflict',
          proposals: [
            { customerId: nameCustomer, reason: 'shared-name', similarity: 1 },
            { customerId: byAccount, reason: 'account', similarity: 1 },
          ],
        };
      }
      const accountAgrees = byAccount === nameCustomer;
      const base = nameRule === 'name' ? 0.98 : 0.95;
      return {
        found: true,
        customerId: nameCustomer,
        rule: nameRule,
        accountAgrees,
        confidence: accountAgrees ? 1 : base,
      };
    }

    if (byAccount !== undefined) {
      return {
        found: true,
        customerId: byAccount,
        rule: 'account',
        accountAgrees: true,
        confidence: 0.9,
      };
    }

    const proposals = key === '' ? [] : this.nearNames(key);
    return { found: false, why: proposals.length > 0 ? 'near' : 'unknown', proposals };
  }

  /** Near names, best first. Linear in the number of name keys: run only for unknown payers. */
  private nearNames(key: string): PayerProposal[] {
    const found = new Map<string, PayerProposal>();
    const propose = (proposal: PayerProposal): void => {
      const before = found.get(proposal.customerId);
      if (before === undefined || before.similarity < proposal.similarity) {
        found.set(proposal.customerId, proposal);
      }
    };

    for (const customerId of this.byStem.get(companyStem(key) ?? key) ?? []) {
      propose({ customerId, reason: 'company-form', similarity: 0.95 });
    }

    const chars = [...key];
    for (const entry of this.keys) {
      const other = [...entry.key];
      const longest = Math.max(chars.length, other.length);
      if (Math.abs(chars.length - other.length) <= 1 && longest >= MIN_SHORT_NAME_LENGTH) {
        if (editDistance(chars, other) <= 1) {
          propose({
            customerId: entry.customerId,
            reason: 'near-spelling',
            similarity: round3(1 - 1 / longest),
          });
          continue;
        }
      }
      const shorter = chars.length < other.length ? key : entry.key;
      const longer = chars.length < other.length ? entry.key : key;
      if ([...shorter].length >= MIN_SHORT_NAME_LENGTH && longer.includes(shorter)) {
        propose({
          customerId: entry.customerId,
          reason: 'short-name',
          similarity: round3([...shorter].length / [...longer].length),
        });
      }
    }

    return [...found.values()].sort(
      (a, b) =>
        b.similarity - a.similarity ||
        (a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0),
    );
  }
}

function addTo(index: Map<string, Set<string>>, key: string, id: string): void {
  const set = index.get(key);
  if (set) set.add(id);
  else index.set(key, new Set([id]));
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}
