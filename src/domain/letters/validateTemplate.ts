/**
 * Checks a letter template before any letter is generated from it: a placeholder that does not
 * exist, or a required one that is missing, is reported with a stable code rather than printed
 * blank on a hundred letters.
 */
import type { Problem } from '../problem';
import type { TemplateKind } from './letterKinds';
import {
  findPlaceholder,
  PLACEHOLDER_PATTERN,
  PLACEHOLDERS,
  type PlaceholderKey,
} from './placeholders';

/** Template lines as the cashier typed them; each line is one paragraph of the letter. */
export function templateLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/**
 * Every problem with `text` as a template of `kind`, in line order, then the missing ones.
 * An empty list means letters can be generated from it.
 *
 * Rules: the first non-blank line is the title and holds no block placeholder; every {{name}}
 * names a known placeholder (Chinese name or English alias) allowed for the kind; a block
 * placeholder (tables, signature, reply slip) stands alone on its line and appears once; braces
 * that do not form a placeholder are reported; each placeholder the kind requires appears.
 */
export function validateTemplate(text: string, kind: TemplateKind): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<PlaceholderKey>();
  const lines = templateLines(text);

  const titleIndex = lines.findIndex((line) => line.trim() !== '');
  if (titleIndex < 0) return [{ code: 'letters.template-empty', detail: { kind } }];

  lines.forEach((line, index) => {
    const lineNo = index + 1;
    const leftover = line.replace(PLACEHOLDER_PATTERN, '');
    if (leftover.includes('{{') || leftover.includes('}}')) {
      problems.push({ code: 'letters.placeholder-malformed', detail: { line: lineNo } });
    }

    for (const match of line.matchAll(PLACEHOLDER_PATTERN)) {
      const name = match[1] ?? '';
      const spec = findPlaceholder(name);
      if (!spec) {
        problems.push({ code: 'letters.placeholder-unknown', detail: { name, line: lineNo } });
        continue;
      }
      if (!spec.usedIn.includes(kind)) {
        problems.push({
          code: 'letters.placeholder-wrong-kind',
          detail: { name, kind, line: lineNo },
        });
        continue;
      }
      if (spec.block) {
        if (index === titleIndex || line.trim() !== match[0]) {
          problems.push({ code: 'letters.block-not-alone', detail: { name, line: lineNo } });
        } else if (seen.has(spec.key)) {
          problems.push({ code: 'letters.block-repeated', detail: { name, line: lineNo } });
        }
      }
      seen.add(spec.key);
    }
  });

  for (const spec of PLACEHOLDERS) {
    if (spec.requiredIn.includes(kind) && !seen.has(spec.key)) {
      problems.push({
        code: 'letters.placeholder-missing',
        detail: { name: spec.zh, alias: spec.key, kind },
      });
    }
  }
  return problems;
}
