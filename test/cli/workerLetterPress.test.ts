import { Worker } from 'node:worker_threads';
import JSZip from 'jszip';
import { startPressWorker, workerLetterPress } from '../../src/cli/workerLetterPress';
import { composeLetter } from '../../src/domain/letters/composeLetter';
import { defaultTemplate } from '../../src/domain/letters/defaultTemplates';
import type { LetterModel } from '../../src/domain/letters/letterModel';
import type { Lang } from '../../src/domain/messages';
import { inThreadPress, LetterNotPrintedError } from '../../src/workbook/letters/letterPress';
import { COMPANY, REMINDER, STATEMENT } from '../domain/letters/letterFixtures';

// Reminders at the three levels and 对账函, in both languages, each with its own customer and
// number, so a letter that came back in the wrong place would show.
function letters(count: number): LetterModel[] {
  return Array.from({ length: count }, (_, i) => {
    const lang: Lang = i % 2 === 0 ? 'zh' : 'en';
    const number = `CD-2026-${String(i + 1).padStart(4, '0')}`;
    const customerName = `客户${i + 1}号商贸有限公司`;
    const level = ((i % 3) + 1) as 1 | 2 | 3;
    const outcome =
      i % 4 === 3
        ? composeLetter(
            { ...STATEMENT, number, customerName },
            defaultTemplate('statement', lang),
            COMPANY,
            lang,
          )
        : composeLetter(
            { ...REMINDER, level, number, customerName },
            defaultTemplate(`reminder-${level}`, lang),
            COMPANY,
            lang,
          );
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problem));
    return outcome.value;
  });
}

// A .docx as its parts' text. docProps/core.xml carries the time the package was made and the zip
// entries their mtimes, so the bytes differ from run to run; every other part must not.
async function parts(docx: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(docx);
  const texts: Record<string, string> = {};
  for (const name of Object.keys(zip.files).sort()) {
    if (name !== 'docProps/core.xml') texts[name] = await zip.files[name]!.async('string');
  }
  return texts;
}

// A letter whose table has no columns: the renderer cannot lay it out and throws.
function unprintable(letter: LetterModel): LetterModel {
  return { ...letter, blocks: [{ type: 'table', table: {} as never }] };
}

function watched(started: Worker[]): () => Worker {
  return () => {
    const worker = startPressWorker();
    started.push(worker);
    return worker;
  };
}

describe('the worker letter press', () => {
  const batch = letters(40);
  let inThread: Uint8Array[];
  beforeAll(async () => {
    inThread = await inThreadPress(batch);
  });

  it('prints the same parts as the in-thread press, in the same order', async () => {
    const started: Worker[] = [];
    const press = workerLetterPress({
      threads: 2,
      lettersPerThread: 1,
      jobSize: 3,
      startWorker: watched(started),
    });

    const printed = await press(batch);

    // Two threads: the calling one and one worker.
    expect(started).toHaveLength(1);
    expect(printed).toHaveLength(batch.length);
    for (const [i, docx] of printed.entries()) {
      const [worker, own] = [await parts(docx), await parts(inThread[i]!)];
      expect(worker['word/document.xml']).toContain(batch[i]!.customerName);
      expect(worker).toEqual(own);
    }
  });

  it('stops every worker when it is done', async () => {
    const started: Worker[] = [];
    const press = workerLetterPress({
      threads: 2,
      lettersPerThread: 1,
      startWorker: watched(started),
    });

    await press(batch.slice(0, 4));

    expect(started.map((worker) => worker.threadId)).toEqual([-1]);
  });

  it('rejects with the number of a letter it cannot print, and stops every worker', async () => {
    const broken = batch.map((letter, i) => (i === 17 ? unprintable(letter) : letter));
    const started: Worker[] = [];
    const press = workerLetterPress({
      threads: 2,
      lettersPerThread: 1,
      jobSize: 5,
      startWorker: watched(started),
    });

    const failure = press(broken);

    await expect(failure).rejects.toBeInstanceOf(LetterNotPrintedError);
    await expect(failure).rejects.toMatchObject({
      code: 'bug.letter-not-printed',
      number: 'CD-2026-0018',
    });
    expect(started.map((worker) => worker.threadId)).toEqual([-1]);
  });

  it('rejects rather than waits for ever when a worker stops without answering', async () => {
    const press = workerLetterPress({
      threads: 2,
      lettersPerThread: 1,
      startWorker: () => new Worker('process.exit(3)', { eval: true }),
    });

    await expect(press(batch.slice(0, 4))).rejects.toThrow(/exit code 3/);
  });

  it('prints a small batch on the calling thread without starting a worker', async () => {
    const started: Worker[] = [];
    const press = workerLetterPress({ threads: 2, startWorker: watched(started) });

    const printed = await press(batch.slice(0, 20));

    expect(started).toHaveLength(0);
    expect(await parts(printed[5]!)).toEqual(await parts(inThread[5]!));
  });

  it('prints on the calling thread when only one thread is allowed, however large the batch', async () => {
    const started: Worker[] = [];
    const press = workerLetterPress({
      threads: 1,
      lettersPerThread: 1,
      startWorker: watched(started),
    });

    expect(await press(batch)).toHaveLength(batch.length);
    expect(started).toHaveLength(0);
  });
});

describe('the in-thread letter press', () => {
  it('names the letter it cannot print', async () => {
    const [good, bad] = letters(2);

    await expect(inThreadPress([good!, unprintable(bad!)])).rejects.toMatchObject({
      code: 'bug.letter-not-printed',
      number: 'CD-2026-0002',
    });
  });
});
