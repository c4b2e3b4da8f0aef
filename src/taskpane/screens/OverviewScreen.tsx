/**
 * The day's picture: what is owed, how much of it is overdue, DSO and the provision, how well
 * money is collected (days delinquent, CEI, share paid late), the aging chart, who is most
 * overdue with their flags, who is paying later than before, and promises that were broken.
 * Worked out from the workbook on demand, as of the date the cashier picks.
 */
import {
  Body1,
  Body1Strong,
  Button,
  Caption1,
  Field,
  Input,
  Subtitle2,
} from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { asIsoDay } from '../../domain/isoDay';
import type { Fen } from '../../domain/money';
import { useDesk } from '../desk/DeskProvider';
import { DSO_PERIOD_DAYS } from '../desk/deskFigures';
import { money, percent } from '../format';
import { wordsOf } from '../strings';
import { AgingChart } from './AgingChart';
import { FlagBadge } from './FlagBadge';
import { useScreenStyles } from './screenStyles';

const WORDS = {
  heading: { zh: '应收概览', en: 'Receivables overview' },
  asOf: { zh: '截止日期', en: 'As-of date' },
  refresh: { zh: '从工作簿刷新', en: 'Refresh from workbook' },
  empty: {
    zh: '还没有数据。请在“导入”中整理台账，或点击“从工作簿刷新”。',
    en: 'Nothing yet. Import the ledger under Import, or press Refresh from workbook.',
  },
  receivables: { zh: '应收余额', en: 'Total receivables' },
  overdueShare: { zh: '逾期占比', en: 'Overdue share' },
  dso: { zh: '应收账款周转天数 (DSO)', en: 'DSO' },
  dsoNone: { zh: '无本期销售', en: 'no sales in period' },
  days: { zh: '天', en: 'days' },
  provision: { zh: '坏账准备', en: 'Bad-debt provision' },
  aging: { zh: '账龄分布', en: 'Aging' },
  mostOverdue: { zh: '逾期最多的客户', en: 'Most overdue customers' },
  noneOverdue: { zh: '没有逾期客户。', en: 'No customer is overdue.' },
  oldest: { zh: '最长逾期', en: 'oldest' },
  broken: { zh: '未兑现的付款承诺', en: 'Broken payment promises' },
  noneBroken: { zh: '没有未兑现的承诺。', en: 'No broken promises.' },
  promised: { zh: '承诺于', en: 'promised by' },
  dsoNote: {
    zh: `DSO、平均逾期天数、回款有效性指数和逾期付款占比按截止日前 ${DSO_PERIOD_DAYS} 天计算`,
    en: `DSO, days delinquent, CEI and the share paid late cover the ${DSO_PERIOD_DAYS} days to the as-of date`,
  },
  add: { zh: '平均逾期天数 (ADD)', en: 'Average days delinquent' },
  cei: { zh: '回款有效性指数 (CEI)', en: 'Collection effectiveness (CEI)' },
  paidLate: { zh: '逾期付款占比', en: 'Paid late' },
  none: { zh: '—', en: '—' },
  drifting: { zh: '付款变慢的客户', en: 'Customers paying later' },
  noneDrifting: {
    zh: '没有客户比此前 12 个月付款变慢。',
    en: 'No customer pays later than in the 12 months before.',
  },
  laterBy: { zh: '近 3 个月平均晚付', en: 'late on average over 3 months:' },
  daysMore: { zh: '天，比此前多', en: 'days, more than before by' },
  predictions: {
    zh: '每张未结发票的预计回款日期和按周回款计划：功能区“回款分析”。',
    en: 'Predicted payment dates for each open invoice and the cash plan by week: the Payment analysis button on the ribbon.',
  },
} as const;

export function OverviewScreen(): ReactElement {
  const styles = useScreenStyles();
  const desk = useDesk();
  const w = wordsOf(WORDS, desk.language);
  const figures = desk.figures;
  const names = new Map(desk.structure?.customers.map((c) => [c.id, c.name]) ?? []);

  const daysText = (days: number | undefined): string =>
    days === undefined ? w('none') : `${days.toFixed(1)} ${w('days')}`;

  const mostOverdue = [...(figures?.credit ?? [])]
    .filter((line) => line.overdueAmount > 0)
    .sort((a, b) => b.overdueAmount - a.overdueAmount || b.oldestOverdueDays - a.oldestOverdueDays)
    .slice(0, 5);
  const broken = (figures?.decisions ?? []).filter((d) => d.promise?.state === 'broken');

  return (
    <section className={styles.screen} aria-labelledby="overview-title">
      <Subtitle2 as="h2" id="overview-title">
        {w('heading')}
      </Subtitle2>
      <div className={styles.row}>
        <Field label={w('asOf')}>
          <Input
            type="date"
            value={desk.asOf}
            onChange={(_event, data) => {
              const day = asIsoDay(data.value);
              if (day) desk.setAsOf(day);
            }}
          />
        </Field>
        <Button
          appearance="primary"
          disabled={!desk.host.current() || desk.task !== undefined}
          onClick={() => void desk.refresh()}
        >
          {w('refresh')}
        </Button>
      </div>

      {!figures ? (
        <Body1>{w('empty')}</Body1>
      ) : (
        <>
          {figures.headlines.map((line) => (
            <div key={line.currency} className={styles.section}>
              <div className={styles.figures} data-testid={`headline-${line.currency}`}>
                <Figure label={w('receivables')} value={money(line.receivables, line.currency)} />
                <Figure label={w('overdueShare')} value={percent(line.overdueShareBp)} />
                <Figure
                  label={w('dso')}
                  value={
                    line.dso === undefined ? w('dsoNone') : `${line.dso.toFixed(1)} ${w('days')}`
                  }
                />
                <Figure label={w('provision')} value={money(line.provision, line.currency)} />
                <Figure label={w('add')} value={daysText(line.averageDaysDelinquent)} />
                <Figure
                  label={w('cei')}
                  value={
                    line.collectionEffectivenessIndex === undefined
                      ? w('none')
                      : `${line.collectionEffectivenessIndex.toFixed(1)}%`
                  }
                />
                <Figure
                  label={w('paidLate')}
                  value={
                    line.paidLateShare === undefined
                      ? w('none')
                      : percent(Math.round(line.paidLateShare * 10_000))
                  }
                />
              </div>
              <Caption1 className={styles.muted}>{w('dsoNote')}</Caption1>
              <Body1Strong as="h3">{`${w('aging')} (${line.currency})`}</Body1Strong>
              <AgingChart
                buckets={line.buckets}
                bucketSet={figures.aging.bucketSet}
                currency={line.currency}
                language={desk.language}
                title={`${w('aging')} ${line.currency}`}
              />
            </div>
          ))}

          <Body1Strong as="h3">{w('mostOverdue')}</Body1Strong>
          {mostOverdue.length === 0 ? (
            <Body1>{w('noneOverdue')}</Body1>
          ) : (
            <ul className={styles.list}>
              {mostOverdue.map((line) => (
                <li key={`${line.customerId}-${line.currency}`}>
                  <Body1>
                    {names.get(line.customerId) ?? line.customerId}{' '}
                    {money(line.overdueAmount, line.currency)} · {w('oldest')}{' '}
                    {line.oldestOverdueDays} {w('days')}{' '}
                  </Body1>
                  <FlagBadge flag={line.flag} language={desk.language} />
                </li>
              ))}
            </ul>
          )}

          <Body1Strong as="h3">{w('drifting')}</Body1Strong>
          {figures.drifting.length === 0 ? (
            <Body1>{w('noneDrifting')}</Body1>
          ) : (
            <ul className={styles.list} data-testid="drifting">
              {figures.drifting.slice(0, 5).map((line) => (
                <li key={`${line.customerId}-${line.currency}`}>
                  <Body1>
                    {names.get(line.customerId) ?? line.customerId}
                    {figures.headlines.length > 1 ? ` (${line.currency})` : ''} · {w('laterBy')}{' '}
                    {line.recentDaysLate.toFixed(1)} {w('daysMore')} {line.laterBy.toFixed(1)}{' '}
                    {w('days')}
                  </Body1>
                </li>
              ))}
            </ul>
          )}
          <Caption1 className={styles.muted}>{w('predictions')}</Caption1>

          <Body1Strong as="h3">{w('broken')}</Body1Strong>
          {broken.length === 0 ? (
            <Body1>{w('noneBroken')}</Body1>
          ) : (
            <ul className={styles.list}>
              {broken.map((d) => (
                <li key={`${d.customerId}-${d.currency}`}>
                  <Body1>
                    {d.customerName} · {w('promised')} {d.promise?.promisedDate}
                    {d.promise?.promisedAmount === undefined
                      ? ''
                      : ` · ${money(d.promise.promisedAmount as Fen, d.currency)}`}
                  </Body1>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

function Figure({ label, value }: { label: string; value: string }): ReactElement {
  const styles = useScreenStyles();
  return (
    <div className={styles.figure}>
      <Caption1>{label}</Caption1>
      <Body1Strong>{value}</Body1Strong>
    </div>
  );
}
