/**
 * A letter press for Node that prints on every core: the calling thread and one worker thread per
 * other core take jobs from one queue, so a batch of a thousand letters uses both cores of the
 * build machine and starts only one worker there. Small batches stay on the calling thread, where
 * starting a worker would cost more than it saves. The task pane has no worker threads and keeps
 * the in-thread press; this file lives in cli/ so its bundle never sees them.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { LetterModel } from '../domain/letters/letterModel';
import {
  inThreadPress,
  LetterNotPrintedError,
  type LetterPress,
} from '../workbook/letters/letterPress';
import type { PressAnswer, PressJob } from './letterPressWorker';

export interface WorkerPressOptions {
  /** Threads at most, the calling one included; the machine's available parallelism by default. */
  readonly threads?: number;
  /** Letters each worker should have at least, or fewer workers start (none below two). */
  readonly lettersPerThread?: number;
  /** Letters sent to a worker at a time: small enough to keep every worker busy to the end. */
  readonly jobSize?: number;
  /** Starts one worker; startPressWorker unless a caller wants to watch the workers it gets. */
  readonly startWorker?: () => Worker;
}

// Starting a worker and loading docx in it costs about what 20-30 letters do, so a worker is
// only worth it for a few dozen letters; jobs of 25 keep both workers busy until the end.
const DEFAULTS = { lettersPerThread: 50, jobSize: 25 };

/** A press that spreads the letters over worker threads and returns them in the order given. */
export function workerLetterPress(options: WorkerPressOptions = {}): LetterPress {
  return async (letters) => {
    const perThread = options.lettersPerThread ?? DEFAULTS.lettersPerThread;
    const threads = Math.min(
      options.threads ?? availableParallelism(),
      Math.floor(letters.length / perThread),
    );
    if (threads < 2) return inThreadPress(letters);

    const jobSize = options.jobSize ?? DEFAULTS.jobSize;
    return pressOnWorkers(letters, threads, jobSize, options.startWorker ?? startPressWorker);
  };
}

async function pressOnWorkers(
  letters: readonly LetterModel[],
  threads: number,
  jobSize: number,
  startWorker: () => Worker,
): Promise<Uint8Array[]> {
  const jobs: PressJob[] = [];
  for (let start = 0; start < letters.length; start += jobSize) {
    jobs.push({ id: jobs.length, letters: letters.slice(start, start + jobSize) });
  }
  const printed: Uint8Array[][] = [];
  const workers = Array.from({ length: threads - 1 }, startWorker);

  // Everyone takes the next job when it finishes one; after a failure no job is handed out, and
  // the finally stops every worker, including one still busy with its last job.
  let next = 0;
  let failed = false;
  const take = (): PressJob | undefined => (failed ? undefined : jobs[next++]);
  const keep = async (job: PressJob, work: Promise<Uint8Array[]>): Promise<void> => {
    try {
      printed[job.id] = await work;
    } catch (error) {
      failed = true;
      throw error;
    }
  };

  // A worker holds a second job while it prints the first: the calling thread, busy printing its
  // own job, cannot hand out the next one the moment a worker finishes.
  const onWorker = async (worker: Worker): Promise<void> => {
    const inFlight = new Set<Promise<void>>();
    for (let job = take(); job; job = take()) {
      const done = keep(job, print(worker, job)).finally(() => inFlight.delete(done));
      // Handled here too, so a job failing after another has already failed the run is not an
      // unhandled rejection; the race and Promise.all below still see it.
      done.catch(() => undefined);
      inFlight.add(done);
      if (inFlight.size >= 2) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  };
  // The calling thread lets the event loop run between its letters, so a worker's answer is
  // taken, and its next job sent, while this thread prints.
  const onCallingThread = async (): Promise<void> => {
    for (let job = take(); job; job = take()) await keep(job, printYielding(job.letters));
  };

  try {
    await Promise.all([...workers.map(onWorker), onCallingThread()]);
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return printed.flat();
}

async function printYielding(letters: readonly LetterModel[]): Promise<Uint8Array[]> {
  const printed: Uint8Array[] = [];
  for (const letter of letters) {
    printed.push(...(await inThreadPress([letter])));
    await new Promise((resolve) => setImmediate(resolve));
  }
  return printed;
}

function print(worker: Worker, job: PressJob): Promise<Uint8Array[]> {
  return new Promise((resolve, reject) => {
    const onAnswer = (answer: PressAnswer): void => {
      if (answer.id !== job.id) return;
      stopListening();
      if ('failed' in answer) {
        const { number, why } = answer.failed;
        reject(new LetterNotPrintedError(number, why));
      } else resolve(answer.files);
    };
    const onError = (error: Error): void => {
      stopListening();
      reject(error);
    };
    // A worker that stops without an error event (killed, or out of memory) would otherwise
    // leave this job waiting for ever.
    const onExit = (code: number): void => {
      stopListening();
      reject(new Error(`A letter press worker stopped (exit code ${code}) during job ${job.id}.`));
    };
    const stopListening = (): void => {
      worker.off('message', onAnswer);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    worker.on('message', onAnswer);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage(job);
  });
}

/**
 * Starts one press worker. Compiled, it is lib/cli/letterPressWorker.js beside this file. Run
 * from the sources (the bench under tsx, the tests under jest) it is the .ts file, which Node can
 * only load with tsx's require hook registered in the worker first.
 */
export function startPressWorker(): Worker {
  const fromSources = path.extname(__filename) === '.ts';
  const script = path.join(__dirname, `letterPressWorker${fromSources ? '.ts' : '.js'}`);
  if (!fromSources) return new Worker(script);
  return new Worker(`require('tsx/cjs');\nrequire(${JSON.stringify(script)});`, { eval: true });
}
