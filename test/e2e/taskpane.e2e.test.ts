/**
 * The task pane in real headless Chromium, against the built bundle, standalone (no Excel): open
 * a ledger workbook, import it, read the overview, open a customer and record a promise, fill in
 * the company details, write letters and receive the .zip, save the workbook. In Chinese over the
 * sample ledger and in English over an English A/R export. Every request must stay on the loopback
 * server, and axe finds no serious or critical violation on any screen.
 */
import AxeBuilder from '@axe-core/playwright';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { chromium, type Browser, type Page } from 'playwright-core';
import { openXlsx } from '../../src/adapters/xlsx';
import { ENGLISH_WORKBOOK } from '../fixtures/englishWorkbook';
import { seedToXlsx } from '../support/seedXlsx';
import { buildPane, servePane, type BuiltPane } from './builtPane';

const SCREENSHOTS = join(__dirname, '../../test-output/screenshots');
const SAMPLE_LEDGER = join(__dirname, '../../assets/sample-ledger.xlsx');
const STATEMENTS = join(__dirname, '../fixtures/statements');
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const ZH_WORDS = {
  open: '打开工作簿…',
  opened: '已打开',
  overview: '概览',
  import: '导入',
  statements: '收款导入',
  customers: '客户',
  letters: '函件',
  settings: '设置',
  detect: '识别表头',
  run: '导入并写入台账',
  report: '导入报告',
  rejected: '被拒收的行（点击定位）',
  asOf: '截止日期',
  receivables: '应收余额',
  search: '搜索客户',
  said: '沟通内容',
  promisedDate: '承诺付款日',
  promisedAmount: '承诺金额',
  saveFollowUp: '保存跟进',
  companyName: '公司名称',
  accountName: '开户名称',
  accountNumber: '银行账号',
  bankName: '开户银行',
  contactPerson: '联系人',
  contactPhone: '联系电话',
  saveSettings: '保存设置',
  saved: '设置已保存到工作簿。',
  preview: '预览第一封',
  generate: '生成全部并打包',
  written: '封函件',
  saveWorkbook: '保存工作簿',
};

type PaneWords = { readonly [K in keyof typeof ZH_WORDS]: string };

interface Scenario {
  readonly locale: string;
  readonly file: () => Promise<{ name: string; bytes: Uint8Array }>;
  readonly asOf: string;
  readonly customer: string;
  /** The English run confirms accounts: its promise keeps Acme's reminder back, as it should. */
  readonly letterKind: string;
  /** A bank statement for the workbook, with the payer whose line waits for the cashier. */
  readonly statement?: { readonly file: string; readonly payer: string; readonly invoice: string };
  readonly words: PaneWords;
}

const SCENARIOS: readonly Scenario[] = [
  {
    locale: 'zh-CN',
    file: async () => ({
      name: 'sample-ledger.xlsx',
      bytes: new Uint8Array(readFileSync(SAMPLE_LEDGER)),
    }),
    asOf: '2024-06-30',
    customer: '华东五金',
    letterKind: '催款函',
    statement: {
      // The bank's export as Excel 97-2003 (.xls, made from the .csv beside it by LibreOffice):
      // the pane reads it with its lazily loaded .xls chunk.
      file: 'sample-ledger-bank-2024-06.xls',
      payer: '鑫源电子',
      invoice: 'XS2024-0407',
    },
    words: ZH_WORDS,
  },
  {
    locale: 'en-US',
    file: async () => ({ name: 'ar-export.xlsx', bytes: await seedToXlsx(ENGLISH_WORKBOOK) }),
    asOf: '2024-03-31',
    customer: 'Acme',
    letterKind: 'Account confirmation',
    words: {
      open: 'Open workbook…',
      opened: 'Opened',
      overview: 'Overview',
      import: 'Import',
      statements: 'Import statement',
      customers: 'Customers',
      letters: 'Letters',
      settings: 'Settings',
      detect: 'Detect headers',
      run: 'Import and write the ledger',
      report: 'Import report',
      rejected: 'Rejected rows (select to show)',
      asOf: 'As-of date',
      receivables: 'Total receivables',
      search: 'Search customers',
      said: 'What was said',
      promisedDate: 'Promised payment date',
      promisedAmount: 'Promised amount',
      saveFollowUp: 'Save follow-up',
      companyName: 'Company name',
      accountName: 'Account name',
      accountNumber: 'Account number',
      bankName: 'Bank',
      contactPerson: 'Contact person',
      contactPhone: 'Contact phone',
      saveSettings: 'Save settings',
      saved: 'Settings saved in the workbook.',
      preview: 'Preview the first',
      generate: 'Write all as a .zip',
      written: 'letters written',
      saveWorkbook: 'Save workbook',
    },
  },
];

let pane: BuiltPane;
let browser: Browser;

beforeAll(async () => {
  pane = await servePane(await buildPane('development'));
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await pane?.close();
});

async function expectAccessible(page: Page, screen: string): Promise<void> {
  // Tabster (Fluent's keyboard layer) adds aria-hidden focus bumpers marked data-tabster-dummy;
  // they pass focus on at once and are a known axe false positive (microsoft/tabster#288).
  const result = await new AxeBuilder({ page }).exclude('[data-tabster-dummy]').analyze();
  const serious = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${screen}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
}

async function shoot(page: Page, name: string, fullPage = true): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage });
}

describe.each(SCENARIOS)('the task pane standalone in $locale', (scenario) => {
  const w = scenario.words;
  const lang = scenario.locale.slice(0, 2);

  it('imports a ledger, reads the overview, records a promise, writes letters and saves', async () => {
    const context = await browser.newContext({
      locale: scenario.locale,
      viewport: { width: 350, height: 900 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    await page.goto(`${pane.origin}/taskpane.html`);
    await page.getByRole('button', { name: w.open }).waitFor();
    await expectAccessible(page, 'start');

    const file = await scenario.file();
    await page.getByTestId('workbook-file').setInputFiles({
      name: file.name,
      mimeType: 'application/octet-stream',
      buffer: Buffer.from(file.bytes),
    });
    await page.getByText(`${w.opened} ${file.name}`).waitFor();

    // Import: detect, look at the mapping, run, read the report and show a rejected row.
    await page.getByRole('tab', { name: w.import, exact: true }).click();
    await page.getByRole('button', { name: w.detect }).click();
    await page.locator('[data-testid^="mapping-"]').first().waitFor();
    await shoot(page, `${lang}-import-mapping`, false);
    await page.getByRole('button', { name: w.run }).click();
    const report = page.getByTestId('import-report');
    await report.waitFor();
    await expect(report.innerText()).resolves.toMatch(/\d+ = .* \d+ \+ .* \d+ \+ .* \d+/);
    const rejectedLink = report.getByRole('button').first();
    await rejectedLink.click();
    await page.locator('[data-testid="source-preview"] tr[aria-current="true"]').waitFor();
    await expectAccessible(page, 'import');
    await shoot(page, `${lang}-import-report`);

    // Overview as of a fixed date.
    await page.getByRole('tab', { name: w.overview, exact: true }).click();
    await page.getByLabel(w.asOf).fill(scenario.asOf);
    const headline = page.locator('[data-testid^="headline-"]').first();
    await headline.waitFor();
    await expect(headline.innerText()).resolves.toContain(w.receivables);
    await expect(headline.innerText()).resolves.toMatch(/[¥$][\d,]+\.\d\d/);
    await expect(
      page.locator('svg[role="img"]').first().getAttribute('aria-label'),
    ).resolves.toMatch(/\d/);
    await expectAccessible(page, 'overview');
    await shoot(page, `${lang}-overview`);

    // Import statement: match a bank statement, confirm the line waiting for review, and see
    // the receivables fall by what came in.
    const statement = scenario.statement;
    if (statement) {
      const before = await headline.innerText();
      await page.getByRole('tab', { name: w.statements, exact: true }).click();
      await page.getByTestId('statement-files').setInputFiles({
        name: statement.file,
        mimeType: 'application/vnd.ms-excel',
        buffer: readFileSync(join(STATEMENTS, statement.file)),
      });
      const counts = page.getByTestId('statement-counts');
      await counts.waitFor();
      await expect(counts.innerText()).resolves.toMatch(/已入账 2，待确认 1，未匹配 1/);
      const line = page.getByTestId('statement-line').filter({ hasText: statement.payer });
      await line.getByRole('button', { name: '处理' }).click();
      await line.getByRole('checkbox', { name: new RegExp(statement.invoice) }).check();
      await expect(line.getByTestId('running-sum').innerText()).resolves.toContain('金额相符');
      await line.getByRole('button', { name: '确认并入账' }).click();
      await line.getByText('已确认入账').waitFor();
      await expectAccessible(page, 'statements');
      await shoot(page, `${lang}-statements`);
      await page.getByRole('tab', { name: w.overview, exact: true }).click();
      await headline.waitFor();
      await expect(headline.innerText()).resolves.not.toEqual(before);
    }

    // Settings: the company and bank details the letters need.
    await page.getByRole('tab', { name: w.settings, exact: true }).click();
    const company: [string, string][] = [
      [w.companyName, lang === 'zh' ? '杭州明远贸易有限公司' : 'Sunrise Supplies Inc.'],
      [w.accountName, lang === 'zh' ? '杭州明远贸易有限公司' : 'Sunrise Supplies Inc.'],
      [w.accountNumber, '6222 0000 1111 2222'],
      [w.bankName, lang === 'zh' ? '中国工商银行杭州分行' : 'First Bank'],
      [w.contactPerson, lang === 'zh' ? '王芳' : 'Mary Smith'],
      [w.contactPhone, '0571-8888 6666'],
    ];
    for (const [label, value] of company) {
      await page.getByLabel(label, { exact: true }).first().fill(value);
    }
    await page.getByRole('button', { name: w.saveSettings }).click();
    await page.getByText(w.saved).waitFor();
    await expectAccessible(page, 'settings');
    await shoot(page, `${lang}-settings`);

    // Customers: find one, open the card, record a promise to pay.
    await page.getByRole('tab', { name: w.customers, exact: true }).click();
    await page.getByRole('searchbox', { name: w.search }).fill(scenario.customer);
    await page
      .getByRole('button', { name: new RegExp(scenario.customer) })
      .first()
      .click();
    await page.getByTestId('credit').first().waitFor();
    await page
      .getByLabel(w.said)
      .fill(lang === 'zh' ? '电话催款，对方承诺月底付款' : 'Called; will pay by month end');
    await page.getByLabel(w.promisedDate).fill(scenario.asOf);
    await page.getByLabel(w.promisedAmount).fill('500');
    await page.getByRole('button', { name: w.saveFollowUp }).click();
    await expect(
      page.getByTestId('follow-ups').getByText(scenario.asOf).first().innerText(),
    ).resolves.toContain(scenario.asOf);
    await expectAccessible(page, 'customers');
    await shoot(page, `${lang}-customer`);

    // Letters: preview one, write them all, receive the .zip with .docx inside.
    await page.getByRole('tab', { name: w.letters, exact: true }).click();
    await page.getByRole('radio', { name: scenario.letterKind }).check();
    await page.getByRole('button', { name: w.preview }).click();
    await page.getByTestId('letter-preview').waitFor();
    await page.getByRole('button', { name: w.generate }).click();
    const zipLink = page.getByRole('link', { name: /\.zip$/ });
    await zipLink.waitFor();
    await expect(page.getByText(w.written).innerText()).resolves.toMatch(/\d/);
    await expectAccessible(page, 'letters');
    await shoot(page, `${lang}-letters`);
    const [zipDownload] = await Promise.all([page.waitForEvent('download'), zipLink.click()]);
    const zip = await JSZip.loadAsync(readFileSync((await zipDownload.path()) as string));
    const docs = Object.keys(zip.files).filter((name) => name.endsWith('.docx'));
    expect(docs.length).toBeGreaterThan(0);
    expect(Object.keys(zip.files)).toContain('index.csv');

    // Save the workbook: the download is an .xlsx with the owned sheets and the stored promise.
    const [saved] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: w.saveWorkbook }).click(),
    ]);
    const workbook = await openXlsx(new Uint8Array(readFileSync((await saved.path()) as string)));
    const sheets = (await workbook.describe()).sheets.map((s) => s.name);
    expect(sheets).toContain('台账');
    expect(sheets).toEqual(expect.arrayContaining(['设置', '跟进记录', '函件记录']));
    const text = async (sheet: string) => {
      const cells: string[] = [];
      for await (const block of workbook.readSheet(sheet)) {
        for (const row of block.values) cells.push(...row.map((cell) => String(cell)));
      }
      return cells;
    };
    expect(await text('设置')).toContain('6222 0000 1111 2222');
    expect(await text('跟进记录')).toContain(
      lang === 'zh' ? '电话催款，对方承诺月底付款' : 'Called; will pay by month end',
    );
    const stored = await workbook.readStoredValues();
    expect(stored['collections.letterLog.0']).toContain(scenario.asOf);
    expect(stored['desk.settings']).toBeUndefined();
    if (statement) {
      expect(await text('台账')).toContain('SL202406270003');
      expect(await text('收款匹配 Matches')).toContain('已确认 confirmed');
    }

    expect(pageErrors).toEqual([]);
    const elsewhere = requests.filter(
      (url) =>
        !url.startsWith(`${pane.origin}/`) && !url.startsWith('blob:') && !url.startsWith('data:'),
    );
    expect(elsewhere).toEqual([]);
    expect(existsSync(join(SCREENSHOTS, `${lang}-overview.png`))).toBe(true);
    await context.close();
  }, 90_000);
});
