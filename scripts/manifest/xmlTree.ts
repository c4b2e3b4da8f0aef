/**
 * A small, dependency-free XML reader for the add-in manifest: elements, attributes, text and the
 * line each element starts on. It is not a general XML parser. It skips the prolog, comments,
 * processing instructions and DOCTYPE, keeps CDATA as text, and decodes the five predefined
 * entities and numeric references. Namespace prefixes are kept in `name` and dropped in `local`,
 * because the checks care about element kinds, and xmllint already checks the namespaces.
 */
export interface XmlElement {
  /** The name as written, with its prefix: "bt:String". */
  readonly name: string;
  /** The name without its prefix: "String". */
  readonly local: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  /** The element's own text (not its children's), trimmed. */
  text: string;
  readonly line: number;
  readonly parent: XmlElement | undefined;
}

export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
  }
}

const NAME = /^[A-Za-z_][\w.:-]*/;
const ATTRIBUTE = /^\s+([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/;

/** Parses a whole document and returns its root element; throws XmlSyntaxError on bad nesting. */
export function parseXml(source: string): XmlElement {
  const reader = new Reader(source);
  let root: XmlElement | undefined;
  const open: XmlElement[] = [];

  while (!reader.done()) {
    if (
      reader.skipIf('<!--', '-->') ||
      reader.skipIf('<?', '?>') ||
      reader.skipIf('<!DOCTYPE', '>')
    ) {
      continue;
    }

    if (reader.startsWith('<![CDATA[')) {
      const text = reader.readUntil('<![CDATA['.length, ']]>');
      appendText(open, text, reader.line);
      continue;
    }

    if (reader.startsWith('</')) {
      const line = reader.line;
      const name = reader.readClosingTag();
      const element = open.pop();
      if (!element || element.name !== name) {
        throw new XmlSyntaxError(`</${name}> does not close <${element?.name ?? 'nothing'}>`, line);
      }
      continue;
    }

    if (reader.startsWith('<')) {
      const line = reader.line;
      const { name, attributes, selfClosing } = reader.readOpeningTag();
      const parent = open[open.length - 1];
      const element: XmlElement = {
        name,
        local: name.includes(':') ? name.slice(name.indexOf(':') + 1) : name,
        attributes,
        children: [],
        text: '',
        line,
        parent,
      };
      if (parent) parent.children.push(element);
      else if (root) throw new XmlSyntaxError(`a second root element <${name}>`, line);
      else root = element;
      if (!selfClosing) open.push(element);
      continue;
    }

    const line = reader.line;
    appendText(open, decodeEntities(reader.readText(), line), line);
  }

  const unclosed = open.pop();
  if (unclosed) throw new XmlSyntaxError(`<${unclosed.name}> is never closed`, unclosed.line);
  if (!root) throw new XmlSyntaxError('no root element', 1);
  return root;
}

/** Every element under `root` (root included), in document order. */
export function allElements(root: XmlElement): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (element: XmlElement): void => {
    found.push(element);
    element.children.forEach(visit);
  };
  visit(root);
  return found;
}

export function childrenNamed(element: XmlElement, local: string): XmlElement[] {
  return element.children.filter((child) => child.local === local);
}

/** The chain of local names from the root down to `element`: "OfficeApp/DisplayName". */
export function pathOf(element: XmlElement): string {
  const names: string[] = [];
  for (let at: XmlElement | undefined = element; at; at = at.parent) names.unshift(at.local);
  return names.join('/');
}

function appendText(open: XmlElement[], text: string, line: number): void {
  const element = open[open.length - 1];
  if (!element) {
    if (text.trim() !== '') throw new XmlSyntaxError('text outside the root element', line);
    return;
  }
  element.text = (element.text + text).trim();
}

function decodeEntities(text: string, line: number): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (_whole, entity: string) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    const value = named[entity];
    if (value === undefined) throw new XmlSyntaxError(`unknown entity &${entity};`, line);
    return value;
  });
}

class Reader {
  private at = 0;
  line = 1;

  constructor(private readonly source: string) {}

  done(): boolean {
    return this.at >= this.source.length;
  }

  startsWith(prefix: string): boolean {
    return this.source.startsWith(prefix, this.at);
  }

  /** Skips a construct from `start` to `end` when the reader is at `start`. */
  skipIf(start: string, end: string): boolean {
    if (!this.startsWith(start)) return false;
    this.readUntil(start.length, end);
    return true;
  }

  /** Returns what lies between the current position + `skip` and `end`, and moves past `end`. */
  readUntil(skip: number, end: string): string {
    const close = this.source.indexOf(end, this.at + skip);
    if (close < 0) throw new XmlSyntaxError(`"${end}" is missing`, this.line);
    const inner = this.source.slice(this.at + skip, close);
    this.advanceTo(close + end.length);
    return inner;
  }

  readText(): string {
    const next = this.source.indexOf('<', this.at);
    const end = next < 0 ? this.source.length : next;
    const text = this.source.slice(this.at, end);
    this.advanceTo(end);
    return text;
  }

  readClosingTag(): string {
    const inner = this.readUntil(2, '>').trim();
    if (!NAME.test(inner) || NAME.exec(inner)?.[0] !== inner) {
      throw new XmlSyntaxError(`bad closing tag </${inner}>`, this.line);
    }
    return inner;
  }

  readOpeningTag(): { name: string; attributes: Record<string, string>; selfClosing: boolean } {
    const line = this.line;
    let rest = this.source.slice(this.at + 1);
    const name = NAME.exec(rest)?.[0];
    if (!name) throw new XmlSyntaxError('an element without a name', line);
    let consumed = 1 + name.length;
    rest = rest.slice(name.length);

    const attributes: Record<string, string> = {};
    for (let match = ATTRIBUTE.exec(rest); match; match = ATTRIBUTE.exec(rest)) {
      const [whole, key = '', , doubleQuoted, singleQuoted] = match;
      if (key in attributes) throw new XmlSyntaxError(`attribute ${key} given twice`, line);
      attributes[key] = decodeEntities(doubleQuoted ?? singleQuoted ?? '', line);
      consumed += whole.length;
      rest = rest.slice(whole.length);
    }

    const end = /^\s*(\/?)>/.exec(rest);
    if (!end) throw new XmlSyntaxError(`<${name}> is malformed`, line);
    this.advanceTo(this.at + consumed + end[0].length);
    return { name, attributes, selfClosing: end[1] === '/' };
  }

  private advanceTo(position: number): void {
    for (let i = this.at; i < position; i++) {
      if (this.source.charCodeAt(i) === 10) this.line += 1;
    }
    this.at = position;
  }
}
