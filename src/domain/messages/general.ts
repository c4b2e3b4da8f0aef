import type { MessageTable } from './index';

export const GENERAL_MESSAGES: MessageTable = {
  cancelled: { zh: '已取消。', en: 'Cancelled.' },
  'bug.invalid-argument': {
    zh: '出纳台内部错误（参数不符合约定），不是您的数据问题，请联系开发者。',
    en: 'Cashier Desk hit an internal error (bad argument). Your data is not at fault; please report it.',
  },
  'bug.invariant-broken': {
    zh: '出纳台内部错误（结果自检未通过），不是您的数据问题，请联系开发者。',
    en: 'Cashier Desk hit an internal error (a self-check failed). Your data is not at fault; please report it.',
  },
  'bug.sheet-not-owned': {
    zh: '出纳台内部错误：试图写入您自己的工作表“{sheet}”，已阻止。',
    en: 'Cashier Desk hit an internal error: it tried to write your own sheet "{sheet}" and was stopped.',
  },
  'workbook.sheet-missing': {
    zh: '找不到名为“{sheet}”的工作表，可能已被改名或删除。',
    en: 'There is no sheet named "{sheet}"; it may have been renamed or deleted.',
  },
};
