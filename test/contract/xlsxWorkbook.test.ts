import { describeWorkbookContract } from './workbookContract';
import { makeXlsxSubject } from '../support/xlsxSubject';

describeWorkbookContract('The .xlsx adapter', makeXlsxSubject);
