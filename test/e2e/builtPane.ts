/**
 * The task pane as Excel would load it: built once with the project's own webpack configuration
 * (development mode, so office.js is the local copy from node_modules, not the CDN) into a temp
 * folder, and served from a tiny HTTP server on 127.0.0.1. Nothing leaves the loopback interface.
 */
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import webpack from 'webpack';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.css': 'text/css',
  '.map': 'application/json',
};

export interface BuiltPane {
  readonly origin: string;
  readonly folder: string;
  close(): Promise<void>;
}

/** Builds the add-in with webpack's Node API into a fresh temp folder. */
export async function buildPane(mode: 'development' | 'production'): Promise<string> {
  const folder = mkdtempSync(join(tmpdir(), 'cashier-pane-'));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require('../../webpack.config.js') as (
    env: object,
    argv: object,
  ) => Promise<webpack.Configuration>;
  const config = await makeConfig({}, { mode });
  config.output = { ...config.output, path: folder };
  // Source maps are not needed to test the pane and take most of a build's time.
  config.devtool = false;

  await new Promise<void>((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (stats?.hasErrors()) return reject(new Error(stats.toString('errors-only')));
      resolve();
    });
  });
  return folder;
}

/** Serves `folder` on 127.0.0.1 at a free port. */
export async function servePane(folder: string): Promise<BuiltPane> {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const file = normalize(join(folder, path));
    if (!file.startsWith(folder) || !isFile(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  return {
    origin: `http://127.0.0.1:${port}`,
    folder,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          rmSync(folder, { recursive: true, force: true });
          resolve();
        });
      }),
  };
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
