/**
 * `cashier-desk predict <in.xlsx> --as-of YYYY-MM-DD [--from D] [--to D] [--csv out.csv]
 * [-o out.xlsx] [--lang zh|en]`: structures the cashier's sheets, predicts when every item open
 * on the as-of date will be paid, and writes 分析 Analysis, 回款预测 Predictions and 回款计划 Cash
 * plan into the output workbook. The CSV has one row per open item; without --csv the
 * predictions go to stdout as a table.
 */
import type { Command } from 'commander';
import { asIsoDay, type IsoDay } from '../../domain/isoDay';
import { describeProblem, type Lang } from '../../domain/messages';
import { formatYuan } from '../../domain/money';
import {
  analysePayments,
  methodWord,
  predictionsCsv,
  type AnalysisRun,
} from '../../workbook/analysis';
import { recordRun, structureRunRecord } from '../../workbook/audit';
import { textTable } from '../../workbook/receivables/textTable';
import { EXIT } from '../cliIo';
import type { CliIo } from '../cliIo';
import { asOfFlag, reportStopped } from './agingCommand';
import { currencyFlag, CURRENCY_OPTION, keepCurrencyFlag } from './currencyFlag';
import { langFlag, openWorkbookFile, problemLines, writeOutputFile } from './structureCommand';

interface PredictFlags {
  asOf: string;
  from?: string;
  to?: string;
  csv?: string;
  output?: string;
  lang?: string;
  currency?: string;
}

/** A YYYY-MM-DD flag as an IsoDay, or undefined after saying which flag is wrong. */
export function dayFlag(io: CliIo, flag: string, text: string, lang: Lang): IsoDay | undefined {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(text) ? asIsoDay(text) : undefined;
  if (day === undefined) {
    io.err(`${describeProblem({ code: 'analysis.bad-date', detail: { flag, text } }, lang)}\n`);
  }
  return day;
}

export function registerPredict(
  program: Command,
  io: CliIo,
  setExit: (code: number) => void,
): void {
  program
    .command('predict')
    .description('回款预测 / predicted payment dates of open invoices as of a day')
    .argument('<in>', 'the workbook to read (.xlsx)')
    .requiredOption('--as-of <date>', 'the day to predict as of, YYYY-MM-DD')
    .option('--from <date>', 'first day of the metrics period (default: 90 days to --to)')
    .option('--to <date>', 'last day of the metrics period (default: the as-of date)')
    .option('--csv <file>', 'write the predictions as CSV (UTF-8 with BOM)')
    .option('-o, --output <file>', 'write the workbook with the analysis sheets')
    .option('--lang <lang>', 'zh or en')
    .option(...CURRENCY_OPTION)
    .action(async (input: string, flags: PredictFlags) => {
      const lang = langFlag(io, flags.lang);
      if (lang === undefined) return setExit(EXIT.usage);
      const asOf = asOfFlag(io, flags.asOf, lang);
      if (asOf === undefined) return setExit(EXIT.usage);
      const from = flags.from === undefined ? undefined : dayFlag(io, '--from', flags.from, lang);
      const to = flags.to === undefined ? undefined : dayFlag(io, '--to', flags.to, lang);
      if ((flags.from !== undefined && !from) || (flags.to !== undefined && !to)) {
        return setExit(EXIT.usage);
      }
      const currency = currencyFlag(io, flags.currency, lang);
      if (currency === undefined) return setExit(EXIT.usage);

      const port = await openWorkbookFile(io, input, lang);
      if (port === undefined) return setExit(EXIT.cannotOpen);
      await keepCurrencyFlag(io, port, currency, lang);
      const run = await analysePayments(port, {
        asOf,
        lang,
        structure: currency,
        ...(from ? { periodFrom: from } : {}),
        ...(to ? { periodTo: to } : {}),
      });
      if (!run.ok) {
        reportStopped(io, run, lang);
        return setExit(EXIT.badInput);
      }
      const { structure } = run.receivables;
      const now = new Date().toISOString();
      await recordRun(port, structureRunRecord(now, 'predict', structure, `as of ${asOf}`));

      if (run.problems.length > 0) io.err(`${problemLines(run.problems, lang).join('\n')}\n`);
      if (flags.csv !== undefined) {
        const csv = predictionsCsv(run.figures, structure.customers);
        if (!(await writeOutputFile(io, flags.csv, csv, lang))) return setExit(EXIT.cannotOpen);
      } else {
        io.out(`${predictionLines(run, lang).join('\n')}\n`);
      }
      if (flags.output !== undefined) {
        if (!(await writeOutputFile(io, flags.output, await port.save(), lang))) {
          return setExit(EXIT.cannotOpen);
        }
      }
      if (structure.report.rejected > 0) setExit(EXIT.findings);
    });
}

/** The predictions as a terminal table, in predicted-date order. */
function predictionLines(run: AnalysisRun, lang: Lang): string[] {
  const names = new Map(run.receivables.structure.customers.map((c) => [c.id, c.name]));
  const header =
    lang === 'zh'
      ? ['发票号', '客户', '币种', '未清', '到期日', '预计回款日', '最早', '最晚', '方法']
      : ['Invoice', 'Customer', 'Currency', 'Open', 'Due', 'Predicted', 'Low', 'High', 'Method'];
  const rows = run.figures.currencies.flatMap(({ currency, predictions }) =>
    predictions.map((p) => [
      run.figures.items.get(p.invoiceId)?.documentNumber ?? p.invoiceId,
      names.get(p.customerId) ?? p.customerId,
      currency,
      formatYuan(p.open),
      p.due,
      p.predicted,
      p.low,
      p.high,
      methodWord(p.method, lang),
    ]),
  );
  if (rows.length === 0) {
    return [
      lang === 'zh'
        ? `截至 ${run.figures.asOf} 没有未清发票。`
        : `Nothing is open on ${run.figures.asOf}.`,
    ];
  }
  return textTable([header, ...rows], [false, false, false, true]);
}
