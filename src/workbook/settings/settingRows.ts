/**
 * The rows of the Settings sheet: a stable key, a bilingual label, how the value is written and
 * read back, and a note telling the cashier what may be typed. Reading never guesses: a value that
 * does not fit its row's form is reported with the form expected.
 */
import { parseDateSerial, parseDateText } from '../../domain/parseDate';
import type { DateSystem } from '../../domain/isoDay';
import type { LetterCompany } from '../../domain/letters/letterData';
import type { Problem } from '../../domain/problem';
import { DEFAULT_PROVISION_BANDS } from '../../domain/receivables';
import type { CreditThresholds, ProvisionMethod } from '../../domain/receivables';
import { currencyFromWord } from '../structure/entryWords';
import type { CellValue } from '../workbookPort';
import { bucketsFromText, bucketsToText } from './bucketText';
import { percentFromCell, percentText, ratesFromText, ratesText } from './percentText';
import type { WorkbookSettings } from './workbookSettings';

/** A settings draft that rows write into while the sheet is read. */
export type SettingsDraft = {
  -readonly [K in keyof WorkbookSettings]: WorkbookSettings[K];
};

export type ReadValue = { ok: true; apply: (draft: SettingsDraft) => void } | Problem;

export interface SettingRow {
  readonly key: string;
  readonly label: string;
  readonly note: string;
  /** The value as written on the sheet for these settings. */
  show(settings: WorkbookSettings): string;
  read(value: CellValue, dateSystem: DateSystem): ReadValue;
}

const unreadable = (value: CellValue, expected: string): Problem => ({
  code: 'settings.value-unreadable',
  detail: { text: cellText(value), expected },
});

export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'object') return value.error;
  return String(value).trim();
}

function wholeNumber(value: CellValue): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
  const text = cellText(value);
  return /^-?\d+$/.test(text) ? Number(text) : undefined;
}

function creditRow(
  key: keyof CreditThresholds,
  label: string,
  note: string,
  asPercent = false,
): SettingRow {
  return {
    key: `credit.${key}`,
    label,
    note,
    show: (s) =>
      asPercent ? percentText(s.receivables.credit[key]) : String(s.receivables.credit[key]),
    read: (value) => {
      const number = asPercent ? percentFromCell(value) : wholeNumber(value);
      if (number === undefined) {
        return unreadable(
          value,
          asPercent ? '百分比，如 80% / a percentage such as 80%' : '整数 / a whole number',
        );
      }
      return {
        ok: true,
        apply: (draft) => {
          draft.receivables = {
            ...draft.receivables,
            credit: { ...draft.receivables.credit, [key]: number },
          };
        },
      };
    },
  };
}

function companyRow(key: keyof LetterCompany, label: string): SettingRow {
  return {
    key: `company.${key}`,
    label,
    note: '催款函、对账函中使用 / printed on letters',
    show: (s) => s.company[key],
    read: (value) => ({
      ok: true,
      apply: (draft) => {
        draft.company = { ...draft.company, [key]: cellText(value) };
      },
    }),
  };
}

const BASIS_WORDS: Readonly<Record<string, 'due' | 'entry'>> = {
  due: 'due',
  到期日: 'due',
  按到期日: 'due',
  entry: 'entry',
  入账日: 'entry',
  按入账日: 'entry',
};

const METHOD_WORDS: Readonly<Record<string, ProvisionMethod>> = {
  table: 'table',
  账龄分析法: 'table',
  matrix: 'matrix',
  预期信用损失: 'matrix',
};

export const SETTING_ROWS: readonly SettingRow[] = [
  {
    key: 'asOf',
    label: '截止日 As-of date',
    note: '账龄、信用按此日计算；留空则由运行时给出 / blank: given when running. YYYY-MM-DD',
    show: (s) => s.asOf ?? '',
    read: (value, dateSystem) => {
      if (cellText(value) === '') return { ok: true, apply: (draft) => (draft.asOf = undefined) };
      const parsed =
        typeof value === 'number'
          ? parseDateSerial(value, dateSystem)
          : parseDateText(cellText(value));
      if (!parsed.ok) return unreadable(value, '日期 YYYY-MM-DD / a date YYYY-MM-DD');
      return { ok: true, apply: (draft) => (draft.asOf = parsed.value) };
    },
  },
  {
    key: 'language',
    label: '语言 Language',
    note: 'zh 中文 / en English：写入工作表的说明文字所用语言 / words written into the sheets',
    show: (s) => s.lang,
    read: (value) => {
      const text = cellText(value).toLowerCase();
      if (text !== 'zh' && text !== 'en') return unreadable(value, 'zh 或 en / zh or en');
      return { ok: true, apply: (draft) => (draft.lang = text) };
    },
  },
  {
    key: 'defaultCurrency',
    label: '默认币种 Default currency',
    note: '金额与客户未注明币种时使用，如 CNY、USD / for amounts and customers that name no currency',
    show: (s) => s.defaultCurrency,
    read: (value) => {
      // The same words the 币种 column takes (人民币, 美元, RMB) or any three-letter code.
      const currency = currencyFromWord(cellText(value));
      if (currency === undefined) {
        return unreadable(
          value,
          '三位字母币种代码，如 CNY、USD / a 3-letter code such as CNY, USD',
        );
      }
      return { ok: true, apply: (draft) => (draft.defaultCurrency = currency) };
    },
  },
  {
    key: 'agingBasis',
    label: '账龄口径 Aging basis',
    note: 'due 按到期日（管理口径） / entry 按入账日（年报口径）',
    show: (s) => s.receivables.agingBasis,
    read: (value) => {
      const basis = BASIS_WORDS[cellText(value).toLowerCase()];
      if (basis === undefined) return unreadable(value, 'due 或 entry / due or entry');
      return {
        ok: true,
        apply: (draft) => (draft.receivables = { ...draft.receivables, agingBasis: basis }),
      };
    },
  },
  {
    key: 'agingBuckets',
    label: '账龄分段 Aging buckets',
    note: 'days = 未到期,1-30,31-60,61-90,91-180,181-365,365天以上; annual = 1年以内…5年以上; 或各段上限天数 / or upper bounds such as 0,30,60,90',
    show: (s) => bucketsToText(s.receivables.agingBuckets),
    read: (value) => {
      const buckets = bucketsFromText(cellText(value));
      if (buckets === undefined) {
        return unreadable(
          value,
          'days、annual 或递增的天数如 0,30,60 / days, annual or rising day counts such as 0,30,60',
        );
      }
      return {
        ok: true,
        apply: (draft) => (draft.receivables = { ...draft.receivables, agingBuckets: buckets }),
      };
    },
  },
  {
    key: 'defaultTermsDays',
    label: '默认账期(天) Default terms (days)',
    note: '客户档案未写账期时使用 / for customers whose file names no terms',
    show: (s) => String(s.receivables.defaultTermsDays),
    read: (value) => {
      const days = wholeNumber(value);
      if (days === undefined) return unreadable(value, '整数天数 / a whole number of days');
      return {
        ok: true,
        apply: (draft) => (draft.receivables = { ...draft.receivables, defaultTermsDays: days }),
      };
    },
  },
  {
    key: 'provisionMethod',
    label: '坏账计提方法 Provision method',
    note: 'table 账龄分析法（按下行比例） / matrix 预期信用损失矩阵（历史不足时退回比例表）',
    show: (s) => s.provisionMethod,
    read: (value) => {
      const method = METHOD_WORDS[cellText(value).toLowerCase()];
      if (method === undefined) return unreadable(value, 'table 或 matrix / table or matrix');
      return { ok: true, apply: (draft) => (draft.provisionMethod = method) };
    },
  },
  {
    key: 'provisionRates',
    label: '坏账计提比例 Provision rates',
    note: '依次对应 1年以内,1-2年,2-3年,3-4年,4-5年,5年以上 / for each year band in turn',
    show: (s) => ratesText(s.receivables.provisionBands),
    read: (value) => {
      const rates = ratesFromText(cellText(value));
      if (rates === undefined) {
        return unreadable(value, '逗号分隔的百分比，如 5%,10% / percentages separated by commas');
      }
      if (rates.length !== DEFAULT_PROVISION_BANDS.length) {
        return {
          code: 'settings.rates-count',
          detail: {
            count: rates.length,
            expected: DEFAULT_PROVISION_BANDS.length,
            bands: DEFAULT_PROVISION_BANDS.map((band) => band.zh).join(','),
          },
        };
      }
      return { ok: true, apply: (draft) => applyRates(draft, rates) };
    },
  },
  creditRow(
    'gradeAFrom',
    'A级最低分 Grade A from score',
    '评分不低于此为A级 / score at or above: grade A',
  ),
  creditRow(
    'gradeBFrom',
    'B级最低分 Grade B from score',
    '评分不低于此为B级 / score at or above: grade B',
  ),
  creditRow(
    'gradeCFrom',
    'C级最低分 Grade C from score',
    '评分不低于此为C级，更低为D级 / below: grade D',
  ),
  creditRow(
    'watchBelowScore',
    '关注分数线 Watch below score',
    '评分低于此：关注 / score below: WATCH',
  ),
  creditRow(
    'warnBelowScore',
    '预警分数线 Warn below score',
    '评分低于此：预警 / score below: WARN',
  ),
  creditRow(
    'holdBelowScore',
    '停止赊销分数线 Hold below score',
    '评分低于此：停止赊销 / score below: HOLD',
  ),
  creditRow(
    'warnOverdueDays',
    '预警逾期天数 Warn over days overdue',
    '最长逾期超过此天数：预警 / oldest overdue beyond: WARN',
  ),
  creditRow(
    'holdOverdueDays',
    '停止赊销逾期天数 Hold over days overdue',
    '最长逾期超过此天数：停止赊销 / oldest overdue beyond: HOLD',
  ),
  creditRow(
    'watchLimitUseBp',
    '额度使用关注线 Watch at limit use',
    '余额占信用额度达到此比例：关注 / balance share of the limit: WATCH',
    true,
  ),
  creditRow(
    'worseningTrendDays',
    '恶化判定天数 Worsening by days late',
    '近3个月平均逾期比之前多出此天数：趋势恶化 / recent days late worse by more than',
  ),
  creditRow(
    'gradeAGraceDays',
    'A级宽限天数 Grade A grace days',
    'A级客户逾期不超过此天数不提示 / grade A overdue within: no flag',
  ),
  companyRow('name', '公司名称 Company name'),
  companyRow('accountName', '收款户名 Account name'),
  companyRow('accountNumber', '收款账号 Account number'),
  companyRow('bankName', '开户银行 Bank'),
  companyRow('contactPerson', '联系人 Contact person'),
  companyRow('contactPhone', '联系电话 Contact phone'),
];

// The rates replace those of the default year bands; validateSettings then checks their range,
// and a count that does not match the bands is reported as its own problem by the reader.
function applyRates(draft: SettingsDraft, rates: readonly number[]): void {
  const bands = draft.receivables.provisionBands.map((band, index) => ({
    ...band,
    rateBp: rates[index] ?? band.rateBp,
  }));
  draft.receivables = { ...draft.receivables, provisionBands: bands };
}
