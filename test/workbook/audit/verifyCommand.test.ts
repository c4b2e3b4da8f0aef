import { openXlsx } from '../../../src/adapters/xlsx';
import { main } from '../../../src/cli/main';
import type { CliIo } from '../../../src/cli/cliIo';
import { AUDIT_SHEET, readAuditRows } from '../../../src/workbook/audit';
import { auditTable } from '../../../src/workbook/audit/auditSheet';
import { CHINESE_WORKBOOK } from '../../fixtures/chineseWorkbook';
import { seedToXlsx } from '../../support/seedXlsx';

function memoryIo(
  files: Map<string, Uint8Array | string>,
): CliIo & { out: jest.Mock; text(): string } {
  const printed: string[] = [];
  const out = jest.fn((t: string) => printed.push(t));
  return {
    out,
    err: (t) => printed.push(t),
    text: () => printed.join(''),
    readFile: async (file) => {
      const data = files.get(file);
      if (data === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return typeof data === 'string' ? new TextEncoder().encode(data) : data;
    },
    writeFile: async (file, data) => {
      files.set(file, data);
    },
  };
}

describe('cashier-desk verify', () => {
  it('passes a workbook the structure and aging commands wrote, each run on the trail', async () => {
    const files = new Map<string, Uint8Array | string>([
      ['in.xlsx', await seedToXlsx(CHINESE_WORKBOOK)],
    ]);
    const io = memoryIo(files);

    await main(['structure', 'in.xlsx', '-o', 'one.xlsx'], io);
    await main(
      ['aging', 'one.xlsx', '--as-of', '2024-03-31', '-o', 'two.xlsx', '--csv', 'a.csv'],
      io,
    );
    const port = await openXlsx(files.get('two.xlsx') as Uint8Array);
    const trail = await readAuditRows(port, AUDIT_SHEET);
    expect(trail.map((row) => [row.seq, row.action])).toEqual([
      [1, 'structure'],
      [2, 'aging'],
    ]);
    expect(trail[1]!.result).toBe('as of 2024-03-31');
    expect(trail[0]!.time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);

    const verifyIo = memoryIo(files);
    expect(await main(['verify', 'two.xlsx', '--lang', 'en'], verifyIo)).toBe(0);
    expect(verifyIo.text()).toMatch(
      /Checked 2 audit rows, \d+ ledger rows and \d+ customer rows: 0 findings\./,
    );
  });

  it('exits 1 and names each finding when the trail lost a row', async () => {
    const files = new Map<string, Uint8Array | string>([
      ['in.xlsx', await seedToXlsx(CHINESE_WORKBOOK)],
    ]);
    const io = memoryIo(files);
    await main(['structure', 'in.xlsx', '-o', 'one.xlsx'], io);
    await main(['structure', 'one.xlsx', '-o', 'two.xlsx'], io);
    await main(['structure', 'two.xlsx', '-o', 'three.xlsx'], io);

    const port = await openXlsx(files.get('three.xlsx') as Uint8Array);
    const trail = await readAuditRows(port, AUDIT_SHEET);
    await port.writeOwnedTable(auditTable(AUDIT_SHEET, [trail[0]!, trail[2]!]));
    files.set('tampered.xlsx', await port.save());

    const verifyIo = memoryIo(files);
    const code = await main(
      ['verify', 'tampered.xlsx', '--lang', 'zh', '--json', 'f.json'],
      verifyIo,
    );
    expect(code).toBe(1);
    expect(verifyIo.text()).toContain(
      '“审计记录”第 3 行（序号 3）之前的记录被删除了（缺少序号 2）。',
    );
    const report = JSON.parse(files.get('f.json') as string) as { findings: unknown[] };
    expect(report.findings).toHaveLength(1);
  });

  it('says why it cannot open a file that is not there, with exit 66', async () => {
    const io = memoryIo(new Map());
    expect(await main(['verify', 'nowhere.xlsx', '--lang', 'en'], io)).toBe(66);
    expect(io.text()).toContain('the file does not exist');
  });
});
