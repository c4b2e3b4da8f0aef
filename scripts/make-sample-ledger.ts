/**
 * Writes assets/sample-ledger.xlsx: a realistic, messy Chinese receivables workbook for demos and
 * tests, made the way a cashier's workbook grows by hand. A 客户档案 list with a title; monthly
 * sheets 1月..6月 with a merged title '2024年应收账款台账', 应收/实收 columns, subtotal rows,
 * names typed three ways, dates typed as text among real dates, a 待定 amount, an error cell, a
 * hidden row and memos naming invoices. Deterministic: the same bytes' content on every run.
 *
 * Run: npx tsx scripts/make-sample-ledger.ts
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';

import ExcelJS from 'exceljs';

const OUT = path.join(__dirname, '..', 'assets', 'sample-ledger.xlsx');

const CUSTOMERS = [
  [
    'KH001',
    '华东五金机电有限公司',
    '张伟',
    '13812345601',
    '上海市浦东新区张江路88号',
    200000,
    '45天',
    'A',
  ],
  [
    'KH002',
    '南方建材(广州)有限公司',
    '李娜',
    '020-38765432',
    '广州市天河区体育西路12号',
    150000,
    '30天',
    'B',
  ],
  [
    'KH003',
    '北京宏达科技有限公司',
    '王强',
    '13901234502',
    '北京市海淀区中关村大街1号',
    300000,
    '60天',
    'A',
  ],
  [
    'KH004',
    '上海恒通贸易有限公司',
    '赵敏',
    '021-62345678',
    '上海市静安区南京西路1001号',
    100000,
    '30天',
    'B',
  ],
  [
    'KH005',
    '深圳市鑫源电子有限公司',
    '陈杰',
    '13798765403',
    '深圳市南山区科技园南区',
    250000,
    'Net 45',
    'A',
  ],
  [
    'KH006',
    '杭州绿源食品有限公司',
    '刘洋',
    '0571-87654321',
    '杭州市西湖区文三路20号',
    80000,
    '30天',
    'C',
  ],
  [
    'KH007',
    '成都天府物流有限公司',
    '杨帆',
    '13678901204',
    '成都市武侯区天府大道中段',
    120000,
    '月结30天',
    'B',
  ],
  ['KH008', '武汉长江机械厂', '黄磊', '027-85432109', '武汉市江岸区沿江大道', 60000, '15天', 'C'],
  [
    'KH009',
    '苏州精密模具有限公司',
    '周婷',
    '13512345605',
    '苏州工业园区星湖街',
    180000,
    '60天',
    'B',
  ],
  [
    'KH010',
    '青岛海滨水产有限公司',
    '吴刚',
    '0532-83456789',
    '青岛市市南区香港中路',
    50000,
    '30天',
    'C',
  ],
  [
    'KH011',
    '西安古城文化传媒有限公司',
    '郑爽',
    '13312345606',
    '西安市雁塔区小寨路',
    '待定',
    '30天',
    null,
  ],
  [
    'KH012',
    '天津港联进出口有限公司',
    '孙悦',
    '022-25678901',
    '天津市滨海新区',
    400000,
    '90天',
    'A',
  ],
  ['KH013', '重庆山城汽配有限公司', '马超', '13212345607', '重庆市渝北区', 90000, '30天', 'D'],
  ['KH014', '厦门鹭岛服饰有限公司', '林静', '0592-5123456', '厦门市思明区', 70000, '45天', 'B'],
  ['KH015', '长沙湘江医药有限公司', '何平', '13112345608', '长沙市岳麓区', 160000, '60天', 'A'],
] as const;

/** Other ways the cashier typed some names: full-width brackets, stray spaces, a longer suffix. */
const TYPED_AS: Readonly<Record<string, readonly string[]>> = {
  '南方建材(广州)有限公司': ['南方建材（广州）有限公司', '南方建材(广州)有限公司 '],
  北京宏达科技有限公司: [' 北京宏达科技有限公司', '北京宏达科技有限公司  '],
  上海恒通贸易有限公司: ['上海恒通贸易有限责任公司'],
  深圳市鑫源电子有限公司: ['深圳市鑫源电子有限公司', '深圳市鑫源电子有限公司　'],
};

const MENTIONS = new Map<string, number>();

const METHODS = ['银行转账', '网银', '支付宝', '微信', '现金', '银行承兑汇票'];

/** A small seeded generator, so the workbook is the same on every run. */
function lcg(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function addCustomerSheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet('客户档案');
  sheet.mergeCells('A1:H1');
  sheet.getCell('A1').value = '客户档案（2024年）';
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.addRow([
    '客户编号',
    '客户名称',
    '联系人',
    '联系电话',
    '地址',
    '信用额度',
    '账期',
    '信用等级',
  ]);
  for (const row of CUSTOMERS) sheet.addRow([...row]);
  sheet.columns.forEach((column, i) => (column.width = [10, 28, 8, 16, 30, 12, 10, 8][i]));
}

interface MonthRow {
  date: Date | string;
  name: string;
  debit?: number | string | { error: string };
  credit?: number;
  document?: string;
  memo?: string;
  method?: string;
}

function monthRows(
  month: number,
  random: () => number,
  invoices: Map<string, string[]>,
): MonthRow[] {
  const rows: MonthRow[] = [];
  const count = 14 + Math.floor(random() * 8);
  for (let i = 0; i < count; i++) {
    const day = 1 + Math.floor((i * 28) / count);
    const customer = CUSTOMERS[Math.floor(random() * CUSTOMERS.length)]!;
    const canonical = customer[1];
    const variants = TYPED_AS[canonical];
    // Every other mention of a name with variants uses one, in turn, so each variant appears.
    const mention = (MENTIONS.get(canonical) ?? 0) + 1;
    MENTIONS.set(canonical, mention);
    const name =
      variants && mention % 2 === 0 ? variants[(mention / 2) % variants.length]! : canonical;
    const date = dateAsTyped(2024, month, day, random);
    const open = invoices.get(canonical) ?? [];

    if (open.length > 0 && random() < 0.45) {
      const invoice = open.shift()!;
      const amount = Math.round(random() * 4000000) / 100 + 1000;
      const memo =
        random() < 0.5 ? `收到 ${invoice} 货款` : random() < 0.5 ? `冲 ${invoice}` : '货款';
      rows.push({
        date,
        name,
        credit: amount,
        memo,
        method: METHODS[Math.floor(random() * METHODS.length)]!,
      });
      continue;
    }
    const number = `XS2024-${String(month).padStart(2, '0')}${String(i + 1).padStart(2, '0')}`;
    open.push(number);
    invoices.set(canonical, open);
    const amount = Math.round(random() * 8000000) / 100 + 2000;
    rows.push({ date, name, debit: amount, document: number, memo: '销售商品' });
  }
  return rows;
}

function dateAsTyped(
  year: number,
  month: number,
  day: number,
  random: () => number,
): Date | string {
  const roll = random();
  if (roll < 0.6) return new Date(Date.UTC(year, month - 1, day));
  if (roll < 0.75) return `${year}/${month}/${day}`;
  if (roll < 0.9) return `${year}年${month}月${day}日`;
  return `${year}.${String(month).padStart(2, '0')}.${String(day).padStart(2, '0')}`;
}

function addMonthSheet(workbook: ExcelJS.Workbook, month: number, rows: MonthRow[]): void {
  const sheet = workbook.addWorksheet(`${month}月`);
  sheet.mergeCells('A1:I1');
  sheet.getCell('A1').value = '2024年应收账款台账';
  sheet.getCell('A1').font = { bold: true, size: 16 };
  sheet.getCell('A1').alignment = { horizontal: 'center' };
  sheet.getCell('I2').value = '单位：元';
  sheet.addRow([
    '日期',
    '客户名称',
    '摘要',
    '应收金额',
    '实收金额',
    '单据号',
    '收款方式',
    '经手人',
    '备用',
  ]);

  let debitTotal = 0;
  let creditTotal = 0;
  rows.forEach((row, i) => {
    const added = sheet.addRow([
      row.date,
      row.name,
      row.memo ?? null,
      row.debit ?? null,
      row.credit ?? null,
      row.document ?? null,
      row.method ?? null,
      i % 2 === 0 ? '小王' : '小李',
      null,
    ]);
    if (row.date instanceof Date) added.getCell(1).numFmt = 'yyyy-mm-dd';
    added.getCell(4).numFmt = '#,##0.00';
    added.getCell(5).numFmt = '#,##0.00';
    if (typeof row.debit === 'number') debitTotal += row.debit;
    if (typeof row.credit === 'number') creditTotal += row.credit;
  });

  const total = sheet.addRow([null, '本月合计', null, round2(debitTotal), round2(creditTotal)]);
  total.font = { bold: true };
  sheet.columns.forEach((column, i) => (column.width = [12, 28, 22, 14, 14, 16, 14, 8, 6][i]));
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

async function main(): Promise<void> {
  const random = lcg(20240101);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '出纳';
  workbook.created = new Date(Date.UTC(2024, 6, 1));
  workbook.modified = new Date(Date.UTC(2024, 6, 1));
  addCustomerSheet(workbook);

  const invoices = new Map<string, string[]>();
  const months = [1, 2, 3, 4, 5, 6].map((month) => monthRows(month, random, invoices));

  // The quirks every real workbook has, placed where a test can find them.
  months[0]!.unshift({
    date: new Date(Date.UTC(2024, 0, 1)),
    name: '华东五金机电有限公司',
    debit: 35000,
    memo: '上年结转',
  });
  months[2]!.splice(5, 0, {
    date: '2024/3/12',
    name: '杭州绿源食品有限公司',
    debit: '待定',
    document: 'XS2024-0399',
    memo: '价格未定',
  });
  months[3]!.splice(3, 0, {
    date: '2024/4/8',
    name: '武汉长江机械厂',
    debit: { error: '#N/A' },
    document: 'XS2024-0499',
    memo: '公式出错',
  });
  months[4]!.splice(2, 0, {
    date: '2024年5月6日',
    name: '重庆山城汽配有限公司',
    debit: -1200,
    memo: '退货红字冲销',
  });

  months.forEach((rows, i) => addMonthSheet(workbook, i + 1, rows));
  // A row the cashier hid in February: still a real sale.
  const february = workbook.getWorksheet('2月')!;
  february.getRow(6).hidden = true;

  mkdirSync(path.dirname(OUT), { recursive: true });
  await workbook.xlsx.writeFile(OUT);
  process.stdout.write(`wrote ${OUT}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
