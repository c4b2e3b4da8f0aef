/**
 * The layers of src/ are checked by lint, so an import against their order fails the build.
 * These tests feed small files to ESLint as if they stood at a path in src/.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const eslint = path.join(root, 'node_modules', 'eslint', 'bin', 'eslint.js');

function lint(file: string, source: string): { code: number; output: string } {
  const result = spawnSync(process.execPath, [eslint, '--stdin', '--stdin-filename', file], {
    cwd: root,
    input: source,
    encoding: 'utf8',
  });
  return { code: result.status ?? -1, output: `${result.stdout}${result.stderr}` };
}

describe('the layer rule', () => {
  it.each([
    [
      'src/domain/a.ts',
      "import { x } from '../workbook/workbookPort';",
      'must not import from workbook',
    ],
    [
      'src/workbook/a.ts',
      "import { x } from '../adapters/xlsx/xlsxWorkbook';",
      'must not import from adapters/xlsx',
    ],
    [
      'src/adapters/excel/a.ts',
      "import { x } from '../xlsx/xlsxWorkbook';",
      'sibling adapters/xlsx',
    ],
    ['src/taskpane/a.ts', "import { x } from '../cli/main';", 'sibling cli'],
    [
      'src/domain/a.ts',
      "import { x } from '../functions/functions';",
      'must not import from functions',
    ],
    ['src/domain/a.ts', "import React from 'react';", 'must not import the package "react"'],
    [
      'src/domain/a.ts',
      "import { readFileSync } from 'node:fs';",
      'must not import the package "node:fs"',
    ],
    [
      'src/workbook/a.ts',
      "import ExcelJS from 'exceljs';",
      'must not import the package "exceljs"',
    ],
  ])('rejects %s doing %s', (file, source, message) => {
    const { code, output } = lint(file, `${source}\nexport const y = x;\n`);

    expect(code).toBe(1);
    expect(output).toContain(message);
  });

  it('lets a layer import from the layers below it', () => {
    const source = [
      "import { addDays } from '../../domain/isoDay';",
      "import type { WorkbookPort } from '../../workbook/workbookPort';",
      'export const uses: [typeof addDays, WorkbookPort | null] = [addDays, null];',
      '',
    ].join('\n');

    expect(lint('src/adapters/xlsx/a.ts', source)).toEqual({ code: 0, output: '' });
  });

  it('bans console everywhere in src', () => {
    const { code, output } = lint('src/cli/a.ts', "console.log('hi');\n");

    expect(code).toBe(1);
    expect(output).toContain('no-console');
  });

  it('keeps Excel.* inside the Excel adapter', () => {
    const source = 'export const run = () => Excel.run(async () => undefined);\n';

    expect(lint('src/taskpane/a.ts', source).output).toContain(
      'Only src/adapters/excel may touch Excel',
    );
    expect(lint('src/adapters/excel/a.ts', source).code).toBe(0);
  });

  it('keeps the clock out of the domain', () => {
    const { code, output } = lint('src/domain/a.ts', 'export const now = Date.now();\n');

    expect(code).toBe(1);
    expect(output).toContain('never reads the clock');
  });
});
