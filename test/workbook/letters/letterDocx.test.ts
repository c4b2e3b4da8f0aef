import { composeLetter } from '../../../src/domain/letters/composeLetter';
import { defaultTemplate } from '../../../src/domain/letters/defaultTemplates';
import type { LetterData } from '../../../src/domain/letters/letterData';
import type { LetterModel } from '../../../src/domain/letters/letterModel';
import type { Lang } from '../../../src/domain/messages';
import { renderLetterDocx } from '../../../src/workbook/letters/letterDocx';
import { COMPANY, REMINDER, STATEMENT } from '../../domain/letters/letterFixtures';
import { documentXml, docxText, docxToPdf } from './letterFiles';

function letter(data: LetterData, lang: Lang): LetterModel {
  const kind = data.kind === 'reminder' ? (`reminder-${data.level}` as const) : 'statement';
  const outcome = composeLetter(data, defaultTemplate(kind, lang), COMPANY, lang);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problem));
  return outcome.value;
}

/** Text with whitespace removed, since readers split runs and table cells differently. */
function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}

describe('a 催款函 as .docx, read back with mammoth', () => {
  let text = '';
  beforeAll(async () => {
    text = squeeze(await docxText(await renderLetterDocx(letter(REMINDER, 'zh'))));
  });

  it('names the customer, the letter number and the title', () => {
    expect(text).toContain('催款函');
    expect(text).toContain('上海华东机电设备有限责任公司：');
    expect(text).toContain('CD-2026-0042');
  });

  it.each(REMINDER.invoices.map((inv) => [inv.number, inv]))(
    'carries invoice %s with its dates and amounts',
    (_number, inv) => {
      expect(text).toContain(inv.number);
      expect(text).toContain(inv.date);
      expect(text).toContain(inv.dueDate);
      expect(text).toContain(String(inv.daysOverdue));
    },
  );

  it('carries the total in figures and in capitals', () => {
    expect(text).toContain('合计1,809.501,409.50');
    expect(text).toContain('¥1,409.50（大写：人民币壹仟肆佰零玖元伍角整）');
  });
});

describe('text that XML would otherwise misread', () => {
  it('keeps & < > " and drops control characters in names', async () => {
    const model = letter({ ...REMINDER, customerName: 'A&B <Trading> "Co"\u0007 Ltd' }, 'en');
    const text = await docxText(await renderLetterDocx(model));
    expect(text).toContain('To: A&B <Trading> "Co" Ltd');
  });
});

describe('the .docx layout', () => {
  it('is A4 with Chinese text in SimSun and Latin text in Times New Roman', async () => {
    const xml = await documentXml(await renderLetterDocx(letter(REMINDER, 'zh')));
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toContain('<w:tblHeader');
  });

  it('declares the fonts in the default style', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(await renderLetterDocx(letter(STATEMENT, 'zh')));
    const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
    expect(styles).toContain('w:eastAsia="SimSun"');
    expect(styles).toContain('w:ascii="Times New Roman"');
  });
});

describe('letters printed to PDF by LibreOffice', () => {
  it('prints a Chinese 对账函 with its reply slip on one A4 page', async () => {
    const pdf = docxToPdf(await renderLetterDocx(letter(STATEMENT, 'zh')), 'statement-zh');
    const text = squeeze(pdf.text);
    expect(pdf.pages).toBe(1);
    expect(text).toContain('上海华东机电设备有限责任公司');
    expect(text).toContain('人民币柒仟壹佰肆拾伍元陆角整');
    expect(text).toContain('信息证明无误');
    expect(text).toContain('信息不符，请列明不符项目及金额');
    expect(text).toContain('沿此线剪开');
  });

  it('prints an English reminder on one page with every invoice', async () => {
    const pdf = docxToPdf(await renderLetterDocx(letter(REMINDER, 'en')), 'reminder-en');
    expect(pdf.pages).toBe(1);
    for (const inv of REMINDER.invoices) expect(pdf.text).toContain(inv.number);
    expect(pdf.text).toContain('CNY 1,409.50');
  });
});
