import fc from 'fast-check';
import { toEnglishWords } from '../../../src/domain/amountWords';
import { composeLetter } from '../../../src/domain/letters/composeLetter';
import { defaultTemplate } from '../../../src/domain/letters/defaultTemplates';
import type { LetterModel } from '../../../src/domain/letters/letterModel';
import { letterText } from '../../../src/domain/letters/letterText';
import type { Fen } from '../../../src/domain/money';
import type { Outcome } from '../../../src/domain/problem';
import { COMPANY, REMINDER, STATEMENT } from './letterFixtures';

function unwrap(outcome: Outcome<LetterModel>): LetterModel {
  if (!outcome.ok) throw new Error(`expected a letter, got ${JSON.stringify(outcome.problem)}`);
  return outcome.value;
}

function paragraphs(model: LetterModel): string[] {
  return model.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []));
}

describe('a Chinese 催款函', () => {
  const model = unwrap(composeLetter(REMINDER, defaultTemplate('reminder-2', 'zh'), COMPANY, 'zh'));

  it('is titled 催款函 and addressed to the debtor by full name', () => {
    expect(model.title).toBe('催款函');
    expect(paragraphs(model)).toContain('上海华东机电设备有限责任公司：');
    expect(paragraphs(model)).toContain('函号：CD-2026-0042');
  });

  it('lists each invoice with its date, amount, open amount, due date and days overdue', () => {
    const table = model.blocks.find((b) => b.type === 'table');
    expect(table?.type === 'table' && table.table.rows).toEqual([
      ['FP20260811', '2026-08-11', '1,000.00', '600.00', '2026-09-10', '84'],
      ['FP20260905', '2026-09-05', '509.50', '509.50', '2026-10-05', '59'],
      ['FP20261002', '2026-10-02', '300.00', '300.00', '2026-11-01', '32'],
    ]);
    expect(table?.type === 'table' && table.table.totals).toEqual([
      '合计',
      '',
      '1,809.50',
      '1,409.50',
      '',
      '',
    ]);
  });

  it('states the total in figures and in capitals after 人民币 with no gap', () => {
    expect(model.amount).toBe(1409_50);
    expect(model.amountInFigures).toBe('¥1,409.50');
    expect(model.amountInWords).toBe('人民币壹仟肆佰零玖元伍角整');
    expect(paragraphs(model)).toContain(
      '　　合计逾期未付金额：¥1,409.50（大写：人民币壹仟肆佰零玖元伍角整）。',
    );
  });

  it('names the new deadline, the bank account, the contact and the level 2 consequences', () => {
    const text = paragraphs(model).join('\n');
    expect(text).toContain('请贵公司务必于2026年12月13日前');
    expect(text).toContain('户名：杭州明远贸易有限公司');
    expect(text).toContain('账号：3301 0400 1234 5678 901');
    expect(text).toContain('开户行：中国工商银行杭州西湖支行');
    expect(text).toContain('王会计');
    expect(text).toContain('0571-8888 1234');
    expect(text).toContain('暂停对贵公司的赊销供货');
  });

  it('signs with the company name, room for the seal, and the date', () => {
    expect(model.blocks.at(-1)).toEqual({
      type: 'signature',
      lines: ['杭州明远贸易有限公司', '（盖章）', '2026年12月3日'],
    });
  });

  it('uses the cashier’s own consequences sentence when one is set', () => {
    const custom = unwrap(
      composeLetter(REMINDER, defaultTemplate('reminder-2', 'zh'), COMPANY, 'zh', {
        consequences: { 2: '逾期将按日万分之五计收违约金。' },
      }),
    );
    expect(paragraphs(custom)).toContain('　　逾期将按日万分之五计收违约金。');
  });
});

describe('an English reminder', () => {
  const model = unwrap(composeLetter(REMINDER, defaultTemplate('reminder-3', 'en'), COMPANY, 'en'));

  it('carries the same facts, with the amount in English words', () => {
    const text = letterText(model);
    expect(model.title).toBe('Final Notice');
    expect(model.amountInFigures).toBe('CNY 1,409.50');
    expect(text).toContain(`CNY 1,409.50 (${toEnglishWords(1409_50 as Fen, 'CNY')})`);
    expect(text).toContain('by 13 December 2026');
    expect(text).toContain('FP20260905 | 2026-09-05 | 509.50 | 509.50 | 2026-10-05 | 59');
    expect(text).toContain('Account number: 3301 0400 1234 5678 901');
  });
});

describe('a 对账函', () => {
  const model = unwrap(composeLetter(STATEMENT, defaultTemplate('statement', 'zh'), COMPANY, 'zh'));

  it('computes the closing balance from the opening balance and the period’s entries', () => {
    expect(model.amount).toBe(7145_60);
    expect(model.amountInWords).toBe('人民币柒仟壹佰肆拾伍元陆角整');
  });

  it('shows the opening balance, each entry with its running balance, and the period totals', () => {
    const table = model.blocks.find((b) => b.type === 'table');
    if (table?.type !== 'table') throw new Error('no table');
    expect(table.table.rows).toEqual([
      ['2026-01-01', '期初余额', '', '', '', '5,000.00'],
      ['2026-02-01', '销售应收', 'FP001', '12,345.60', '', '17,345.60'],
      ['2026-03-01', '收款 银行转账', '', '', '10,000.00', '7,345.60'],
      ['2026-05-01', '退货/折让', 'TH-03', '', '200.00', '7,145.60'],
    ]);
    expect(table.table.totals).toEqual([
      '2026-11-30',
      '本期合计',
      '',
      '12,345.60',
      '10,200.00',
      '7,145.60',
    ]);
  });

  it('says it is for reconciliation and not a demand for payment', () => {
    expect(paragraphs(model).join('\n')).toContain('本函仅为核对账目之用，并非催款结算');
  });

  it('ends with a reply slip offering both answers and room for the counterparty’s seal', () => {
    const slip = model.blocks.at(-1);
    if (slip?.type !== 'reply-slip') throw new Error('no reply slip');
    expect(slip.slip.options.map((o) => o.heading)).toEqual([
      '1. 信息证明无误。',
      '2. 信息不符，请列明不符项目及金额：',
    ]);
    expect(slip.slip.options.every((o) => o.footer.includes('（公司盖章）'))).toBe(true);
    expect(slip.slip.lines.join('')).toContain('DZ-2026-0007');
  });

  it('reads as plain text with every part in order', () => {
    const text = letterText(model);
    const order = [
      '对账函',
      '期初余额',
      '本期合计',
      '柒仟壹佰肆拾伍元陆角整',
      '沿此线剪开',
      '信息证明无误',
    ];
    const positions = order.map((part) => text.indexOf(part));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
});

describe('the direction of a 对账函’s closing balance', () => {
  // The customer prepaid: 5,000.00 opening, then a 9,000.00 receipt leaves us owing 4,000.00.
  const prepaid = {
    ...STATEMENT,
    lines: [
      {
        date: STATEMENT.cutOffDate,
        description: '预收货款',
        debit: 0 as Fen,
        credit: 9000_00 as Fen,
      },
    ],
  };
  const settled = {
    ...STATEMENT,
    lines: [
      { date: STATEMENT.cutOffDate, description: '收款', debit: 0 as Fen, credit: 5000_00 as Fen },
    ],
  };
  const letter = (data: typeof STATEMENT, lang: 'zh' | 'en') =>
    unwrap(composeLetter(data, defaultTemplate('statement', lang), COMPANY, lang));
  const slipText = (model: LetterModel) => {
    const slip = model.blocks.at(-1);
    if (slip?.type !== 'reply-slip') throw new Error('no reply slip');
    return slip.slip.lines.join('');
  };

  it('says the customer owes us when the balance is positive, in the letter and on the slip', () => {
    const model = letter(STATEMENT, 'zh');

    expect(paragraphs(model).join('')).toContain('贵公司应付我公司款项余额为¥7,145.60');
    expect(slipText(model)).toContain('我公司应付贵公司款项余额¥7,145.60');
  });

  it('says we owe a customer who prepaid, printing the amount without a minus sign', () => {
    const model = letter(prepaid, 'zh');
    const text = paragraphs(model).join('');

    expect(model.amount).toBe(-4000_00);
    expect(text).toContain('我公司应付贵公司款项（贵公司预付或多付）余额为¥4,000.00');
    expect(text).toContain('人民币肆仟元整');
    expect(text).not.toMatch(/-¥|¥-|负/);
    expect(slipText(model)).toContain('贵公司应付我公司款项（我公司预付或多付）余额¥4,000.00');
  });

  it('says the accounts are settled when nothing is owed either way', () => {
    expect(paragraphs(letter(settled, 'zh')).join('')).toContain('双方往来款项已结清，余额为¥0.00');
  });

  it('words the same three cases in English', () => {
    expect(paragraphs(letter(STATEMENT, 'en')).join('')).toContain(
      'the balance you owe us is CNY 7,145.60',
    );
    const prepaidText = paragraphs(letter(prepaid, 'en')).join('');
    expect(prepaidText).toContain(
      'the balance we owe you (your advance or overpayment) is CNY 4,000.00',
    );
    expect(prepaidText).toContain(toEnglishWords(4000_00 as Fen));
    expect(paragraphs(letter(settled, 'en')).join('')).toContain('our accounts are settled');
  });

  it('refuses a 对账函 template that leaves out the balance’s direction', () => {
    const template = defaultTemplate('statement', 'zh').replace(
      '{{余额方向}}',
      '贵公司应付我公司款项余额为',
    );
    const outcome = composeLetter(STATEMENT, template, COMPANY, 'zh');

    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problem.code).toBe('letters.placeholder-missing');
  });
});

describe('letters that cannot be written', () => {
  it('refuses a template with an unknown placeholder rather than printing a blank', () => {
    const template = defaultTemplate('reminder-1', 'zh').replace('{{联系人}}', '{{经办人}}');
    expect(composeLetter({ ...REMINDER, level: 1 }, template, COMPANY, 'zh')).toEqual({
      ok: false,
      problem: { code: 'letters.placeholder-unknown', detail: { name: '经办人', line: 12 } },
    });
  });

  it('refuses a letter whose bank account is not filled in', () => {
    const outcome = composeLetter(
      REMINDER,
      defaultTemplate('reminder-2', 'zh'),
      { ...COMPANY, accountNumber: ' ' },
      'zh',
    );
    expect(outcome).toEqual({
      ok: false,
      problem: { code: 'letters.value-missing', detail: { name: '银行账号', line: 9 } },
    });
  });

  it('uses the template of the letter’s own level', () => {
    const outcome = composeLetter(REMINDER, defaultTemplate('statement', 'zh'), COMPANY, 'zh');
    expect(outcome.ok).toBe(false);
  });
});

describe('totals', () => {
  it('always totals the open amounts of the listed invoices, in figures', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 10_000_000_00 }), { minLength: 1, maxLength: 12 }),
        (opens) => {
          const invoices = opens.map((open, i) => ({
            ...REMINDER.invoices[0]!,
            number: `FP${i}`,
            amount: open as Fen,
            open: open as Fen,
          }));
          const model = unwrap(
            composeLetter(
              { ...REMINDER, invoices },
              defaultTemplate('reminder-2', 'zh'),
              COMPANY,
              'zh',
            ),
          );
          expect(model.amount).toBe(opens.reduce((a, b) => a + b, 0));
          expect(model.amountInWords.startsWith('人民币')).toBe(true);
        },
      ),
      { numRuns: 50 },
    );
  });
});
