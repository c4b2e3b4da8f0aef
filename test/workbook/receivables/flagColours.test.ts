/**
 * The Aging and Credit sheets colour each flag and the Aging sheet carries a chart, so a cashier
 * sees who to stop at a glance and keeps the colours when sorting or filtering.
 */
import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import type { IsoDay } from '../../../src/domain/isoDay';
import { runReceivables } from '../../../src/workbook/receivables';
import { SMALL_LEDGER, xlsxOf } from './receivablesFixtures';

const AS_OF = '2024-03-31' as IsoDay;

interface ReadRules {
  conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[];
}

async function savedAfterRun(): Promise<Uint8Array> {
  const port = await xlsxOf(SMALL_LEDGER);
  const outcome = await runReceivables(port, { asOf: AS_OF });
  if (!outcome.ok) throw new Error(`run stopped: ${outcome.problem.code}`);
  return port.save();
}

function flagRules(workbook: ExcelJS.Workbook, sheet: string): (string | undefined)[] {
  // ExcelJS reads conditional formatting into the worksheet but its typings do not declare it.
  const read = workbook.getWorksheet(sheet) as unknown as ReadRules;
  return (read.conditionalFormattings ?? []).flatMap((block) =>
    block.rules.map((rule) => (rule as ExcelJS.CellIsRuleType).formulae?.[0]),
  );
}

describe('flag colours and the aging chart', () => {
  it('colours every flag on the Aging and Credit sheets', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await savedAfterRun()) as unknown as ExcelJS.Buffer);

    for (const sheet of ['账龄分析', '信用评估']) {
      expect(flagRules(workbook, sheet)).toEqual(['"OK"', '"WATCH"', '"WARN"', '"HOLD"']);
    }
  });

  it('draws the customers’ aging as a chart on the Aging sheet, leaving the TOTAL line out', async () => {
    const parts = unzipSync(await savedAfterRun());
    const charts = Object.keys(parts).filter((name) => /^xl\/charts\/chart\d+\.xml$/.test(name));

    expect(charts).toHaveLength(1);
    const chart = strFromU8(parts[charts[0] as string] as Uint8Array);
    expect(chart).toContain('各客户账龄分布');
    expect(chart).not.toContain('合计 TOTAL');
  });
});
