import type { MessageTable } from './index';

/** Words for the payment-behaviour workflows: the Analysis sheets, predict and backtest. */
export const ANALYSIS_MESSAGES: MessageTable = {
  'analysis.period-after-as-of': {
    zh: '分析期间截止日 {to} 晚于截止日 {asOf}：截止日之后的记录视为不存在，请缩短期间或推后截止日。',
    en: 'The period ends on {to}, after the as-of date {asOf}: entries after the as-of date do not exist yet, so end the period earlier or move the as-of date.',
  },
  'analysis.no-ledger': {
    zh: '工作表中没有读出任何台账记录，无法回测。',
    en: 'No ledger entry could be read from your sheets, so there is nothing to backtest.',
  },
  'analysis.bad-date': {
    zh: '{flag} 的日期“{text}”不是 YYYY-MM-DD 格式的有效日期。',
    en: 'The {flag} date "{text}" is not a valid YYYY-MM-DD date.',
  },
  'analysis.channel-unread': {
    zh: '工作表“{sheet}”的“{header}”列有 {count} 行既非纸质也非电子（例如“{example}”），这些发票不作纸质/电子调整。',
    en: 'Column "{header}" of sheet "{sheet}" has {count} row(s) that are neither paper nor electronic (e.g. "{example}"); those invoices get no paper/electronic adjustment.',
  },
  'commands.analysis-done': {
    zh: '已按截止日 {asOf} 分析回款：{predicted} 笔未结款项已预测回款日期，见 {sheets}。',
    en: 'Payments analysed as of {asOf}: a payment date predicted for {predicted} open item(s); see {sheets}.',
  },
};
