/**
 * Outside Excel: the cashier opens an .xlsx file, the screens work on it in memory, and "save"
 * hands back the changed file as a download. The .xlsx adapter is loaded on first use so the
 * Excel path never downloads it.
 */
import type { XlsxWorkbook } from '../../adapters/xlsx';
import { InvalidArgumentError } from '../../domain/problem';
import type { WorkbookHost } from './workbookHost';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function standaloneHost(): WorkbookHost {
  let workbook: XlsxWorkbook | undefined;
  let name: string | undefined;

  return {
    mode: 'standalone',
    current: () => workbook,
    workbookName: () => name,
    openFile: async (fileName, bytes) => {
      const { openXlsx } = await import(/* webpackChunkName: "xlsx" */ '../../adapters/xlsx');
      workbook = await openXlsx(bytes);
      name = fileName;
    },
    saveToFile: async () => {
      if (!workbook || !name)
        throw new InvalidArgumentError(
          'saveToFile() needs an open workbook: check canSave() first',
        );
      return { name, bytes: await workbook.save(), type: XLSX_TYPE };
    },
    selectCell: () => Promise.resolve(false),
  };
}
