/**
 * Checks receivables settings a cashier edited in the workbook before the engine uses them. Bad
 * settings are the cashier's data, so they come back as Problems, never as a throw.
 */
import type { Problem } from '../problem';
import type { AgingBucket, ProvisionBand, ReceivablesSettings } from './receivablesSettings';

/**
 * Every problem in the settings, in the order found; an empty list means they can be used.
 * Buckets must cover every age from 0 days upward, in order, without gaps or overlaps.
 */
export function validateReceivablesSettings(settings: ReceivablesSettings): Problem[] {
  const problems: Problem[] = [];

  if (!isWholeInRange(settings.defaultTermsDays, 0, 3650)) {
    problems.push({
      code: 'receivables.settings.terms-invalid',
      detail: { value: String(settings.defaultTermsDays) },
    });
  }

  problems.push(...validateBuckets('aging', settings.agingBuckets));
  problems.push(...validateBuckets('provision', settings.provisionBands));
  problems.push(...validateRates(settings.provisionBands));
  problems.push(...validateNumbers(settings));
  return problems;
}

/** Problems with one bucket list: order, gaps, overlaps, an open end, distinct ids. */
export function validateBuckets(list: string, buckets: readonly AgingBucket[]): Problem[] {
  if (buckets.length === 0) {
    return [{ code: 'receivables.settings.no-buckets', detail: { list } }];
  }

  const problems: Problem[] = [];
  const seen = new Set<string>();
  let expectedFrom: number | null = null;
  buckets.forEach((bucket, index) => {
    const name = bucket.zh || bucket.id;
    if (seen.has(bucket.id)) {
      problems.push({
        code: 'receivables.settings.duplicate-bucket',
        detail: { list, bucket: name },
      });
    }
    seen.add(bucket.id);

    const boundsValid =
      (bucket.fromDays === null || Number.isInteger(bucket.fromDays)) &&
      (bucket.toDays === null || Number.isInteger(bucket.toDays));
    if (!boundsValid) {
      problems.push({
        code: 'receivables.settings.bucket-not-whole-days',
        detail: { list, bucket: name },
      });
      return;
    }

    if (index === 0) {
      if (bucket.fromDays !== null && bucket.fromDays > 0) {
        problems.push({
          code: 'receivables.settings.first-bucket-starts-late',
          detail: { list, bucket: name, from: bucket.fromDays },
        });
      }
    } else if (bucket.fromDays === null || expectedFrom === null) {
      problems.push({
        code: 'receivables.settings.bucket-overlap',
        detail: { list, bucket: name },
      });
    } else if (bucket.fromDays > expectedFrom) {
      problems.push({
        code: 'receivables.settings.bucket-gap',
        detail: { list, bucket: name, from: bucket.fromDays, expected: expectedFrom },
      });
    } else if (bucket.fromDays < expectedFrom) {
      problems.push({
        code: 'receivables.settings.bucket-overlap',
        detail: { list, bucket: name },
      });
    }

    if (bucket.toDays !== null && bucket.fromDays !== null && bucket.toDays < bucket.fromDays) {
      problems.push({
        code: 'receivables.settings.bucket-inverted',
        detail: { list, bucket: name },
      });
    }
    if (bucket.toDays === null && index < buckets.length - 1) {
      problems.push({
        code: 'receivables.settings.bucket-overlap',
        detail: { list, bucket: name },
      });
    }
    expectedFrom = bucket.toDays === null ? null : bucket.toDays + 1;
  });

  const last = buckets[buckets.length - 1];
  if (last && last.toDays !== null) {
    problems.push({
      code: 'receivables.settings.last-bucket-closed',
      detail: { list, bucket: last.zh || last.id, to: last.toDays },
    });
  }
  return problems;
}

function validateRates(bands: readonly ProvisionBand[]): Problem[] {
  return bands
    .filter((band) => !isWholeInRange(band.rateBp, 0, 10000))
    .map((band) => ({
      code: 'receivables.settings.rate-out-of-range',
      detail: { bucket: band.zh || band.id, rate: `${band.rateBp / 100}%` },
    }));
}

function validateNumbers(settings: ReceivablesSettings): Problem[] {
  const credit = settings.credit;
  const checks: [string, number, number, number][] = [
    ['credit.gradeAFrom', credit.gradeAFrom, 0, 100],
    ['credit.gradeBFrom', credit.gradeBFrom, 0, 100],
    ['credit.gradeCFrom', credit.gradeCFrom, 0, 100],
    ['credit.holdBelowScore', credit.holdBelowScore, 0, 100],
    ['credit.warnBelowScore', credit.warnBelowScore, 0, 100],
    ['credit.watchBelowScore', credit.watchBelowScore, 0, 100],
    ['credit.holdOverdueDays', credit.holdOverdueDays, 0, 36500],
    ['credit.warnOverdueDays', credit.warnOverdueDays, 0, 36500],
    ['credit.watchLimitUseBp', credit.watchLimitUseBp, 0, 1_000_000],
    ['credit.worseningTrendDays', credit.worseningTrendDays, 0, 36500],
    ['credit.gradeAGraceDays', credit.gradeAGraceDays, 0, 365],
    ['lossMatrix.horizonDays', settings.lossMatrix.horizonDays, 1, 36500],
    ['lossMatrix.monthEnds', settings.lossMatrix.monthEnds, 1, 1200],
    ['lossMatrix.minMonthEnds', settings.lossMatrix.minMonthEnds, 1, 1200],
    ['lossMatrix.minInvoicesPerBand', settings.lossMatrix.minInvoicesPerBand, 1, 1e9],
  ];
  const problems: Problem[] = checks
    .filter(([, value, min, max]) => !isWholeInRange(value, min, max))
    .map(([setting, value]) => ({
      code: 'receivables.settings.threshold-invalid',
      detail: { setting, value: String(value) },
    }));

  const ordered =
    credit.gradeAFrom >= credit.gradeBFrom &&
    credit.gradeBFrom >= credit.gradeCFrom &&
    credit.watchBelowScore >= credit.warnBelowScore &&
    credit.warnBelowScore >= credit.holdBelowScore &&
    credit.holdOverdueDays >= credit.warnOverdueDays;
  if (!ordered) problems.push({ code: 'receivables.settings.thresholds-out-of-order' });
  return problems;
}

function isWholeInRange(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}
