import type { MessageTable } from './index';

/** Words for the collections decisions (collections.*) and letter templates (letters.*). */
export const COLLECTIONS_MESSAGES: MessageTable = {
  'collections.nothing-open': { zh: '没有未付发票。', en: 'No open invoices.' },
  'collections.not-overdue': { zh: '没有逾期发票。', en: 'Nothing is overdue.' },
  'collections.dispute-excluded': {
    zh: '发票 {invoice} 有争议，暂不催收：{note}',
    en: 'Invoice {invoice} is disputed and left out of reminders: {note}',
  },
  'collections.in-grace': {
    zh: '{grade} 级客户宽限 {graceDays} 天，{count} 张逾期发票仍在宽限期内。',
    en: 'Grade {grade} customers get {graceDays} days of grace; {count} overdue invoice(s) are still within it.',
  },
  'collections.below-tolerance': {
    zh: '逾期金额 {amount} 低于催收起点 {tolerance}，不发催款函。',
    en: 'The overdue amount {amount} is below the tolerance of {tolerance}; no reminder.',
  },
  'collections.level-reached': {
    zh: '发票 {invoice} 已逾期 {days} 天，达到第 {level} 级催收。',
    en: 'Invoice {invoice} is {days} days overdue: reminder level {level}.',
  },
  'collections.recently-reminded': {
    zh: '已于 {date} 发出第 {level} 级催款函（{number}），{next} 前不再重复发送。',
    en: 'A level {level} reminder ({number}) went out on {date}; no repeat before {next}.',
  },
  'collections.promise-live': {
    zh: '客户于 {madeOn} 承诺在 {date} 前付款 {amount}，承诺尚未到期。',
    en: 'On {madeOn} the customer promised to pay {amount} by {date}; the promise is still open.',
  },
  'collections.promise-kept': {
    zh: '客户于 {madeOn} 承诺付款 {amount}，已兑现（此后收款 {paid}）。',
    en: 'The promise of {madeOn} to pay {amount} was kept (received since: {paid}).',
  },
  'collections.promise-broken': {
    zh: '承诺未兑现：客户于 {madeOn} 承诺在 {date} 前付款 {amount}，此后仅收款 {paid}。',
    en: 'BROKEN PROMISE: on {madeOn} the customer promised to pay {amount} by {date}; received since: {paid}.',
  },
  'collections.promise-live-capped': {
    zh: '付款承诺（{date}）未到期，催收级别暂不高于上次的第 {cap} 级（本应为第 {wanted} 级）。',
    en: 'While the promise to pay by {date} is open, the level stays at the last one sent ({cap}) instead of {wanted}.',
  },
  'collections.promise-live-no-letter': {
    zh: '付款承诺（{date}）未到期，且此前未发过催款函，暂不催收。',
    en: 'The promise to pay by {date} is still open and no reminder was sent before it; no reminder yet.',
  },
  'letters.template-empty': {
    zh: '{kind} 模板是空的：第一行应为标题。',
    en: 'The {kind} template is empty: its first line should be the title.',
  },
  'letters.placeholder-malformed': {
    zh: '模板第 {line} 行有不成对的 {{ 或 }}。',
    en: 'Line {line} of the template has a {{ or }} that does not form a placeholder.',
  },
  'letters.placeholder-unknown': {
    zh: '模板第 {line} 行的占位符 {{{name}}} 不存在。',
    en: 'Line {line} of the template names an unknown placeholder {{{name}}}.',
  },
  'letters.placeholder-wrong-kind': {
    zh: '模板第 {line} 行的占位符 {{{name}}} 不能用于 {kind}。',
    en: 'Line {line}: the placeholder {{{name}}} cannot be used in a {kind} letter.',
  },
  'letters.block-not-alone': {
    zh: '模板第 {line} 行：{{{name}}} 是表格或落款，必须单独占一行（且不能作标题）。',
    en: 'Line {line}: {{{name}}} is a table or block and must stand alone on its line (not the title).',
  },
  'letters.block-repeated': {
    zh: '模板第 {line} 行：{{{name}}} 只能出现一次。',
    en: 'Line {line}: {{{name}}} may appear only once.',
  },
  'letters.placeholder-missing': {
    zh: '{kind} 模板缺少必需的占位符 {{{name}}}（{alias}）。',
    en: 'The {kind} template lacks the required placeholder {{{alias}}} ({name}).',
  },
  'letters.value-missing': {
    zh: '模板第 {line} 行的 {{{name}}} 没有内容，请先在设置中填写。',
    en: 'Line {line}: {{{name}}} has no value; fill it in the settings first.',
  },
  'bug.letter-not-printed': {
    zh: '出纳台内部错误：函件 {number} 无法生成 .docx（{why}）。这不是您的数据问题，请联系开发者。',
    en: 'Cashier Desk hit an internal error: letter {number} could not be made into a .docx ({why}). Your data is not at fault; please report it.',
  },
  'letters.mixed-currency': {
    zh: '台账行 {entry} 的币种 {currency} 与客户币种不同，不同币种不能合计。',
    en: 'Ledger entry {entry} is in {currency}, not the customer’s currency; currencies are never added.',
  },
  'collections.template-kind-unknown': {
    zh: '函件模板第 {row} 行：类型“{text}”不存在，应为 reminder-1、reminder-2、reminder-3 或 statement。',
    en: 'Letter templates row {row}: there is no kind "{text}"; use reminder-1, reminder-2, reminder-3 or statement.',
  },
  'collections.template-lang-unknown': {
    zh: '函件模板第 {row} 行：语言“{text}”不存在，应为 zh 或 en。',
    en: 'Letter templates row {row}: there is no language "{text}"; use zh or en.',
  },
  'collections.template-repeated': {
    zh: '函件模板第 {row} 行：{kind} / {lang} 的模板已在前面出现过。',
    en: 'Letter templates row {row}: a {kind} / {lang} template is already given above.',
  },
  'collections.follow-up-customer-unknown': {
    zh: '跟进记录第 {row} 行：找不到客户“{text}”。',
    en: 'Follow-ups row {row}: no customer "{text}" is on file.',
  },
  'collections.follow-up-channel-unknown': {
    zh: '跟进记录第 {row} 行：渠道“{text}”无法识别，应为电话、邮件、拜访、函件或微信。',
    en: 'Follow-ups row {row}: channel "{text}" is not known; use phone, email, visit, letter or WeChat.',
  },
  'collections.follow-up-promise-undated': {
    zh: '跟进记录第 {row} 行：承诺金额 {amount} 没有承诺付款日。',
    en: 'Follow-ups row {row}: the promised amount {amount} has no promised date.',
  },
  'collections.letter-log-unreadable': {
    zh: '函件记录中有一行无法读取（{line}），为免函号重复，本次不生成函件。',
    en: 'A line of the letter log cannot be read ({line}); no letters are made, so that no number repeats.',
  },
};
