/**
 * CASHIER.LETTERTEXT over the strict Excel twin: the workbook is read through ExcelWorkbook with
 * the twin's run injected, the letter comes from the letters' own path, and nothing is written
 * (the twin records every write). The workbook is the letters scenario as of 2026-12-03.
 */
import { letterTextCell } from '../../src/functions/letterText';
import type { LetterTextSource } from '../../src/functions/letterText';
import { isCellError } from '../../src/functions/cellError';
import { generateLetters } from '../../src/workbook/collections/generateLetters';
import { excelOverTwin } from '../adapters/excelTwinSubject';
import type { TwinSubject } from '../adapters/excelTwinSubject';
import type { ExcelRun } from '../../src/adapters/excel/officeHost';
import { AS_OF, COMPANY_VALUES, LEDGER } from '../workbook/collections/lettersWorkbook';

const HUADONG = '上海华东机电有限公司';

async function workbook(
  company = true,
): Promise<{ subject: TwinSubject; source: LetterTextSource }> {
  const subject = excelOverTwin(LEDGER);
  if (company) await subject.port.writeStoredValues(COMPANY_VALUES);
  const source: LetterTextSource = {
    run: subject.twin.run as unknown as ExcelRun,
    options: { isSetSupported: subject.twin.isSetSupported, wait: () => Promise.resolve() },
  };
  return { subject, source };
}

async function unchangedBy<T>(subject: TwinSubject, call: () => Promise<T>): Promise<T> {
  const writes = subject.twin.writes.length;
  const before = subject.twin.dump();
  const result = await call();
  expect(subject.twin.writes.length).toBe(writes);
  expect(subject.twin.dump()).toEqual(before);
  return result;
}

describe('CASHIER.LETTERTEXT over the Excel twin', () => {
  it('gives the reminder due today with the name, each invoice, the total and its capitals', async () => {
    const { subject, source } = await workbook();

    const text = await unchangedBy(subject, () =>
      letterTextCell(HUADONG, AS_OF, undefined, 'zh', source),
    );

    expect(typeof text).toBe('string');
    const lines = String(text).split('\n');
    expect(lines.length).toBeGreaterThan(10);
    expect(text).toContain(HUADONG);
    expect(text).toContain('FP-101');
    expect(text).toContain('FP-102');
    expect(text).toContain('3,500.50');
    expect(text).toContain('人民币叁仟伍佰元零伍角整');
    expect(text).toContain('PREVIEW');
    expect(text).toContain('3301 0400 1234 5678 901');
  });

  it('reads a date serial and a customer typed with other spacing and width', async () => {
    const { subject, source } = await workbook();
    // 2026-12-03 is serial 46359 in the 1900 date system.
    const text = await unchangedBy(subject, () =>
      letterTextCell(' 上海华东机电有限公司 ', 46359, 'reminder', 'en', source),
    );
    expect(text).toEqual(expect.stringContaining('FP-102'));
    expect(text).toEqual(expect.stringContaining('CNY 3,500.50'));
  });

  it('gives a 对账函 with kind "statement", even for a customer not due a reminder', async () => {
    const { subject, source } = await workbook();
    const text = await unchangedBy(subject, () =>
      letterTextCell('北京北辰科技有限公司', AS_OF, 'statement', 'zh', source),
    );
    expect(text).toEqual(expect.stringContaining('北京北辰科技有限公司'));
    expect(text).toEqual(expect.stringContaining('FP-301'));
    expect(text).toEqual(expect.stringContaining('人民币叁仟元整'));
  });

  it('consumes no letter number: the next letters run still starts at 0001', async () => {
    const { subject, source } = await workbook();
    await letterTextCell(HUADONG, AS_OF, undefined, 'zh', source);

    const run = await generateLetters(subject.port, { asOf: AS_OF, kind: 'reminder', lang: 'zh' });
    expect(run.index.map((line) => line.number)).toEqual(['CD-2026-0001']);
  });

  it.each([
    ['北京北辰科技有限公司', '#N/A', /北京北辰科技有限公司 is due no reminder today/],
    ['无此客户', '#N/A', /There is no customer "无此客户" in the ledger/],
  ])('answers %s with %s and the reason', async (customer, code, words) => {
    const { subject, source } = await workbook();
    const answer = await unchangedBy(subject, () =>
      letterTextCell(customer, AS_OF, undefined, undefined, source),
    );
    expect(isCellError(answer)).toBe(true);
    expect(answer).toMatchObject({ code, message: expect.stringMatching(words) });
  });

  it.each([
    ['a blank customer', '', AS_OF, undefined, undefined, /customer is missing/],
    ['a date that is not one', HUADONG, '下周', undefined, undefined, /asOf is not a date/],
    ['an unknown kind', HUADONG, AS_OF, 'invoice', undefined, /kind does not know "invoice"/],
    ['an unknown language', HUADONG, AS_OF, undefined, 'fr', /lang does not know "fr"/],
  ])('answers %s with #VALUE! and the reason', async (_case, customer, asOf, kind, lang, words) => {
    const { subject, source } = await workbook();
    const answer = await unchangedBy(subject, () =>
      letterTextCell(customer, asOf, kind, lang, source),
    );
    expect(answer).toMatchObject({ code: '#VALUE!', message: expect.stringMatching(words) });
  });

  it('answers a missing bank account with #VALUE! rather than a letter with a gap', async () => {
    const { subject, source } = await workbook(false);
    const answer = await unchangedBy(subject, () =>
      letterTextCell(HUADONG, AS_OF, undefined, 'zh', source),
    );
    expect(answer).toMatchObject({ code: '#VALUE!' });
  });

  it('returns an error value outside Excel instead of throwing', async () => {
    expect(typeof (globalThis as { Excel?: unknown }).Excel).toBe('undefined');
    const answer = await letterTextCell(HUADONG, AS_OF);
    expect(answer).toMatchObject({
      code: '#N/A',
      message: expect.stringMatching(/only inside Excel/),
    });
  });
});
