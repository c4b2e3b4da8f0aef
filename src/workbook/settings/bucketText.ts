/**
 * Aging buckets as the cashier types them on the Settings sheet: "days" (the management view's
 * buckets), "annual" (the annual-report preset), or rising upper bounds in days ("0,30,60,90"),
 * each closing a bucket, with an open bucket after the last. A list equal to a preset's bounds
 * gives that preset's buckets, ids and words included, so CSV columns keep their names.
 */
import { ANNUAL_REPORT_BUCKETS, DAY_BUCKETS, type AgingBucket } from '../../domain/receivables';

const PRESETS: Readonly<Record<string, readonly AgingBucket[]>> = {
  days: DAY_BUCKETS,
  天数: DAY_BUCKETS,
  annual: ANNUAL_REPORT_BUCKETS,
  年报: ANNUAL_REPORT_BUCKETS,
};

export function bucketsToText(buckets: readonly AgingBucket[]): string {
  if (sameBuckets(buckets, DAY_BUCKETS)) return 'days';
  if (sameBuckets(buckets, ANNUAL_REPORT_BUCKETS)) return 'annual';
  return upperBounds(buckets).join(',');
}

/** The buckets the text names, or undefined when it is neither a preset nor rising day counts. */
export function bucketsFromText(text: string): readonly AgingBucket[] | undefined {
  const preset = PRESETS[text.trim().toLowerCase()];
  if (preset !== undefined) return preset;

  const parts = text.split(/[,，、;；]/).map((part) => part.trim());
  if (parts.some((part) => !/^\d{1,5}$/.test(part))) return undefined;
  const bounds = parts.map(Number);
  if (bounds.some((bound, index) => index > 0 && bound <= (bounds[index - 1] as number))) {
    return undefined;
  }

  const built = bucketsFromBounds(bounds);
  for (const candidate of Object.values(PRESETS)) {
    if (sameBuckets(built, candidate)) return candidate;
  }
  return built;
}

function bucketsFromBounds(bounds: readonly number[]): AgingBucket[] {
  const buckets: AgingBucket[] = [];
  let from: number | null = null;
  for (const to of bounds) {
    buckets.push(
      from === null
        ? to === 0
          ? { id: 'not-due', zh: '未到期', en: 'Not yet due', fromDays: null, toDays: 0 }
          : {
              id: `d0-${to}`,
              zh: `${to}天以内`,
              en: `Up to ${to} days`,
              fromDays: null,
              toDays: to,
            }
        : {
            id: `d${from}-${to}`,
            zh: `${from}-${to}天`,
            en: `${from}-${to} days`,
            fromDays: from,
            toDays: to,
          },
    );
    from = to + 1;
  }
  const last = bounds[bounds.length - 1] as number;
  buckets.push({
    id: `over-${last}`,
    zh: `${last}天以上`,
    en: `Over ${last} days`,
    fromDays: last + 1,
    toDays: null,
  });
  return buckets;
}

function upperBounds(buckets: readonly AgingBucket[]): number[] {
  return buckets.flatMap((bucket) => (bucket.toDays === null ? [] : [bucket.toDays]));
}

function sameBuckets(a: readonly AgingBucket[], b: readonly AgingBucket[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (bucket, index) =>
        bucket.fromDays === b[index]?.fromDays && bucket.toDays === b[index]?.toDays,
    )
  );
}
