import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';

import { tempDir } from './cliHarness';

const ROOT = path.resolve(__dirname, '../..');

describe('the cashier-desk executable', () => {
  let dir: string;
  beforeAll(() => {
    // Compile the command line as `npm ci` does (tsc -p tsconfig.cli.json), into a temp folder
    // laid out like the package, so the test never races anyone's lib/.
    dir = tempDir();
    mkdirSync(path.join(dir, 'bin'));
    copyFileSync(path.join(ROOT, 'bin/cashier-desk.js'), path.join(dir, 'bin/cashier-desk.js'));
    const tsc = spawnSync(
      process.execPath,
      [
        path.join(ROOT, 'node_modules/typescript/bin/tsc'),
        '-p',
        path.join(ROOT, 'tsconfig.cli.json'),
        '--outDir',
        path.join(dir, 'lib'),
      ],
      { encoding: 'utf8' },
    );
    // Type errors are the typecheck's business; what matters here is that the emitted program runs.
    if (!existsSync(path.join(dir, 'lib/cli/main.js'))) {
      throw new Error(`tsc emitted nothing:\n${tsc.stdout}${tsc.stderr}`);
    }
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints its help, listing the structure, aging and demo commands, and exits 0', () => {
    const run = spawnSync(process.execPath, [path.join(dir, 'bin/cashier-desk.js'), '--help'], {
      encoding: 'utf8',
      env: { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules') },
    });

    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: cashier-desk');
    for (const command of ['structure', 'aging', 'demo']) expect(run.stdout).toContain(command);
  });
});
