/**
 * Who gets which reminder today (催收决定). For each customer: the level (or none), the invoices
 * the letter lists, the amount, and the reasons in stable codes, so the cashier can see why.
 */
import { addDays, compareIsoDay, daysBetween, type IsoDay } from '../isoDay';
import type { CreditGrade } from '../ledger';
import { formatYuan, sumFen, type CurrencyCode, type Fen } from '../money';
import type { Problem } from '../problem';
import type {
  CustomerStanding,
  FollowUpEntry,
  LetterLogEntry,
  OpenInvoice,
} from './collectionsInput';
import { latestPromiseStatus, type PromiseStatus } from './paymentPromise';
import { REMINDER_LEVELS, type ReminderLevel, type ReminderSettings } from './reminderSettings';

/** An open invoice that a reminder letter lists. */
export interface ReminderInvoice extends OpenInvoice {
  readonly daysOverdue: number;
  /** The level this invoice alone would call for. */
  readonly level: ReminderLevel;
}

export interface ReminderDecision {
  readonly customerId: string;
  readonly customerName: string;
  readonly currency: CurrencyCode;
  /** undefined: no reminder today (the reasons say why). */
  readonly level: ReminderLevel | undefined;
  /** The invoices a letter would list, oldest due date first; empty when there is nothing to chase. */
  readonly invoices: readonly ReminderInvoice[];
  /** Open total of `invoices`. */
  readonly amount: Fen;
  /** The new payment deadline a letter names; only when a level is decided. */
  readonly deadline?: IsoDay;
  /** Disputed open invoices: left out of reminders, shown on the card with their notes. */
  readonly disputed: readonly OpenInvoice[];
  readonly promise?: PromiseStatus;
  readonly reasons: readonly Problem[];
}

/**
 * Decides the reminder for every customer as of `asOf`. The rules, in order:
 *
 * 1. Only open, undisputed invoices count; disputed ones are listed apart with their notes.
 * 2. An invoice is chased from `levelFromDays[1]` days past due plus the customer's grace period
 *    (by credit grade); the grace only delays the first reminder, levels 2 and 3 still count days
 *    from the due date. The customer's level is the highest level of its chased invoices.
 * 3. A chased total below the tolerance gets no reminder.
 * 4. While the latest payment promise is live, the level is capped at the last reminder sent
 *    before it (none sent: no reminder). A broken promise is raised as a reason.
 * 5. A reminder of the same or a lower level sent fewer than `noRepeatWithinDays` days ago blocks
 *    today's letter.
 *
 * Letters and follow-ups dated after `asOf` do not exist yet and are ignored.
 */
export function decideReminders(
  standings: readonly CustomerStanding[],
  history: readonly LetterLogEntry[],
  followUps: readonly FollowUpEntry[],
  settings: ReminderSettings,
  asOf: IsoDay,
): ReminderDecision[] {
  return standings.map((standing) =>
    decideForCustomer(
      standing,
      history.filter((l) => l.customerId === standing.customer.id),
      followUps.filter((f) => f.customerId === standing.customer.id),
      settings,
      asOf,
    ),
  );
}

function decideForCustomer(
  standing: CustomerStanding,
  history: readonly LetterLogEntry[],
  followUps: readonly FollowUpEntry[],
  settings: ReminderSettings,
  asOf: IsoDay,
): ReminderDecision {
  const reasons: Problem[] = [];
  const base = {
    customerId: standing.customer.id,
    customerName: standing.customer.name,
    currency: standing.currency,
  };

  const open = standing.openInvoices.filter((inv) => inv.open > 0);
  const disputed = open.filter((inv) => inv.disputed === true);
  for (const inv of disputed) {
    reasons.push({
      code: 'collections.dispute-excluded',
      detail: { invoice: inv.number, note: inv.disputeNote ?? '' },
    });
  }
  const undisputed = open.filter((inv) => inv.disputed !== true);
  const overdueNow = sumFen(
    undisputed.filter((inv) => compareIsoDay(inv.dueDate, asOf) < 0).map((inv) => inv.open),
  );

  const promise = latestPromiseStatus(followUps, standing.receipts ?? [], overdueNow, asOf);
  if (promise) reasons.push(promiseReason(promise, standing.currency));

  const none = (): ReminderDecision => ({
    ...base,
    level: undefined,
    invoices: [],
    amount: 0 as Fen,
    disputed,
    ...(promise ? { promise } : {}),
    reasons,
  });

  if (undisputed.length === 0) {
    if (disputed.length === 0) reasons.push({ code: 'collections.nothing-open' });
    return none();
  }

  const grade: CreditGrade | undefined = standing.creditGrade ?? standing.customer.creditGrade;
  const graceDays = grade === undefined ? 0 : (settings.graceDaysByGrade[grade] ?? 0);
  const chaseFrom = settings.levelFromDays[1] + graceDays;

  const chased: ReminderInvoice[] = [];
  let inGrace = 0;
  for (const inv of undisputed) {
    const daysOverdue = daysBetween(inv.dueDate, asOf);
    if (daysOverdue >= chaseFrom) {
      chased.push({ ...inv, daysOverdue, level: levelForDays(daysOverdue, settings) });
    } else if (daysOverdue >= settings.levelFromDays[1]) {
      inGrace += 1;
    }
  }
  chased.sort((a, b) => compareIsoDay(a.dueDate, b.dueDate) || compareIsoDay(a.date, b.date));

  if (inGrace > 0) {
    reasons.push({
      code: 'collections.in-grace',
      detail: { grade: grade ?? '', graceDays, count: inGrace },
    });
  }
  if (chased.length === 0) {
    if (inGrace === 0) reasons.push({ code: 'collections.not-overdue' });
    return none();
  }

  const amount = sumFen(chased.map((inv) => inv.open));
  if (amount < settings.tolerance) {
    reasons.push({
      code: 'collections.below-tolerance',
      detail: { amount: formatYuan(amount), tolerance: formatYuan(settings.tolerance) },
    });
    return none();
  }

  const oldest = chased.reduce((a, b) => (b.daysOverdue > a.daysOverdue ? b : a));
  let level = oldest.level;
  reasons.push({
    code: 'collections.level-reached',
    detail: { level, days: oldest.daysOverdue, invoice: oldest.number },
  });

  const sent = history
    .filter(
      (l) => l.kind === 'reminder' && l.level !== undefined && compareIsoDay(l.date, asOf) <= 0,
    )
    .sort((a, b) => compareIsoDay(a.date, b.date) || a.number.localeCompare(b.number));

  if (promise?.state === 'live') {
    const cap = sent.at(-1)?.level ?? 0;
    if (cap < level) {
      reasons.push({
        code: cap === 0 ? 'collections.promise-live-no-letter' : 'collections.promise-live-capped',
        detail: { date: promise.promisedDate, cap, wanted: level },
      });
      if (cap === 0) return none();
      level = cap as ReminderLevel;
    }
  }

  const recent = sent.filter(
    (l) => daysBetween(l.date, asOf) < settings.noRepeatWithinDays && (l.level ?? 0) >= level,
  );
  const blocking = recent.at(-1);
  if (blocking) {
    reasons.push({
      code: 'collections.recently-reminded',
      detail: {
        number: blocking.number,
        date: blocking.date,
        level: blocking.level ?? 0,
        next: addDays(blocking.date, settings.noRepeatWithinDays),
      },
    });
    return none();
  }

  return {
    ...base,
    level,
    invoices: chased,
    amount,
    deadline: addDays(asOf, settings.deadlineDays[level]),
    disputed,
    ...(promise ? { promise } : {}),
    reasons,
  };
}

function levelForDays(daysOverdue: number, settings: ReminderSettings): ReminderLevel {
  let level: ReminderLevel = 1;
  for (const candidate of REMINDER_LEVELS) {
    if (daysOverdue >= settings.levelFromDays[candidate]) level = candidate;
  }
  return level;
}

function promiseReason(promise: PromiseStatus, currency: CurrencyCode): Problem {
  const amount =
    promise.promisedAmount === undefined ? '' : `${currency} ${formatYuan(promise.promisedAmount)}`;
  return {
    code: `collections.promise-${promise.state}`,
    detail: {
      madeOn: promise.madeOn,
      date: promise.promisedDate,
      amount,
      paid: `${currency} ${formatYuan(promise.paidSince)}`,
    },
  };
}
