/**
 * `--currency <code>` on every command that structures the workbook: the currency of amounts and
 * customers the cashier's sheets name none for. It wins over the Settings sheet's 默认币种, and is
 * written there, so the saved workbook is read in that currency by every later run (aging without
 * the flag, the ribbon, verify) instead of falling back to CNY.
 */
import { describeProblem, type Lang } from '../../domain/messages';
import { readSettingsSheet, writeSettingsSheet } from '../../workbook/settings';
import type { StructureOptions } from '../../workbook/structure/structureTypes';
import type { WorkbookPort } from '../../workbook/workbookPort';
import type { CliIo } from '../cliIo';

/** The option as commander declares it: `.option(...CURRENCY_OPTION)`. */
export const CURRENCY_OPTION = [
  '--currency <code>',
  'currency of amounts that name none, such as USD (default: the Settings sheet, else CNY)',
] as const;

/**
 * The flag as structure options ({} when it is not given), or undefined after telling the user it
 * is not a 3-letter code (a usage error).
 */
export function currencyFlag(
  io: CliIo,
  text: string | undefined,
  lang: Lang,
): Pick<StructureOptions, 'defaultCurrency'> | undefined {
  if (text === undefined) return {};
  if (!/^[a-z]{3}$/i.test(text.trim())) {
    io.err(`${describeProblem({ code: 'cli.bad-currency', detail: { text } }, lang)}\n`);
    return undefined;
  }
  return { defaultCurrency: text.trim().toUpperCase() };
}

/**
 * Puts the flag's currency on the workbook's Settings sheet (made if missing). A sheet with rows
 * it cannot read is left as the cashier typed it (writing would put defaults over those rows);
 * the flag still applies to this run and stderr says the choice was not kept.
 */
export async function keepCurrencyFlag(
  io: CliIo,
  port: WorkbookPort,
  flag: Pick<StructureOptions, 'defaultCurrency'>,
  lang: Lang,
): Promise<void> {
  const currency = flag.defaultCurrency;
  if (currency === undefined) return;

  const read = await readSettingsSheet(port);
  if (read.problems.length > 0) {
    const detail = { currency, sheet: read.sheet };
    io.err(`${describeProblem({ code: 'cli.currency-not-kept', detail }, lang)}\n`);
    return;
  }
  if (read.settings.defaultCurrency === currency) return;
  await writeSettingsSheet(port, { ...read.settings, defaultCurrency: currency });
}
