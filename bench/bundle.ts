/**
 * The task pane's JavaScript as a browser downloads it: a production build through webpack's Node
 * API, each script gzipped with node:zlib. Inside Excel the shared runtime's page loads every
 * script taskpane.html names (vendor, shared, taskpane, commands, functions); the .xlsx adapter is
 * a separate chunk loaded only when the pane runs standalone and a file is opened.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildPane } from '../test/e2e/builtPane';
import type { BenchRow } from './benchRow';

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

export async function run(): Promise<BenchRow[]> {
  const started = performance.now();
  const folder = await buildPane('production');
  const buildSeconds = (performance.now() - started) / 1000;

  const scripts = readdirSync(folder).filter((file) => file.endsWith('.js'));
  const page = readFileSync(join(folder, 'taskpane.html'), 'utf8');
  const loaded = [...page.matchAll(/<script[^>]*\ssrc="?([\w.-]+\.js)"?/g)].map((m) => m[1]);
  const sizes = scripts.map((file) => {
    const bytes = readFileSync(join(folder, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  rmSync(folder, { recursive: true, force: true });

  const rows: BenchRow[] = sizes.map((size) => ({
    area: 'bundle',
    case: size.file.replace(/\.[0-9a-f]{8}\.js$/, '.[hash].js'),
    figure: `${kib(size.gzip)} gzip`,
    note: `${kib(size.raw)} minified`,
  }));
  const excel = sizes.filter((size) => loaded.includes(size.file));
  rows.push({
    area: 'bundle',
    case: `the add-in's page in Excel (${excel.map((size) => size.file).join(' + ')})`,
    figure: `${kib(excel.reduce((sum, size) => sum + size.gzip, 0))} gzip`,
    note: 'the .xlsx adapter chunk is not loaded inside Excel',
  });
  rows.push({
    area: 'bundle',
    case: 'production build time',
    figure: `${buildSeconds.toFixed(1)} s`,
  });
  return rows;
}
