import { excelOverTwin } from '../adapters/excelTwinSubject';
import { describeWorkbookContract } from './workbookContract';

describeWorkbookContract('Excel adapter over the strict twin', (seed) =>
  Promise.resolve(excelOverTwin(seed)),
);
