/**
 * `cashier-desk capitals <amount>`: the amount in Chinese capitals (人民币大写), or in English words
 * with --lang en, as a cashier would write it on a voucher or a letter.
 */
import type { Command } from 'commander';
import { toEnglishWords } from '../../domain/amountWords';
import { toChineseCapitals } from '../../domain/chineseCapitals';
import { describeProblem } from '../../domain/messages';
import { parseAmount } from '../../domain/parseAmount';
import { EXIT } from '../cliIo';
import type { CliIo } from '../cliIo';
import { pickLang } from '../language';

interface CapitalsFlags {
  lang?: string;
  currency?: string;
  prefix?: boolean;
  zheng?: boolean;
}

export function registerCapitals(
  program: Command,
  io: CliIo,
  setExit: (code: number) => void,
): void {
  program
    .command('capitals')
    .description('金额大写 / amount in Chinese capitals (or English words with --lang en)')
    .argument('<amount>', 'amount, e.g. 1000.05, ¥1,234.50, 1.2万, (500.00)')
    .option('--lang <lang>', 'zh (人民币大写) or en (words)')
    .option('--currency <code>', 'currency for English words (CNY, USD)', 'CNY')
    .option('--prefix', 'put 人民币 before the capitals, as on a voucher')
    .option('--no-zheng', 'leave out 整 after an amount that ends in 角')
    .action((amountText: string, flags: CapitalsFlags) => {
      const lang = pickLang(flags.lang);
      const parsed = parseAmount(amountText);

      if (!parsed.ok) {
        io.err(`${describeProblem(parsed.problem, lang)}\n`);
        setExit(EXIT.badInput);
        return;
      }

      const text =
        lang === 'en'
          ? toEnglishWords(parsed.value.fen, parsed.value.currency ?? flags.currency ?? 'CNY')
          : toChineseCapitals(parsed.value.fen, {
              prefix: flags.prefix === true,
              zhengAfterJiao: flags.zheng !== false,
            });
      io.out(`${text}\n`);
    });
}
