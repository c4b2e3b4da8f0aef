/** Inside Excel: the open workbook through Office.js; Excel saves it, and cells can be selected. */
import { ExcelWorkbook } from '../../adapters/excel/excelWorkbook';
import { selectSourceCell } from '../../adapters/excel/selectCell';
import type { WorkbookHost } from './workbookHost';

export function excelHost(): WorkbookHost {
  const port = new ExcelWorkbook();
  return {
    mode: 'excel',
    current: () => port,
    workbookName: () => undefined,
    selectCell: async (sheet, row, column) => {
      await selectSourceCell(sheet, row, column);
      return true;
    },
  };
}
