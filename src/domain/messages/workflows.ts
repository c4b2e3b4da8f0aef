import type { MessageTable } from './index';

/** Words for the receivables workflows, the owned Settings sheet (设置) and the command line. */
export const WORKFLOW_MESSAGES: MessageTable = {
  'settings.at-row': {
    zh: '设置表第 {row} 行“{label}”：',
    en: 'Settings row {row} ({label}): ',
  },
  'settings.value-unreadable': {
    zh: '值“{text}”无法读取，应为{expected}。',
    en: 'the value "{text}" cannot be read; expected {expected}.',
  },
  'settings.rates-count': {
    zh: '坏账计提比例有 {count} 个，应为 {expected} 个（依次对应 {bands}）。',
    en: 'there are {count} provision rates; {expected} are needed (for {bands} in turn).',
  },
  'settings.unknown-key': {
    zh: '不认识的设置项“{key}”，已忽略。',
    en: 'unknown setting "{key}", ignored.',
  },
  'settings.row-missing': {
    zh: '设置表中没有“{label}”这一行，已使用默认值 {value}。',
    en: 'The Settings sheet has no row for {label}; the default {value} is used.',
  },
  'settings.key-repeated': {
    zh: '设置项“{key}”出现了不止一次，请只保留一行。',
    en: 'the setting "{key}" appears more than once; keep one row.',
  },
  'settings.sheet-created': {
    zh: '已新建设置表“{sheet}”，使用默认设置，可直接修改其中的“值”列。',
    en: 'Created the Settings sheet "{sheet}" with the defaults; edit its Value column to change them.',
  },
  'workflow.no-cashier-sheets': {
    zh: '工作簿中没有可读取的出纳工作表，无法整理台账。',
    en: 'The workbook has none of your own sheets to read, so there is no ledger to work from.',
  },
  'workflow.no-as-of': {
    zh: '没有截止日：请在设置表的“截止日”中填写，或在运行时给出日期。',
    en: 'There is no as-of date: fill in "As-of date" on the Settings sheet, or give one when running.',
  },
  'workflow.settings-invalid': {
    zh: '设置表有 {count} 处问题，修改后再运行。',
    en: 'The Settings sheet has {count} problem(s); fix them and run again.',
  },
  'cli.cannot-open': {
    zh: '无法打开文件“{file}”：{reason}',
    en: 'Cannot open "{file}": {reason}',
  },
  'cli.bad-as-of': {
    zh: '截止日“{text}”不是 YYYY-MM-DD 格式的有效日期。',
    en: 'The as-of date "{text}" is not a valid YYYY-MM-DD date.',
  },
  'cli.bad-basis': {
    zh: '账龄口径“{text}”应为 due（按到期日）或 entry（按入账日）。',
    en: 'The aging basis "{text}" must be due (from the due date) or entry (from the entry date).',
  },
  'cli.bad-currency': {
    zh: '币种“{text}”应为三位字母的币种代码，如 CNY、USD。',
    en: 'The currency "{text}" must be a 3-letter currency code such as CNY or USD.',
  },
  'cli.currency-not-kept': {
    zh: '本次按 {currency} 读取，但设置表“{sheet}”有无法识别的行，默认币种未写入；请先修正设置表。',
    en: 'Read in {currency} this time, but the settings sheet "{sheet}" has rows that cannot be read, so the default currency was not saved there; fix that sheet first.',
  },
  'cli.bad-lang': {
    zh: '语言“{text}”应为 zh 或 en。',
    en: 'The language "{text}" must be zh or en.',
  },
  'cli.cannot-write': {
    zh: '无法写入文件“{file}”：{reason}',
    en: 'Cannot write "{file}": {reason}',
  },
  'cli.as-of-from-argument': {
    zh: '截止日 {asOf}（命令行给出）',
    en: 'As of {asOf} (given on the command line)',
  },
  'cli.as-of-from-settings': {
    zh: '截止日 {asOf}（取自设置表）',
    en: 'As of {asOf} (from the Settings sheet)',
  },
  'cli.as-of-from-latest-entry': {
    zh: '截止日 {asOf}（设置表未填，取台账中最晚的日期）',
    en: 'As of {asOf} (the Settings sheet has none: the latest entry date)',
  },
};
