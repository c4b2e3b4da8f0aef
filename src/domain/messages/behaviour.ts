import type { MessageTable } from './index';

/** Words for payment behaviour: metrics (metrics.*), prediction (predict.*), backtest. */
export const BEHAVIOUR_MESSAGES: MessageTable = {
  'metrics.no-credit-sales': {
    zh: '{from} 至 {to} 没有赊销，无法计算{metric}。',
    en: 'No credit sales from {from} to {to}, so {metric} cannot be worked out.',
  },
  'metrics.nothing-to-collect': {
    zh: '{from} 至 {to} 期初应收加本期赊销减期末未到期应收为零，无法计算回款有效指数。',
    en: 'Opening receivables plus sales less closing current receivables is zero for {from} to {to}, so the collection effectiveness index cannot be worked out.',
  },
  'metrics.nothing-settled': {
    zh: '{from} 至 {to} 没有结清的发票，无法计算{metric}。',
    en: 'No invoice was settled from {from} to {to}, so {metric} cannot be worked out.',
  },
  'metrics.period-reversed': {
    zh: '期间起始日 {from} 晚于截止日 {to}。',
    en: 'The period starts on {from}, after its end on {to}.',
  },
  'predict.customer-history': {
    zh: '按该客户已结清的 {count} 张发票（近期加权，半衰期 {halfLife} 天）：通常相对到期日 {delay} 天付款。',
    en: "From the customer's {count} settled invoices (recent ones weigh more, half-life {halfLife} days): usually pays {delay} days from the due date.",
  },
  'predict.population': {
    zh: '该客户只有 {count} 张已结清发票（少于 {minimum} 张），按全部客户的 {population} 张发票估计：通常相对到期日 {delay} 天付款。',
    en: "The customer has only {count} settled invoice(s) (fewer than {minimum}), so all customers' {population} settled invoices are used: usually paid {delay} days from the due date.",
  },
  'predict.due-date': {
    zh: '尚无任何已结清发票可供参考，按到期日预计。',
    en: 'No invoice has been settled yet to learn from, so the due date is used.',
  },
  'predict.adjust-disputed': {
    zh: '发票有争议：争议发票通常晚 {days} 天付款。',
    en: 'The invoice is disputed: disputed invoices are usually paid {days} days later.',
  },
  'predict.adjust-paper': {
    zh: '纸质账单：比电子账单通常晚 {days} 天付款。',
    en: 'Billed on paper: paper bills are usually paid {days} days later than electronic ones.',
  },
  'predict.adjust-large': {
    zh: '金额达到该客户常见金额的 {ratio} 倍以上：大额发票通常晚 {days} 天付款。',
    en: "At least {ratio} times the customer's usual amount: large invoices are usually paid {days} days later.",
  },
  'predict.expected-earlier': {
    zh: '原预计 {date} 付款，但截至目前仍未付清，改为预计 {next}。',
    en: 'Expected on {date} but still unpaid, so now expected on {next}.',
  },
  'backtest.nothing-scored': {
    zh: '回测期间没有已结清的发票可供评分。',
    en: 'No settled invoice in the backtest period to score against.',
  },
};
