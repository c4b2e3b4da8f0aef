/** An aging table with credit flags and a chart, as the receivables workflow writes one. */
import type { OwnedTable } from '../../src/workbook/workbookPort';

export const HOLD = '停止赊销 HOLD';
export const WARN = '预警 WARN';
export const WATCH = '关注 WATCH';
export const OK = '正常 OK';

export const AGING_TABLE: OwnedTable = {
  sheet: '账龄',
  tableName: 'Aging',
  columns: [
    { header: '客户', format: 'text' },
    { header: '未到期', format: 'money' },
    { header: '1-30天', format: 'money' },
    { header: '31-60天', format: 'money' },
    { header: '61-90天', format: 'money' },
    { header: '90天以上', format: 'money' },
    { header: '合计', format: 'money' },
    { header: '信用', format: 'text' },
  ],
  rows: [
    ['华东五金', 1_200_000, 300_000, 0, 0, 0, 1_500_000, OK],
    ['南方建材 & <Co>', 400_000, 500_000, 600_000, 0, 0, 1_500_000, WATCH],
    ['西北商贸', 0, 200_000, 300_000, 700_000, 0, 1_200_000, WARN],
    ['"引号"贸易', 100_000, 0, 0, 200_000, 900_000, 1_200_000, HOLD],
    ['东海电子', 800_000, 0, 0, 0, 0, 800_000, OK],
    ['合计 TOTAL', 2_500_000, 1_000_000, 900_000, 900_000, 900_000, 6_200_000, null],
  ],
  highlights: [
    { column: '信用', equals: HOLD, style: 'severe' },
    { column: '信用', equals: WARN, style: 'bad' },
    { column: '信用', equals: WATCH, style: 'neutral' },
    { column: '信用', equals: OK, style: 'good' },
  ],
  chart: {
    kind: 'stacked-bar',
    title: '账龄分布 Aging by customer',
    categoriesColumn: '客户',
    seriesColumns: ['未到期', '1-30天', '31-60天', '61-90天', '90天以上'],
    rows: 'all-but-last',
    anchor: 'right',
  },
};
