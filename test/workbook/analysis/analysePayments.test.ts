import { predictOpenInvoices } from '../../../src/domain/behaviour';
import { invoiceHistoriesFromAllocation } from '../../../src/domain/behaviour/fromAllocation';
import { isoDayFromSerial, type IsoDay } from '../../../src/domain/isoDay';
import {
  analysePayments,
  canAnalyse,
  type AnalysisOutcome,
  type AnalysisRun,
} from '../../../src/workbook/analysis';
import type { CellValue } from '../../../src/workbook/workbookPort';
import {
  cashierHash,
  ownedSheets,
  rowsByHeader,
  sheetCells,
  xlsxOf,
} from '../receivables/receivablesFixtures';
import { BEHAVIOUR_LEDGER } from './analysisFixtures';

const AS_OF = '2024-03-31' as IsoDay;

function ran(outcome: AnalysisOutcome): AnalysisRun {
  if (!outcome.ok) throw new Error(`run stopped: ${outcome.problem.code}`);
  return outcome;
}

/** A date cell as the day it shows (the xlsx adapter writes dates as 1900-system serials). */
function day(cell: CellValue | undefined): IsoDay | undefined {
  return typeof cell === 'number' ? isoDayFromSerial(cell, '1900') : undefined;
}

function byCustomer(rows: Record<string, CellValue>[], name: string): Record<string, CellValue> {
  const row = rows.find((r) => r['客户名称 Customer'] === name);
  if (row === undefined) throw new Error(`no line for ${name}`);
  return row;
}

describe('the Analysis sheet on a hand-worked ledger', () => {
  let run: AnalysisRun;
  let metrics: Record<string, CellValue>[];
  beforeAll(async () => {
    const port = await xlsxOf(BEHAVIOUR_LEDGER);
    run = ran(await analysePayments(port, { asOf: AS_OF, lang: 'en' }));
    metrics = rowsByHeader(await sheetCells(port, '分析 Analysis'));
  });

  it('measures the 90 days ending on the as-of date by default', () => {
    expect(run.figures.period).toEqual({ from: '2024-01-02', to: '2024-03-31' });
    expect(metrics.every((row) => row['期间起 From'] === metrics[0]?.['期间起 From'])).toBe(true);
  });

  it.each([
    [
      'Acme Trading',
      {
        '期初应收 Opening AR': 1000,
        '本期赊销 Credit sales': 2500,
        '期末应收 Closing AR': 500,
        '期末未到期 Closing current': 500,
        '应收周转天数 DSO': 18,
        '最佳周转天数 Best DSO': 18,
        '平均逾期天数 ADD': 0,
        '回款有效指数 CEI %': 100,
        '本期结清 Settled': 2,
        '逾期付款占比 Paid late': 0.5,
        '加权逾期天数 Weighted days late': 3.3,
        '争议张数 Disputes': 0,
      },
    ],
    [
      'Blue Sky Foods',
      {
        '期初应收 Opening AR': 0,
        '本期赊销 Credit sales': 800,
        '期末应收 Closing AR': 800,
        '应收周转天数 DSO': 90,
        '最佳周转天数 Best DSO': 0,
        '平均逾期天数 ADD': 90,
        '回款有效指数 CEI %': 0,
        '本期结清 Settled': 0,
        '逾期付款占比 Paid late': null,
        '争议张数 Disputes': 1,
        '争议未清 Disputed open': 800,
      },
    ],
    [
      'Cathay Metals',
      {
        '本期赊销 Credit sales': 0,
        '应收周转天数 DSO': null,
        '回款有效指数 CEI %': null,
        '未核销 Unapplied cash': 300,
      },
    ],
    [
      '合计 TOTAL',
      {
        '期初应收 Opening AR': 1000,
        '本期赊销 Credit sales': 3300,
        '期末应收 Closing AR': 1300,
        '期末未到期 Closing current': 500,
        '应收周转天数 DSO': 35.5,
        '最佳周转天数 Best DSO': 13.6,
        '平均逾期天数 ADD': 21.8,
        '回款有效指数 CEI %': 78.9,
        '逾期付款占比 Paid late': 0.5,
        '未核销 Unapplied cash': 300,
        '争议张数 Disputes': 1,
      },
    ],
  ])('shows %s as worked out by hand', (name, expected) => {
    expect(byCustomer(metrics, name)).toMatchObject(expected);
  });

  it('leaves a figure with no value blank and says why in the notes, never 0', () => {
    const notes = String(byCustomer(metrics, 'Cathay Metals')['说明 Notes']);

    expect(notes).toContain('No credit sales from 2024-01-02 to 2024-03-31');
    expect(byCustomer(metrics, 'Blue Sky Foods')['说明 Notes']).toContain('No invoice was settled');
  });
});

describe('the Predictions and Cash plan sheets', () => {
  let run: AnalysisRun;
  let predictions: Record<string, CellValue>[];
  let plan: Record<string, CellValue>[];
  beforeAll(async () => {
    const port = await xlsxOf(BEHAVIOUR_LEDGER);
    run = ran(await analysePayments(port, { asOf: AS_OF, lang: 'en' }));
    predictions = rowsByHeader(await sheetCells(port, '回款预测 Predictions'));
    plan = rowsByHeader(await sheetCells(port, '回款计划 Cash plan'));
  });

  it('lists every item open on the as-of date, as the engine predicts it, by predicted date', () => {
    const histories = invoiceHistoriesFromAllocation(run.receivables.figures.allocation, 'CNY');
    const direct = predictOpenInvoices(histories, AS_OF);

    expect(predictions.map((row) => row['发票号 Invoice'])).toEqual(['INV-4', 'INV-3']);
    expect(predictions.map((row) => day(row['预计回款日 Predicted'])).sort()).toEqual(
      direct.map((p) => p.predicted).sort(),
    );
  });

  it('expects an overdue invoice the day after the as-of date and says so in words', () => {
    const blue = predictions[0]!;

    expect([day(blue['到期日 Due']), day(blue['预计回款日 Predicted'])]).toEqual([
      '2024-02-19',
      '2024-04-01',
    ]);
    expect(blue).toMatchObject({
      '客户名称 Customer': 'Blue Sky Foods',
      '未清 Open': 800,
      '争议 Disputed': true,
      '方法 Method': 'all customers',
    });
    expect(blue['依据 Why']).toContain('still unpaid, so now expected on 2024-04-01');
  });

  it('predicts a newer customer from everyone settled so far, between on time and 10 days late', () => {
    const acme = predictions[1]!;

    const predicted = String(day(acme['预计回款日 Predicted']));

    expect(acme['方法 Method']).toBe('all customers');
    expect(predicted >= '2024-03-31' && predicted <= '2024-04-10').toBe(true);
  });

  it('sums the open amounts by week from the as-of week, with a TOTAL equal to what is open', () => {
    expect(day(plan[0]?.['周一 Week from'])).toBe('2024-03-25');
    expect(plan[0]).toMatchObject({ '周 Week': '2024-03-25 ~ 2024-03-31', '预计回款 Expected': 0 });
    expect(plan.at(-1)).toMatchObject({ '周 Week': '合计 TOTAL', '预计回款 Expected': 1300 });
    expect(plan.at(-1)?.['发票张数 Invoices']).toBe(2);
  });

  it('reads paper and electronic bills from the 纸质/电子 column and names a word it cannot read', () => {
    const channels = run.figures.currencies[0]!.invoices.map((h) => h.channel ?? '-');

    expect(channels).toEqual(['paper', 'electronic', '-', '-']);
    expect(run.problems).toEqual([
      {
        code: 'analysis.channel-unread',
        detail: { sheet: 'Ledger', header: '纸质/电子', count: 1, example: '快递' },
      },
    ]);
  });
});

describe('running the analysis', () => {
  it('never changes the cashier’s sheets and gives the same sheets when run twice', async () => {
    const port = await xlsxOf(BEHAVIOUR_LEDGER);
    const before = await cashierHash(port);

    ran(await analysePayments(port, { asOf: AS_OF }));
    const once = await ownedSheets(port);
    ran(await analysePayments(port, { asOf: AS_OF }));

    expect(await cashierHash(port)).toBe(before);
    expect(await ownedSheets(port)).toEqual(once);
    expect(Object.keys(once)).toEqual(
      expect.arrayContaining(['分析 Analysis', '回款预测 Predictions', '回款计划 Cash plan']),
    );
  });

  it('takes another name when the cashier has a sheet called 分析 Analysis, and says so', async () => {
    const port = await xlsxOf({
      sheets: [...BEHAVIOUR_LEDGER.sheets, { name: '分析 Analysis', cells: [['my notes']] }],
    });

    const run = ran(await analysePayments(port, { asOf: AS_OF }));

    expect(run.written.metrics).toBe('分析 Analysis(2)');
    expect(run.problems).toContainEqual({
      code: 'structure.output-sheet-renamed',
      detail: { wanted: '分析 Analysis', used: '分析 Analysis(2)' },
    });
    expect(await sheetCells(port, '分析 Analysis')).toEqual([['my notes']]);
  });

  it.each([
    [{ periodFrom: '2024-03-31', periodTo: '2024-03-01' }, 'metrics.period-reversed'],
    [{ periodTo: '2024-04-30' }, 'analysis.period-after-as-of'],
  ])('stops on a period %j with %s', async (period, code) => {
    const port = await xlsxOf(BEHAVIOUR_LEDGER);

    const outcome = await analysePayments(port, { asOf: AS_OF, ...(period as object) });

    expect(outcome).toMatchObject({ ok: false, problem: { code } });
  });

  it('stops without an as-of date and enables its button by the same rule as aging', async () => {
    const port = await xlsxOf(BEHAVIOUR_LEDGER);
    const empty = await xlsxOf({ sheets: [{ name: 'Empty', cells: [] }] });

    expect(await analysePayments(port)).toMatchObject({
      ok: false,
      problem: { code: 'workflow.no-as-of' },
    });
    expect(canAnalyse(await port.describe())).toEqual({ ok: true });
    expect(canAnalyse(await empty.describe())).toMatchObject({ ok: false });
  });
});
