import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { MESSAGES, describeProblem } from '../../../src/domain/messages';

const SOURCE = path.resolve(__dirname, '../../../src/domain/receivables');
const CODE = /'((?:receivables\.settings|allocation|provision|credit)\.[a-z-]+(?:\.[a-z-]+)*)'/g;

function codesInSource(): string[] {
  const codes = new Set<string>();
  for (const file of readdirSync(SOURCE).filter((name) => name.endsWith('.ts'))) {
    for (const match of readFileSync(path.join(SOURCE, file), 'utf8').matchAll(CODE)) {
      codes.add(match[1] as string);
    }
  }
  return [...codes].sort();
}

describe('receivables messages', () => {
  const codes = codesInSource();

  it('finds the codes the engine emits', () => {
    expect(codes).toContain('credit.over-limit');
    expect(codes).toContain('allocation.reversal-exceeds-applied');
  });

  it.each(codes)('has Chinese and English words for %s', (code) => {
    const message = MESSAGES[code];
    expect(message?.zh).toBeTruthy();
    expect(message?.en).toBeTruthy();
    expect(describeProblem({ code }, 'zh')).not.toContain('未知代码');
  });
});
