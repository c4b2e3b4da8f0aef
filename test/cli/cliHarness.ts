/** Runs the command line in-process with a CliIo that captures what it prints. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { processIo, type CliIo } from '../../src/cli/cliIo';
import { main } from '../../src/cli/main';

export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

export async function runCli(argv: readonly string[]): Promise<CliRun> {
  let out = '';
  let err = '';
  const io: CliIo = {
    ...processIo,
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
  };
  const code = await main(argv, io);
  return { code, out, err };
}

export function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'cashier-cli-'));
}
