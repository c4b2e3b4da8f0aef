import type { MessageTable } from './index';

/** Words of the audit trail and of verify's findings. */
export const AUDIT_MESSAGES: MessageTable = {
  'audit.row-edited': {
    zh: '“{sheet}”第 {row} 行（序号 {seq}）的内容与它的哈希不符：这一行被改过。',
    en: 'Row {row} of "{sheet}" (No. {seq}) does not match its hash: the row was edited.',
  },
  'audit.row-inserted': {
    zh: '“{sheet}”第 {row} 行（序号 {seq}）不在哈希链上，前后两行直接相连：这一行是插入的。',
    en: 'Row {row} of "{sheet}" (No. {seq}) is not on the hash chain and its neighbours link past it: the row was inserted.',
  },
  'audit.row-copied': {
    zh: '“{sheet}”第 {row} 行（序号 {seq}）是第 {of} 行的副本：这一行是插入的。',
    en: 'Row {row} of "{sheet}" (No. {seq}) is a copy of row {of}: the row was inserted.',
  },
  'audit.rows-removed-before': {
    zh: '“{sheet}”第 {row} 行（序号 {seq}）之前的记录被删除了（缺少序号 {missing}）。',
    en: 'Rows before row {row} of "{sheet}" (No. {seq}) were removed (missing No. {missing}).',
  },
  'audit.rows-removed-at-end': {
    zh: '“{sheet}”末尾的记录被删除了：应有 {count} 条（缺少序号 {missing}）。',
    en: 'Rows were removed from the end of "{sheet}": it should hold {count} (missing No. {missing}).',
  },
  'audit.sheet-removed': {
    zh: '审计记录表“{sheet}”不见了：它本应有 {count} 条记录。',
    en: 'The audit sheet "{sheet}" is gone: it should hold {count} rows.',
  },
  'audit.run-confirm': {
    zh: '已确认“{file}”第 {line} 行的收款：{customer}，{invoices}。',
    en: 'Confirmed the receipt on line {line} of "{file}": {customer}, {invoices}.',
  },
  'audit.run-confirm-on-account': {
    zh: '已确认“{file}”第 {line} 行的收款：{customer}，记为预收（未指定发票）。',
    en: 'Confirmed the receipt on line {line} of "{file}": {customer}, on account (no invoice named).',
  },
  'audit.run-alias-remembered': {
    zh: '付款人“{payer}”已记为该客户的别名。',
    en: 'The payer "{payer}" was remembered as the customer\'s alias.',
  },
  'audit.run-settings': {
    zh: '已保存“{sheet}”中的设置：{keys}。',
    en: 'Saved settings on "{sheet}": {keys}.',
  },
  'audit.run-settings-unchanged': {
    zh: '已保存“{sheet}”中的设置，没有改动。',
    en: 'Saved settings on "{sheet}" with nothing changed.',
  },
  'audit.run-follow-up': {
    zh: '已在“{sheet}”添加跟进：{customer}，{date}，{channelZh}。',
    en: 'Added a follow-up on "{sheet}": {customer}, {date}, {channelEn}.',
  },
  'verify.cell-edited': {
    zh: '“{sheet}”第 {row} 行（{key}）的“{column}”是“{found}”，按来源应为“{expected}”。',
    en: 'Row {row} of "{sheet}" ({key}): "{column}" is "{found}" where the source gives "{expected}".',
  },
  'verify.row-removed': {
    zh: '“{sheet}”少了 {key}（来源 {source}），它本应在第 {row} 行。',
    en: '"{sheet}" lacks {key} (from {source}), which belongs on row {row}.',
  },
  'verify.row-inserted': {
    zh: '“{sheet}”第 {row} 行（{key}）在出纳的工作表中没有来源：这一行是插入的。',
    en: 'Row {row} of "{sheet}" ({key}) has no source row in the cashier\'s sheets: it was inserted.',
  },
  'verify.no-ledger': {
    zh: '工作簿中还没有台账（尚未整理），只核对了审计记录。',
    en: 'The workbook has no ledger yet (it was never structured); only the audit trail was checked.',
  },
  'verify.no-audit': {
    zh: '工作簿中还没有审计记录。',
    en: 'The workbook has no audit trail yet.',
  },
  'verify.summary': {
    zh: '审计记录 {auditRows} 行、台账 {ledgerRows} 行、客户档案 {customerRows} 行已核对：发现 {findings} 处问题。',
    en: 'Checked {auditRows} audit rows, {ledgerRows} ledger rows and {customerRows} customer rows: {findings} findings.',
  },
  'verify.more-findings': {
    zh: '……另有 {count} 处问题未列出。',
    en: '... and {count} more findings not listed.',
  },
};
