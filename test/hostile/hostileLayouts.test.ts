import { openXlsx } from '../../src/adapters/xlsx';
import { verifyWorkbook } from '../../src/workbook/audit';
import { structureWorkbook } from '../../src/workbook/structure/structureWorkbook';
import { writeStructure } from '../../src/workbook/structure/writeStructure';
import { seedToXlsx } from '../support/seedXlsx';
import { dumpXlsx } from '../support/xlsxSubject';
import { HOSTILE_LAYOUTS } from './hostileLayouts';

describe('hostile workbook layouts', () => {
  it.each(HOSTILE_LAYOUTS.map((layout) => [layout.name, layout] as const))(
    '%s: structures to its expected outcome, writes, reads back and verifies clean',
    async (_, layout) => {
      const input = await seedToXlsx(layout.seed);
      const port = await openXlsx(input);
      const result = await structureWorkbook(port);

      expect({
        rowsIn: result.report.rowsIn,
        imported: result.report.imported,
        skipped: result.report.skipped,
        rejected: result.report.rejected,
        customers: result.customers.length,
        problems: [...result.report.problems, ...result.report.sheets.flatMap((s) => s.problems)]
          .map((p) => p.code)
          .sort(),
      }).toEqual(layout.expected);

      await writeStructure(port, result);
      const saved = await port.save();
      const verified = await verifyWorkbook(await openXlsx(saved));
      expect(verified.findings).toEqual([]);

      // The cashier's sheets come out exactly as they went in.
      const before = await dumpXlsx(input);
      const after = (await dumpXlsx(saved)).filter((s) => before.some((b) => b.name === s.name));
      expect(after.map((s) => [s.name, s.cells, s.visibility])).toEqual(
        before.map((s) => [s.name, s.cells, s.visibility]),
      );
    },
  );
});
