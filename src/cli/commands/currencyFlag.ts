/**
 * `--currency <code>` on every command that structures the workbook: the currency of amounts and
 * customers the cashier's sheets name none for. It wins over the Settings sheet's 默认币种.
 */
import { describeProblem, type Lang } from '../../domain/messages';
import type { StructureOptions } from '../../workbook/structure/structureTypes';
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
