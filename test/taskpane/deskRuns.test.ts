/**
 * The task pane's runs on the audit trail, over a real .xlsx: importing the cashier's sheets and
 * a statement append the rows `cashier-desk structure` and `match` append; confirming a line,
 * saving settings, adding a follow-up and logging letters append rows of their own; the cashier's
 * sheets stay as they were and the saved workbook verifies clean.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { openXlsx } from '../../src/adapters/xlsx';
import { main } from '../../src/cli/main';
import type { IsoDay } from '../../src/domain/isoDay';
import type { CurrencyCode, Fen } from '../../src/domain/money';
import { addFollowUpRow, logLetterRows } from '../../src/taskpane/desk/collectionsLog';
import { loadSettings, saveSettings } from '../../src/taskpane/desk/deskSettings';
import {
  confirmStatementLine,
  importCashierSheets,
  importStatementFiles,
} from '../../src/taskpane/desk/deskRuns';
import { AUDIT_SHEET, readAuditRows, verifyWorkbook } from '../../src/workbook/audit';
import { invoiceChoices } from '../../src/workbook/statements/confirmMatch';
import { readMatchRecords } from '../../src/workbook/statements/matchesSheet';
import { readStatement } from '../../src/workbook/statements/readStatement';
import { structureWorkbook } from '../../src/workbook/structure/structureWorkbook';
import { CHINESE_WORKBOOK } from '../fixtures/chineseWorkbook';
import { STATEMENT_BOOK } from '../fixtures/statements/statementBook';
import { seedToXlsx } from '../support/seedXlsx';
import { cashierHash } from '../workbook/receivables/receivablesFixtures';
import { memoryCliIo } from '../support/memoryCliIo';
import { comparableTrail } from '../support/comparableTrail';

const FIXTURES = path.resolve(__dirname, '../fixtures/statements');
const WECHAT = 'wechat-2026-11.utf8bom.csv';
const AS_OF = '2026-11-30' as IsoDay;
const NOW = '2026-12-04T10:00:00.000Z';

function fixture(file: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(FIXTURES, file)));
}

const trail = comparableTrail;

/** Runs a command on the statement book and returns the trail of the workbook it saved. */
async function commandTrail(args: readonly string[]) {
  const files = new Map<string, Uint8Array | string>([
    ['in.xlsx', await seedToXlsx(STATEMENT_BOOK)],
  ]);
  const io = memoryCliIo(files, FIXTURES);
  await main([args[0] ?? '', 'in.xlsx', ...args.slice(1), '-o', 'out.xlsx'], io);
  return trail(await openXlsx(files.get('out.xlsx') as Uint8Array));
}

describe('the task pane’s runs on the audit trail', () => {
  it('record import, statement import, confirm, settings, follow-up and letters, and verify clean', async () => {
    const port = await openXlsx(await seedToXlsx(STATEMENT_BOOK));
    const before = await cashierHash(port);

    const { result: book } = await importCashierSheets(port, {}, NOW);
    const read = await readStatement({ name: WECHAT, bytes: fixture(WECHAT) });
    const base = { book, cashier: book.entries, asOf: AS_OF };
    await importStatementFiles(port, base, [read], NOW);

    const waiting = (await readMatchRecords(port)).find((r) => r.file === WECHAT && r.line === 22);
    if (!waiting) throw new Error('line 22 was not imported');
    const choice = invoiceChoices(book.customers, book.entries, [], waiting, 'C0001', AS_OF).find(
      (c) => c.documentNumber === 'FP-2026-102',
    );
    const confirmed = await confirmStatementLine(
      port,
      base,
      { key: waiting.key, customerId: 'C0001', invoiceIds: [choice?.entryId ?? ''] },
      NOW,
    );
    expect(confirmed).toMatchObject({ ok: true });

    const settings = (await loadSettings(port, 'zh')).settings;
    const changed = await saveSettings(
      port,
      { ...settings, receivables: { ...settings.receivables, defaultTermsDays: 45 } },
      NOW,
    );
    expect(changed).toEqual(['defaultTermsDays', 'desk.letterSettings']);

    const customer = book.customers.find((c) => c.id === 'C0001');
    await addFollowUpRow(
      port,
      {
        customerId: 'C0001',
        date: '2026-12-01' as IsoDay,
        channel: 'phone',
        said: '月底前付清',
        promisedAmount: 50000 as Fen,
      },
      book.customers,
      'zh',
      NOW,
    );
    await logLetterRows(
      port,
      [
        {
          number: 'CD-2026-0001',
          date: AS_OF,
          customerId: 'C0001',
          customerName: customer?.name ?? '',
          kind: 'reminder',
          level: 2,
          amount: 120000 as Fen,
          currency: 'CNY' as CurrencyCode,
          channel: 'post',
          file: 'CD-2026-0001.docx',
        },
      ],
      book.customers,
      'zh',
      NOW,
      { considered: 2, problems: 1 },
    );

    const saved = await openXlsx(await port.save());
    const rows = await trail(saved);
    expect(rows.map((row) => row.action)).toEqual([
      'structure',
      'match',
      'confirm',
      'settings',
      'follow-up',
      'letters',
      'letter',
    ]);
    expect((await readAuditRows(saved, AUDIT_SHEET)).every((row) => row.time === NOW)).toBe(true);

    // The pane's import and statement rows are the commands' rows for the same workbook.
    expect(rows[0]).toEqual((await commandTrail(['structure']))[0]);
    const match = await commandTrail(['match', '--statement', WECHAT, '--as-of', AS_OF]);
    expect(rows[1]).toEqual(match[0]);

    expect(rows[2]).toMatchObject({ rowsIn: 1, rowsOut: 1, amountsOut: rows[2]?.amountsIn });
    expect(rows[2]?.result).toContain(`已确认“${WECHAT}”第 22 行的收款`);
    expect(rows[2]?.result).toContain(`Confirmed the receipt on line 22 of "${WECHAT}"`);
    expect(rows[3]).toMatchObject({ rowsOut: 2 });
    expect(rows[3]?.result).toContain('defaultTermsDays, desk.letterSettings');
    expect(rows[4]).toMatchObject({ amountsIn: 'CNY 500.00', rowsOut: 1 });
    expect(rows[4]?.result).toContain('2026-12-01，电话');
    expect(rows[4]?.result).toContain('2026-12-01, phone');
    expect(rows[5]).toMatchObject({ rowsIn: 2, rowsOut: 1, result: '1 letters, 1 problems' });
    expect(rows[6]?.result).toBe(
      `CD-2026-0001 reminder-2 level 2 ${customer?.name ?? ''} CD-2026-0001.docx`,
    );

    expect(await cashierHash(saved)).toBe(before);
    expect((await verifyWorkbook(saved)).findings).toEqual([]);
  });

  it('a line that cannot be confirmed writes nothing and records nothing', async () => {
    const port = await openXlsx(await seedToXlsx(STATEMENT_BOOK));
    const { result: book } = await importCashierSheets(port, {}, NOW);
    const base = { book, cashier: book.entries, asOf: AS_OF };

    const outcome = await confirmStatementLine(
      port,
      base,
      { key: 'no such line', customerId: 'C0001', invoiceIds: [] },
      NOW,
    );

    expect(outcome).toMatchObject({
      ok: false,
      problem: { code: 'statements.confirm-line-unknown' },
    });
    expect((await trail(port)).map((row) => row.action)).toEqual(['structure']);
  });

  it('an import of some sheets is what refresh and verify read afterwards', async () => {
    const book = await seedToXlsx({
      ...CHINESE_WORKBOOK,
      sheets: CHINESE_WORKBOOK.sheets.filter((sheet) => sheet.name !== '客户名单'),
    });
    const port = await openXlsx(book);

    const { result: imported } = await importCashierSheets(port, { sheets: ['1月'] }, NOW);
    const refreshed = await structureWorkbook(port);
    const saved = await openXlsx(await port.save());

    expect(refreshed.entries).toEqual(imported.entries);
    expect(refreshed.report.problems).toEqual(
      expect.arrayContaining([{ code: 'structure.sheet-left-out', detail: { sheet: '2月' } }]),
    );
    expect((await verifyWorkbook(saved)).findings).toEqual([]);
  });
});
