/** The Office.js adapter over a fresh strict twin, as the contract suite and adapter tests use it. */
import { ExcelWorkbook } from '../../src/adapters/excel/excelWorkbook';
import type { ExcelRun } from '../../src/adapters/excel/officeHost';
import type { ContractSubject, SeedWorkbook } from '../contract/seed';
import type { ExcelTwinOptions } from '../twin/excelTwin';
import { ExcelTwin } from '../twin/excelTwin';

export interface TwinSubject extends ContractSubject {
  readonly twin: ExcelTwin;
  readonly port: ExcelWorkbook;
}

export function excelOverTwin(seed: SeedWorkbook, options: ExcelTwinOptions = {}): TwinSubject {
  const twin = new ExcelTwin(seed, options);
  const port = new ExcelWorkbook(twin.run as unknown as ExcelRun, {
    isSetSupported: twin.isSetSupported,
    wait: () => Promise.resolve(),
  });
  return { twin, port, dump: () => Promise.resolve(twin.dump()) };
}
