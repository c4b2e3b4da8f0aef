/**
 * CSV text into rows that remember their line in the file, so every skipped or rejected line can
 * be pointed at. Quoted fields may hold commas, doubled quotes and line breaks. A file with tabs
 * and no commas at all is read as tab-separated (some banks' "CSV" is); a caller that knows the
 * delimiter (a tab-separated ".xls", whose amounts may hold commas) passes it.
 */

export interface TextRow {
  /** 1-based line where the row starts. */
  readonly line: number;
  readonly cells: readonly string[];
}

export function csvLines(text: string, delimiter = guessDelimiter(text)): TextRow[] {
  const rows: TextRow[] = [];
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;

  const endRow = (): void => {
    cells.push(field);
    rows.push({ line: start, cells });
    cells = [];
    field = '';
  };

  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') {
        quoted = false;
      } else {
        if (char === '\n') line++;
        field += char;
      }
      continue;
    }

    if (char === '"' && field.trim() === '') {
      field = '';
      quoted = true;
    } else if (char === delimiter) {
      cells.push(field);
      field = '';
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[index + 1] === '\n') index++;
      endRow();
      line++;
      start = line;
    } else {
      field += char;
    }
  }
  if (field !== '' || cells.length > 0) endRow();
  return rows;
}

function guessDelimiter(text: string): ',' | '\t' {
  return !text.includes(',') && text.includes('\t') ? '\t' : ',';
}
