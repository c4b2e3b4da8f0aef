import { allElements, parseXml, pathOf, XmlSyntaxError } from '../../scripts/manifest/xmlTree';

describe('the manifest XML reader', () => {
  it('keeps names, prefixes, attributes, text and the line each element starts on', () => {
    const root = parseXml(
      '<?xml version="1.0"?>\n<!-- a <comment> -->\n<a xmlns:bt="x">\n  <bt:b id=\'one\' v="2">hi</bt:b>\n  <c/>\n</a>',
    );
    const [b, c] = root.children;
    expect(root.line).toBe(3);
    expect(b).toMatchObject({ name: 'bt:b', local: 'b', text: 'hi', line: 4 });
    expect(b?.attributes).toEqual({ id: 'one', v: '2' });
    expect(c).toMatchObject({ local: 'c', line: 5, children: [] });
    expect(pathOf(c!)).toBe('a/c');
  });

  it('decodes entities in text and attributes and keeps CDATA as it is', () => {
    const root = parseXml('<a t="&lt;&amp;&#x51FA;&#32435;">&quot;x&apos;<![CDATA[<&>]]></a>');
    expect(root.attributes.t).toBe('<&出纳');
    expect(root.text).toBe(`"x'<&>`);
  });

  it('counts lines inside multi-line tags so later elements keep the right line', () => {
    const root = parseXml('<a\n  x="1"\n  y="2">\n<b/></a>');
    expect(allElements(root).map((element) => element.line)).toEqual([1, 4]);
  });

  it.each([
    ['<a><b></a>', /<\/a> does not close <b>/],
    ['<a>', /<a> is never closed/],
    ['<a/><b/>', /a second root element <b>/],
    ['<a x="1" x="2"/>', /attribute x given twice/],
    ['<a>&nbsp;</a>', /unknown entity &nbsp;/],
    ['<a><!-- never ends </a>', /"-->" is missing/],
    ['text', /text outside the root element/],
    ['<a x=1/>', /<a> is malformed/],
  ])('rejects %s', (xml, message) => {
    expect(() => parseXml(xml)).toThrow(XmlSyntaxError);
    expect(() => parseXml(xml)).toThrow(message);
  });
});
