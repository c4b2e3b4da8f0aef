import fc from 'fast-check';
import { htmlTableRows, looksLikeMarkup } from '../../../src/workbook/statements/htmlTableRows';

describe('reading the table rows of an HTML ".xls"', () => {
  it('reads cells as text: tags taken off, entities decoded, spaces made one, colspan kept', () => {
    const rows = htmlTableRows(`
      <html><head><title>明细</title><style>td { color: red }</style></head><body>
      <!-- <tr><td>not a row</td></tr> -->
      <script>document.write("<tr><td>nor this</td></tr>")</script>
      <table>
        <tr><th colspan="3"><b>交易明细</b></th></tr>
        <TR><TD>2026-11-04</TD><td>A&amp;B&nbsp;贸易<br/>有限公司</td><td>&#165;1,000.00 &lt;付&gt; &#x4E2D;</td></TR>
        <tr><td></td><td>&bogus; &#0;</td></tr>
      </table></body></html>`);

    expect(rows).toEqual([
      { line: 1, cells: ['交易明细', '', ''] },
      { line: 2, cells: ['2026-11-04', 'A&B 贸易 有限公司', '¥1,000.00 <付> 中'] },
      { line: 3, cells: ['', '&bogus; &#0;'] },
    ]);
  });

  it('reads Excel 2003 XML spreadsheets the same way, with ss:Index skipping empty cells', () => {
    const rows = htmlTableRows(`<?xml version="1.0"?>
      <Workbook xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="明细"><Table>
        <Row><Cell ss:MergeAcross="1"><Data ss:Type="String">标题</Data></Cell></Row>
        <Row><Cell><Data ss:Type="String">日期</Data></Cell><Cell ss:Index="3"><Data ss:Type="Number">12.5</Data></Cell></Row>
      </Table></Worksheet></Workbook>`);

    expect(rows).toEqual([
      { line: 1, cells: ['标题', ''] },
      { line: 2, cells: ['日期', '', '12.5'] },
    ]);
  });

  it('tells markup from delimited text', () => {
    expect(looksLikeMarkup('\r\n  <html>')).toBe(true);
    expect(looksLikeMarkup('说明\n<TABLE border=1>')).toBe(true);
    expect(looksLikeMarkup('交易日期\t金额\n2026-11-04\t<1>')).toBe(false);
  });

  it('gives back the cells of any table it is given, written as a bank writes it', () => {
    const text = fc.string({ unit: fc.constantFrom('a', '中', '&', '<', '>', '"', ' ', '1', ',') });
    fc.assert(
      fc.property(
        fc.array(fc.array(text, { minLength: 1, maxLength: 5 }), { maxLength: 6 }),
        (grid) => {
          const escape = (cell: string): string =>
            cell.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
          const html = `<table>${grid
            .map((row) => `<tr>${row.map((cell) => `<td>${escape(cell)}</td>`).join('')}</tr>`)
            .join('\n')}</table>`;

          expect(htmlTableRows(html).map((row) => row.cells)).toEqual(
            grid.map((row) => row.map((cell) => cell.replace(/\s+/g, ' ').trim())),
          );
        },
      ),
    );
  });

  it('never throws, and keeps every row within 256 columns, on any text, closed tags or not', () => {
    const piece = fc.constantFrom(
      '<tr>',
      '<td colspan="9999">',
      '</td>',
      '<script>',
      '<!--',
      '"',
      "'",
      '<',
      '>',
      'x',
      '&#x10ffff;',
      '<cell ss:Index="20000">',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 200 }), (pieces) => {
        const rows = htmlTableRows(pieces.join(''));
        return rows.every((row) => row.cells.length <= 256);
      }),
    );
  });
});
