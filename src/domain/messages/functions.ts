import type { MessageTable } from './index';

/** Words for the problems the CASHIER.* worksheet functions return as #VALUE! errors. */
export const FUNCTIONS_MESSAGES: MessageTable = {
  'functions.argument-missing': {
    zh: '缺少参数 {argument}。',
    en: 'The argument {argument} is missing.',
  },
  'functions.not-a-date': {
    zh: '参数 {argument} 不是日期（收到 {value}）：请引用日期单元格或使用 DATE()、TODAY()。',
    en: 'The argument {argument} is not a date (got {value}); refer to a date cell or use DATE() or TODAY().',
  },
  'functions.not-text-or-number': {
    zh: '参数 {argument} 应为文本或数字（收到 {value}）。',
    en: 'The argument {argument} should be text or a number (got {value}).',
  },
};
