/**
 * `cashier-desk letters <in.xlsx> --as-of YYYY-MM-DD --out <dir>`: reminder letters (催款函) or
 * account confirmations (对账函) for a workbook, written into <dir> as one .docx per letter, the
 * .zip of them all and index.csv. With -o the workbook is saved with its letter log, templates and
 * follow-up sheets; without it nothing records the numbers, and the next run would reuse them.
 */
import path from 'node:path';
import type { Command } from 'commander';
import { openXlsx, UnreadableWorkbookError } from '../../adapters/xlsx';
import { asIsoDay } from '../../domain/isoDay';
import { describeProblem, type Lang } from '../../domain/messages';
import { formatYuan } from '../../domain/money';
import type { CollectionsIssue } from '../../workbook/collections/collectionsIssue';
import { letterRunRecords, recordRuns } from '../../workbook/audit';
import { generateLetters } from '../../workbook/collections/generateLetters';
import { INDEX_FILE } from '../../workbook/letters/lettersZip';
import { EXIT } from '../cliIo';
import type { CliIo } from '../cliIo';
import { pickLang } from '../language';
import { workerLetterPress } from '../workerLetterPress';
import { currencyFlag, CURRENCY_OPTION, keepCurrencyFlag } from './currencyFlag';

interface LettersFlags {
  asOf: string;
  out: string;
  kind: string;
  lang?: string;
  customer?: string[];
  output?: string;
  currency?: string;
}

export function registerLetters(
  program: Command,
  io: CliIo,
  setExit: (code: number) => void,
): void {
  program
    .command('letters')
    .description('催款函 / 对账函 as .docx, a .zip and index.csv / reminder letters or statements')
    .argument('<in.xlsx>', "the cashier's workbook")
    .requiredOption('--as-of <date>', 'as-of date, YYYY-MM-DD')
    .requiredOption('--out <dir>', 'folder for the .docx files, the .zip and index.csv')
    .option('--kind <kind>', 'reminder (催款函) or statement (对账函)', 'reminder')
    .option('--lang <lang>', 'zh or en')
    .option('--customer <name...>', 'only these customers (id or name)')
    .option('-o, --output <out.xlsx>', 'save the workbook with its letter log here')
    .option(...CURRENCY_OPTION)
    .action(async (input: string, flags: LettersFlags) => {
      const lang = pickLang(flags.lang);
      const asOf = asIsoDay(flags.asOf);
      if (asOf === undefined || (flags.kind !== 'reminder' && flags.kind !== 'statement')) {
        io.err(usageWords(lang, asOf === undefined ? flags.asOf : flags.kind));
        setExit(EXIT.usage);
        return;
      }
      const structure = currencyFlag(io, flags.currency, lang);
      if (structure === undefined) return setExit(EXIT.usage);

      let workbook;
      try {
        workbook = await openXlsx(await io.readFile(input));
      } catch (error) {
        if (!(error instanceof UnreadableWorkbookError) && !isMissingFile(error)) throw error;
        io.err(`${input}: ${error instanceof Error ? error.message : String(error)}\n`);
        setExit(EXIT.cannotOpen);
        return;
      }
      await keepCurrencyFlag(io, workbook, structure, lang);

      const result = await generateLetters(workbook, {
        asOf,
        kind: flags.kind,
        lang,
        structure,
        // A large batch is printed on worker threads, one per core; a few letters stay in-thread.
        press: workerLetterPress(),
        ...(flags.customer ? { customers: flags.customer } : {}),
      });
      if (!result.zip) {
        for (const found of result.problems) io.err(`${issueText(found, lang)}\n`);
        setExit(EXIT.badInput);
        return;
      }
      await recordRuns(workbook, letterRunRecords(new Date().toISOString(), result));

      for (const file of result.files) {
        await io.writeFile(path.join(flags.out, file.name), file.bytes);
      }
      await io.writeFile(path.join(flags.out, `letters-${asOf}.zip`), result.zip);
      await io.writeFile(path.join(flags.out, INDEX_FILE), result.indexCsv);
      if (flags.output) await io.writeFile(flags.output, await workbook.save());

      for (const line of result.index) {
        io.out(`${line.number}\t${line.customerName}\t${formatYuan(line.amount)}\t${line.file}\n`);
      }
      io.out(summaryWords(lang, result.index.length, flags.out));
      if (!flags.output && result.index.length > 0) io.err(unsavedWords(lang));
    });
}

function issueText(found: CollectionsIssue, lang: Lang): string {
  const where =
    found.sheet === undefined
      ? ''
      : found.row === undefined
        ? `${found.sheet}: `
        : lang === 'zh'
          ? `${found.sheet} 第 ${found.row} 行：`
          : `${found.sheet} row ${found.row}: `;
  const customer = found.problem.detail?.customer;
  return `${where}${customer === undefined ? '' : `${customer}: `}${describeProblem(found.problem, lang)}`;
}

function usageWords(lang: Lang, text: string): string {
  return lang === 'zh'
    ? `无法识别“${text}”：--as-of 写作 YYYY-MM-DD，--kind 为 reminder 或 statement。\n`
    : `Cannot read "${text}": --as-of is YYYY-MM-DD and --kind is reminder or statement.\n`;
}

function summaryWords(lang: Lang, count: number, dir: string): string {
  return lang === 'zh'
    ? `共 ${count} 封函件，已写入 ${dir}\n`
    : `${count} letter(s) written to ${dir}\n`;
}

function unsavedWords(lang: Lang): string {
  return lang === 'zh'
    ? '未用 -o 保存工作簿：本次函号没有登记，下次运行会再次使用。\n'
    : 'The workbook was not saved (-o): these letter numbers are not logged and will be used again.\n';
}

function isMissingFile(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}
