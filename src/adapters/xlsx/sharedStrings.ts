/**
 * sharedStrings.xml: the text of every `<si>` in order. Plain items (one `<t>`) take a fast path;
 * rich text joins its runs and leaves out phonetic guides (rPh), which are not part of the value.
 */
import { decodeCellText, textOfRuns } from './xmlText';

export function readSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  let at = 0;
  for (;;) {
    const start = xml.indexOf('<si', at);
    if (start < 0) break;
    const tagEnd = xml.indexOf('>', start);
    if (xml.charCodeAt(tagEnd - 1) === 47) {
      strings.push('');
      at = tagEnd + 1;
      continue;
    }
    const close = xml.indexOf('</si>', tagEnd);
    strings.push(itemText(xml.slice(tagEnd + 1, close)));
    at = close + 5;
  }
  return strings;
}

function itemText(body: string): string {
  if (body.startsWith('<t') && body.endsWith('</t>') && body.indexOf('<', 2) === body.length - 4) {
    return decodeCellText(body.slice(body.indexOf('>') + 1, -4));
  }
  return textOfRuns(body);
}
