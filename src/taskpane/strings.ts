/** The task pane's own words, Chinese and English. Screens keep theirs next to them. */
export type PaneLanguage = 'zh' | 'en';

const WORDS = {
  // The product's name is shown in both languages, as on the ribbon tab and in the manifest.
  title: { zh: '出纳台 / Cashier Desk', en: '出纳台 / Cashier Desk' },
  modeExcel: { zh: '运行于 Excel 中', en: 'Running inside Excel' },
  modeStandalone: {
    zh: '独立运行（未连接 Excel），处理您打开的 .xlsx 文件',
    en: 'Running standalone (not in Excel), on an .xlsx file you open',
  },
  screensLabel: { zh: '功能', en: 'Screens' },
  needWorkbook: {
    zh: '请先打开一个工作簿（.xlsx 文件）。',
    en: 'Open a workbook (an .xlsx file) first.',
  },
  tryAgain: { zh: '请检查后重试。', en: 'Check and try again.' },
  openAnother: {
    zh: '请确认这是一个 Excel 工作簿（.xlsx），或另选一个文件。',
    en: 'Check that it is an Excel workbook (.xlsx), or choose another file.',
  },
  opened: { zh: '已打开', en: 'Opened' },
  openWorkbook: { zh: '打开工作簿…', en: 'Open workbook…' },
  saveWorkbook: { zh: '保存工作簿', en: 'Save workbook' },
  savedAs: { zh: '已生成下载：', en: 'Download ready:' },
  noWorkbookYet: {
    zh: '尚未打开工作簿。选择一个 .xlsx 文件开始。',
    en: 'No workbook open yet. Choose an .xlsx file to start.',
  },
  cancel: { zh: '取消', en: 'Cancel' },
  working: { zh: '处理中', en: 'Working' },
  taskRefresh: { zh: '正在读取工作簿', en: 'Reading the workbook' },
  taskOpen: { zh: '正在打开文件', en: 'Opening the file' },
  taskImport: { zh: '正在整理台账', en: 'Structuring the ledger' },
  taskDetect: { zh: '正在识别表头', en: 'Detecting the headers' },
  taskSave: { zh: '正在保存到工作簿', en: 'Saving to the workbook' },
  taskLetters: { zh: '正在生成函件', en: 'Writing the letters' },
  taskStatements: { zh: '正在读取并匹配账单', en: 'Reading and matching the statements' },
  settingsSaved: { zh: '设置已保存到工作簿。', en: 'Settings saved in the workbook.' },
  storeProblems: {
    zh: '工作簿中保存的数据有问题',
    en: 'Problems with data stored in the workbook',
  },
  notice: { zh: '提示', en: 'Notice' },
} as const satisfies Record<string, Record<PaneLanguage, string>>;

export type WordKey = keyof typeof WORDS;

export function words(language: PaneLanguage): (key: WordKey) => string {
  return (key) => WORDS[key][language];
}

/** A screen's own words: a table like WORDS, read in one language. */
export function wordsOf<K extends string>(
  table: Readonly<Record<K, Readonly<Record<PaneLanguage, string>>>>,
  language: PaneLanguage,
): (key: K) => string {
  return (key) => table[key][language];
}

/** zh, zh-CN, zh-TW and zh-Hans read Chinese; every other language reads English. */
export function paneLanguageOf(locale: string | undefined): PaneLanguage {
  return (locale ?? '').toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
