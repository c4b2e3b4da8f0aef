/** Words the payment-behaviour sheets and the backtest write: methods, predictors, the trend. */
import type { BacktestPredictor, PredictionMethod } from '../../domain/behaviour';
import type { Lang } from '../../domain/messages';

const METHOD: Readonly<Record<PredictionMethod, { zh: string; en: string }>> = {
  'customer-history': { zh: '按客户历史', en: "customer's history" },
  population: { zh: '按全体客户', en: 'all customers' },
  'due-date': { zh: '按到期日', en: 'due date' },
};

const PREDICTOR: Readonly<Record<BacktestPredictor, { zh: string; en: string }>> = {
  model: { zh: '本模型', en: 'This model' },
  'due-date': { zh: '基准：按到期日付款', en: 'Baseline: paid on the due date' },
  'customer-median': {
    zh: '基准：客户历来付款天数中位数',
    en: "Baseline: customer's median days to settle",
  },
};

export function methodWord(method: PredictionMethod, lang: Lang): string {
  return METHOD[method][lang];
}

export function predictorWord(predictor: BacktestPredictor, lang: Lang): string {
  return PREDICTOR[predictor][lang];
}

/**
 * The lateness trend in words: a change of more than one day either way is a direction, anything
 * closer is steady (a day's difference in an amount-weighted mean is noise, not a habit).
 */
export function lateTrendWord(change: number | undefined, lang: Lang): string {
  if (change === undefined) return lang === 'zh' ? '不详' : 'unknown';
  if (change > 1) return lang === 'zh' ? '付款变慢' : 'paying later';
  if (change < -1) return lang === 'zh' ? '付款变快' : 'paying sooner';
  return lang === 'zh' ? '平稳' : 'steady';
}
