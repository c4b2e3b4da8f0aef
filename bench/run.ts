/**
 * `npm run bench [area ...]`: runs every bench module in this folder (or the named ones) and prints
 * their figures as a table. Each module exports `run(): Promise<BenchRow[]>`. Results also go to
 * bench/out/results-<date>.json so docs/ can record them.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BenchRow } from './benchRow';

const SKIP = new Set(['run.ts', 'benchRow.ts']);

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const modules = readdirSync(__dirname)
    .filter((file) => file.endsWith('.ts') && !SKIP.has(file))
    .map((file) => file.replace(/\.ts$/, ''))
    .filter((name) => wanted.length === 0 || wanted.includes(name))
    .sort();

  const rows: BenchRow[] = [];
  for (const name of modules) {
    process.stdout.write(`\n# ${name}\n`);
    const mod = (await import(path.join(__dirname, `${name}.ts`))) as {
      run: () => Promise<BenchRow[]>;
    };
    const produced = await mod.run();
    for (const row of produced) {
      process.stdout.write(
        `${row.area}\t${row.case}\t${row.figure}${row.note ? `\t(${row.note})` : ''}\n`,
      );
    }
    rows.push(...produced);
  }

  const outDir = path.join(__dirname, 'out');
  mkdirSync(outDir, { recursive: true });
  const day = new Date().toISOString().slice(0, 10);
  writeFileSync(path.join(outDir, `results-${day}.json`), JSON.stringify(rows, null, 2));
  process.stdout.write(`\n${rows.length} figures; written to bench/out/results-${day}.json\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
