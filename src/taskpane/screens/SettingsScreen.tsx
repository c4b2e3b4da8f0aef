/**
 * Settings kept in the workbook: company and bank details for the letters, how aging counts and
 * buckets, bad-debt rates, credit thresholds, reminder levels and the letter templates. Saving
 * checks everything first and says what is wrong instead of storing settings the engine refuses.
 */
import {
  Body1,
  Body1Strong,
  Button,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  Subtitle2,
  Textarea,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { ReactElement } from 'react';
import type { LetterCompany } from '../../domain/letters/letterData';
import { defaultTemplate } from '../../domain/letters/defaultTemplates';
import { TEMPLATE_KINDS } from '../../domain/letters/letterKinds';
import type { TemplateKind } from '../../domain/letters/letterKinds';
import type { Lang } from '../../domain/messages/index';
import { fenFromYuanNumber, fenToYuanNumber } from '../../domain/money';
import type { Problem } from '../../domain/problem';
import { ANNUAL_REPORT_BUCKETS, DAY_BUCKETS } from '../../domain/receivables';
import type { AgingBasis } from '../../domain/receivables';
import { useDesk } from '../desk/DeskProvider';
import { checkSettings } from '../desk/deskSettings';
import type { DeskSettings } from '../desk/deskSettings';
import { wordsOf } from '../strings';
import { useScreenStyles } from './screenStyles';

const WORDS = {
  heading: { zh: '设置', en: 'Settings' },
  company: { zh: '公司与收款账户', en: 'Company and bank account' },
  name: { zh: '公司名称', en: 'Company name' },
  accountName: { zh: '开户名称', en: 'Account name' },
  accountNumber: { zh: '银行账号', en: 'Account number' },
  bankName: { zh: '开户银行', en: 'Bank' },
  contactPerson: { zh: '联系人', en: 'Contact person' },
  contactPhone: { zh: '联系电话', en: 'Contact phone' },
  aging: { zh: '账龄', en: 'Aging' },
  basis: { zh: '账龄起算', en: 'Count days from' },
  due: { zh: '到期日（管理口径）', en: 'Due date (management view)' },
  entry: { zh: '入账日（年报口径）', en: 'Entry date (annual report view)' },
  buckets: { zh: '账龄分段', en: 'Buckets' },
  dayBuckets: { zh: '按天：未到期、1-30 … 365天以上', en: 'Days: not due, 1-30 … over 365' },
  yearBuckets: { zh: '按年：1年以内 … 5年以上', en: 'Years: within 1 year … over 5 years' },
  terms: { zh: '默认账期（天）', en: 'Default terms (days)' },
  provision: { zh: '坏账计提比例（%）', en: 'Bad-debt provision rates (%)' },
  credit: { zh: '信用阈值', en: 'Credit thresholds' },
  holdOverdueDays: { zh: '逾期超过该天数停止赊销', en: 'Hold credit when overdue over (days)' },
  warnOverdueDays: { zh: '逾期超过该天数预警', en: 'Warn when overdue over (days)' },
  gradeAGraceDays: { zh: 'A 级客户宽限天数', en: 'Grace days for grade A' },
  watchLimitUse: { zh: '额度使用达到该比例关注（%）', en: 'Watch from credit limit use (%)' },
  reminders: { zh: '催收级别', en: 'Reminder levels' },
  level1: { zh: '1 级（友好提醒）自逾期天数', en: 'Level 1 (friendly) from days overdue' },
  level2: { zh: '2 级（催款函）自逾期天数', en: 'Level 2 (formal) from days overdue' },
  level3: { zh: '3 级（最后通知）自逾期天数', en: 'Level 3 (final) from days overdue' },
  noRepeat: { zh: '同级不重复发送的天数', en: 'No repeat of a level within (days)' },
  tolerance: { zh: '低于该金额不催收（元）', en: 'No reminder below (yuan)' },
  templates: { zh: '函件模板', en: 'Letter templates' },
  templateKind: { zh: '模板', en: 'Template' },
  templateLang: { zh: '语言', en: 'Language' },
  'reminder-1': { zh: '付款提醒', en: 'Friendly reminder' },
  'reminder-2': { zh: '催款函', en: 'Formal reminder' },
  'reminder-3': { zh: '最后催款通知', en: 'Final notice' },
  statement: { zh: '对账函', en: 'Account confirmation' },
  zh: { zh: '中文', en: 'Chinese' },
  en: { zh: '英文', en: 'English' },
  templateText: {
    zh: '模板内容（每行一段，第一行为标题）',
    en: 'Template (one paragraph a line, the first is the title)',
  },
  resetTemplate: { zh: '恢复默认模板', en: 'Restore the default' },
  save: { zh: '保存设置', en: 'Save settings' },
  problems: { zh: '设置未保存：', en: 'Settings not saved:' },
} as const;

type Numbers = Record<
  | 'terms'
  | 'holdOverdueDays'
  | 'warnOverdueDays'
  | 'gradeAGraceDays'
  | 'watchLimitUse'
  | 'level1'
  | 'level2'
  | 'level3'
  | 'noRepeat'
  | 'tolerance',
  string
>;

function numbersOf(settings: DeskSettings): Numbers {
  const credit = settings.receivables.credit;
  const reminders = settings.reminders;
  return {
    terms: String(settings.receivables.defaultTermsDays),
    holdOverdueDays: String(credit.holdOverdueDays),
    warnOverdueDays: String(credit.warnOverdueDays),
    gradeAGraceDays: String(credit.gradeAGraceDays),
    watchLimitUse: String(credit.watchLimitUseBp / 100),
    level1: String(reminders.levelFromDays[1]),
    level2: String(reminders.levelFromDays[2]),
    level3: String(reminders.levelFromDays[3]),
    noRepeat: String(reminders.noRepeatWithinDays),
    tolerance: String(fenToYuanNumber(reminders.tolerance)),
  };
}

const COMPANY_FIELDS: readonly (keyof LetterCompany)[] = [
  'name',
  'accountName',
  'accountNumber',
  'bankName',
  'contactPerson',
  'contactPhone',
];

export function SettingsScreen(): ReactElement {
  const styles = useScreenStyles();
  const desk = useDesk();
  const w = wordsOf(WORDS, desk.language);
  const [company, setCompany] = useState(desk.settings.company);
  const [basis, setBasis] = useState<AgingBasis>(desk.settings.receivables.agingBasis);
  const [yearBuckets, setYearBuckets] = useState(
    desk.settings.receivables.agingBuckets[0]?.id === ANNUAL_REPORT_BUCKETS[0]?.id,
  );
  const [rates, setRates] = useState(
    desk.settings.receivables.provisionBands.map((band) => String(band.rateBp / 100)),
  );
  const [numbers, setNumbers] = useState<Numbers>(numbersOf(desk.settings));
  const [templates, setTemplates] = useState(desk.settings.templates);
  const [templateKind, setTemplateKind] = useState<TemplateKind>('reminder-2');
  const [templateLang, setTemplateLang] = useState<Lang>(desk.language);
  const [problems, setProblems] = useState<readonly string[]>([]);

  // Settings read from another workbook replace the form's values.
  useEffect(() => {
    setCompany(desk.settings.company);
    setBasis(desk.settings.receivables.agingBasis);
    setRates(desk.settings.receivables.provisionBands.map((band) => String(band.rateBp / 100)));
    setNumbers(numbersOf(desk.settings));
    setTemplates(desk.settings.templates);
  }, [desk.settings]);

  const number = (key: keyof Numbers, found: Problem[]): number => {
    const value = Number(numbers[key].trim());
    if (numbers[key].trim() === '' || !Number.isFinite(value)) {
      found.push({
        code: 'pane.not-a-number',
        detail: { field: w(numberLabel(key)), value: numbers[key] },
      });
      return 0;
    }
    return value;
  };

  const save = async (): Promise<void> => {
    const found: Problem[] = [];
    const current = desk.settings;
    const bands = current.receivables.provisionBands.map((band, index) => {
      const rate = Number(rates[index]);
      if (!Number.isFinite(rate)) {
        found.push({
          code: 'pane.not-a-number',
          detail: { field: band[desk.language], value: rates[index] ?? '' },
        });
      }
      return { ...band, rateBp: Math.round(rate * 100) };
    });
    const next: DeskSettings = {
      company,
      receivables: {
        ...current.receivables,
        defaultTermsDays: number('terms', found),
        agingBasis: basis,
        agingBuckets: yearBuckets ? ANNUAL_REPORT_BUCKETS : DAY_BUCKETS,
        provisionBands: bands,
        credit: {
          ...current.receivables.credit,
          holdOverdueDays: number('holdOverdueDays', found),
          warnOverdueDays: number('warnOverdueDays', found),
          gradeAGraceDays: number('gradeAGraceDays', found),
          watchLimitUseBp: Math.round(number('watchLimitUse', found) * 100),
        },
      },
      reminders: {
        ...current.reminders,
        levelFromDays: {
          1: number('level1', found),
          2: number('level2', found),
          3: number('level3', found),
        },
        noRepeatWithinDays: number('noRepeat', found),
        tolerance: fenFromYuanNumber(number('tolerance', found)),
      },
      templates,
    };
    found.push(...checkSettings(next));
    setProblems(found.map(desk.describe));
    if (found.length === 0) await desk.storeSettings(next);
  };

  const templateText =
    templates[templateLang]?.[templateKind] ?? defaultTemplate(templateKind, templateLang);
  const setTemplate = (text: string | undefined): void => {
    const forLang = { ...templates[templateLang] };
    if (text === undefined) delete forLang[templateKind];
    else forLang[templateKind] = text;
    setTemplates({ ...templates, [templateLang]: forLang });
  };

  const numberField = (key: keyof Numbers): ReactElement => (
    <Field key={key} label={w(numberLabel(key))}>
      <Input
        inputMode="decimal"
        value={numbers[key]}
        onChange={(_e, d) => setNumbers({ ...numbers, [key]: d.value })}
      />
    </Field>
  );

  if (!desk.host.current()) return <Body1>{desk.t('noWorkbookYet')}</Body1>;

  return (
    <form
      className={styles.screen}
      aria-labelledby="settings-title"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Subtitle2 as="h2" id="settings-title">
        {w('heading')}
      </Subtitle2>
      <Body1Strong as="h3">{w('company')}</Body1Strong>
      {COMPANY_FIELDS.map((key) => (
        <Field key={key} label={w(key)}>
          <Input
            value={company[key]}
            onChange={(_e, d) => setCompany({ ...company, [key]: d.value })}
          />
        </Field>
      ))}

      <Body1Strong as="h3">{w('aging')}</Body1Strong>
      <Field label={w('basis')}>
        <RadioGroup value={basis} onChange={(_e, d) => setBasis(d.value as AgingBasis)}>
          <Radio value="due" label={w('due')} />
          <Radio value="entry" label={w('entry')} />
        </RadioGroup>
      </Field>
      <Field label={w('buckets')}>
        <Select
          value={yearBuckets ? 'years' : 'days'}
          onChange={(_e, d) => setYearBuckets(d.value === 'years')}
        >
          <option value="days">{w('dayBuckets')}</option>
          <option value="years">{w('yearBuckets')}</option>
        </Select>
      </Field>
      {numberField('terms')}

      <Body1Strong as="h3">{w('provision')}</Body1Strong>
      <div className={styles.figures}>
        {desk.settings.receivables.provisionBands.map((band, index) => (
          <Field key={band.id} label={band[desk.language]}>
            <Input
              inputMode="decimal"
              value={rates[index] ?? ''}
              onChange={(_e, d) => setRates(rates.map((r, i) => (i === index ? d.value : r)))}
            />
          </Field>
        ))}
      </div>

      <Body1Strong as="h3">{w('credit')}</Body1Strong>
      {numberField('holdOverdueDays')}
      {numberField('warnOverdueDays')}
      {numberField('gradeAGraceDays')}
      {numberField('watchLimitUse')}

      <Body1Strong as="h3">{w('reminders')}</Body1Strong>
      {numberField('level1')}
      {numberField('level2')}
      {numberField('level3')}
      {numberField('noRepeat')}
      {numberField('tolerance')}

      <Body1Strong as="h3">{w('templates')}</Body1Strong>
      <div className={styles.row}>
        <Field label={w('templateKind')}>
          <Select
            value={templateKind}
            onChange={(_e, d) => setTemplateKind(d.value as TemplateKind)}
          >
            {TEMPLATE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {w(kind)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={w('templateLang')}>
          <Select value={templateLang} onChange={(_e, d) => setTemplateLang(d.value as Lang)}>
            <option value="zh">{w('zh')}</option>
            <option value="en">{w('en')}</option>
          </Select>
        </Field>
      </div>
      <Field label={w('templateText')}>
        <Textarea
          rows={10}
          resize="vertical"
          value={templateText}
          onChange={(_e, d) => setTemplate(d.value)}
        />
      </Field>
      <Button onClick={() => setTemplate(undefined)}>{w('resetTemplate')}</Button>

      {problems.length > 0 ? (
        <div role="alert" className={styles.section}>
          <Body1Strong>{w('problems')}</Body1Strong>
          <ul className={styles.list}>
            {problems.map((text, index) => (
              <li key={index}>
                <Body1>{text}</Body1>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <Button type="submit" appearance="primary" disabled={desk.task !== undefined}>
        {w('save')}
      </Button>
    </form>
  );
}

function numberLabel(key: keyof Numbers): keyof typeof WORDS {
  return key;
}
