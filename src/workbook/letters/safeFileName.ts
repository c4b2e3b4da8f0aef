/**
 * File names that open on Windows, macOS and in any zip tool: no \ / : * ? " < > | or control
 * characters, no trailing dot or space, no reserved device names (CON, NUL, COM1 ...), not too
 * long, and unique within one batch regardless of letter case.
 */

const FORBIDDEN = /[\\/:*?"<>|]/g;
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i;
const MAX_BASE_CHARS = 80;

/** A safe base name (without extension) for `wanted`; never empty. */
export function safeBaseName(wanted: string): string {
  let name = withoutControlChars(wanted).replace(FORBIDDEN, '').replace(/\s+/g, ' ').trim();
  name = Array.from(name).slice(0, MAX_BASE_CHARS).join('');
  name = name.replace(/[. ]+$/, '');
  if (name === '') name = 'letter';
  return RESERVED.test(name) ? `_${name}` : name;
}

/** Hands out unique file names: a second "A.docx" becomes "A (2).docx". */
export class FileNamer {
  private readonly taken = new Set<string>();

  name(wanted: string, extension: string): string {
    const base = safeBaseName(wanted);
    let candidate = `${base}.${extension}`;
    for (let n = 2; this.taken.has(candidate.toLowerCase()); n += 1) {
      candidate = `${base} (${n}).${extension}`;
    }
    this.taken.add(candidate.toLowerCase());
    return candidate;
  }
}

// Control characters (U+0000-U+001F, U+007F) are invalid in Windows names and invisible anyway.
function withoutControlChars(text: string): string {
  return Array.from(text)
    .filter((ch) => {
      const code = ch.codePointAt(0) ?? 0;
      return code > 0x1f && code !== 0x7f;
    })
    .join('');
}
