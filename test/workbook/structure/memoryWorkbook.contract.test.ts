import { describeWorkbookContract } from '../../contract/workbookContract';
import { memorySubject } from '../../support/memoryWorkbook';

// The in-memory twin the structuring tests and bench use must keep the same contract as the
// real adapters, or what passes here could fail on a real workbook.
describeWorkbookContract('the in-memory workbook', memorySubject);
