import type { TwinContext } from './excelTwin';
import { ExcelTwin, PAYLOAD_LIMIT_BYTES } from './excelTwin';

const seed = {
  sheets: [
    {
      name: 'Sheet1',
      cells: [
        ['a', 1],
        ['b', 2],
      ],
    },
    { name: 'Other', cells: [['x']] },
  ],
};

function sheet1(context: TwinContext) {
  return context.workbook.worksheets.getItem('Sheet1');
}

describe('the strict Excel twin', () => {
  it('throws PropertyNotLoaded with Excel’s words when a property was never loaded', async () => {
    const twin = new ExcelTwin(seed);

    await expect(
      twin.run(async (context) => {
        const range = sheet1(context).getRange('A1:B2');
        await context.sync();
        return range.values;
      }),
    ).rejects.toMatchObject({
      code: 'PropertyNotLoaded',
      message: expect.stringContaining(
        "The property 'values' is not available. Before reading the property's value, call the load method",
      ),
    });
  });

  it('throws PropertyNotLoaded when a property was loaded but not yet synced', async () => {
    const twin = new ExcelTwin(seed);

    await expect(
      twin.run(async (context) => sheet1(context).getRange('A1').load('values').values),
    ).rejects.toMatchObject({ code: 'PropertyNotLoaded' });
  });

  it('applies values only at sync', async () => {
    const twin = new ExcelTwin(seed);

    await twin.run(async (context) => {
      sheet1(context).getRange('A1').values = [['changed']];
      expect(twin.book.sheetNamed('Sheet1')?.cell(0, 0)).toBe('a');
      await context.sync();
      expect(twin.book.sheetNamed('Sheet1')?.cell(0, 0)).toBe('changed');
    });
  });

  it.each([
    ['too few rows', [['x', 'y']]],
    ['a short row', [['x', 'y'], ['z']]],
    ['a single value', 'x'],
  ])('rejects values of the wrong shape (%s) with InvalidArgument', async (_case, values) => {
    const twin = new ExcelTwin(seed);

    await expect(
      twin.run(async (context) => {
        sheet1(context).getRange('A1:B2').values = values as unknown[][];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('fails a request over 5 MB as Excel on the web does, before writing anything', async () => {
    const twin = new ExcelTwin(seed);
    const rows = Array.from({ length: 60_000 }, () => ['x'.repeat(90)]);

    await expect(
      twin.run(async (context) => {
        sheet1(context).getRange(`C1:C${rows.length}`).values = rows;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(twin.syncs[0]?.requestBytes).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
    expect(twin.book.sheetNamed('Sheet1')?.cell(0, 2)).toBeNull();
  });

  it('fails a response over 5 MB and delivers nothing from it', async () => {
    const long = 'y'.repeat(1000);
    const twin = new ExcelTwin({
      sheets: [{ name: 'Sheet1', cells: Array.from({ length: 6000 }, () => [long]) }],
    });

    await expect(
      twin.run(async (context) => {
        sheet1(context).getRange('A1:A6000').load('values');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
  });

  it('refuses to read more than 5,000,000 cells in one request', async () => {
    const twin = new ExcelTwin(seed);

    await expect(
      twin.run(async (context) => {
        sheet1(context).getRange('A1:E1048576').load('values');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'RangeExceedsLimit' });
  });

  it('tells null objects apart only after a sync', async () => {
    const twin = new ExcelTwin(seed);

    const seen = await twin.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Nope');
      const present = context.workbook.worksheets.getItemOrNullObject('Other');
      expect(() => missing.isNullObject).toThrow(/isNullObject/);
      await context.sync();
      return [missing.isNullObject, present.isNullObject];
    });

    expect(seen).toEqual([true, false]);
  });

  it('fails getItem of a missing sheet with ItemNotFound at sync', async () => {
    const twin = new ExcelTwin(seed);

    await expect(
      twin.run(async (context) => {
        context.workbook.worksheets.getItem('Nope').getRange('A1').load('values');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  it('types written text as Excel does unless the cell is formatted as text', async () => {
    const twin = new ExcelTwin(seed);
    await twin.run(async (context) => {
      const range = sheet1(context).getRange('C1:D2');
      range.numberFormat = [
        ['General', '@'],
        ['General', '@'],
      ];
      range.values = [
        ['0012', '0012'],
        ['=x', '=x'],
      ];
      await context.sync();
    });

    expect(twin.dump()[0]?.cells.map((row) => row.slice(2))).toEqual([
      [12, '0012'],
      [{ error: '#NAME?' }, '=x'],
    ]);
  });

  it('counts syncs, measures them and records which sheets were written', async () => {
    const twin = new ExcelTwin(seed);
    await twin.run(async (context) => {
      sheet1(context).getRange('A1:B2').load('values');
      await context.sync();
      context.workbook.worksheets.getItem('Other').getRange('B1').values = [[5]];
    });

    expect(twin.syncCount).toBe(2);
    expect(twin.syncs[0]?.responseBytes).toBeGreaterThan(10);
    expect([...twin.writtenSheets]).toEqual(['Other']);
  });

  it('refuses objects used after their Excel.run batch ended', async () => {
    const twin = new ExcelTwin(seed);
    const range = await twin.run(async (context) => sheet1(context).getRange('A1'));

    expect(() => range.load('values')).toThrow(/batch has ended/);
  });

  it('fails a member whose requirement set the host lacks with ApiNotFound', async () => {
    const twin = new ExcelTwin(seed, { excelApi: '1.8' });

    expect(twin.isSetSupported('ExcelApi', '1.9')).toBe(false);
    await expect(
      twin.run(async (context) => {
        sheet1(context).getRange('A1:B2').getSpecialCellsOrNullObject('Visible').load('address');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  it('fails syncs while a cell is being edited', async () => {
    const twin = new ExcelTwin(seed);
    twin.cellEditModeSyncs = 1;

    await expect(
      twin.run(async (context) => {
        sheet1(context).getRange('A1').load('values');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
  });

  it('answers rowHidden with true, false or null for some', async () => {
    const twin = new ExcelTwin({
      sheets: [{ name: 'Sheet1', cells: [[1], [2], [3]], hiddenRows: [2] }],
    });

    const states = await twin.run(async (context) => {
      const ranges = ['A1:A3', 'A2', 'A3'].map((a) =>
        sheet1(context).getRange(a).load('rowHidden'),
      );
      await context.sync();
      return ranges.map((r) => r.rowHidden);
    });

    expect(states).toEqual([null, true, false]);
  });

  it('dumps what was seeded', () => {
    const twin = new ExcelTwin({
      dateSystem: '1904',
      sheets: [
        { name: 'S', cells: [[1, null, 'x']], numberFormats: [['0.00']], visibility: 'hidden' },
      ],
    });

    expect(twin.dump()).toEqual([
      {
        name: 'S',
        cells: [[1, null, 'x']],
        numberFormats: [['0.00', 'General', 'General']],
        visibility: 'hidden',
        tables: [],
        frozenRows: 0,
      },
    ]);
  });
});
