/**
 * Plain-text tables for a terminal: columns padded by display width, so Chinese characters (two
 * cells wide) line up with Latin ones. Numbers are right-aligned, text left-aligned.
 */

/** Terminal cells a string takes: East Asian wide and full-width characters count two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x20000 && code <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

/** Rows (header first) as lines; `numeric[i]` right-aligns column i. */
export function textTable(
  rows: readonly (readonly string[])[],
  numeric: readonly boolean[],
): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, index) => {
      widths[index] = Math.max(widths[index] ?? 0, displayWidth(cell));
    });
  }

  return rows.map((row) =>
    row
      .map((cell, index) => {
        const pad = ' '.repeat((widths[index] ?? 0) - displayWidth(cell));
        return numeric[index] === true ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd(),
  );
}
