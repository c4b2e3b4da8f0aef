import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const SCHEMAS = path.resolve(ROOT, '..', 'shared', 'schemas', 'office-addin-manifest');
const MANIFEST = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

let workDir: string;

beforeAll(() => {
  workDir = mkdtempSync(path.join(tmpdir(), 'manifest-'));
});

afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
});

/** Runs `npm run validate`'s script on a copy of the manifest with one edit applied. */
function validate(xml: string, ...extra: string[]): { status: number | null; output: string } {
  const file = path.join(workDir, `manifest-${Math.abs(hash(xml + extra.join()))}.xml`);
  writeFileSync(file, xml);
  const result = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(ROOT, 'scripts/validate-manifest.ts'),
      file,
      '--root',
      ROOT,
      ...extra,
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function hash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
  return h;
}

describe('npm run validate', () => {
  it('passes the real manifest through the schema and the project checks', () => {
    expect(existsSync(SCHEMAS)).toBe(true);
    const { status, output } = validate(MANIFEST);
    expect(output).toContain('is valid against OfficeAppManifestV1_1.xsd');
    expect(output).toContain('are in order');
    expect(status).toBe(0);
  });

  it('fails when xmllint finds an element the schema does not allow', () => {
    const { status, output } = validate(
      MANIFEST.replace('<DesktopFormFactor>', '<DesktopFormFacter>').replace(
        '</DesktopFormFactor>',
        '</DesktopFormFacter>',
      ),
    );
    expect(output).toMatch(/xmllint rejected the manifest \(exit 3\)/);
    expect(output).toContain('DesktopFormFacter');
    expect(status).toBe(1);
  });

  it('fails when Enabled sits before the Action, which only the schema catches', () => {
    const xml = MANIFEST.replace(
      /(<Action xsi:type="ExecuteFunction">\s*<FunctionName>checkCredit<\/FunctionName>\s*<\/Action>)(\s*)(<Enabled>(?:true|false)<\/Enabled>)/,
      '$3$2$1',
    );
    expect(xml).not.toBe(MANIFEST);
    const { status, output } = validate(xml);
    expect(output).toMatch(/Enabled.*This element is not expected/);
    expect(status).toBe(1);
  });

  it('says the schema folder is missing, still runs the project checks, and fails on theirs', () => {
    const xml = MANIFEST.replace('lifetime="long"', 'lifetime="short"');
    const { status, output } = validate(xml, '--schemas', path.join(workDir, 'no-schemas-here'));
    expect(output).toMatch(/no-schemas-here is missing, so the XML schema check is skipped/);
    expect(output).toMatch(/checks: manifest-\S+\.xml:\d+: <Runtime> needs lifetime="long"/);
    expect(output).toContain('1 problem(s) found');
    expect(status).toBe(1);
  });
});
