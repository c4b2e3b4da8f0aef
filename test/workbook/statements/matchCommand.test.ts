import path from 'node:path';
import { Command } from 'commander';
import { openXlsx } from '../../../src/adapters/xlsx';
import type { CliIo } from '../../../src/cli/cliIo';
import { registerMatch } from '../../../src/cli/commands/matchCommand';
import { readMatchRecords } from '../../../src/workbook/statements/matchesSheet';
import { STATEMENT_BOOK } from '../../fixtures/statements/statementBook';
import { seedToXlsx } from '../../support/seedXlsx';
import { memoryCliIo } from '../../support/memoryCliIo';

const FIXTURES = path.resolve(__dirname, '../../fixtures/statements');

/** Files in memory; the statements are the real fixture files. */
function memoryIo(files: Map<string, Uint8Array | string>): CliIo & { text: string[] } {
  const io = memoryCliIo(files, FIXTURES);
  return { ...io, text: io.printed };
}

async function cli(io: CliIo, args: string[]): Promise<number> {
  let exit = 0;
  const program = new Command().exitOverride();
  registerMatch(program, io, (code) => {
    exit = Math.max(exit, code);
  });
  await program.parseAsync(args, { from: 'user' });
  return exit;
}

describe('cashier-desk match', () => {
  it('writes the workbook with the Matches sheet and a safe UTF-8 CSV, and a second run adds nothing', async () => {
    const files = new Map<string, Uint8Array | string>([
      ['in.xlsx', await seedToXlsx(STATEMENT_BOOK)],
    ]);
    const io = memoryIo(files);
    const args = [
      'match',
      'in.xlsx',
      '--statement',
      'icbc-2026-11.gbk.csv',
      '--statement',
      'wechat-2026-11.utf8bom.csv',
    ];

    const exit = await cli(io, [...args, '-o', 'out.xlsx', '--csv', 'matches.csv', '--lang', 'en']);

    expect(exit).toBe(1);
    expect(io.text.join('')).toContain(
      'icbc-2026-11.gbk.csv: 15 = 3 receipts + 11 skipped + 1 rejected',
    );
    const csv = files.get('matches.csv') as string;
    expect(
      csv.startsWith('\uFEFFdate,payer,amount,customer,invoices,reason,confidence,status\r\n'),
    ).toBe(true);
    expect(csv).toContain(
      '2026-11-04,广州南星五金有限公司,10000.00,广州南星五金有限公司,"FP-2026-601, FP-2026-602","Open invoices FP-2026-601, FP-2026-602 add up',
    );
    expect(csv).toContain(',0.98,matched\r\n');

    const out = await openXlsx(files.get('out.xlsx') as Uint8Array);
    const first = await readMatchRecords(out);
    expect(first.length).toBe(15 + 24);

    files.set('in2.xlsx', files.get('out.xlsx') as Uint8Array);
    const io2 = memoryIo(files);
    await cli(io2, ['match', 'in2.xlsx', ...args.slice(2), '-o', 'out2.xlsx']);
    expect(io2.text.join('')).toContain('matched 0, needs-review 0, unmatched 0, duplicate 7');
    expect(
      (await readMatchRecords(await openXlsx(files.get('out2.xlsx') as Uint8Array))).length,
    ).toBe(39);
  });

  it('neutralises CSV values that Excel would run as formulas', async () => {
    const statement = [
      '交易日期,贷方发生额,对方户名,摘要',
      '2026-11-02,5.00,=HYPERLINK("x"),@SUM(1)',
    ].join('\n');
    const files = new Map<string, Uint8Array | string>([
      ['in.xlsx', await seedToXlsx(STATEMENT_BOOK)],
      ['evil.csv', statement],
    ]);
    const io = memoryIo(files);

    await cli(io, [
      'match',
      'in.xlsx',
      '--statement',
      'evil.csv',
      '-o',
      'out.xlsx',
      '--csv',
      'm.csv',
    ]);

    expect(files.get('m.csv')).toContain(`2026-11-02,"'=HYPERLINK(""x"")",5.00,`);
  });

  it('reads a binary .xls statement as its CSV source: the same Matches rows', async () => {
    const matches = async (statement: string): Promise<string[]> => {
      const files = new Map<string, Uint8Array | string>([
        ['in.xlsx', await seedToXlsx(STATEMENT_BOOK)],
      ]);
      const exit = await cli(memoryIo(files), [
        'match',
        'in.xlsx',
        '--statement',
        statement,
        '-o',
        'out.xlsx',
        '--as-of',
        '2026-11-30',
      ]);
      expect(exit).toBe(1);
      const records = await readMatchRecords(await openXlsx(files.get('out.xlsx') as Uint8Array));
      return records.map(
        (r) => `${r.line} ${r.status} ${r.customerId ?? '-'} ${r.amount} ${r.transactionId ?? ''}`,
      );
    };

    const fromXls = await matches('icbc-2026-11.xls');

    expect(fromXls).toEqual(await matches('icbc-2026-11.gbk.csv'));
    expect(fromXls.filter((row) => row.includes(' matched '))).toEqual([
      '6 matched C0006 1000000 ICBC202611040001',
      '7 matched C0001 1200000 ICBC202611050002',
      '11 matched C0002 500000 ICBC202611120006',
    ]);
  });

  it('refuses a damaged .xls statement with the advice to save it as .xlsx or .csv, writing nothing', async () => {
    const files = new Map<string, Uint8Array | string>([
      ['in.xlsx', await seedToXlsx(STATEMENT_BOOK)],
    ]);
    const io = memoryIo(files);

    const exit = await cli(io, [
      'match',
      'in.xlsx',
      '--statement',
      'old-export.xls',
      '-o',
      'out.xlsx',
      '--lang',
      'en',
    ]);

    expect(exit).toBe(65);
    expect(io.text.join('')).toContain('save it as .xlsx or .csv');
    expect(files.has('out.xlsx')).toBe(false);
  });
});
