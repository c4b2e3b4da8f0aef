/**
 * The backtest as the command line prints it: per currency, how many invoices were scored, then
 * one line per predictor with its mean absolute error in days and how often it called "paid after
 * the due date" right.
 */
import type { BacktestResult } from '../../domain/behaviour';
import { describeProblem, type Lang } from '../../domain/messages';
import type { Outcome } from '../../domain/problem';
import { textTable } from '../receivables/textTable';
import { predictorWord } from './analysisWords';
import type { WorkbookBacktest } from './backtestWorkbook';

export function backtestLines(run: WorkbookBacktest, lang: Lang): string[] {
  const zh = lang === 'zh';
  const lines: string[] = [];
  for (const { currency, results } of run.currencies) {
    const first = results[0];
    if (first === undefined) continue;
    const scored = first.count;
    lines.push(
      zh
        ? `回测 ${first.from} 至 ${first.to}（${currency}）：${scored} 张发票已评分，${first.unsettled} 张尚未结清不评分；已知付款截至 ${run.knownUntil}。`
        : `Backtest ${first.from} to ${first.to} (${currency}): ${scored} invoice(s) scored, ${first.unsettled} not yet settled and left out; payments known up to ${run.knownUntil}.`,
    );
    const header = zh
      ? ['预测方法', '平均绝对误差（天）', '逾期与否判断准确率']
      : ['Predictor', 'Mean absolute error (days)', 'Paid late yes/no accuracy'];
    const rows = results.map((result) => [
      predictorWord(result.predictor, lang),
      shown(result.meanAbsoluteErrorDays, (value) => value.toFixed(2), lang),
      shown(result.lateAccuracy, (value) => `${(value * 100).toFixed(1)}%`, lang),
    ]);
    lines.push(...textTable([header, ...rows], [false, true, true]), '');
  }
  return lines;
}

/** The machine-readable figures of one result, for --json and tests. */
export function backtestFigures(result: BacktestResult): {
  predictor: string;
  count: number;
  unsettled: number;
  meanAbsoluteErrorDays: number | null;
  lateAccuracy: number | null;
} {
  return {
    predictor: result.predictor,
    count: result.count,
    unsettled: result.unsettled,
    meanAbsoluteErrorDays: result.meanAbsoluteErrorDays.ok
      ? result.meanAbsoluteErrorDays.value
      : null,
    lateAccuracy: result.lateAccuracy.ok ? result.lateAccuracy.value : null,
  };
}

function shown(outcome: Outcome<number>, format: (value: number) => string, lang: Lang): string {
  return outcome.ok ? format(outcome.value) : describeProblem(outcome.problem, lang);
}
