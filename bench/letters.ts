/**
 * Bulk letters: 1,000 customers decided, composed into 催款函 and rendered into one .zip of .docx
 * files with its index, once with the in-thread press (the task pane's) and once on worker threads
 * (the command line's). Target: under 5 s on the 2-core build machine.
 */
import { loadavg } from 'node:os';
import { decideReminders } from '../src/domain/collections/decideReminders';
import type { CustomerStanding } from '../src/domain/collections/collectionsInput';
import { DEFAULT_REMINDER_SETTINGS } from '../src/domain/collections/reminderSettings';
import { nextLetterNumbers } from '../src/domain/collections/letterNumber';
import { addDays, type IsoDay } from '../src/domain/isoDay';
import { composeLetter } from '../src/domain/letters/composeLetter';
import { defaultTemplate } from '../src/domain/letters/defaultTemplates';
import { reminderKind } from '../src/domain/letters/letterKinds';
import type { LetterModel } from '../src/domain/letters/letterModel';
import type { Fen } from '../src/domain/money';
import { Packer } from 'docx';
import { unzipSync, zipSync } from 'fflate';
import { letterDocument } from '../src/workbook/letters/letterDocument';
import { inThreadPress, type LetterPress } from '../src/workbook/letters/letterPress';
import { renderLettersZip } from '../src/workbook/letters/lettersZip';
import { workerLetterPress } from '../src/cli/workerLetterPress';
import type { BenchRow } from './benchRow';

const AS_OF = '2026-12-03' as IsoDay;
const COUNT = 1000;

const COMPANY = {
  name: '杭州明远贸易有限公司',
  accountName: '杭州明远贸易有限公司',
  accountNumber: '3301 0400 1234 5678 901',
  bankName: '中国工商银行杭州西湖支行',
  contactPerson: '王会计',
  contactPhone: '0571-8888 1234',
};

function standings(): CustomerStanding[] {
  return Array.from({ length: COUNT }, (_, c) => ({
    customer: {
      id: `C${String(c + 1).padStart(4, '0')}`,
      name: `客户${c + 1}号商贸有限公司`,
      nameVariants: [],
      currency: 'CNY',
    },
    currency: 'CNY',
    // Every customer has something at least 5 days overdue, so every one gets a letter.
    openInvoices: Array.from({ length: 1 + (c % 6) }, (_, i) => {
      const dueDate = addDays(AS_OF, -(5 + ((c * 7 + i * 23) % 120)));
      const amount = (10_000 + ((c * 7919 + i * 104_729) % 5_000_000)) as Fen;
      return { number: `FP${c}-${i}`, date: addDays(dueDate, -30), dueDate, amount, open: amount };
    }),
  }));
}

export function compose(): LetterModel[] {
  const decisions = decideReminders(standings(), [], [], DEFAULT_REMINDER_SETTINGS, AS_OF);
  const numbers = nextLetterNumbers([], decisions.length, { prefix: 'CD', year: 2026 });
  return decisions.flatMap((decision, i) => {
    if (decision.level === undefined || decision.deadline === undefined) return [];
    const outcome = composeLetter(
      {
        kind: 'reminder',
        level: decision.level,
        number: numbers[i] ?? '',
        date: AS_OF,
        customerId: decision.customerId,
        customerName: decision.customerName,
        currency: decision.currency,
        invoices: decision.invoices,
        deadline: decision.deadline,
      },
      defaultTemplate(reminderKind(decision.level), 'zh'),
      COMPANY,
      'zh',
    );
    return outcome.ok ? [outcome.value] : [];
  });
}

export async function run(): Promise<BenchRow[]> {
  const inThread = await endToEnd('in-thread', inThreadPress);
  const onWorkers = await endToEnd('worker threads', workerLetterPress());
  const letters = compose();
  return [...inThread, ...onWorkers, ...(await phases(letters.slice(0, 200)))];
}

// The whole batch as the command line runs it: decide, compose, print with the press, zip. The
// in-thread press is what the task pane does; the command line prints on one worker per core.
async function endToEnd(how: string, press: LetterPress): Promise<BenchRow[]> {
  const cpuAtStart = process.cpuUsage();
  const started = performance.now();
  const letters = compose();
  const composed = performance.now();
  const zip = await renderLettersZip(letters, { press });
  const finished = performance.now();
  const cpu = process.cpuUsage(cpuAtStart);
  // Worker threads' CPU is the process's too: cpuUsage counts every thread of the process.
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;

  return [
    {
      area: 'letters',
      case: `${how}: decide + compose ${letters.length} reminders`,
      figure: `${Math.round(composed - started)} ms`,
    },
    {
      area: 'letters',
      case: `${how}: render ${letters.length} .docx + index into one .zip`,
      figure: `${((finished - composed) / 1000).toFixed(2)} s`,
      note: `${(zip.byteLength / 1_048_576).toFixed(1)} MB`,
    },
    {
      area: 'letters',
      case: `${how}: ${COUNT} letters end to end`,
      figure: `${((finished - started) / 1000).toFixed(2)} s`,
      note: 'target < 5 s on 2 cores',
    },
    {
      area: 'letters',
      case: `${how}: ${COUNT} letters end to end, CPU time (all threads)`,
      figure: `${cpuSeconds.toFixed(2)} s`,
      note: `load average ${loadavg()[0]?.toFixed(1)} at the end; wall time depends on it`,
    },
  ];
}

// Where one letter's time goes, in CPU ms per letter: building the docx objects, the Packer
// (compiling every part to XML, then deflating them into the package), and the deflate alone,
// measured by zipping the same parts again the way the Packer does (fflate, level 6).
async function phases(sample: readonly LetterModel[]): Promise<BenchRow[]> {
  const perLetter = (micros: number): string => `${(micros / 1000 / sample.length).toFixed(2)} ms`;
  const cpuOf = async (work: () => Promise<unknown> | unknown): Promise<number> => {
    const before = process.cpuUsage();
    await work();
    const used = process.cpuUsage(before);
    return used.user + used.system;
  };

  let documents: ReturnType<typeof letterDocument>[] = [];
  const build = await cpuOf(() => {
    documents = sample.map(letterDocument);
  });
  let packages: Uint8Array[] = [];
  const pack = await cpuOf(async () => {
    packages = [];
    for (const doc of documents) packages.push(await Packer.pack(doc, 'uint8array'));
  });
  const parts = packages.map((bytes) => unzipSync(bytes));
  const deflate = await cpuOf(() => parts.forEach((files) => zipSync(files)));
  const empty = await cpuOf(async () => {
    for (const letter of sample) {
      await Packer.pack(letterDocument({ ...letter, blocks: [] }), 'uint8array');
    }
  });

  return [
    { area: 'letters', case: 'per letter: build the docx Document', figure: perLetter(build) },
    { area: 'letters', case: 'per letter: Packer (compile + deflate)', figure: perLetter(pack) },
    {
      area: 'letters',
      case: 'per letter: of which deflate (fflate level 6)',
      figure: perLetter(deflate),
    },
    {
      area: 'letters',
      case: 'per letter: build + Packer with no body (the parts every letter repeats)',
      figure: perLetter(empty),
    },
  ];
}
