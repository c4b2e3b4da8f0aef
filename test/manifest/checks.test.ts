import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkManifest, findAssociatedActions } from '../../scripts/manifest/checks';

const ROOT = path.resolve(__dirname, '../..');
const MANIFEST = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

function sourcesUnder(folder: string): string[] {
  const full = path.join(ROOT, folder);
  return readdirSync(full, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name))
    .map((name) => readFileSync(path.join(full, name), 'utf8'));
}

const ACTIONS = findAssociatedActions([
  ...sourcesUnder('src/commands'),
  ...sourcesUnder('src/functions'),
]);

/** Applies one textual edit to the real manifest, failing loudly if the text is not there. */
function broken(find: string | RegExp, replace: string): string {
  const changed = MANIFEST.replace(find, replace);
  if (changed === MANIFEST) throw new Error(`The manifest no longer contains ${String(find)}`);
  return changed;
}

function messages(xml: string, actions: ReadonlySet<string> = ACTIONS): string[] {
  return checkManifest(xml, actions).map((problem) => `line ${problem.line}: ${problem.message}`);
}

describe('the project checks on manifest.xml', () => {
  it('accept the real manifest with the real command associations', () => {
    expect(messages(MANIFEST)).toEqual([]);
  });

  it('find every ExecuteFunction name associated in src/commands', () => {
    const names = [...MANIFEST.matchAll(/<FunctionName>(\w+)<\/FunctionName>/g)].map((m) => m[1]);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(ACTIONS).toContain(name);
  });

  const longChinese = '出'.repeat(126);
  const cases: Array<[string, string, RegExp]> = [
    [
      'a reference to a resource that is not defined',
      broken(/\s*<bt:Url id="Functions.Metadata.Url"[^>]*>[\s\S]*?<\/bt:Url>/, ''),
      /<SourceLocation resid="Functions.Metadata.Url">.* names no resource: define a Url/,
    ],
    [
      'a Label pointing at a LongString',
      broken('<Label resid="Tab.Label" />', '<Label resid="Taskpane.Tip" />'),
      /<Label resid="Taskpane.Tip">.* must name a ShortString, but "Taskpane.Tip" is a LongString/,
    ],
    [
      'an icon pointing at a Url',
      broken(
        '<bt:Image size="16" resid="Icon.Credit.16" />',
        '<bt:Image size="16" resid="Taskpane.Url" />',
      ),
      /must name an Image, but "Taskpane.Url" is a Url/,
    ],
    [
      'a 33-character resource id',
      MANIFEST.replaceAll(
        '"Group.Collections.Label"',
        `"Group.Collections.Label.${'x'.repeat(9)}"`,
      ),
      /Resource id "Group.Collections.Label.x{9}" has 33 characters; the limit is 32/,
    ],
    [
      'a 126-character zh-CN short string',
      broken(
        'Value="出纳台" />\n        </bt:String>',
        `Value="${longChinese}" />\n        </bt:String>`,
      ),
      /ShortString "Tab.Label": the zh-CN override has 126 characters; the limit is 125/,
    ],
    [
      'a 251-character long string',
      broken(
        /DefaultValue="Show the Cashier Desk pane beside your workbook."/,
        `DefaultValue="${'a'.repeat(251)}"`,
      ),
      /LongString "Taskpane.Tip": the default value has 251 characters; the limit is 250/,
    ],
    [
      'a string resource without its zh-CN override',
      broken(/(<bt:String id="Credit.Tip"[^>]*>)\s*<bt:Override[^>]*\/>/, '$1'),
      /LongString "Credit.Tip" has no zh-CN override/,
    ],
    [
      'a DisplayName without its zh-CN override',
      broken(/(<DisplayName[^>]*>)\s*<Override[^>]*\/>/, '$1'),
      /DisplayName has no zh-CN override/,
    ],
    [
      'Runtimes placed after AllFormFactors',
      broken(
        /(\s*<Runtimes>[\s\S]*?<\/Runtimes>)(\s*<AllFormFactors>[\s\S]*?<\/AllFormFactors>)/,
        '$2$1',
      ),
      /<Runtimes> must be the first element under <Host>/,
    ],
    [
      'a FunctionFile on a different page than the runtime',
      broken(
        '<FunctionFile resid="Taskpane.Url" />',
        '<FunctionFile resid="Functions.Script.Url" />',
      ),
      /<FunctionFile> uses resid "Functions.Script.Url", but the shared <Runtime> uses "Taskpane.Url"/,
    ],
    [
      'a runtime whose resid differs from the pages',
      broken('<Runtime resid="Taskpane.Url"', '<Runtime resid="Functions.Script.Url"'),
      /The custom functions <Page> <SourceLocation> uses resid "Taskpane.Url", but the shared <Runtime> uses "Functions.Script.Url"/,
    ],
    [
      'a short-lived runtime',
      broken('lifetime="long"', 'lifetime="short"'),
      /<Runtime> needs lifetime="long".*found "short"/,
    ],
    [
      'no SharedRuntime requirement',
      broken(/\s*<Set Name="SharedRuntime"[^>]*\/>/, ''),
      /SharedRuntime 1.1 is not listed/,
    ],
    [
      'a resource id defined twice',
      broken(
        '<bt:Url id="Functions.Script.Url"',
        '<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/x.html" />\n        <bt:Url id="Functions.Script.Url"',
      ),
      /Resource id "Taskpane.Url" is defined twice \(first on line \d+\)/,
    ],
    [
      'a resource nobody uses',
      broken(
        '<bt:Url id="Functions.Script.Url"',
        '<bt:Url id="Help.Url" DefaultValue="https://localhost:3000/help.html" />\n        <bt:Url id="Functions.Script.Url"',
      ),
      /Url resource "Help.Url" is never used/,
    ],
    [
      'a base page that is not the runtime page',
      broken(
        '<SourceLocation DefaultValue="https://localhost:3000/taskpane.html" />',
        '<SourceLocation DefaultValue="https://localhost:3000/other.html" />',
      ),
      /<DefaultSettings><SourceLocation> is "https:\/\/localhost:3000\/other.html", but the shared runtime page is "https:\/\/localhost:3000\/taskpane.html"/,
    ],
    [
      'an ExecuteFunction that no code associates',
      broken(
        '<FunctionName>checkCredit</FunctionName>',
        '<FunctionName>checkCreditLimit</FunctionName>',
      ),
      /ExecuteFunction "checkCreditLimit" is not associated in code: add Office.actions.associate\('checkCreditLimit'/,
    ],
    [
      'a manifest that is not well-formed',
      broken('</DisplayName>', '</Description>'),
      /not well-formed XML: line \d+: <\/Description> does not close <DisplayName>/,
    ],
  ];

  it.each(cases)('reject %s with a clear message', (_name, xml, expected) => {
    const found = messages(xml);
    expect(found.some((message) => expected.test(message))).toBe(true);
  });

  it('report problems with the line they are on', () => {
    const xml = broken('<Label resid="Tab.Label" />', '<Label resid="No.Such.Label" />');
    const line = xml.split('\n').findIndex((text) => text.includes('No.Such.Label')) + 1;
    const problem = checkManifest(xml, ACTIONS).find((p) => p.message.includes('No.Such.Label'));
    expect(problem?.line).toBe(line);
  });

  it('read associations written with single, double or back quotes only as literal names', () => {
    const names = findAssociatedActions([
      "Office.actions.associate('a', run);",
      'Office.actions.associate("b", run); Office.actions.associate(`c`, run);',
      'Office.actions.associate(name, run);',
    ]);
    expect([...names].sort()).toEqual(['a', 'b', 'c']);
  });
});
