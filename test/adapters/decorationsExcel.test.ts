import { InvalidArgumentError } from '../../src/domain/problem';
import type { OwnedTable } from '../../src/workbook/workbookPort';
import { CASHIER_SEED } from '../contract/workbookContract';
import type { TwinContext } from '../twin/excelTwin';
import { ExcelTwin } from '../twin/excelTwin';
import { AGING_TABLE, HOLD, OK, WARN, WATCH } from './decoratedTable';
import { excelOverTwin } from './excelTwinSubject';

const PLAIN: OwnedTable = { ...AGING_TABLE, highlights: undefined, chart: undefined };

describe('Highlights and a chart on an owned sheet through Office.js (strict twin)', () => {
  it('adds a cell-value rule with fill and font colour per credit flag over the flag column', async () => {
    const { twin, port } = excelOverTwin(CASHIER_SEED);
    await port.writeOwnedTable(AGING_TABLE);

    expect(twin.book.sheetNamed('账龄')?.conditionalFormats).toEqual([
      {
        type: 'CellValue',
        range: 'H2:H7',
        rule: { formula1: `="${HOLD}"`, operator: 'EqualTo' },
        fill: '#C00000',
        fontColor: '#FFFFFF',
        bold: true,
        priority: 0,
      },
      ...[
        [WARN, '#FFCC99', '#9C3400'],
        [WATCH, '#FFEB9C', '#9C5700'],
        [OK, '#C6EFCE', '#006100'],
      ].map(([text, fill, font], i) => ({
        type: 'CellValue',
        range: 'H2:H7',
        rule: { formula1: `="${text}"`, operator: 'EqualTo' },
        fill,
        fontColor: font,
        priority: i + 1,
      })),
    ]);
  });

  it('draws a stacked bar chart over the data rows without the TOTAL row, right of the table', async () => {
    const { twin, port } = excelOverTwin(CASHIER_SEED);
    await port.writeOwnedTable(AGING_TABLE);
    const charts = twin.book.sheetNamed('账龄')?.charts ?? [];

    expect(charts).toHaveLength(1);
    expect(charts[0]).toMatchObject({
      type: 'BarStacked',
      title: '账龄分布 Aging by customer',
      legendPosition: 'Bottom',
      position: 'J2',
    });
    expect(charts[0]?.series.map((s) => [s.name, s.values, s.categories, s.fill])).toEqual([
      ['未到期', 'B2:B6', 'A2:A6', '#70AD47'],
      ['1-30天', 'C2:C6', 'A2:A6', '#FFC000'],
      ['31-60天', 'D2:D6', 'A2:A6', '#ED7D31'],
      ['61-90天', 'E2:E6', 'A2:A6', '#E0301E'],
      ['90天以上', 'F2:F6', 'A2:A6', '#9E1B32'],
    ]);
    expect(charts[0]?.width).toBeCloseTo((16 * 72) / 2.54);
  });

  it('places a column chart under the table with a blank row between', async () => {
    const { twin, port } = excelOverTwin(CASHIER_SEED);
    const chart = AGING_TABLE.chart as NonNullable<OwnedTable['chart']>;
    await port.writeOwnedTable({
      ...AGING_TABLE,
      chart: { ...chart, kind: 'column', anchor: 'below' },
    });

    expect(twin.book.sheetNamed('账龄')?.charts[0]).toMatchObject({
      type: 'ColumnClustered',
      position: 'A9',
    });
  });

  it('adds no sync: decorations ride in the batch that adds the table', async () => {
    const plain = excelOverTwin(CASHIER_SEED);
    await plain.port.writeOwnedTable(PLAIN);
    const decorated = excelOverTwin(CASHIER_SEED);
    await decorated.port.writeOwnedTable(AGING_TABLE);

    expect(decorated.twin.syncCount).toBe(plain.twin.syncCount);
  });

  it('keeps one chart and one set of rules when the table is written again', async () => {
    const { twin, port } = excelOverTwin(CASHIER_SEED);
    await port.writeOwnedTable(AGING_TABLE);
    await port.writeOwnedTable(AGING_TABLE);
    const sheet = twin.book.sheetNamed('账龄');

    expect(sheet?.charts).toHaveLength(1);
    expect(sheet?.conditionalFormats).toHaveLength(4);
  });

  it('drops the chart and rules when the table is written again without them', async () => {
    const { twin, port } = excelOverTwin(CASHIER_SEED);
    await port.writeOwnedTable(AGING_TABLE);
    await port.writeOwnedTable(PLAIN);
    const sheet = twin.book.sheetNamed('账龄');

    expect([sheet?.charts.length, sheet?.conditionalFormats.length]).toEqual([0, 0]);
  });

  it('writes the table without decorations on Excel older than ExcelApi 1.6', async () => {
    const { twin, port } = excelOverTwin(CASHIER_SEED, { excelApi: '1.5' });
    await port.writeOwnedTable(AGING_TABLE);
    const sheet = twin.book.sheetNamed('账龄');

    expect(sheet?.tables.map((t) => t.name)).toEqual(['Aging']);
    expect([sheet?.charts.length, sheet?.conditionalFormats.length]).toEqual([0, 0]);
  });

  it('refuses a highlight on a missing column before writing anything', async () => {
    const { twin, port } = excelOverTwin(CASHIER_SEED);

    await expect(
      port.writeOwnedTable({
        ...AGING_TABLE,
        highlights: [{ column: '状态', equals: OK, style: 'good' }],
      }),
    ).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(twin.syncCount).toBe(0);
  });
});

describe('the strict twin’s conditional formats and charts', () => {
  const seed = {
    sheets: [
      { name: 'S', cells: [['a', 1]] },
      { name: 'T', cells: [['b', 2]] },
    ],
  };
  const sheet = (context: TwinContext, name = 'S') => context.workbook.worksheets.getItem(name);

  it('refuses conditional formats above the claimed requirement set', async () => {
    const twin = new ExcelTwin(seed, { excelApi: '1.5' });

    await expect(
      twin.run(async (context) => {
        sheet(context).getRange('A1:A2').conditionalFormats.add('CellValue');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  it('refuses a rule operator Excel does not know', async () => {
    const twin = new ExcelTwin(seed);

    await expect(
      twin.run(async (context) => {
        const format = sheet(context).getRange('A1:A2').conditionalFormats.add('CellValue');
        format.cellValue.rule = { formula1: '="x"', operator: 'Equals' };
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('refuses chart data from another sheet', async () => {
    const twin = new ExcelTwin(seed);

    await expect(
      twin.run(async (context) => {
        sheet(context).charts.add('ColumnClustered', sheet(context, 'T').getRange('B1'), 'Columns');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('applies chart settings only at sync', async () => {
    const twin = new ExcelTwin(seed);

    await twin.run(async (context) => {
      const chart = sheet(context).charts.add('ColumnClustered', sheet(context).getRange('B1'));
      chart.title.text = 'T';
      expect(twin.book.sheetNamed('S')?.charts).toEqual([]);
      await context.sync();
    });
    expect(twin.book.sheetNamed('S')?.charts[0]).toMatchObject({ title: 'T', source: 'B1' });
  });
});
