/**
 * A letter as plain text, for a custom function to return or a cashier to paste into a chat or
 * an e-mail: title, paragraphs, tables with " | " between cells, the signature and the reply slip.
 */
import type { LetterModel, LetterTable, ReplySlip } from './letterModel';

/** The whole letter as text, one paragraph per line (blank lines between sections). */
export function letterText(model: LetterModel): string {
  const out: string[] = [model.title, ''];

  for (const block of model.blocks) {
    switch (block.type) {
      case 'paragraph':
        out.push(block.text);
        break;
      case 'table':
        out.push(...tableText(block.table));
        break;
      case 'signature':
        out.push('', ...block.lines);
        break;
      case 'reply-slip':
        out.push('', ...slipText(block.slip));
        break;
    }
  }
  return out.join('\n');
}

function tableText(table: LetterTable): string[] {
  const rows = [table.columns, ...table.rows, ...(table.totals ? [table.totals] : [])];
  return rows.map((row) => row.join(' | '));
}

function slipText(slip: ReplySlip): string[] {
  const out = [`- - - - - - - - ${slip.cutLine} - - - - - - - -`, slip.title, ...slip.lines];
  for (const option of slip.options) {
    out.push(option.heading, ...Array<string>(option.blankLines).fill(''), ...option.footer);
  }
  return out;
}
