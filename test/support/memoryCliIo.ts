/**
 * A CliIo over files in memory, for running the command line in-process: what it prints is kept
 * in order, the files it writes land in the map, and a file the map lacks is read from `fallback`
 * (a fixtures folder) or is missing as on disk (ENOENT).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { CliIo } from '../../src/cli/cliIo';

export interface MemoryCliIo extends CliIo {
  /** Everything printed to stdout and stderr, in order. */
  readonly printed: string[];
  text(): string;
}

export function memoryCliIo(
  files: Map<string, Uint8Array | string>,
  fallback?: string,
): MemoryCliIo {
  const printed: string[] = [];
  return {
    printed,
    text: () => printed.join(''),
    out: (text) => printed.push(text),
    err: (text) => printed.push(text),
    readFile: async (file) => {
      const data =
        files.get(file) ??
        (fallback === undefined
          ? undefined
          : new Uint8Array(readFileSync(path.join(fallback, file))));
      if (data === undefined) throw Object.assign(new Error(`missing ${file}`), { code: 'ENOENT' });
      return typeof data === 'string' ? new TextEncoder().encode(data) : data;
    },
    writeFile: async (file, data) => {
      files.set(file, data);
    },
  };
}
