/**
 * Everything the owned Settings sheet (设置) holds: the as-of date, the workbook's language, the
 * receivables settings the engine uses, and the company details letters will print.
 */
import type { IsoDay } from '../../domain/isoDay';
import type { LetterCompany } from '../../domain/letters/letterData';
import type { Lang } from '../../domain/messages';
import { DEFAULT_CURRENCY, type CurrencyCode } from '../../domain/money';
import type { Problem } from '../../domain/problem';
import {
  DEFAULT_RECEIVABLES_SETTINGS,
  type ProvisionMethod,
  type ReceivablesSettings,
} from '../../domain/receivables';

export interface WorkbookSettings {
  /** Blank on the sheet: the caller must give one (a workflow never reads the clock). */
  readonly asOf: IsoDay | undefined;
  /** The language of words written into owned sheets (flag reasons, payment trails). */
  readonly lang: Lang;
  /** Currency of amounts and customers the cashier's sheets name none for (CNY unless set). */
  readonly defaultCurrency: CurrencyCode;
  readonly receivables: ReceivablesSettings;
  readonly provisionMethod: ProvisionMethod;
  readonly company: LetterCompany;
}

export const DEFAULT_COMPANY: LetterCompany = {
  name: '',
  accountName: '',
  accountNumber: '',
  bankName: '',
  contactPerson: '',
  contactPhone: '',
};

export const DEFAULT_WORKBOOK_SETTINGS: WorkbookSettings = {
  asOf: undefined,
  lang: 'zh',
  defaultCurrency: DEFAULT_CURRENCY,
  receivables: DEFAULT_RECEIVABLES_SETTINGS,
  provisionMethod: 'table',
  company: DEFAULT_COMPANY,
};

/** A problem found on the Settings sheet, with the row it is on when there is one. */
export interface SettingsIssue {
  readonly row?: number;
  /** The setting's bilingual label, as on the sheet. */
  readonly label?: string;
  readonly problem: Problem;
}

/** Chinese unless the workbook's locale is English. */
export function langOfLocale(locale: string | undefined): Lang {
  return locale !== undefined && /^en/i.test(locale) ? 'en' : 'zh';
}
