import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import webpack from 'webpack';
import type { Configuration, Stats } from 'webpack';
import { CUSTOM_FUNCTIONS } from '../../src/functions/functions';

const ROOT = path.resolve(__dirname, '../..');
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/**
 * URLs a bundle may contain as text without loading anything: XML namespaces React uses to
 * create SVG and MathML elements, and the link React puts in its production error messages.
 */
// Strings that look like URLs but are never fetched: XML namespace names the .xlsx and .docx
// writers put into the files they make (W3C, Office Open XML, Microsoft's extensions, Dublin
// Core), and links inside library error messages.
const URLS_THAT_ARE_NOT_LOADED = [
  /^http:\/\/www\.w3\.org\//,
  /^http:\/\/schemas\.openxmlformats\.org\//,
  /^http:\/\/schemas\.microsoft\.com\/office\//,
  /^http:\/\/purl\.org\/dc\//,
  /^http:\/\/purl\.oclc\.org\/ooxml\//,
  /^https:\/\/react\.dev\/errors\//,
  /^https:\/\/answers\.microsoft\.com\/en-us\/msoffice\/forum\//,
  /^https:\/\/github\.com\/microsoft\/griffel\/issues/,
  /^https:\/\/aka\.ms\/griffel-/,
];

// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require('../../webpack.config.js') as (
  env: Record<string, unknown>,
  argv: { mode: string },
) => Promise<Configuration>;

function run(config: Configuration): Promise<Stats> {
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => (error || !stats ? reject(error) : resolve(stats)));
  });
}

let outDir: string;
let stats: Stats;

const read = (file: string): string => readFileSync(path.join(outDir, file), 'utf8');

beforeAll(async () => {
  outDir = mkdtempSync(path.join(tmpdir(), 'cashier-build-'));
  const config = await makeConfig({}, { mode: 'production' });
  stats = await run({ ...config, context: ROOT, output: { ...config.output, path: outDir } });
}, 240_000);

afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
});

describe('the production build', () => {
  it('compiles without errors', () => {
    expect(stats.toJson({ all: false, errors: true }).errors).toEqual([]);
  });

  it('writes functions.json with every associated function, upper-case ids and descriptions', () => {
    const metadata = JSON.parse(read('functions.json')) as {
      functions: Array<{ id: string; name: string; description?: string }>;
    };
    expect(metadata.functions.map((f) => f.id).sort()).toEqual(
      Object.keys(CUSTOM_FUNCTIONS).sort(),
    );
    for (const f of metadata.functions) {
      expect(f.id).toMatch(/^[A-Z][A-Z0-9.]*$/);
      expect(f.name).toBe(f.id);
      expect(f.description?.trim()).toBeTruthy();
      expect(f.description).not.toContain('\n');
    }
  });

  it('serves one shared-runtime page that loads office.js from the CDN before the three bundles', () => {
    const html = read('taskpane.html');
    const scripts = [...html.matchAll(/<script[^>]*src=["']?([^"' >]+)/g)].map((m) => m[1]);
    expect(scripts[0]).toBe(OFFICE_JS_CDN);
    for (const bundle of ['taskpane.js', 'commands.js', 'functions.js']) {
      expect(scripts).toContain(bundle);
    }
    expect(existsSync(path.join(outDir, 'office-js'))).toBe(false);
  });

  it('puts a Content-Security-Policy on the page allowing scripts only from itself and the CDN', () => {
    const html = read('taskpane.html');
    const csp = /http-equiv=["']?Content-Security-Policy["']? content="([^"]+)"/.exec(html)?.[1];
    expect(csp).toBeDefined();
    const directives = new Map(
      (csp ?? '').split(';').map((d) => {
        const [name = '', ...values] = d.trim().split(/\s+/);
        return [name, values];
      }),
    );
    expect(directives.get('script-src')).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
  });

  it('loads no remote URL from the bundles other than the office.js CDN', () => {
    const bundles = readdirSync(outDir).filter((file) => file.endsWith('.js'));
    expect(bundles.length).toBeGreaterThanOrEqual(3);
    const remote = bundles.flatMap((file) =>
      [...read(file).matchAll(/https?:\/\/[^\s"'`)\\]+/g)]
        .map((match) => match[0])
        .filter((url) => !url.startsWith('https://appsforoffice.microsoft.com/'))
        .filter((url) => !URLS_THAT_ARE_NOT_LOADED.some((allowed) => allowed.test(url)))
        .map((url) => `${file}: ${url}`),
    );
    expect(remote).toEqual([]);
  });

  it('leaves functions.js free of unguarded CustomFunctions.associate calls', () => {
    expect(read('functions.js')).not.toMatch(/CustomFunctions\.associate\("/);
  });

  it('ships the manifest and every icon it names', () => {
    const manifest = read('manifest.xml');
    const icons = [...manifest.matchAll(/https:\/\/localhost:3000\/(assets\/[\w-]+\.png)/g)].map(
      (m) => m[1] ?? '',
    );
    expect(icons.length).toBeGreaterThan(0);
    for (const icon of icons) expect(existsSync(path.join(outDir, icon))).toBe(true);
  });
});

describe('the custom functions metadata step', () => {
  it('fails the build when a function JSDoc is wrong', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cashier-metadata-'));
    // The metadata generator also prints its errors; the assertion below reads them from webpack.
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const broken = path.join(dir, 'functions.ts');
      writeFileSync(
        broken,
        '/**\n * Adds.\n * @customfunction\n * @param when A date.\n */\nexport function add(when: Date): number {\n  return 1;\n}\n',
      );
      writeFileSync(path.join(dir, 'entry.js'), 'export const nothing = 0;\n');
      const config = await makeConfig({}, { mode: 'production' });
      const plugin = (config.plugins ?? []).find(
        (p) => p?.constructor?.name === 'CustomFunctionsMetadataPlugin',
      );
      expect(plugin).toBeDefined();
      (plugin as unknown as { options: { input: string } }).options.input = broken;

      const result = await run({
        mode: 'production',
        context: dir,
        entry: path.join(dir, 'entry.js'),
        output: { path: path.join(dir, 'out') },
        plugins: [plugin as webpack.WebpackPluginInstance],
      });
      const errors = result.toJson({ all: false, errors: true }).errors ?? [];
      expect(errors.map((e) => e.message).join('\n')).toMatch(/does not support type "Date"/);
    } finally {
      quiet.mockRestore();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
