import type { MessageTable } from './index';

/** Words for the receivables engine: settings, allocation notes, provision and credit reasons. */
export const RECEIVABLES_MESSAGES: MessageTable = {
  'receivables.settings.terms-invalid': {
    zh: '默认账期“{value}”不是 0 到 3650 之间的整数天数。',
    en: 'Default terms "{value}" is not a whole number of days from 0 to 3650.',
  },
  'receivables.settings.no-buckets': {
    zh: '{list}分段为空，至少需要一个账龄段。',
    en: 'The {list} bucket list is empty; at least one bucket is needed.',
  },
  'receivables.settings.duplicate-bucket': {
    zh: '{list}分段“{bucket}”重复出现。',
    en: 'The {list} bucket "{bucket}" appears twice.',
  },
  'receivables.settings.bucket-not-whole-days': {
    zh: '{list}分段“{bucket}”的起止天数必须是整数。',
    en: 'The {list} bucket "{bucket}" must start and end on whole days.',
  },
  'receivables.settings.first-bucket-starts-late': {
    zh: '{list}第一个分段“{bucket}”从第 {from} 天开始，0 天起的金额无处归属。',
    en: 'The first {list} bucket "{bucket}" starts at day {from}, leaving amounts from day 0 nowhere.',
  },
  'receivables.settings.bucket-gap': {
    zh: '{list}分段“{bucket}”从第 {from} 天开始，但上一段止于第 {expected} 天之前，中间有空档。',
    en: 'The {list} bucket "{bucket}" starts at day {from}, but the one before ends before day {expected}: a gap.',
  },
  'receivables.settings.bucket-overlap': {
    zh: '{list}分段“{bucket}”与上一段重叠。',
    en: 'The {list} bucket "{bucket}" overlaps the one before it.',
  },
  'receivables.settings.bucket-inverted': {
    zh: '{list}分段“{bucket}”的结束天数早于开始天数。',
    en: 'The {list} bucket "{bucket}" ends before it starts.',
  },
  'receivables.settings.last-bucket-closed': {
    zh: '{list}最后一段“{bucket}”止于第 {to} 天，更久的金额无处归属；最后一段应不设上限。',
    en: 'The last {list} bucket "{bucket}" ends at day {to}; older amounts would fall nowhere. Leave its end open.',
  },
  'receivables.settings.rate-out-of-range': {
    zh: '坏账计提比例“{bucket}”为 {rate}，应在 0% 到 100% 之间。',
    en: 'The provision rate for "{bucket}" is {rate}; it must be between 0% and 100%.',
  },
  'receivables.settings.threshold-invalid': {
    zh: '设置项 {setting} 的值“{value}”不在允许范围内。',
    en: 'Setting {setting} has value "{value}", which is out of range.',
  },
  'receivables.settings.thresholds-out-of-order': {
    zh: '信用阈值顺序不对：A/B/C 等级分数应依次降低，关注/预警/停止赊销分数应依次降低，停止赊销的逾期天数不应小于预警天数。',
    en: 'Credit thresholds are out of order: grade A/B/C scores must fall in turn, as must watch/warn/hold scores, and hold days must not be below warn days.',
  },

  'allocation.reference-not-found': {
    zh: '收款 {entry} 注明的发票号“{reference}”在该客户名下找不到，已按先进先出核销。',
    en: 'Entry {entry} names invoice "{reference}", which this customer does not have; it was applied oldest first.',
  },
  'allocation.write-off-exceeds-open': {
    zh: '核销 {entry} 超出未收金额 {amount} 分，多出部分记为未核销贷方。',
    en: 'Write-off {entry} is {amount} fen more than was open; the excess is held as unapplied credit.',
  },
  'allocation.reversal-exceeds-applied': {
    zh: '冲回 {entry} 比此前已核销的金额多 {amount} 分，多出部分单独列为应收。',
    en: 'Reversal {entry} is {amount} fen more than had been applied; the excess is shown as an open item of its own.',
  },

  'provision.matrix-short-history': {
    zh: '{currency} 历史数据只有 {monthEnds} 个可用月末（至少需要 {needed} 个），无法估计预期损失率，已按账龄比例表计提。',
    en: '{currency} history has only {monthEnds} usable month ends ({needed} needed) to estimate loss rates; the rate table was used.',
  },
  'provision.matrix-thin-band': {
    zh: '{currency} 账龄段“{bucket}”的历史发票只有 {invoices} 张（至少需要 {needed} 张），该段按比例表 {rate} 计提。',
    en: '{currency} bucket "{bucket}" has only {invoices} invoices in its history ({needed} needed); the table rate {rate} was used.',
  },
  'provision.specific-doomed': {
    zh: '客户 {customer} 已标记为无法收回，按 100% 单项计提。',
    en: 'Customer {customer} is marked as lost and is provided for in full.',
  },

  'credit.over-limit': {
    zh: '超出信用额度 {over} 元（额度 {limit} 元）。',
    en: 'Over the credit limit by {over} (limit {limit}).',
  },
  'credit.overdue-hold': {
    zh: '最久逾期 {days} 天，超过 {limit} 天，停止赊销。',
    en: 'Oldest overdue invoice is {days} days late, over {limit} days: no further credit.',
  },
  'credit.overdue-warn': {
    zh: '最久逾期 {days} 天，超过 {limit} 天。',
    en: 'Oldest overdue invoice is {days} days late, over {limit} days.',
  },
  'credit.overdue': {
    zh: '逾期金额 {amount} 元，最久逾期 {days} 天。',
    en: '{amount} overdue, the oldest {days} days late.',
  },
  'credit.within-grace': {
    zh: '逾期 {days} 天，仍在 A 级客户 {grace} 天宽限期内。',
    en: 'Overdue {days} days, within the {grace}-day grace period for grade A customers.',
  },
  'credit.limit-use-high': {
    zh: '已用信用额度 {use}。',
    en: '{use} of the credit limit in use.',
  },
  'credit.disputed-open': {
    zh: '有 {count} 张争议发票未结，共 {amount} 元。',
    en: '{count} disputed invoices open, {amount} in all.',
  },
  'credit.trend-worsening': {
    zh: '近 3 个月平均逾期 {recent} 天，之前 12 个月为 {earlier} 天，付款变慢。',
    en: 'Paying slower: {recent} days late on average in the last 3 months against {earlier} in the 12 before.',
  },
  'credit.score-low': {
    zh: '信用评分 {score}，低于 {threshold}。',
    en: 'Credit score {score} is below {threshold}.',
  },
  'credit.in-good-standing': {
    zh: '无逾期、未超额度，信用正常。',
    en: 'Nothing overdue and within the limit: in good standing.',
  },
};
