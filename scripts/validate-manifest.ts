/**
 * `npm run validate` (tsx scripts/validate-manifest.ts manifest.xml): checks the add-in manifest
 * against Microsoft's XML schema with xmllint when the shared schema folder is present, then always
 * runs the project's own checks (scripts/manifest/checks.ts). Prints each problem; exits 1 on any.
 *
 * Options: --root <dir> is the project whose src/commands and src/functions are scanned for
 * Office.actions.associate calls (default: the current directory); --schemas <dir> overrides the
 * schema folder (default: <root>/../shared/schemas/office-addin-manifest).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { checkManifest, findAssociatedActions } from './manifest/checks';

const SCHEMA_FILE = 'OfficeAppManifestV1_1.xsd';
const SCANNED_FOLDERS = ['src/commands', 'src/functions'];

interface Options {
  readonly manifest: string;
  readonly root: string;
  readonly schemas: string;
}

function parseArguments(args: string[]): Options {
  let manifest = 'manifest.xml';
  let root = process.cwd();
  let schemas: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--root') root = path.resolve(args[++i] ?? '.');
    else if (arg === '--schemas') schemas = path.resolve(args[++i] ?? '.');
    else if (arg !== undefined) manifest = arg;
  }
  return {
    manifest: path.resolve(manifest),
    root,
    schemas: schemas ?? path.resolve(root, '..', 'shared', 'schemas', 'office-addin-manifest'),
  };
}

/** Runs xmllint; returns true when the manifest is valid or the schema folder is absent. */
function checkAgainstSchema(options: Options): boolean {
  const schema = path.join(options.schemas, SCHEMA_FILE);
  if (!existsSync(schema)) {
    process.stdout.write(
      `schema: ${options.schemas} is missing, so the XML schema check is skipped; the project's own checks still run.\n`,
    );
    return true;
  }

  const result = spawnSync(
    'xmllint',
    ['--noout', '--nonet', '--schema', schema, options.manifest],
    {
      encoding: 'utf8',
    },
  );
  if (result.error) {
    process.stdout.write(`schema: could not run xmllint (${result.error.message}).\n`);
    return false;
  }

  if (result.status === 0) {
    process.stdout.write(
      `schema: ${path.basename(options.manifest)} is valid against ${SCHEMA_FILE}.\n`,
    );
    return true;
  }

  const output = `${result.stderr}${result.stdout}`.trim();
  process.stdout.write(
    `schema: xmllint rejected the manifest (exit ${result.status}):\n${output}\n`,
  );
  return false;
}

function sourceFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|js)$/.test(name) ? [full] : [];
  });
}

function runProjectChecks(options: Options): boolean {
  const files = SCANNED_FOLDERS.flatMap((folder) => sourceFiles(path.join(options.root, folder)));
  const actions = findAssociatedActions(files.map((file) => readFileSync(file, 'utf8')));
  const problems = checkManifest(readFileSync(options.manifest, 'utf8'), actions);

  if (problems.length === 0) {
    process.stdout.write(
      'checks: resources, shared runtime, zh-CN strings and commands are in order.\n',
    );
    return true;
  }

  const name = path.basename(options.manifest);
  for (const problem of problems) {
    process.stdout.write(`checks: ${name}:${problem.line}: ${problem.message}\n`);
  }
  process.stdout.write(`checks: ${problems.length} problem(s) found.\n`);
  return false;
}

function main(): void {
  const options = parseArguments(process.argv.slice(2));
  if (!existsSync(options.manifest)) {
    process.stdout.write(`There is no manifest at ${options.manifest}.\n`);
    process.exit(1);
  }

  const schemaOk = checkAgainstSchema(options);
  const checksOk = runProjectChecks(options);
  process.exit(schemaOk && checksOk ? 0 : 1);
}

main();
