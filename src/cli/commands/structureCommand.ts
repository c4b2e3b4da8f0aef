/**
 * `cashier-desk structure <in.xlsx> -o <out.xlsx> [--report report.json] [--lang zh|en]`: the
 * input workbook with Cashier Desk's sheets (客户档案, 台账, 导入报告) added or refreshed, and a
 * summary of the import: rows in, imported, skipped and rejected per sheet, amounts per currency.
 * Exits 1 (findings) when rows were rejected, so a scheduled job notices.
 */
import type { Command } from 'commander';
import { UnreadableWorkbookError, openXlsx, type XlsxWorkbook } from '../../adapters/xlsx';
import { describeProblem, type Lang } from '../../domain/messages';
import type { Problem } from '../../domain/problem';
import { recordRun, structureRunRecord } from '../../workbook/audit';
import { importSummaryLines, rejectedLines } from '../../workbook/receivables';
import { withStatementReceipts } from '../../workbook/statements/statementReceipts';
import { structureWorkbook } from '../../workbook/structure/structureWorkbook';
import { writeStructure } from '../../workbook/structure/writeStructure';
import { EXIT } from '../cliIo';
import type { CliIo } from '../cliIo';
import { pickLang } from '../language';
import { currencyFlag, CURRENCY_OPTION, keepCurrencyFlag } from './currencyFlag';

interface StructureFlags {
  output: string;
  report?: string;
  lang?: string;
  currency?: string;
}

/** The language flag, or undefined after telling the user a bad one (a usage error). */
export function langFlag(io: CliIo, flag: string | undefined): Lang | undefined {
  if (flag !== undefined && flag !== 'zh' && flag !== 'en') {
    io.err(
      `${describeProblem({ code: 'cli.bad-lang', detail: { text: flag } }, pickLang(undefined))}\n`,
    );
    return undefined;
  }
  return pickLang(flag);
}

const FILE_ERRORS: Readonly<Record<string, { zh: string; en: string }>> = {
  ENOENT: { zh: '文件不存在', en: 'the file does not exist' },
  EACCES: { zh: '没有读取权限', en: 'permission denied' },
  EPERM: { zh: '没有权限', en: 'permission denied' },
  EISDIR: { zh: '这是一个文件夹', en: 'it is a folder' },
};

/** Why a file operation failed, in words rather than a stack. */
export function fileErrorWords(error: unknown, lang: Lang): string {
  if (error instanceof UnreadableWorkbookError) {
    return describeProblem({ code: error.code, detail: { reason: error.reason } }, lang);
  }
  const code = (error as { code?: unknown } | null)?.code;
  const known = typeof code === 'string' ? FILE_ERRORS[code] : undefined;
  if (known !== undefined) return known[lang];
  return error instanceof Error ? error.message : String(error);
}

/** Opens an .xlsx for a command; on failure says why and returns undefined (exit cannotOpen). */
export async function openWorkbookFile(
  io: CliIo,
  file: string,
  lang: Lang,
): Promise<XlsxWorkbook | undefined> {
  try {
    return await openXlsx(await io.readFile(file));
  } catch (error) {
    const reason = fileErrorWords(error, lang);
    io.err(`${describeProblem({ code: 'cli.cannot-open', detail: { file, reason } }, lang)}\n`);
    return undefined;
  }
}

/** Writes a file for a command; on failure says why and returns false. */
export async function writeOutputFile(
  io: CliIo,
  file: string,
  data: Uint8Array | string,
  lang: Lang,
): Promise<boolean> {
  try {
    await io.writeFile(file, data);
    return true;
  } catch (error) {
    const reason = fileErrorWords(error, lang);
    io.err(`${describeProblem({ code: 'cli.cannot-write', detail: { file, reason } }, lang)}\n`);
    return false;
  }
}

export function problemLines(problems: readonly Problem[], lang: Lang): string[] {
  return problems.map((problem) => describeProblem(problem, lang));
}

export function registerStructure(
  program: Command,
  io: CliIo,
  setExit: (code: number) => void,
): void {
  program
    .command('structure')
    .description(
      '整理台账 / structure a raw workbook into customer files, ledger and import report',
    )
    .argument('<in>', 'the workbook to read (.xlsx)')
    .requiredOption('-o, --output <file>', 'where to write the workbook with the owned sheets')
    .option('--report <file>', 'also write the import report as JSON')
    .option('--lang <lang>', 'zh or en for the summary')
    .option(...CURRENCY_OPTION)
    .action(async (input: string, flags: StructureFlags) => {
      const lang = langFlag(io, flags.lang);
      if (lang === undefined) return setExit(EXIT.usage);
      const currency = currencyFlag(io, flags.currency, lang);
      if (currency === undefined) return setExit(EXIT.usage);
      const port = await openWorkbookFile(io, input, lang);
      if (port === undefined) return setExit(EXIT.cannotOpen);
      await keepCurrencyFlag(io, port, currency, lang);

      const result = await structureWorkbook(port, currency);
      // 台账 keeps the receipts statement imports brought in; the report counts the cashier's rows.
      const written = await writeStructure(port, await withStatementReceipts(port, result));
      await recordRun(port, structureRunRecord(new Date().toISOString(), 'structure', result));
      if (!(await writeOutputFile(io, flags.output, await port.save(), lang))) {
        return setExit(EXIT.cannotOpen);
      }
      if (flags.report !== undefined) {
        const json = JSON.stringify(
          { sheets: written, report: result.report, mergeProposals: result.mergeProposals },
          null,
          2,
        );
        if (!(await writeOutputFile(io, flags.report, `${json}\n`, lang))) {
          return setExit(EXIT.cannotOpen);
        }
      }

      const lines = [
        ...importSummaryLines(result.report, lang),
        '',
        ...rejectedLines(result.report, lang),
        ...problemLines([...result.report.problems, ...written.problems], lang),
      ];
      io.out(`${lines.join('\n')}\n`);
      if (result.report.rejected > 0) setExit(EXIT.findings);
    });
}
