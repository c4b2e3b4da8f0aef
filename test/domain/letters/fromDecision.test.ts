import { decideReminders } from '../../../src/domain/collections/decideReminders';
import { DEFAULT_REMINDER_SETTINGS } from '../../../src/domain/collections/reminderSettings';
import { composeLetter } from '../../../src/domain/letters/composeLetter';
import { defaultTemplate } from '../../../src/domain/letters/defaultTemplates';
import { letterLogEntry, reminderLetterData } from '../../../src/domain/letters/fromDecision';
import { AS_OF, overdue, standing } from '../collections/collectionsFixtures';
import { COMPANY } from './letterFixtures';

describe('from a reminder decision to a logged letter', () => {
  const [due, quiet] = decideReminders(
    [
      standing('C1', [overdue('INV-1', 40, 300_00), overdue('INV-2', 3, 200_00)]),
      standing('C2', []),
    ],
    [],
    [],
    DEFAULT_REMINDER_SETTINGS,
    AS_OF,
  );

  it('writes the letter the decision calls for and logs it with level, amount and channel', () => {
    const data = reminderLetterData(due!, 'CD-2026-0001', AS_OF);
    expect(data?.invoices.map((i) => i.number)).toEqual(['INV-1', 'INV-2']);

    const outcome = composeLetter(data!, defaultTemplate('reminder-2', 'zh'), COMPANY, 'zh');
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problem));
    expect(letterLogEntry(outcome.value, 'post')).toEqual({
      number: 'CD-2026-0001',
      date: AS_OF,
      customerId: 'C1',
      kind: 'reminder',
      level: 2,
      amount: 500_00,
      channel: 'post',
    });
  });

  it('writes no letter for a customer with nothing to chase', () => {
    expect(reminderLetterData(quiet!, 'CD-2026-0002', AS_OF)).toBeUndefined();
  });
});
