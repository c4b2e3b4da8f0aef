import type {
  LetterCompany,
  ReminderLetterData,
  StatementLetterData,
} from '../../../src/domain/letters/letterData';
import type { IsoDay } from '../../../src/domain/isoDay';
import type { Fen } from '../../../src/domain/money';

export const COMPANY: LetterCompany = {
  name: '杭州明远贸易有限公司',
  accountName: '杭州明远贸易有限公司',
  accountNumber: '3301 0400 1234 5678 901',
  bankName: '中国工商银行杭州西湖支行',
  contactPerson: '王会计',
  contactPhone: '0571-8888 1234',
};

const d = (text: string): IsoDay => text as IsoDay;
const f = (n: number): Fen => n as Fen;

/** Three overdue invoices whose open amounts add up to 1,409.50 (壹仟肆佰零玖元伍角整). */
export const REMINDER: ReminderLetterData = {
  kind: 'reminder',
  level: 2,
  number: 'CD-2026-0042',
  date: d('2026-12-03'),
  customerId: 'C0007',
  customerName: '上海华东机电设备有限责任公司',
  currency: 'CNY',
  deadline: d('2026-12-13'),
  invoices: [
    {
      number: 'FP20260811',
      date: d('2026-08-11'),
      amount: f(1000_00),
      open: f(600_00),
      dueDate: d('2026-09-10'),
      daysOverdue: 84,
    },
    {
      number: 'FP20260905',
      date: d('2026-09-05'),
      amount: f(509_50),
      open: f(509_50),
      dueDate: d('2026-10-05'),
      daysOverdue: 59,
    },
    {
      number: 'FP20261002',
      date: d('2026-10-02'),
      amount: f(300_00),
      open: f(300_00),
      dueDate: d('2026-11-01'),
      daysOverdue: 32,
    },
  ],
};

/** Opening 5,000.00 + 12,345.60 - 10,000.00 - 200.00 = 7,145.60. */
export const STATEMENT: StatementLetterData = {
  kind: 'statement',
  number: 'DZ-2026-0007',
  date: d('2026-12-03'),
  customerId: 'C0007',
  customerName: '上海华东机电设备有限责任公司',
  currency: 'CNY',
  cutOffDate: d('2026-11-30'),
  periodStart: d('2026-01-01'),
  openingBalance: f(5000_00),
  lines: [
    {
      date: d('2026-02-01'),
      description: '销售应收',
      documentNumber: 'FP001',
      debit: f(12345_60),
      credit: f(0),
    },
    { date: d('2026-03-01'), description: '收款 银行转账', debit: f(0), credit: f(10000_00) },
    {
      date: d('2026-05-01'),
      description: '退货/折让',
      documentNumber: 'TH-03',
      debit: f(0),
      credit: f(200_00),
    },
  ],
};
