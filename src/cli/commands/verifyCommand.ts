/**
 * `cashier-desk verify <in.xlsx> [--lang zh|en] [--json report.json]`: checks the audit trail's
 * hash chain and compares the owned ledger and customer sheets with the cashier's sheets, naming
 * every edited, removed or inserted row. Exits 1 (findings) when anything is found.
 */
import type { Command } from 'commander';
import { describeProblem } from '../../domain/messages';
import { verifySummary, verifyWorkbook } from '../../workbook/audit';
import { EXIT } from '../cliIo';
import type { CliIo } from '../cliIo';
import { langFlag, openWorkbookFile, writeOutputFile } from './structureCommand';

interface VerifyFlags {
  lang?: string;
  json?: string;
}

// Enough lines to act on; the JSON report holds them all.
const LISTED_FINDINGS = 200;

export function registerVerify(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('verify')
    .description('核对 / check the audit trail and the ledger against the cashier sheets')
    .argument('<in>', 'the workbook to check (.xlsx)')
    .option('--json <file>', 'also write every finding as JSON')
    .option('--lang <lang>', 'zh or en')
    .action(async (input: string, flags: VerifyFlags) => {
      const lang = langFlag(io, flags.lang);
      if (lang === undefined) return setExit(EXIT.usage);
      const port = await openWorkbookFile(io, input, lang);
      if (port === undefined) return setExit(EXIT.cannotOpen);

      const result = await verifyWorkbook(port);
      if (flags.json !== undefined) {
        const json = JSON.stringify(result, null, 2);
        if (!(await writeOutputFile(io, flags.json, `${json}\n`, lang))) {
          return setExit(EXIT.cannotOpen);
        }
      }

      const { findings } = result;
      const lines = [
        ...findings.slice(0, LISTED_FINDINGS).map((f) => describeProblem(f.problem, lang)),
        ...(findings.length > LISTED_FINDINGS
          ? [
              describeProblem(
                {
                  code: 'verify.more-findings',
                  detail: { count: findings.length - LISTED_FINDINGS },
                },
                lang,
              ),
            ]
          : []),
        ...result.notes.map((note) => describeProblem(note, lang)),
        describeProblem(verifySummary(result), lang),
      ];
      io.out(`${lines.join('\n')}\n`);
      if (findings.length > 0) setExit(EXIT.findings);
    });
}
