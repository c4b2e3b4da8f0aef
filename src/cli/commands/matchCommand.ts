/**
 * `cashier-desk match <in.xlsx> --statement <file> ... -o <out.xlsx> [--csv matches.csv]`: reads
 * bank, Alipay and WeChat Pay statements, matches incoming money to customers and invoices, and
 * writes the 收款匹配 Matches sheet and the ledger with the matched receipts. Importing the same
 * statement again adds nothing.
 */
import path from 'node:path';
import type { Command } from 'commander';
import { openXls } from '../../adapters/xls';
import { openXlsx } from '../../adapters/xlsx';
import { asIsoDay, type IsoDay } from '../../domain/isoDay';
import { describeProblem, type Lang } from '../../domain/messages';
import { formatYuanPlain } from '../../domain/money';
import { matchRunRecord, recordRun } from '../../workbook/audit';
import { csvText } from '../../workbook/letters/csvText';
import type { MatchRecord } from '../../workbook/statements/matchesSheet';
import { matchStatements, writeStatementMatches } from '../../workbook/statements/matchStatements';
import { readStatement } from '../../workbook/statements/readStatement';
import type { StatementRead } from '../../workbook/statements/statementTypes';
import { structureWorkbook } from '../../workbook/structure/structureWorkbook';
import { writeStructure } from '../../workbook/structure/writeStructure';
import { currencyFlag, CURRENCY_OPTION, keepCurrencyFlag } from './currencyFlag';
import { EXIT } from '../cliIo';
import type { CliIo } from '../cliIo';
import { pickLang } from '../language';

interface MatchFlags {
  statement: string[];
  output: string;
  csv?: string;
  asOf?: string;
  lang?: string;
  currency?: string;
}

export function registerMatch(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('match')
    .description(
      '收款匹配 / match bank, Alipay and WeChat Pay statements to customers and invoices',
    )
    .argument('<in.xlsx>', 'the cashier workbook')
    .requiredOption(
      '--statement <file>',
      'statement: .csv (UTF-8 or GBK), .xlsx or .xls; repeat for several',
      (value: string, list: string[] = []) => [...list, value],
    )
    .requiredOption('-o, --output <out.xlsx>', 'where to write the workbook')
    .option('--csv <matches.csv>', 'also write the matches as CSV (UTF-8 with BOM)')
    .option('--as-of <date>', 'as-of date YYYY-MM-DD (default: the latest statement line)')
    .option('--lang <lang>', 'zh or en')
    .option(...CURRENCY_OPTION)
    .action(async (input: string, flags: MatchFlags) => {
      setExit(await runMatch(input, flags, io));
    });
}

async function runMatch(input: string, flags: MatchFlags, io: CliIo): Promise<number> {
  const lang = pickLang(flags.lang);
  const structure = currencyFlag(io, flags.currency, lang);
  if (structure === undefined) return EXIT.usage;
  const port = await openXlsx(await io.readFile(input));
  await keepCurrencyFlag(io, port, structure, lang);

  const reads: StatementRead[] = [];
  for (const file of flags.statement) {
    const read = await readStatement(
      { name: path.basename(file), bytes: await io.readFile(file) },
      { openWorkbook: (bytes) => openXlsx(bytes), openLegacyWorkbook: (bytes) => openXls(bytes) },
    );
    if (read.problem) {
      io.err(`${describeProblem(read.problem, lang)}\n`);
      return EXIT.badInput;
    }
    reads.push(read);
  }

  const asOf = flags.asOf === undefined ? latestDay(reads) : asIsoDay(flags.asOf);
  if (asOf === undefined) {
    io.err(
      lang === 'zh'
        ? `截止日“${flags.asOf}”应为 YYYY-MM-DD。\n`
        : `--as-of "${flags.asOf}" must be YYYY-MM-DD.\n`,
    );
    return EXIT.usage;
  }

  const book = await structureWorkbook(port, structure);
  const result = await matchStatements(port, {
    customers: book.customers,
    ledger: book.entries,
    statements: reads,
    asOf,
  });
  await writeStatementMatches(port, result, book.customers);
  await writeStructure(port, { ...book, entries: [...book.entries, ...result.statementEntries] });
  await recordRun(port, matchRunRecord(new Date().toISOString(), reads, result));
  await io.writeFile(flags.output, await port.save());

  if (flags.csv !== undefined) {
    const names = new Map(book.customers.map((c) => [c.id, c.name]));
    await io.writeFile(flags.csv, matchesCsv(result.lines, names, lang));
  }

  for (const read of reads) {
    const receipts = read.receipts.length;
    const skipped = read.lines.filter((l) => l.outcome === 'skipped').length;
    const rejected = read.lines.filter((l) => l.outcome === 'rejected').length;
    io.out(
      `${read.file}: ${read.lines.length} = ${receipts} receipts + ${skipped} skipped + ${rejected} rejected\n`,
    );
  }
  const c = result.counts;
  io.out(
    `matched ${c.matched}, needs-review ${c['needs-review']}, unmatched ${c.unmatched}, duplicate ${c.duplicate}, as of ${asOf}\n`,
  );
  return c['needs-review'] + c.unmatched + c.rejected > 0 ? EXIT.findings : EXIT.ok;
}

function latestDay(reads: readonly StatementRead[]): IsoDay | undefined {
  let latest: IsoDay | undefined;
  for (const read of reads) {
    for (const receipt of read.receipts)
      if (latest === undefined || receipt.date > latest) latest = receipt.date;
  }
  return latest ?? ('1970-01-01' as IsoDay);
}

/** CSV: date,payer,amount,customer,invoices,reason,confidence,status; amounts in yuan. */
export function matchesCsv(
  lines: readonly MatchRecord[],
  names: ReadonlyMap<string, string>,
  lang: Lang,
): string {
  return csvText([
    ['date', 'payer', 'amount', 'customer', 'invoices', 'reason', 'confidence', 'status'],
    ...lines.map((line) => [
      line.date ?? '',
      line.payer,
      line.amount === undefined ? '' : formatYuanPlain(line.amount),
      line.customerId === undefined ? '' : (names.get(line.customerId) ?? line.customerId),
      line.invoices,
      describeProblem(
        { code: line.reasonCode, ...(line.reasonDetail ? { detail: line.reasonDetail } : {}) },
        lang,
      ),
      line.confidence.toFixed(2),
      line.status,
    ]),
  ]);
}
