import JSZip from 'jszip';
import { composeLetter } from '../../../src/domain/letters/composeLetter';
import { defaultTemplate } from '../../../src/domain/letters/defaultTemplates';
import type { LetterModel } from '../../../src/domain/letters/letterModel';
import { csvCell, csvText } from '../../../src/workbook/letters/csvText';
import { INDEX_FILE, renderLettersZip } from '../../../src/workbook/letters/lettersZip';
import { FileNamer, safeBaseName } from '../../../src/workbook/letters/safeFileName';
import { COMPANY, REMINDER, STATEMENT } from '../../domain/letters/letterFixtures';
import { docxText } from './letterFiles';

function reminderFor(customerName: string, number: string): LetterModel {
  const outcome = composeLetter(
    { ...REMINDER, customerName, number },
    defaultTemplate('reminder-2', 'zh'),
    COMPANY,
    'zh',
  );
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problem));
  return outcome.value;
}

describe('file names', () => {
  it.each([
    ['A/B:C*D?"E"<F>|G', 'ABCDEFG'],
    ['tab\tand\u0001bell', 'tabandbell'],
    ['  ends with dots...  ', 'ends with dots'],
    ['CON', '_CON'],
    ['nul.txt', '_nul.txt'],
    ['???', 'letter'],
    ['上海（华东）公司', '上海（华东）公司'],
  ])('turns %j into %j', (wanted, safe) => {
    expect(safeBaseName(wanted)).toBe(safe);
  });

  it('keeps names unique regardless of letter case', () => {
    const namer = new FileNamer();
    expect([
      namer.name('Acme', 'docx'),
      namer.name('ACME', 'docx'),
      namer.name('acme', 'docx'),
    ]).toEqual(['Acme.docx', 'ACME (2).docx', 'acme (3).docx']);
  });
});

describe('index.csv cells', () => {
  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1', "'+1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['-2+3', "'-2+3"],
    ['-1234.50', '-1234.50'],
    ['上海, 华东', '"上海, 华东"'],
    ['plain', 'plain'],
  ])('writes %j as %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('starts with the UTF-8 byte-order mark and ends lines with CRLF', () => {
    expect(
      csvText([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBe('\uFEFFa,b\r\nc,d\r\n');
  });
});

describe('a batch of letters as one .zip', () => {
  let zip: JSZip;
  let letters: LetterModel[];

  beforeAll(async () => {
    const statement = composeLetter(STATEMENT, defaultTemplate('statement', 'zh'), COMPANY, 'zh');
    if (!statement.ok) throw new Error('statement');
    letters = [
      reminderFor('上海华东机电设备有限责任公司', 'CD-2026-0042'),
      reminderFor('=HYPERLINK("http://evil")/A:B', 'CD-2026-0043'),
      statement.value,
    ];
    zip = await JSZip.loadAsync(await renderLettersZip(letters));
  });

  it('holds one .docx per letter plus the index', () => {
    expect(Object.keys(zip.files).sort()).toEqual(
      [
        'CD-2026-0042 上海华东机电设备有限责任公司 催款函.docx',
        'CD-2026-0043 =HYPERLINK(httpevil)AB 催款函.docx',
        'DZ-2026-0007 上海华东机电设备有限责任公司 对账函.docx',
        INDEX_FILE,
      ].sort(),
    );
  });

  it('writes an index Excel opens in Chinese, with formula-like values neutralised', async () => {
    const bytes = await zip.file(INDEX_FILE)!.async('uint8array');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

    const lines = new TextDecoder()
      .decode(bytes)
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines).toEqual([
      '函号 Letter no.,客户 Customer,类型 Kind,级别 Level,金额 Amount,币种 Currency,文件 File',
      'CD-2026-0042,上海华东机电设备有限责任公司,reminder-2,2,1409.50,CNY,CD-2026-0042 上海华东机电设备有限责任公司 催款函.docx',
      `CD-2026-0043,"'=HYPERLINK(""http://evil"")/A:B",reminder-2,2,1409.50,CNY,CD-2026-0043 =HYPERLINK(httpevil)AB 催款函.docx`,
      'DZ-2026-0007,上海华东机电设备有限责任公司,statement,,7145.60,CNY,DZ-2026-0007 上海华东机电设备有限责任公司 对账函.docx',
    ]);
  });

  it('holds letters that open in another reader with their customer and total', async () => {
    for (const letter of letters) {
      const name = Object.keys(zip.files).find((f) => f.startsWith(letter.number))!;
      const text = (await docxText(await zip.file(name)!.async('uint8array'))).replace(/\s+/g, '');
      expect(text).toContain(letter.customerName.replace(/\s+/g, ''));
      expect(text).toContain(letter.amountInWords);
    }
  });
});
