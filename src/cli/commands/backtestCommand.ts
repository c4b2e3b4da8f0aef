/**
 * `cashier-desk backtest <in.xlsx> --from YYYY-MM-DD --to YYYY-MM-DD [--json out.json]
 * [--lang zh|en]`: predicts the settlement of every invoice dated in the period using only what
 * was settled before its own date, and prints the mean absolute error in days and the accuracy
 * of "paid after the due date" yes/no, beside the two baselines (the due date, the customer's
 * median days to settle). Nothing is written to the workbook.
 */
import type { Command } from 'commander';
import { backtestFigures, backtestLines, backtestWorkbook } from '../../workbook/analysis';
import { EXIT } from '../cliIo';
import type { CliIo } from '../cliIo';
import { reportStopped } from './agingCommand';
import { dayFlag } from './predictCommand';
import { currencyFlag, CURRENCY_OPTION, keepCurrencyFlag } from './currencyFlag';
import { langFlag, openWorkbookFile, problemLines, writeOutputFile } from './structureCommand';

interface BacktestFlags {
  from: string;
  to: string;
  json?: string;
  lang?: string;
  currency?: string;
}

export function registerBacktest(
  program: Command,
  io: CliIo,
  setExit: (code: number) => void,
): void {
  program
    .command('backtest')
    .description('回测 / how well payment dates would have been predicted in a period')
    .argument('<in>', 'the workbook to read (.xlsx)')
    .requiredOption('--from <date>', 'first invoice date to score, YYYY-MM-DD')
    .requiredOption('--to <date>', 'last invoice date to score, YYYY-MM-DD')
    .option('--json <file>', 'also write the figures as JSON')
    .option('--lang <lang>', 'zh or en')
    .option(...CURRENCY_OPTION)
    .action(async (input: string, flags: BacktestFlags) => {
      const lang = langFlag(io, flags.lang);
      if (lang === undefined) return setExit(EXIT.usage);
      const from = dayFlag(io, '--from', flags.from, lang);
      const to = dayFlag(io, '--to', flags.to, lang);
      if (from === undefined || to === undefined) return setExit(EXIT.usage);
      const structure = currencyFlag(io, flags.currency, lang);
      if (structure === undefined) return setExit(EXIT.usage);

      const port = await openWorkbookFile(io, input, lang);
      if (port === undefined) return setExit(EXIT.cannotOpen);
      await keepCurrencyFlag(io, port, structure, lang);
      const run = await backtestWorkbook(port, { from, to, structure });
      if (!run.ok) {
        reportStopped(io, run, lang);
        return setExit(EXIT.badInput);
      }

      if (run.problems.length > 0) io.err(`${problemLines(run.problems, lang).join('\n')}\n`);
      io.out(`${backtestLines(run, lang).join('\n')}\n`);
      if (flags.json !== undefined) {
        const json = {
          from,
          to,
          knownUntil: run.knownUntil,
          currencies: run.currencies.map(({ currency, results }) => ({
            currency,
            predictors: results.map(backtestFigures),
          })),
        };
        const text = `${JSON.stringify(json, null, 2)}\n`;
        if (!(await writeOutputFile(io, flags.json, text, lang))) return setExit(EXIT.cannotOpen);
      }
      if (run.structure.report.rejected > 0) setExit(EXIT.findings);
    });
}
