/**
 * `cashier-desk demo [file] [-o out.xlsx] [--as-of YYYY-MM-DD] [--lang zh|en]`: the main job on
 * the bundled sample ledger. It structures the workbook, ages it and evaluates credit, writes the
 * result to test-output/demo/sample-ledger.out.xlsx, and prints what a cashier would look at
 * first. The as-of date is the flag's, else the Settings sheet's, else the ledger's latest entry
 * date (the sample's data is from 2024, so today's date would age everything past a year); the
 * summary says which.
 */
import path from 'node:path';
import type { Command } from 'commander';
import { describeProblem, type Lang } from '../../domain/messages';
import {
  agingTableLines,
  flagLines,
  importSummaryLines,
  rejectedLines,
  runReceivables,
} from '../../workbook/receivables';
import { recordRun, structureRunRecord } from '../../workbook/audit';
import { EXIT } from '../cliIo';
import type { CliIo } from '../cliIo';
import { asOfFlag, reportStopped } from './agingCommand';
import { langFlag, openWorkbookFile, problemLines, writeOutputFile } from './structureCommand';

/** The sample ships in assets/, two folders above both src/cli/commands and lib/cli/commands. */
export const SAMPLE_LEDGER = path.resolve(__dirname, '../../../assets/sample-ledger.xlsx');
export const DEMO_OUTPUT = 'test-output/demo/sample-ledger.out.xlsx';

interface DemoFlags {
  output: string;
  asOf?: string;
  lang?: string;
}

const OTHER: Readonly<Record<Lang, Lang>> = { zh: 'en', en: 'zh' };

export function registerDemo(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('demo')
    .description('演示 / run structure, aging and credit on the bundled sample ledger')
    .argument('[file]', 'the workbook to run on', SAMPLE_LEDGER)
    .option('-o, --output <file>', 'where to write the result', DEMO_OUTPUT)
    .option('--as-of <date>', 'the day to age as of, YYYY-MM-DD')
    .option('--lang <lang>', 'zh or en for the tables (reasons are shown in both)')
    .action(async (input: string, flags: DemoFlags) => {
      const lang = langFlag(io, flags.lang);
      if (lang === undefined) return setExit(EXIT.usage);
      const asOf = flags.asOf === undefined ? undefined : asOfFlag(io, flags.asOf, lang);
      if (flags.asOf !== undefined && asOf === undefined) return setExit(EXIT.usage);

      const port = await openWorkbookFile(io, input, lang);
      if (port === undefined) return setExit(EXIT.cannotOpen);
      const run = await runReceivables(port, {
        asOfFallback: 'latest-entry',
        ...(asOf ? { asOf } : {}),
      });
      if (!run.ok) {
        reportStopped(io, run, lang);
        return setExit(EXIT.badInput);
      }
      // The demo writes a workbook like any run, so it leaves its row on the audit trail too.
      const now = new Date().toISOString();
      await recordRun(port, structureRunRecord(now, 'demo', run.structure, `as of ${run.asOf}`));
      if (!(await writeOutputFile(io, flags.output, await port.save(), lang))) {
        return setExit(EXIT.cannotOpen);
      }

      const { report, customers } = run.structure;
      const both = (lines: (l: Lang) => string[]): string[] => [
        ...lines(lang),
        ...lines(OTHER[lang]).map((line) => `  ${line}`),
      ];
      const asOfWords = (l: Lang) => [
        describeProblem(
          { code: `cli.as-of-from-${run.asOfSource}`, detail: { asOf: run.asOf } },
          l,
        ),
      ];
      const sheets = Object.values({ ...run.structureSheets, ...run.written }).filter(
        (name): name is string => typeof name === 'string',
      );
      const lines = [
        `出纳台演示 Cashier Desk demo: ${input}`,
        ...both(asOfWords),
        '',
        '== 导入 Import ==',
        ...importSummaryLines(report, lang),
        '',
        '== 被拒绝的行 Rejected rows ==',
        ...both((l) => rejectedLines(report, l)),
        ...both((l) => problemLines([...run.structureSheets.problems, ...run.problems], l)),
        '',
        '== 账龄 Aging ==',
        ...agingTableLines(run.figures.aging, customers, lang),
        '',
        '== 信用标志 Credit flags ==',
        ...both((l) => flagLines(run.figures.credit, customers, l)),
        '',
        `已写入 Written: ${flags.output} (${sheets.join(', ')})`,
      ];
      io.out(`${lines.join('\n')}\n`);
    });
}
