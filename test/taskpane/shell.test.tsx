import { renderToString } from 'react-dom/server';
import { App } from '../../src/taskpane/App';
import { isDark, readHostContext } from '../../src/taskpane/hostContext';
import { paneLanguageOf } from '../../src/taskpane/strings';

describe('the task pane shell', () => {
  it.each([
    ['zh-CN', 'zh'],
    ['zh-TW', 'zh'],
    ['ZH', 'zh'],
    ['en-US', 'en'],
    ['ja-JP', 'en'],
    [undefined, 'en'],
  ])('speaks %p as %p', (locale, language) => {
    expect(paneLanguageOf(locale)).toBe(language);
  });

  it.each([
    ['#262626', true],
    ['#1f1f1f', true],
    ['#ffffff', false],
    ['#f3f2f1', false],
    ['not a colour', false],
    [undefined, false],
  ])('reads the Office body background %p as dark: %p', (background, dark) => {
    expect(isDark(background)).toBe(dark);
  });

  it('runs standalone when office.js is not on the page', async () => {
    await expect(readHostContext()).resolves.toMatchObject({ mode: 'standalone', dark: false });
  });

  it('shows the header, the mode, the five screens and the overview in Chinese inside Excel', () => {
    const html = renderToString(<App host={{ mode: 'excel', language: 'zh', dark: false }} />);
    expect(html).toContain('出纳台 / Cashier Desk');
    expect(html).toContain('运行于 Excel 中');
    for (const tab of ['概览', '导入', '客户', '函件', '设置']) expect(html).toContain(tab);
    expect(html).toContain('截止日期');
    expect(html).not.toContain('打开工作簿');
  });

  it('offers to open and save a workbook only when standalone', () => {
    const html = renderToString(<App host={{ mode: 'standalone', language: 'en', dark: false }} />);
    expect(html).toContain('Open workbook');
    expect(html).toContain('Save workbook');
  });

  it('says it runs standalone, in English, and renders every registered screen as a tab', () => {
    const screens = [
      { id: 'a', label: { zh: '甲', en: 'First' }, render: () => <p>first screen</p> },
      { id: 'b', label: { zh: '乙', en: 'Second' }, render: () => <p>second screen</p> },
    ];
    const html = renderToString(
      <App host={{ mode: 'standalone', language: 'en', dark: true }} screens={screens} />,
    );
    expect(html).toContain('Running standalone');
    expect(html).toContain('First');
    expect(html).toContain('Second');
    expect(html).toContain('first screen');
    expect(html).not.toContain('second screen');
  });
});
