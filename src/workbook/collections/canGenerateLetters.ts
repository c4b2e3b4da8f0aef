/**
 * The rule that enables the letters buttons (催款提醒, 导出函件, 对账函) and guards their run: the
 * letters workflow structures the cashier's own sheets first, so it needs what every receivables
 * run needs, one sheet of the cashier's with something in it. Templates, the log and the
 * follow-ups sheet are created or read during the run, so their absence does not disable it.
 */
import { canRunReceivables, type CanRun } from '../receivables/receivablesWorkflow';
import type { WorkbookFacts } from '../workbookPort';

export function canGenerateLetters(facts: WorkbookFacts): CanRun {
  return canRunReceivables(facts);
}
