/**
 * What a command may do to the outside world, passed in so tests run commands in-process and read
 * what they printed and wrote.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readFile(file: string): Promise<Uint8Array>;
  writeFile(file: string, data: Uint8Array | string): Promise<void>;
}

export const processIo: CliIo = {
  out: (text) => {
    process.stdout.write(text);
  },
  err: (text) => {
    process.stderr.write(text);
  },
  readFile: async (file) => new Uint8Array(await readFile(file)),
  writeFile: async (file, data) => {
    await mkdir(path.dirname(path.resolve(file)), { recursive: true });
    await writeFile(file, data);
  },
};

/** Exit codes, after BSD sysexits: scripts can tell bad usage from bad input from a bug. */
export const EXIT = {
  ok: 0,
  /** The run worked but found problems the cashier must look at (e.g. a broken audit chain). */
  findings: 1,
  usage: 64,
  badInput: 65,
  cannotOpen: 66,
  bug: 70,
} as const;
