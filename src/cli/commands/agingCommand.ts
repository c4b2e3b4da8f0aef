/**
 * `cashier-desk aging <in.xlsx> --as-of YYYY-MM-DD [--basis due|entry] [--csv out.csv]
 * [-o out.xlsx] [--lang zh|en]`: structures the cashier's sheets, ages what is open as of the day
 * and writes 账龄分析 and 未清明细 (and the Settings sheet when missing) into the output workbook.
 * The CSV has one row per customer and a TOTAL row; without --csv the table goes to stdout.
 */
import type { Command } from 'commander';
import { asIsoDay, type IsoDay } from '../../domain/isoDay';
import { describeProblem, type Lang } from '../../domain/messages';
import type { AgingBasis } from '../../domain/receivables';
import { recordRun, structureRunRecord } from '../../workbook/audit';
import { describeSettingsIssue } from '../../workbook/settings';
import {
  ageWorkbook,
  agingCsv,
  agingTableLines,
  type ReceivablesStopped,
} from '../../workbook/receivables';
import { EXIT } from '../cliIo';
import type { CliIo } from '../cliIo';
import { currencyFlag, CURRENCY_OPTION, keepCurrencyFlag } from './currencyFlag';
import { langFlag, openWorkbookFile, writeOutputFile } from './structureCommand';

interface AgingFlags {
  asOf: string;
  basis?: string;
  csv?: string;
  output?: string;
  lang?: string;
  currency?: string;
}

/** The as-of flag as an IsoDay, or undefined after saying why it is not one. */
export function asOfFlag(io: CliIo, text: string, lang: Lang): IsoDay | undefined {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(text) ? asIsoDay(text) : undefined;
  if (day === undefined) {
    io.err(`${describeProblem({ code: 'cli.bad-as-of', detail: { text } }, lang)}\n`);
  }
  return day;
}

/** Tells why a run stopped: the reason, then each Settings problem with its row. */
export function reportStopped(io: CliIo, stopped: ReceivablesStopped, lang: Lang): void {
  const lines = [
    describeProblem(stopped.problem, lang),
    ...stopped.settingsIssues.map((issue) => `  ${describeSettingsIssue(issue, lang)}`),
  ];
  io.err(`${lines.join('\n')}\n`);
}

export function registerAging(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('aging')
    .description('账龄分析 / aging of receivables as of a day')
    .argument('<in>', 'the workbook to read (.xlsx)')
    .requiredOption('--as-of <date>', 'the day to age as of, YYYY-MM-DD')
    .option('--basis <basis>', 'due (from the due date) or entry (from the entry date)')
    .option('--csv <file>', 'write the aging as CSV (UTF-8 with BOM)')
    .option('-o, --output <file>', 'write the workbook with the aging sheets')
    .option('--lang <lang>', 'zh or en')
    .option(...CURRENCY_OPTION)
    .action(async (input: string, flags: AgingFlags) => {
      const lang = langFlag(io, flags.lang);
      if (lang === undefined) return setExit(EXIT.usage);
      const asOf = asOfFlag(io, flags.asOf, lang);
      if (asOf === undefined) return setExit(EXIT.usage);
      if (flags.basis !== undefined && flags.basis !== 'due' && flags.basis !== 'entry') {
        io.err(
          `${describeProblem({ code: 'cli.bad-basis', detail: { text: flags.basis } }, lang)}\n`,
        );
        return setExit(EXIT.usage);
      }
      const basis = flags.basis as AgingBasis | undefined;
      const structure = currencyFlag(io, flags.currency, lang);
      if (structure === undefined) return setExit(EXIT.usage);

      const port = await openWorkbookFile(io, input, lang);
      if (port === undefined) return setExit(EXIT.cannotOpen);
      await keepCurrencyFlag(io, port, structure, lang);
      const run = await ageWorkbook(port, { asOf, structure, ...(basis ? { basis } : {}) });
      if (!run.ok) {
        reportStopped(io, run, lang);
        return setExit(EXIT.badInput);
      }
      const now = new Date().toISOString();
      await recordRun(port, structureRunRecord(now, 'aging', run.structure, `as of ${run.asOf}`));

      const { aging } = run.figures;
      if (flags.csv !== undefined) {
        const csv = agingCsv(aging, run.structure.customers);
        if (!(await writeOutputFile(io, flags.csv, csv, lang))) return setExit(EXIT.cannotOpen);
      } else {
        io.out(`${agingTableLines(aging, run.structure.customers, lang).join('\n')}\n`);
      }
      if (flags.output !== undefined) {
        if (!(await writeOutputFile(io, flags.output, await port.save(), lang))) {
          return setExit(EXIT.cannotOpen);
        }
      }
      if (run.structure.report.rejected > 0) setExit(EXIT.findings);
    });
}
