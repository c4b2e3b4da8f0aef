/** The task pane's own words, Chinese and English. Screens keep theirs next to them. */
export type PaneLanguage = 'zh' | 'en';

const WORDS = {
  // The product's name is shown in both languages, as on the ribbon tab and in the manifest.
  title: { zh: '出纳台 / Cashier Desk', en: '出纳台 / Cashier Desk' },
  modeExcel: { zh: '运行于 Excel 中', en: 'Running inside Excel' },
  modeStandalone: {
    zh: '独立运行（未连接 Excel），工作簿功能不可用',
    en: 'Running standalone (not in Excel); workbook features are unavailable',
  },
  screensLabel: { zh: '功能', en: 'Screens' },
  homeIntro: {
    zh: '出纳台把手工维护的应收款工作簿整理成客户档案和收款台账，并据此分析账龄、评估信用、生成催款函和对账函。',
    en: 'Cashier Desk turns hand-kept receivables workbooks into customer files and a payment ledger, then ages them, checks credit and writes reminder and confirmation letters.',
  },
  homeFunctions: {
    zh: '可在单元格中使用：=CASHIER.DAYSPASTDUE(到期日, TODAY())、=CASHIER.PARSEAMOUNT(金额文本)。',
    en: 'Available in cells: =CASHIER.DAYSPASTDUE(due date, TODAY()), =CASHIER.PARSEAMOUNT(amount text).',
  },
  homeLater: {
    zh: '功能区中灰色的按钮对应的功能将在后续版本提供。',
    en: 'The greyed-out ribbon buttons are workflows that arrive in later versions.',
  },
} as const satisfies Record<string, Record<PaneLanguage, string>>;

export type WordKey = keyof typeof WORDS;

export function words(language: PaneLanguage): (key: WordKey) => string {
  return (key) => WORDS[key][language];
}

/** zh, zh-CN, zh-TW and zh-Hans read Chinese; every other language reads English. */
export function paneLanguageOf(locale: string | undefined): PaneLanguage {
  return (locale ?? '').toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
