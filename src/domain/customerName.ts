/**
 * When two customer names are the same customer. Names that differ only by spacing, full-width
 * versus half-width forms or letter case share one key and are the same customer; other near
 * matches (有限公司 vs 有限责任公司, a one-character typo) are only proposed, for the cashier to
 * confirm, and never merged here.
 */
import { foldInvisible, toHalfWidth } from './fullWidth';

/**
 * The name as a cashier would retype it: full-width ASCII and spaces made half-width (（） -> ()),
 * zero-width marks removed, every run of whitespace (NBSP included) made one space, ends trimmed.
 */
export function normalizeText(text: string): string {
  return toHalfWidth(foldInvisible(text)).replace(/\s+/g, ' ').trim();
}

/** The identity of a customer name: normalizeText, then lower case. Nothing more. */
export function customerKey(name: string): string {
  return normalizeText(name).toLowerCase();
}

export interface MergeProposal {
  /** The two customer keys, the smaller first. */
  readonly keys: readonly [string, string];
  /** The first name seen for each key, in the same order as keys. */
  readonly names: readonly [string, string];
  readonly reason: 'looks-alike' | 'company-suffix' | 'near-spelling';
  /** 1 - edit distance / longer key length, rounded to 3 decimals. */
  readonly similarity: number;
}

/** Names of at least this many characters are compared for one-character typos. */
export const MIN_TYPO_NAME_LENGTH = 4;

/** Longer "names" (a pasted note, an address) are not compared for typos: no name is this long. */
export const MAX_TYPO_NAME_LENGTH = 100;

// Chinese company forms need no separator; the English ones must follow a space, comma or point
// so "Mexico" does not lose its "co". 分公司 (a branch) is a different party and is never stripped.
const COMPANY_FORM = new RegExp(
  '(?:股份有限公司|有限责任公司|有限公司|公司' +
    String.raw`|[\s,.](?:co\.?\s*,?\s*ltd\.?|company\s+limited|limited|ltd\.?|inc\.?|incorporated|l\.?l\.?c\.?|corp\.?|corporation|co\.?|company|gmbh))` +
    '$',
);

/** Longest company form with its separators, in UTF-16 units. */
const COMPANY_FORM_TAIL = 24;

/** The name without its company form (有限公司, Co., Ltd., Inc ...), or undefined if it has none. */
export function companyStem(key: string): string | undefined {
  const trimmed = trimSeparators(key);
  if (trimmed.endsWith('分公司')) return undefined;

  // Only the tail can hold a company form; searching just the tail keeps this linear. The
  // character before the tail (a space at the very start) lets English forms demand a separator.
  const cut = Math.max(0, trimmed.length - COMPANY_FORM_TAIL);
  const window = `${cut === 0 ? ' ' : trimmed.charAt(cut - 1)}${trimmed.slice(cut)}`;
  const match = COMPANY_FORM.exec(window);
  if (!match) return undefined;

  const stem = trimSeparators(trimmed.slice(0, Math.max(0, cut - 1 + match.index)));
  return stem === '' ? undefined : stem;
}

function trimSeparators(text: string): string {
  let end = text.length;
  while (end > 0 && /[\s,.]/.test(text.charAt(end - 1))) end -= 1;
  return text.slice(0, end);
}

// Marks that change how text runs (left-to-right, right-to-left) but show nothing themselves.
const DIRECTION_MARKS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

// Cyrillic and Greek letters that print like Latin ones, in the lower case keys are in: a name
// typed with them (АСМЕ for ACME) reads the same on paper but is different text.
const LATIN_TWIN: Readonly<Record<string, string>> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  һ: 'h',
  ӏ: 'l',
  ԛ: 'q',
  ԝ: 'w',
  α: 'a',
  β: 'b',
  ε: 'e',
  ζ: 'z',
  η: 'h',
  ι: 'i',
  κ: 'k',
  μ: 'm',
  ν: 'n',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'y',
  χ: 'x',
};
const LATIN_TWIN_PATTERN = new RegExp(`[${Object.keys(LATIN_TWIN).join('')}]`, 'g');

/** The key as it looks on paper: direction marks gone, Cyrillic and Greek look-alikes as Latin. */
export function visibleSkeleton(key: string): string {
  return key
    .replace(DIRECTION_MARKS, '')
    .replace(LATIN_TWIN_PATTERN, (letter) => LATIN_TWIN[letter] ?? letter);
}

/**
 * Proposes merges among distinct customer keys: names that look the same but are different text
 * (direction marks, Cyrillic or Greek look-alike letters), same name up to the company form, and
 * names of at MIN_TYPO_NAME_LENGTH to MAX_TYPO_NAME_LENGTH characters one edit apart (one
 * character added, dropped or changed). A pair gets the first of these reasons that fits.
 * Order: similarity high to low, then keys. Bound: each key is indexed under itself, its stem and
 * each of its one-character deletions (n·(L+2) entries for n names of length L), and only keys that
 * share an entry are compared, so the work follows the number of real near pairs, not n².
 */
export function proposeMerges(names: readonly string[]): MergeProposal[] {
  const firstName = new Map<string, string>();
  for (const name of names) {
    const key = customerKey(name);
    if (key !== '' && !firstName.has(key)) firstName.set(key, name);
  }

  const keys = [...firstName.keys()].sort();
  const found = new Map<string, MergeProposal>();
  const propose = (a: string, b: string, reason: MergeProposal['reason']): void => {
    const [low, high] = a < b ? [a, b] : [b, a];
    const id = `${low}\u0000${high}`;
    if (found.has(id)) return;
    found.set(id, {
      keys: [low, high],
      names: [firstName.get(low) ?? low, firstName.get(high) ?? high],
      reason,
      similarity: similarity(low, high),
    });
  };

  for (const group of groupBy(keys, (key) => [visibleSkeleton(key)])) {
    eachPair(group, (a, b) => propose(a, b, 'looks-alike'));
  }
  for (const group of groupBy(keys, (key) => [companyStem(key) ?? key])) {
    eachPair(group, (a, b) => propose(a, b, 'company-suffix'));
  }
  const longEnough = keys.filter((key) => {
    const length = [...key].length;
    return length >= MIN_TYPO_NAME_LENGTH && length <= MAX_TYPO_NAME_LENGTH;
  });
  for (const group of groupBy(longEnough, deletionVariants)) {
    eachPair(group, (a, b) => {
      if (editDistanceAtMostOne(a, b)) propose(a, b, 'near-spelling');
    });
  }

  return [...found.values()].sort(
    (x, y) =>
      y.similarity - x.similarity || compare(x.keys[0], y.keys[0]) || compare(x.keys[1], y.keys[1]),
  );
}

/** Groups keys by every index entry they produce; only groups of two or more are returned. */
function groupBy(keys: readonly string[], entries: (key: string) => string[]): string[][] {
  const index = new Map<string, string[]>();
  for (const key of keys) {
    for (const entry of new Set(entries(key))) {
      const bucket = index.get(entry);
      if (bucket) bucket.push(key);
      else index.set(entry, [key]);
    }
  }
  return [...index.values()].filter((bucket) => bucket.length > 1);
}

/** The key itself and the key with each one character removed (by code point). */
function deletionVariants(key: string): string[] {
  const chars = [...key];
  const variants = [key];
  for (let i = 0; i < chars.length; i += 1) {
    variants.push(chars.slice(0, i).join('') + chars.slice(i + 1).join(''));
  }
  return variants;
}

function eachPair(group: readonly string[], visit: (a: string, b: string) => void): void {
  for (let i = 0; i < group.length; i += 1) {
    for (let j = i + 1; j < group.length; j += 1) visit(group[i] as string, group[j] as string);
  }
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  return editDistance([...a], [...b]) <= 1;
}

function similarity(a: string, b: string): number {
  const [x, y] = [[...a], [...b]];
  const longest = Math.max(x.length, y.length);
  return longest === 0 ? 1 : Math.round((1 - editDistance(x, y) / longest) * 1000) / 1000;
}

/** Levenshtein distance over code points. */
export function editDistance(a: readonly string[], b: readonly string[]): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(substitution, (previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
