/**
 * Customers: find a customer (Chinese names in pinyin order, English alphabetically), and read
 * the card: contact, credit limit, score, flag with its reasons, open items, payments and the
 * follow-up log; add a follow-up such as a call or a promise to pay.
 */
import {
  Body1,
  Body1Strong,
  Button,
  Caption1,
  Field,
  Input,
  Link,
  SearchBox,
  Select,
  Subtitle2,
  Textarea,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { ReactElement } from 'react';
import type { FollowUpChannel } from '../../domain/collections/collectionsInput';
import { customerKey } from '../../domain/customerName';
import { asIsoDay, compareIsoDay } from '../../domain/isoDay';
import type { Customer } from '../../domain/ledger';
import type { Fen } from '../../domain/money';
import { parseAmount } from '../../domain/parseAmount';
import { useDesk } from '../desk/DeskProvider';
import { money, nameCollator, percent } from '../format';
import { wordsOf } from '../strings';
import { FlagBadge } from './FlagBadge';
import { useScreenStyles } from './screenStyles';

const WORDS = {
  heading: { zh: '客户档案', en: 'Customers' },
  search: { zh: '搜索客户', en: 'Search customers' },
  empty: { zh: '请先在“导入”中整理台账。', en: 'Import the ledger first.' },
  none: { zh: '没有匹配的客户。', en: 'No customer matches.' },
  contact: { zh: '联系人', en: 'Contact' },
  limit: { zh: '信用额度', en: 'Credit limit' },
  limitUse: { zh: '已用', en: 'used' },
  score: { zh: '信用评分', en: 'Score' },
  grade: { zh: '等级', en: 'grade' },
  reasons: { zh: '原因', en: 'Reasons' },
  openItems: { zh: '未结清发票', en: 'Open items' },
  noOpen: { zh: '没有未结清的发票。', en: 'No open items.' },
  due: { zh: '到期', en: 'due' },
  overdueDays: { zh: '逾期 {n} 天', en: '{n} days overdue' },
  disputed: { zh: '争议', en: 'disputed' },
  payments: { zh: '收款记录', en: 'Payment history' },
  noPayments: { zh: '没有收款记录。', en: 'No payments.' },
  followUps: { zh: '跟进记录', en: 'Follow-up log' },
  noFollowUps: { zh: '还没有跟进记录。', en: 'No follow-ups yet.' },
  addFollowUp: { zh: '添加跟进', en: 'Add a follow-up' },
  date: { zh: '日期', en: 'Date' },
  channel: { zh: '方式', en: 'Channel' },
  said: { zh: '沟通内容', en: 'What was said' },
  promisedDate: { zh: '承诺付款日', en: 'Promised payment date' },
  promisedAmount: { zh: '承诺金额', en: 'Promised amount' },
  nextAction: { zh: '下一步', en: 'Next action' },
  save: { zh: '保存跟进', en: 'Save follow-up' },
  saved: { zh: '跟进已保存。', en: 'Follow-up saved.' },
  badAmount: { zh: '承诺金额', en: 'Promised amount' },
  phone: { zh: '电话', en: 'Phone' },
  email: { zh: '邮件', en: 'Email' },
  visit: { zh: '拜访', en: 'Visit' },
  letter: { zh: '函件', en: 'Letter' },
  wechat: { zh: '微信', en: 'WeChat' },
  promise: { zh: '承诺', en: 'promise' },
  back: { zh: '返回列表', en: 'Back to the list' },
} as const;

const CHANNELS: readonly FollowUpChannel[] = ['phone', 'email', 'visit', 'letter', 'wechat'];

export function CustomersScreen(): ReactElement {
  const styles = useScreenStyles();
  const desk = useDesk();
  const w = wordsOf(WORDS, desk.language);
  const [query, setQuery] = useState('');
  const [openId, setOpenId] = useState<string>();
  const customers = desk.structure?.customers;

  const listed = useMemo(() => {
    const collator = nameCollator(desk.language);
    const wanted = customerKey(query);
    return [...(customers ?? [])]
      .filter(
        (c) =>
          wanted === '' ||
          c.id.toLowerCase().includes(wanted) ||
          c.nameVariants.some((name) => customerKey(name).includes(wanted)),
      )
      .sort((a, b) => collator.compare(a.name, b.name));
  }, [customers, query, desk.language]);

  if (!customers) return <Body1>{w('empty')}</Body1>;
  const open = customers.find((c) => c.id === openId);

  return (
    <section className={styles.screen} aria-labelledby="customers-title">
      <Subtitle2 as="h2" id="customers-title">
        {w('heading')}
      </Subtitle2>
      {open ? (
        <>
          <Link as="button" onClick={() => setOpenId(undefined)}>
            {w('back')}
          </Link>
          <CustomerCard customer={open} />
        </>
      ) : (
        <>
          <SearchBox
            aria-label={w('search')}
            placeholder={w('search')}
            value={query}
            onChange={(_event, data) => setQuery(data.value)}
          />
          {listed.length === 0 ? <Body1>{w('none')}</Body1> : null}
          <ul className={styles.list} aria-label={w('heading')}>
            {listed.map((customer) => (
              <li key={customer.id}>
                <Link as="button" onClick={() => setOpenId(customer.id)}>
                  {customer.name}
                </Link>{' '}
                <Caption1 className={styles.muted}>{customer.id}</Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function CustomerCard({ customer }: { customer: Customer }): ReactElement {
  const styles = useScreenStyles();
  const desk = useDesk();
  const w = wordsOf(WORDS, desk.language);
  const figures = desk.figures;
  const credit = figures?.credit.filter((line) => line.customerId === customer.id) ?? [];
  const aging = figures?.aging.customers.filter((line) => line.customerId === customer.id) ?? [];
  const payments = (desk.structure?.entries ?? [])
    .filter((e) => e.customerId === customer.id && e.kind === 'receipt')
    .sort((a, b) => compareIsoDay(b.date, a.date));
  const followUps = desk.followUps
    .filter((f) => f.customerId === customer.id)
    .sort((a, b) => compareIsoDay(b.date, a.date));

  return (
    <article className={styles.section} aria-label={customer.name}>
      <Body1Strong as="h3">{customer.name}</Body1Strong>
      <Body1>
        {w('contact')}: {[customer.contact, customer.phone].filter(Boolean).join(' · ') || '—'}
      </Body1>
      {credit.map((line) => (
        <div key={line.currency} className={styles.section} data-testid="credit">
          <Body1>
            {w('limit')}:{' '}
            {line.creditLimit === undefined ? '—' : money(line.creditLimit, line.currency)}
            {line.limitUseBp === undefined ? '' : ` (${w('limitUse')} ${percent(line.limitUseBp)})`}
          </Body1>
          <div className={styles.row}>
            <Body1>
              {w('score')}: {line.score} · {w('grade')} {line.grade}
            </Body1>
            <FlagBadge flag={line.flag} language={desk.language} />
          </div>
          <ul className={styles.list} aria-label={w('reasons')}>
            {line.reasons.map((reason, index) => (
              <li key={index}>
                <Body1>{desk.describe(reason)}</Body1>
              </li>
            ))}
          </ul>
        </div>
      ))}

      <Body1Strong as="h4">{w('openItems')}</Body1Strong>
      {aging.every((line) => line.openInvoices.length === 0) ? <Body1>{w('noOpen')}</Body1> : null}
      <ul className={styles.list}>
        {aging.flatMap((line) =>
          line.openInvoices.map((aged) => (
            <li key={aged.invoice.entryId}>
              <Body1>
                {aged.invoice.documentNumber ?? aged.invoice.entryId}{' '}
                {money(aged.invoice.open, line.currency)} · {w('due')} {aged.invoice.dueDate}
                {aged.daysPastDue > 0
                  ? ` · ${w('overdueDays').replace('{n}', String(aged.daysPastDue))}`
                  : ''}
                {aged.invoice.disputed
                  ? ` · ${w('disputed')}: ${aged.invoice.disputeNote ?? ''}`
                  : ''}
              </Body1>
            </li>
          )),
        )}
      </ul>

      <Body1Strong as="h4">{w('payments')}</Body1Strong>
      {payments.length === 0 ? <Body1>{w('noPayments')}</Body1> : null}
      <ul className={styles.list}>
        {payments.slice(0, 12).map((entry) => (
          <li key={entry.id}>
            <Body1>
              {entry.date} {money(entry.amount, entry.currency)}
              {entry.documentNumber ? ` · ${entry.documentNumber}` : ''}
            </Body1>
          </li>
        ))}
      </ul>

      <Body1Strong as="h4">{w('followUps')}</Body1Strong>
      {followUps.length === 0 ? <Body1>{w('noFollowUps')}</Body1> : null}
      <ul className={styles.list} data-testid="follow-ups">
        {followUps.map((entry, index) => (
          <li key={index}>
            <Body1>
              {entry.date} · {w(entry.channel)} · {entry.said}
              {entry.promisedDate
                ? ` · ${w('promise')} ${entry.promisedDate}${
                    entry.promisedAmount === undefined
                      ? ''
                      : ` ${money(entry.promisedAmount, customer.currency)}`
                  }`
                : ''}
              {entry.nextAction ? ` · ${entry.nextAction}` : ''}
            </Body1>
          </li>
        ))}
      </ul>
      <FollowUpForm customer={customer} overdue={credit[0]?.overdueAmount} />
    </article>
  );
}

function FollowUpForm({
  customer,
  overdue,
}: {
  customer: Customer;
  overdue: Fen | undefined;
}): ReactElement {
  const styles = useScreenStyles();
  const desk = useDesk();
  const w = wordsOf(WORDS, desk.language);
  const [date, setDate] = useState<string>(desk.asOf);
  const [channel, setChannel] = useState<FollowUpChannel>('phone');
  const [said, setSaid] = useState('');
  const [promisedDate, setPromisedDate] = useState('');
  const [promisedAmount, setPromisedAmount] = useState('');
  const [nextAction, setNextAction] = useState('');
  const [amountProblem, setAmountProblem] = useState<string>();

  const day = asIsoDay(date);
  const promised = promisedDate === '' ? undefined : asIsoDay(promisedDate);
  const amount = promisedAmount.trim() === '' ? undefined : parseAmount(promisedAmount);
  const canSave = day !== undefined && said.trim() !== '' && (promisedDate === '' || !!promised);

  const save = async (): Promise<void> => {
    if (!day) return;
    if (amount && !amount.ok) {
      setAmountProblem(desk.describe(amount.problem));
      return;
    }
    setAmountProblem(undefined);
    const saved = await desk.addFollowUp({
      customerId: customer.id,
      date: day,
      channel,
      said: said.trim(),
      ...(promised ? { promisedDate: promised } : {}),
      ...(amount?.ok ? { promisedAmount: amount.value.fen } : {}),
      ...(promised && overdue !== undefined ? { overdueWhenPromised: overdue } : {}),
      ...(nextAction.trim() ? { nextAction: nextAction.trim() } : {}),
    });
    if (saved) {
      setSaid('');
      setPromisedDate('');
      setPromisedAmount('');
      setNextAction('');
      desk.setNotice({ intent: 'success', text: w('saved') });
    }
  };

  return (
    <form
      className={styles.section}
      aria-label={w('addFollowUp')}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Body1Strong as="h4">{w('addFollowUp')}</Body1Strong>
      <div className={styles.row}>
        <Field label={w('date')}>
          <Input type="date" value={date} onChange={(_e, d) => setDate(d.value)} />
        </Field>
        <Field label={w('channel')}>
          <Select value={channel} onChange={(_e, d) => setChannel(d.value as FollowUpChannel)}>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {w(c)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field label={w('said')} required>
        <Textarea value={said} onChange={(_e, d) => setSaid(d.value)} />
      </Field>
      <div className={styles.row}>
        <Field label={w('promisedDate')}>
          <Input type="date" value={promisedDate} onChange={(_e, d) => setPromisedDate(d.value)} />
        </Field>
        <Field
          label={w('promisedAmount')}
          validationMessage={amountProblem}
          validationState={amountProblem ? 'error' : 'none'}
        >
          <Input value={promisedAmount} onChange={(_e, d) => setPromisedAmount(d.value)} />
        </Field>
      </div>
      <Field label={w('nextAction')}>
        <Input value={nextAction} onChange={(_e, d) => setNextAction(d.value)} />
      </Field>
      <Button type="submit" appearance="primary" disabled={!canSave || desk.task !== undefined}>
        {w('save')}
      </Button>
    </form>
  );
}
