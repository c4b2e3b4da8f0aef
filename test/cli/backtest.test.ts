import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { EXIT } from '../../src/cli/cliIo';
import { ibmWorkbook } from '../fixtures/ibmSample';
import { seedToXlsx } from '../support/seedXlsx';
import { runCli, tempDir, type CliRun } from './cliHarness';

interface PredictorFigures {
  predictor: string;
  count: number;
  meanAbsoluteErrorDays: number | null;
  lateAccuracy: number | null;
}

let dir: string;
let ibm: string;
let english: CliRun;
let figures: PredictorFigures[];
beforeAll(async () => {
  dir = tempDir();
  ibm = path.join(dir, 'ibm.xlsx');
  writeFileSync(ibm, await seedToXlsx(ibmWorkbook().seed));
  const json = path.join(dir, 'backtest.json');
  english = await runCli([
    'backtest',
    ibm,
    '--from',
    '2013-01-01',
    '--to',
    '2013-12-31',
    '--json',
    json,
    '--lang',
    'en',
  ]);
  figures = JSON.parse(readFileSync(json, 'utf8')).currencies[0].predictors;
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const of = (predictor: string): PredictorFigures => {
  const found = figures.find((f) => f.predictor === predictor);
  if (found === undefined) throw new Error(`no ${predictor}`);
  return found;
};

describe('cashier-desk backtest on the IBM sample as a real .xlsx, invoices of 2013', () => {
  it('scores all 1,189 invoices with every predictor', () => {
    expect(english.code).toBe(EXIT.ok);
    expect(figures.map((f) => [f.predictor, f.count])).toEqual([
      ['model', 1189],
      ['due-date', 1189],
      ['customer-median', 1189],
    ]);
  });

  it('keeps the model within MAE 4.8 days and 88% late-or-not, as on the CSV (4.03, 88.9%)', () => {
    expect(of('model').meanAbsoluteErrorDays).toBeLessThanOrEqual(4.8);
    expect(of('model').lateAccuracy).toBeGreaterThanOrEqual(0.88);
    expect(of('model').meanAbsoluteErrorDays).toBeCloseTo(4.03, 2);
    expect(of('model').lateAccuracy).toBeCloseTo(0.889, 3);
  });

  it('shows both baselines with the figures the CSV gives', () => {
    expect(of('due-date').meanAbsoluteErrorDays).toBeCloseTo(11.03, 2);
    expect(of('customer-median').meanAbsoluteErrorDays).toBeCloseTo(6.41, 2);
  });

  it('prints the three predictors in words with their figures', () => {
    expect(english.out).toContain('1189 invoice(s) scored');
    expect(english.out).toMatch(/This model\s+4\.03\s+88\.9%/);
    expect(english.out).toMatch(/Baseline: paid on the due date\s+11\.03\s+68\.2%/);
    expect(english.out).toMatch(/Baseline: customer's median days to settle\s+6\.41\s+81\.0%/);
  });
});

describe('cashier-desk backtest usage', () => {
  it('prints in Chinese with --lang zh', async () => {
    const run = await runCli([
      'backtest',
      ibm,
      '--from',
      '2013-12-01',
      '--to',
      '2013-12-31',
      '--lang',
      'zh',
    ]);

    expect(run.code).toBe(EXIT.ok);
    expect(run.out).toMatch(/本模型\s+\d+\.\d\d\s+\d+\.\d%/);
    expect(run.out).toContain('张发票已评分');
  }, 60_000);

  it.each([
    [['backtest', 'in.xlsx', '--from', '2013-01-01'], 'no --to'],
    [['backtest', 'in.xlsx', '--from', '2013-13-01', '--to', '2013-12-31'], 'a month 13'],
  ])('exits 64 on %j (%s)', async (argv) => {
    const run = await runCli(argv);

    expect(run.code).toBe(EXIT.usage);
    expect(run.err).not.toBe('');
  });

  it('exits 65 when the period runs backwards', async () => {
    const run = await runCli([
      'backtest',
      ibm,
      '--from',
      '2013-12-31',
      '--to',
      '2013-01-01',
      '--lang',
      'en',
    ]);

    expect(run.code).toBe(EXIT.badInput);
    expect(run.err).toContain('after its end on 2013-01-01');
  });
});
