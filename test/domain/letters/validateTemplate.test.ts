import { defaultTemplate } from '../../../src/domain/letters/defaultTemplates';
import { TEMPLATE_KINDS } from '../../../src/domain/letters/letterKinds';
import { validateTemplate } from '../../../src/domain/letters/validateTemplate';
import { MESSAGES } from '../../../src/domain/messages';

const reminder1 = defaultTemplate('reminder-1', 'zh');

describe('letter template validation', () => {
  it.each(TEMPLATE_KINDS.flatMap((kind) => [[kind, 'zh'] as const, [kind, 'en'] as const]))(
    'accepts the default %s template in %s',
    (kind, lang) => {
      expect(validateTemplate(defaultTemplate(kind, lang), kind)).toEqual([]);
    },
  );

  it('reports a placeholder that does not exist, with its line, instead of printing it blank', () => {
    const text = reminder1.replace('{{联系电话}}', '{{客户电话}}');
    expect(validateTemplate(text, 'reminder-1')).toEqual([
      { code: 'letters.placeholder-unknown', detail: { name: '客户电话', line: 12 } },
      {
        code: 'letters.placeholder-missing',
        detail: { name: '联系电话', alias: 'contactPhone', kind: 'reminder-1' },
      },
    ]);
  });

  it('accepts the English alias in a Chinese template and spaces inside the braces', () => {
    const text = reminder1.replace('{{客户名称}}', '{{ customerName }}');
    expect(validateTemplate(text, 'reminder-1')).toEqual([]);
  });

  it('reports every required placeholder a template leaves out', () => {
    const problems = validateTemplate('催款函\n{{客户名称}}：请付款。', 'reminder-2');
    const missing = problems
      .filter((p) => p.code === 'letters.placeholder-missing')
      .map((p) => p.detail?.alias);
    expect(missing).toEqual([
      'letterNumber',
      'contactPerson',
      'contactPhone',
      'invoiceTable',
      'totalAmount',
      'totalInWords',
      'paymentDeadline',
      'accountName',
      'accountNumber',
      'bankName',
      'consequences',
      'signature',
    ]);
  });

  it('requires the reply slip and the reconciliation line on a statement', () => {
    const text = defaultTemplate('statement', 'zh')
      .replace('{{回执}}', '')
      .replace('　　{{对账声明}}', '');
    const missing = validateTemplate(text, 'statement').map((p) => p.detail?.alias);
    expect(missing).toEqual(['notADemand', 'replySlip']);
  });

  it('refuses a statement placeholder in a reminder', () => {
    const text = `${reminder1}\n截至{{截止日期}}`;
    expect(validateTemplate(text, 'reminder-1')).toEqual([
      {
        code: 'letters.placeholder-wrong-kind',
        detail: { name: '截止日期', kind: 'reminder-1', line: 14 },
      },
    ]);
  });

  it.each([
    ['a table inside a sentence', '　　明细如下：{{发票明细}}', 'letters.block-not-alone'],
    ['a table used twice', '{{发票明细}}', 'letters.block-repeated'],
    ['a brace left open', '　　请于{{付款期限 前付款', 'letters.placeholder-malformed'],
    ['a stray closing brace', '　　谢谢}}', 'letters.placeholder-malformed'],
  ])('reports %s', (_what, line, code) => {
    const codes = validateTemplate(`${reminder1}\n${line}`, 'reminder-1').map((p) => p.code);
    expect(codes).toContain(code);
  });

  it('reports a table used as the title', () => {
    const text = reminder1.replace('付款提醒函\n', '');
    const codes = validateTemplate(text.replace(/^.*\n/, '{{发票明细}}\n'), 'reminder-1').map(
      (p) => p.code,
    );
    expect(codes).toContain('letters.block-not-alone');
  });

  it('reports an empty template', () => {
    expect(validateTemplate(' \n\n', 'statement')).toEqual([
      { code: 'letters.template-empty', detail: { kind: 'statement' } },
    ]);
  });

  it('has words in Chinese and English for every template problem', () => {
    const codes = [
      'letters.template-empty',
      'letters.placeholder-malformed',
      'letters.placeholder-unknown',
      'letters.placeholder-wrong-kind',
      'letters.block-not-alone',
      'letters.block-repeated',
      'letters.placeholder-missing',
      'letters.value-missing',
      'letters.mixed-currency',
    ];
    for (const code of codes) {
      expect(MESSAGES[code]?.zh).toBeTruthy();
      expect(MESSAGES[code]?.en).toBeTruthy();
    }
  });
});
