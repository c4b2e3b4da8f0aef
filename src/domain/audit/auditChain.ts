/**
 * The audit trail as a hash chain. Each row carries the hash of the row before it and its own
 * hash = SHA-256(previous hash + the row's canonical content), so editing, removing, inserting or
 * reordering rows breaks a link that `checkAuditChain` can name. The chain has no secret key: it
 * catches accidental and casual edits, not someone who recomputes every later hash on purpose.
 */
import type { Problem } from '../problem';
import { sha256Hex } from './sha256';

/** The hash the first row links to. */
export const GENESIS_HASH = '0'.repeat(64);

/** What a run or a letter tells the trail; the time is passed in by the entry point. */
export interface AuditEntry {
  /** When it ran, as the entry point's clock said (ISO 8601 with offset, e.g. 2026-03-05T09:30:00Z). */
  readonly time: string;
  /** What ran: structure, aging, open-items, credit, letters, letter, match, settings ... */
  readonly action: string;
  /** SHA-256 of the values of the cashier's own sheets when it ran. */
  readonly fingerprint: string;
  readonly rowsIn: number;
  /** Amounts read, per currency, as "CNY 1234.50; USD 10.00" (never added across currencies). */
  readonly amountsIn: string;
  readonly rowsOut: number;
  readonly amountsOut: string;
  /** A short outcome: "ok", "3 rejected", a letter number ... */
  readonly result: string;
}

export interface AuditRow extends AuditEntry {
  /** 1, 2, 3 ... in the order rows were appended. */
  readonly seq: number;
  readonly previousHash: string;
  readonly hash: string;
}

/** What the trail's keeper remembers outside the sheet: how long it is and its last hash. */
export interface AuditHead {
  readonly count: number;
  readonly hash: string;
}

/**
 * The canonical content of a row: its fields in a fixed order as a JSON array, so no value can
 * shift another field's boundary.
 */
export function canonicalAuditContent(row: AuditEntry & { readonly seq: number }): string {
  return JSON.stringify([
    row.seq,
    row.time,
    row.action,
    row.fingerprint,
    row.rowsIn,
    row.amountsIn,
    row.rowsOut,
    row.amountsOut,
    row.result,
  ]);
}

/** SHA-256 of the previous hash followed by the row's canonical content. */
export function auditRowHash(previousHash: string, row: AuditEntry & { seq: number }): string {
  return sha256Hex(`${previousHash}\n${canonicalAuditContent(row)}`);
}

/**
 * Appends entries to a trail: each new row takes the next number and links to the last row's
 * stored hash (even when the trail is already broken: history is added to, never repaired).
 */
export function appendAuditRows(
  existing: readonly AuditRow[],
  entries: readonly AuditEntry[],
): AuditRow[] {
  const rows = [...existing];
  let seq = 0;
  for (const row of existing) if (Number.isFinite(row.seq) && row.seq > seq) seq = row.seq;

  for (const entry of entries) {
    seq += 1;
    const previousHash = rows[rows.length - 1]?.hash ?? GENESIS_HASH;
    const row = { ...pickEntry(entry), seq };
    rows.push({ ...row, previousHash, hash: auditRowHash(previousHash, row) });
  }
  return rows;
}

function pickEntry(entry: AuditEntry): AuditEntry {
  return {
    time: entry.time,
    action: entry.action,
    fingerprint: entry.fingerprint,
    rowsIn: entry.rowsIn,
    amountsIn: entry.amountsIn,
    rowsOut: entry.rowsOut,
    amountsOut: entry.amountsOut,
    result: entry.result,
  };
}

export type FindingKind = 'edited' | 'removed' | 'inserted';

/** One thing verify found: which sheet, which row (1-based, as Excel shows it), and what. */
export interface Finding {
  readonly kind: FindingKind;
  readonly sheet: string;
  readonly row: number;
  readonly problem: Problem;
}

/** An audit row as read back, with the sheet row it sits on. */
export interface ReadAuditRow extends AuditRow {
  readonly sheetRow: number;
}

/**
 * Checks a trail row by row. A row whose hash does not match its content was edited, unless the
 * row after it links straight past it (then it was inserted); a row that is intact but does not
 * link to the row before it follows removed rows, or is a copy of an earlier row (inserted). The
 * head, when known, catches rows removed from the end.
 */
export function checkAuditChain(
  sheet: string,
  rows: readonly ReadAuditRow[],
  head: AuditHead | undefined,
): Finding[] {
  const findings: Finding[] = [];
  const seenHashes = new Map<string, number>();
  let base = GENESIS_HASH;
  let lastSeq = 0;

  rows.forEach((row, i) => {
    const intact = auditRowHash(row.previousHash, row) === row.hash;
    const next = rows[i + 1];
    const detail = { sheet, row: row.sheetRow, seq: row.seq };

    if (!intact) {
      const skippedOver =
        next !== undefined ? next.previousHash === base : head !== undefined && head.hash === base;
      if (skippedOver) {
        findings.push(finding('inserted', sheet, row.sheetRow, 'audit.row-inserted', detail));
        return;
      }
      findings.push(finding('edited', sheet, row.sheetRow, 'audit.row-edited', detail));
    } else if (row.previousHash !== base) {
      const copyOf = seenHashes.get(row.hash);
      if (copyOf !== undefined) {
        findings.push(
          finding('inserted', sheet, row.sheetRow, 'audit.row-copied', { ...detail, of: copyOf }),
        );
        return;
      }
      findings.push(
        finding('removed', sheet, row.sheetRow, 'audit.rows-removed-before', {
          ...detail,
          missing: missingSeqs(lastSeq, row.seq),
        }),
      );
    }

    seenHashes.set(row.hash, row.sheetRow);
    base = row.hash;
    if (Number.isFinite(row.seq)) lastSeq = row.seq;
  });

  if (head !== undefined && head.hash !== base) {
    const lastRow = rows.length === 0 ? 1 : rows[rows.length - 1]!.sheetRow + 1;
    findings.push(
      finding('removed', sheet, lastRow, 'audit.rows-removed-at-end', {
        sheet,
        row: lastRow,
        count: head.count,
        missing: missingSeqs(lastSeq, head.count + 1),
      }),
    );
  }
  return findings;
}

function finding(
  kind: FindingKind,
  sheet: string,
  row: number,
  code: string,
  detail: Readonly<Record<string, string | number>>,
): Finding {
  return { kind, sheet, row, problem: { code, detail } };
}

/** "4" or "4-6" for the numbers strictly between two, or "?" when none can be named. */
function missingSeqs(after: number, before: number): string {
  const first = after + 1;
  const last = before - 1;
  if (!Number.isFinite(first) || !Number.isFinite(last) || last < first) return '?';
  return first === last ? String(first) : `${first}-${last}`;
}
