/**
 * Import statement (收款导入): the cashier picks bank, Alipay or WeChat Pay statement files; each
 * line is read and matched against the workbook's customers and ledger as of the desk's date, and
 * shown with its customer, invoices, the reason in words, the confidence and what became of it.
 * Certain matches are applied at once; a line waiting for review waits for the cashier, who
 * confirms the proposal, picks another customer or other invoices, or leaves it unmatched.
 */
import {
  Badge,
  Body1,
  Body1Strong,
  Button,
  Caption1,
  Checkbox,
  Combobox,
  Field,
  Option,
  Select,
  Subtitle2,
} from '@fluentui/react-components';
import { useMemo, useRef, useState } from 'react';
import type { ReactElement } from 'react';
import type { Customer } from '../../domain/ledger';
import type { Fen } from '../../domain/money';
import {
  invoiceChoices,
  OPEN_STATUSES,
  proposedCustomerIds,
} from '../../workbook/statements/confirmMatch';
import type { MatchRecord } from '../../workbook/statements/matchesSheet';
import type { StatementRead } from '../../workbook/statements/statementTypes';
import { useDesk } from '../desk/DeskProvider';
import { money, nameCollator } from '../format';
import { wordsOf } from '../strings';
import { useScreenStyles } from './screenStyles';

const WORDS = {
  heading: { zh: '收款导入', en: 'Import statement' },
  intro: {
    zh: '选择银行（.xlsx / .xls / .csv）、支付宝或微信支付账单，GBK 或 UTF-8 均可。确定的匹配直接入账，其余等待您确认。',
    en: 'Choose bank (.xlsx / .xls / .csv), Alipay or WeChat Pay statements, GBK or UTF-8. Certain matches are applied; the rest wait for you.',
  },
  choose: { zh: '选择账单文件…', en: 'Choose statement files…' },
  files: { zh: '账单文件', en: 'Statement files' },
  needLedger: {
    zh: '请先在“导入”中整理台账：匹配需要客户档案和台账。',
    en: 'Import the ledger under Import first: matching needs the customers and the ledger.',
  },
  read: { zh: '读取', en: 'read' },
  lines: { zh: '行', en: 'lines' },
  summary: {
    zh: '本次：已入账 {matched}，待确认 {review}，未匹配 {unmatched}，重复 {duplicate}，跳过 {skipped}，拒绝 {rejected}',
    en: 'This import: applied {matched}, needs review {review}, unmatched {unmatched}, already in {duplicate}, skipped {skipped}, rejected {rejected}',
  },
  show: { zh: '显示', en: 'Show' },
  showReceipts: { zh: '全部收款', en: 'All receipts' },
  showOpen: { zh: '待处理', en: 'Waiting for you' },
  showAll: { zh: '全部行（含跳过、拒绝）', en: 'Every line (skipped, rejected too)' },
  none: { zh: '没有符合的行。', en: 'No lines to show.' },
  customer: { zh: '客户', en: 'Customer' },
  invoices: { zh: '发票', en: 'Invoices' },
  confidence: { zh: '可信度', en: 'Confidence' },
  line: { zh: '行', en: 'line' },
  review: { zh: '处理', en: 'Review' },
  close: { zh: '收起', en: 'Close' },
  confirmProposal: { zh: '确认建议', en: 'Confirm the proposal' },
  pickCustomer: { zh: '付款客户', en: 'Paying customer' },
  pickInvoices: {
    zh: '核销发票（勾选合计须等于收款金额）',
    en: 'Invoices paid (ticked must add up to the amount)',
  },
  noOpen: {
    zh: '该客户在付款日前没有未收清的发票。',
    en: 'This customer has no open invoice dated on or before the payment.',
  },
  chosenSum: { zh: '已选 {sum} / 收款 {amount}', en: 'Ticked {sum} of {amount} received' },
  sumMatches: { zh: '金额相符', en: 'adds up' },
  sumDiffers: { zh: '金额不符', en: 'does not add up' },
  confirm: { zh: '确认并入账', en: 'Confirm and apply' },
  onAccount: { zh: '不选发票：记为预收并入账', en: 'No invoice: apply on account' },
  leave: { zh: '保持未匹配', en: 'Leave unmatched' },
  confirmed: { zh: '已确认并写入台账。', en: 'Confirmed and written to the ledger.' },
  'status.matched': { zh: '已入账', en: 'applied' },
  'status.confirmed': { zh: '已确认入账', en: 'applied (confirmed)' },
  'status.needs-review': { zh: '待确认', en: 'needs review' },
  'status.unmatched': { zh: '未匹配', en: 'unmatched' },
  'status.duplicate': { zh: '已导入过', en: 'already imported' },
  'status.skipped': { zh: '跳过', en: 'skipped' },
  'status.rejected': { zh: '拒绝', en: 'rejected' },
} as const;

type Filter = 'receipts' | 'open' | 'all';

const STATUS_COLOR: Readonly<
  Record<MatchRecord['status'], 'success' | 'warning' | 'danger' | 'informative' | 'subtle'>
> = {
  matched: 'success',
  confirmed: 'success',
  'needs-review': 'warning',
  unmatched: 'danger',
  duplicate: 'informative',
  skipped: 'subtle',
  rejected: 'danger',
};

export function StatementsScreen(): ReactElement {
  const styles = useScreenStyles();
  const desk = useDesk();
  const w = wordsOf(WORDS, desk.language);
  const input = useRef<HTMLInputElement>(null);
  const [reads, setReads] = useState<readonly StatementRead[]>([]);
  const [runKeys, setRunKeys] = useState<readonly string[]>();
  const [counts, setCounts] = useState<Readonly<Record<string, number>>>();
  const [filter, setFilter] = useState<Filter>('receipts');
  const [reviewing, setReviewing] = useState<string>();

  const customers = desk.structure?.customers;
  const byKey = new Map(desk.matchRecords.map((record) => [record.key, record]));
  // This import's lines as they stand now (a confirmed line shows confirmed); before any import,
  // every line of the Matches sheet.
  const lines =
    runKeys === undefined
      ? desk.matchRecords
      : runKeys.map((key) => byKey.get(key)).filter((r): r is MatchRecord => r !== undefined);
  const shown = lines.filter((record) =>
    filter === 'all'
      ? true
      : filter === 'open'
        ? OPEN_STATUSES.has(record.status)
        : record.status !== 'skipped' && record.status !== 'rejected',
  );

  const choose = async (files: FileList): Promise<void> => {
    const picked = await Promise.all(
      [...files].map(async (file) => ({
        name: file.name,
        bytes: new Uint8Array(await file.arrayBuffer()),
      })),
    );
    const done = await desk.importStatements(picked);
    if (!done) return;
    setReads(done.reads);
    // A line seen before is shown as the record the Matches sheet keeps for it.
    setRunKeys(done.result.lines.map((line) => line.key));
    setCounts(done.result.counts);
    setReviewing(undefined);
  };

  if (!desk.host.current()) return <Body1>{desk.t('noWorkbookYet')}</Body1>;

  return (
    <section className={styles.screen} aria-labelledby="statements-title">
      <Subtitle2 as="h2" id="statements-title">
        {w('heading')}
      </Subtitle2>
      <Caption1>{w('intro')}</Caption1>
      {!customers ? <Body1>{w('needLedger')}</Body1> : null}
      <input
        ref={input}
        className={styles.hiddenInput}
        type="file"
        multiple
        accept=".csv,.txt,.xlsx,.xls,text/csv,application/vnd.ms-excel"
        aria-label={w('files')}
        data-testid="statement-files"
        onChange={(event) => {
          const files = event.target.files;
          if (files && files.length > 0) void choose(files);
          event.target.value = '';
        }}
      />
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={!customers || desk.task !== undefined}
          onClick={() => input.current?.click()}
        >
          {w('choose')}
        </Button>
      </div>

      {reads.length > 0 ? (
        <ul className={styles.list} data-testid="statement-reads">
          {reads.map((read) => (
            <li key={read.file}>
              <Body1>
                {read.file}
                {read.problem
                  ? `: ${desk.describe(read.problem)}`
                  : ` · ${read.kind ?? ''} · ${read.encoding ?? ''} · ${w('read')} ${read.lines.length} ${w('lines')}`}
              </Body1>
            </li>
          ))}
        </ul>
      ) : null}
      {counts ? (
        <Body1 data-testid="statement-counts">
          {w('summary')
            .replace('{matched}', String(counts.matched ?? 0))
            .replace('{review}', String(counts['needs-review'] ?? 0))
            .replace('{unmatched}', String(counts.unmatched ?? 0))
            .replace('{duplicate}', String(counts.duplicate ?? 0))
            .replace('{skipped}', String(counts.skipped ?? 0))
            .replace('{rejected}', String(counts.rejected ?? 0))}
        </Body1>
      ) : null}

      {lines.length > 0 ? (
        <Field label={w('show')} orientation="horizontal">
          <Select value={filter} onChange={(_e, data) => setFilter(data.value as Filter)}>
            <option value="receipts">{w('showReceipts')}</option>
            <option value="open">{w('showOpen')}</option>
            <option value="all">{w('showAll')}</option>
          </Select>
        </Field>
      ) : null}
      {lines.length > 0 && shown.length === 0 ? <Body1>{w('none')}</Body1> : null}
      <ul className={styles.cards} aria-label={w('heading')}>
        {shown.map((record) => (
          <li key={record.key} className={styles.card} data-testid="statement-line">
            <LineView record={record} customers={customers ?? []} />
            {customers && OPEN_STATUSES.has(record.status) ? (
              reviewing === record.key ? (
                <ReviewPanel
                  record={record}
                  customers={customers}
                  onDone={() => setReviewing(undefined)}
                />
              ) : (
                <div className={styles.row}>
                  <Button size="small" onClick={() => setReviewing(record.key)}>
                    {w('review')}
                  </Button>
                </div>
              )
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function LineView({
  record,
  customers,
}: {
  record: MatchRecord;
  customers: readonly Customer[];
}): ReactElement {
  const desk = useDesk();
  const w = wordsOf(WORDS, desk.language);
  const styles = useScreenStyles();
  const customer = customers.find((c) => c.id === record.customerId);
  const currency = customer?.currency ?? 'CNY';
  const reason = desk.describe({
    code: record.reasonCode,
    ...(record.reasonDetail ? { detail: record.reasonDetail } : {}),
  });

  return (
    <div className={styles.section}>
      <div className={styles.row}>
        <Body1Strong>
          {record.date ?? ''} · {record.payer || '—'}
          {record.amount === undefined ? '' : ` · ${money(record.amount, currency)}`}
        </Body1Strong>
        <Badge appearance="tint" color={STATUS_COLOR[record.status]}>
          {w(`status.${record.status}`)}
        </Badge>
      </div>
      <Caption1>
        {record.file} {w('line')} {record.line}
        {record.status === 'skipped' || record.status === 'rejected'
          ? ''
          : ` · ${w('confidence')} ${Math.round(record.confidence * 100)}%`}
      </Caption1>
      {customer || record.invoices ? (
        <Body1>
          {customer ? `${w('customer')}: ${customer.name}` : ''}
          {customer && record.invoices ? ' · ' : ''}
          {record.invoices ? `${w('invoices')}: ${record.invoices}` : ''}
        </Body1>
      ) : null}
      <Body1>{reason}</Body1>
    </div>
  );
}

function ReviewPanel({
  record,
  customers,
  onDone,
}: {
  record: MatchRecord;
  customers: readonly Customer[];
  onDone: () => void;
}): ReactElement {
  const desk = useDesk();
  const w = wordsOf(WORDS, desk.language);
  const styles = useScreenStyles();
  const proposed = proposedCustomerIds(record);
  const [customerId, setCustomerId] = useState<string | undefined>(proposed[0]);
  const [query, setQuery] = useState<string>();
  const [ticked, setTicked] = useState<readonly string[]>([]);
  const [problem, setProblem] = useState<string>();
  const collator = nameCollator(desk.language);
  const sorted = useMemo(
    () => [...customers].sort((a, b) => collator.compare(a.name, b.name)),
    [customers, collator],
  );
  const customer = customers.find((c) => c.id === customerId);
  const currency = customer?.currency ?? 'CNY';

  const choices = useMemo(
    () =>
      customerId === undefined
        ? []
        : invoiceChoices(
            customers,
            desk.cashierEntries,
            desk.matchRecords.filter((other) => other.key !== record.key),
            record,
            customerId,
            desk.asOf,
            desk.settings.receivables,
          ),
    [
      customers,
      customerId,
      desk.cashierEntries,
      desk.matchRecords,
      desk.asOf,
      desk.settings,
      record,
    ],
  );
  const sum = choices
    .filter((choice) => ticked.includes(choice.entryId))
    .reduce((total, choice) => total + choice.open, 0) as Fen;
  const amount = (record.amount ?? 0) as Fen;
  const adds = sum === amount;

  // The proposal: the proposed customer and the invoices the line names, found among the open ones.
  const proposalIds = (): string[] | undefined => {
    if (record.customerId === undefined) return undefined;
    const numbers = record.invoices === '' ? [] : record.invoices.split(', ');
    const open = invoiceChoices(
      customers,
      desk.cashierEntries,
      desk.matchRecords.filter((other) => other.key !== record.key),
      record,
      record.customerId,
      desk.asOf,
      desk.settings.receivables,
    );
    const ids = numbers.map(
      (number) => open.find((c) => c.documentNumber === number || c.entryId === number)?.entryId,
    );
    return ids.every((id) => id !== undefined) ? (ids as string[]) : undefined;
  };
  const proposal = proposalIds();

  const confirm = async (target: string, invoiceIds: readonly string[]): Promise<void> => {
    const outcome = await desk.confirmLine({ key: record.key, customerId: target, invoiceIds });
    if (!outcome) return;
    if (!outcome.ok) {
      setProblem(desk.describe(outcome.problem));
      return;
    }
    setProblem(undefined);
    desk.setNotice({ intent: 'success', text: w('confirmed') });
    onDone();
  };

  return (
    <div
      className={styles.section}
      role="group"
      aria-label={`${w('review')} ${record.payer} ${record.date ?? ''}`}
      data-testid="review-panel"
    >
      {proposal && record.customerId ? (
        <div className={styles.row}>
          <Button
            appearance="primary"
            size="small"
            disabled={desk.task !== undefined}
            onClick={() => void confirm(record.customerId as string, proposal)}
          >
            {w('confirmProposal')}
          </Button>
        </div>
      ) : null}
      <Field label={w('pickCustomer')}>
        <Combobox
          value={query ?? customer?.name ?? ''}
          selectedOptions={customerId ? [customerId] : []}
          onChange={(event) => setQuery(event.target.value)}
          onOptionSelect={(_event, data) => {
            setCustomerId(data.optionValue);
            setQuery(undefined);
            setTicked([]);
          }}
        >
          {sorted
            .filter(
              (c) =>
                query === undefined ||
                c.name.toLowerCase().includes(query.toLowerCase()) ||
                c.id.toLowerCase().includes(query.toLowerCase()),
            )
            .map((c) => (
              <Option key={c.id} value={c.id} text={c.name}>
                {proposed.includes(c.id) ? `★ ${c.name}` : c.name}
              </Option>
            ))}
        </Combobox>
      </Field>
      {customer ? (
        <fieldset className={styles.section}>
          <legend>
            <Caption1>{w('pickInvoices')}</Caption1>
          </legend>
          {choices.length === 0 ? <Body1>{w('noOpen')}</Body1> : null}
          {choices.map((choice) => (
            <Checkbox
              key={choice.entryId}
              checked={ticked.includes(choice.entryId)}
              label={`${choice.documentNumber ?? choice.entryId} · ${choice.date} · ${money(choice.open, currency)}`}
              onChange={(_event, data) =>
                setTicked(
                  data.checked
                    ? [...ticked, choice.entryId]
                    : ticked.filter((id) => id !== choice.entryId),
                )
              }
            />
          ))}
          <Body1 aria-live="polite" data-testid="running-sum">
            {w('chosenSum')
              .replace('{sum}', money(sum, currency))
              .replace('{amount}', money(amount, currency))}{' '}
            · {adds ? w('sumMatches') : w('sumDiffers')}
          </Body1>
        </fieldset>
      ) : null}
      {problem ? <Body1 role="alert">{problem}</Body1> : null}
      <div className={styles.row}>
        <Button
          appearance="primary"
          size="small"
          disabled={!customer || ticked.length === 0 || !adds || desk.task !== undefined}
          onClick={() => customer && void confirm(customer.id, ticked)}
        >
          {w('confirm')}
        </Button>
        <Button
          size="small"
          disabled={!customer || ticked.length > 0 || desk.task !== undefined}
          onClick={() => customer && void confirm(customer.id, [])}
        >
          {w('onAccount')}
        </Button>
        <Button size="small" onClick={onDone}>
          {w('leave')}
        </Button>
      </div>
    </div>
  );
}
