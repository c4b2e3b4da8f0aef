/**
 * The production bundles for the worksheet functions and the ribbon, loaded the way the shared
 * runtime loads them: into a sandbox whose Office and CustomFunctions globals record what gets
 * associated. The metadata Excel reads (functions.json and functions-zh-CN.json) is checked
 * against the code and the manifest.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import webpack from 'webpack';
import type { Configuration, Stats } from 'webpack';

const ROOT = path.resolve(__dirname, '../..');

// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require('../../webpack.config.js') as (
  env: Record<string, unknown>,
  argv: { mode: string },
) => Promise<Configuration>;

interface Parameter {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  parameters: Parameter[];
  result: { dimensionality?: string };
}

let outDir: string;
let stats: Stats;
let english: FunctionMetadata[];
let chinese: FunctionMetadata[];

const read = (file: string): string => readFileSync(path.join(outDir, file), 'utf8');

beforeAll(async () => {
  outDir = mkdtempSync(path.join(tmpdir(), 'cashier-functions-build-'));
  const config = await makeConfig({}, { mode: 'production' });
  // Only the two bundles under test: the task pane's React build is build.test.ts's business.
  const entry = config.entry as Record<string, string>;
  stats = await new Promise<Stats>((resolve, reject) => {
    webpack(
      {
        ...config,
        context: ROOT,
        entry: { commands: entry.commands ?? '', functions: entry.functions ?? '' },
        devtool: false,
        output: { ...config.output, path: outDir },
      },
      (error, result) => (error || !result ? reject(error) : resolve(result)),
    );
  });
  english = (JSON.parse(read('functions.json')) as { functions: FunctionMetadata[] }).functions;
  chinese = (JSON.parse(read('functions-zh-CN.json')) as { functions: FunctionMetadata[] })
    .functions;
}, 240_000);

afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
});

/** Runs the bundles in a sandbox with recording stand-ins for Office and CustomFunctions. */
async function loadInSharedRuntime(): Promise<{ functions: string[]; actions: string[] }> {
  const functions: string[] = [];
  const actions: string[] = [];
  const ready: Promise<unknown>[] = [];
  const office = {
    HostType: { Excel: 'Excel' },
    EventType: { DocumentSelectionChanged: 'documentSelectionChanged' },
    onReady: (callback: (info: { host: string }) => void) => {
      const done = Promise.resolve().then(() => callback({ host: 'Excel' }));
      ready.push(done);
      return done;
    },
    actions: { associate: (name: string) => actions.push(name) },
    context: {
      displayLanguage: 'zh-CN',
      requirements: { isSetSupported: () => false },
      document: { addHandlerAsync: () => undefined },
    },
    addin: { showAsTaskpane: () => Promise.resolve() },
  };
  const customFunctions = {
    associate: (id: string) => functions.push(id),
    Error: class {
      constructor(
        readonly code: string,
        readonly message?: string,
      ) {}
    },
    ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A', invalidNumber: '#NUM!' },
  };
  const sandbox: Record<string, unknown> = {
    Office: office,
    CustomFunctions: customFunctions,
    setTimeout,
    clearTimeout,
    console: { log: () => undefined, warn: () => undefined, error: () => undefined },
  };
  sandbox.self = sandbox;
  sandbox.window = sandbox;
  sandbox.globalThis = sandbox;
  const context = vm.createContext(sandbox);
  // The scripts in the order taskpane.html loads them (the task pane's own React entry aside):
  // commands.js needs the vendor and shared chunks before it.
  const scripts = [...read('taskpane.html').matchAll(/<script[^>]*\ssrc="?([\w.-]+\.js)"?/g)]
    .map((match) => match[1] ?? '')
    .filter((file) => file !== 'taskpane.js');
  expect(scripts).toEqual(expect.arrayContaining(['commands.js', 'functions.js']));
  for (const file of scripts) vm.runInContext(read(file), context, { filename: file });
  await Promise.all(ready);
  return { functions, actions };
}

describe('the functions metadata Excel reads', () => {
  it('builds without errors', () => {
    expect(stats.toJson({ all: false, errors: true }).errors).toEqual([]);
  });

  it('lists every function with a valid id, the same in both languages', () => {
    const ids = english.map((fn) => fn.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'DAYSPASTDUE',
        'AGEBUCKET',
        'AGING',
        'OPENITEMS',
        'PROVISION',
        'CREDITSCORE',
        'CREDITFLAG',
        'CAPITALS',
        'AMOUNTWORDS',
        'PARSEAMOUNT',
        'PARSEDATE',
        'DSO',
        'CEI',
        'PREDICTPAY',
      ]),
    );
    for (const id of ids) expect(id).toMatch(/^[A-Z][A-Z0-9_.]{2,}$/);
    expect(chinese.map((fn) => fn.id)).toEqual(ids);
  });

  it('declares ranges as matrices, dates as any, and optional arguments as optional', () => {
    const aging = english.find((fn) => fn.id === 'AGING');
    expect(aging?.result.dimensionality).toBe('matrix');
    expect(
      aging?.parameters.map((p) => [p.name, p.dimensionality ?? 'scalar', p.optional ?? false]),
    ).toEqual([
      ['customers', 'matrix', false],
      ['dueDates', 'matrix', false],
      ['amounts', 'matrix', false],
      ['asOf', 'scalar', false],
      ['buckets', 'scalar', true],
    ]);
    const openItems = english.find((fn) => fn.id === 'OPENITEMS');
    expect(openItems?.parameters.filter((p) => p.optional).map((p) => p.name)).toEqual([
      'documentNumbers',
      'references',
      'dueDates',
    ]);
    const days = english.find((fn) => fn.id === 'DAYSPASTDUE');
    expect(days?.parameters.map((p) => p.type)).toEqual(['any', 'any']);
  });

  it('describes every function and argument in English and in Chinese', () => {
    const han = /[\u4e00-\u9fff]/;
    for (const [index, fn] of english.entries()) {
      const zh = chinese[index] as FunctionMetadata;
      expect(fn.description).not.toBe(zh.description);
      expect(zh.description).toMatch(han);
      expect(zh.name).toBe(fn.name);
      expect(zh.parameters.map((p) => p.type)).toEqual(fn.parameters.map((p) => p.type));
      expect(zh.parameters.map((p) => p.optional)).toEqual(fn.parameters.map((p) => p.optional));
      for (const [at, parameter] of zh.parameters.entries()) {
        expect(parameter.name).toMatch(han);
        expect(parameter.description).toMatch(han);
        expect(fn.parameters[at]?.description?.trim()).toBeTruthy();
      }
    }
  });

  it('is named in the manifest for Chinese Excel', () => {
    const manifest = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
    expect(manifest).toMatch(
      /<bt:Url id="Functions.Metadata.Url"[^>]*>\s*<bt:Override Locale="zh-CN" Value="https:\/\/localhost:3000\/functions-zh-CN.json" \/>/,
    );
  });
});

describe('the bundles in the shared runtime', () => {
  it('associate every function id in functions.json and every ribbon FunctionName', async () => {
    const { functions, actions } = await loadInSharedRuntime();
    expect([...functions].sort()).toEqual(english.map((fn) => fn.id).sort());

    const manifest = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
    const names = [...manifest.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map(
      (match) => match[1],
    );
    expect(names.length).toBeGreaterThan(0);
    expect([...actions].sort()).toEqual([...names].sort());
  });
});
