import { describe, expect, it } from 'vitest';
import { looksLikeHtml } from '../../generator/util/html.js';
import { sampleElement, xmlSampleTree } from '../../generator/util/sample-tree.js';
import { readTolerantXml, trimmedText, xmlChild, type XmlElement } from '../../generator/util/tolerant-xml.js';

const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

const names = (el: XmlElement | null | undefined): string[] => (el ? el.children.map((c) => c.qname) : []);

describe('tolerant XML reader: cut-short documents', () => {
  it('keeps what was read and reports the elements left open', () => {
    const r = readTolerantXml('<a><b>x</b><c>y');
    expect(r.complete).toBe(false);
    expect(r.unclosed).toEqual(['a', 'c']);
    expect(names(r.root)).toEqual(['b', 'c']);
    const [b, c] = r.root!.children;
    expect([b.closed, c.closed, r.root!.closed]).toEqual([true, false, false]);
    expect(c.text).toBe('y');
    expect(c.end).toBe(15);
  });

  it('drops a start tag cut inside its name or attributes', () => {
    for (const text of ['<a><DateChang', '<a><b x="1', '<a><b x="1" ', '<a><b/']) {
      const r = readTolerantXml(text);
      expect(r.complete, text).toBe(false);
      expect(names(r.root), text).toEqual([]);
    }
  });

  it('stops at an end tag cut before its `>`', () => {
    const r = readTolerantXml('<a><b>1</b');
    expect(r.complete).toBe(false);
    expect(r.unclosed).toEqual(['a', 'b']);
  });

  it('reads only up to `limit` and from `from` (offsets stay those of the text)', () => {
    const text = 'HTTP/1.1 200 OK\n\n<r><v>1</v></r>';
    const r = readTolerantXml(text, { from: 17, limit: 24 });
    expect(r.root?.start).toBe(17);
    expect(r.complete).toBe(false);
    expect(r.root?.children[0].text).toBe('1');
  });
});

describe('tolerant XML reader: placeholders and bare text', () => {
  it('reads placeholder words as text, also next to elements', () => {
    const r = readTolerantXml('<DataSet><xsd:schema>schema</xsd:schema>xml</DataSet>');
    expect(r.root?.children[0].text).toBe('schema');
    expect(r.root?.text).toBe('xml');
  });

  it('returns the first word of a body that is text, not an element (option bareText)', () => {
    const r = readTolerantXml('<?xml version="1.0" encoding="utf-8"?>\n<!-- c -->\nxml\n\nHTTP/1.1', { bareText: true });
    expect(r.root).toBeNull();
    expect(r.bareText).toBe('xml');
    expect(r.complete).toBe(true);
  });

  it('joins trimmed text runs for help pages and keeps the text as written', () => {
    const r = readTolerantXml('<a> x <b/>\n  y  <!-- c --> z</a>');
    expect(r.root?.text).toBe(' x \n  y   z');
    expect(r.root?.runs).toEqual([' x ', '\n  y  ', ' z']);
    expect(trimmedText(r.root!)).toBe('x y z');
  });
});

describe('tolerant XML reader: entities and HTML-escaped text', () => {
  it('decodes the predefined and numeric references only (XML table)', () => {
    const r = readTolerantXml('<a t="&quot;q&quot;">&lt;b&gt; &amp; &#65;&#x42; &nbsp; &bogus;</a>');
    expect(r.root?.text).toBe('<b> & AB &nbsp; &bogus;');
    expect(r.root?.attrs[0].value).toBe('"q"');
  });

  it('decodes the HTML names of copied articles, whatever their case (HTML table)', () => {
    const r = readTolerantXml('<a>x&nbsp;y&NBSP;z &rsquo;&#8217;</a>', { entities: 'html' });
    expect(r.root?.text).toBe('x\u00a0y\u00a0z ’’');
  });

  it('keeps CDATA as text, unescaped', () => {
    const r = readTolerantXml('<a>1<![CDATA[<x>&amp;]]>2</a>');
    expect(r.root?.text).toBe('1<x>&amp;2');
  });

  it('keeps a `<` that starts no tag as text', () => {
    const r = readTolerantXml('<a>1 < 2 <= 3</a>');
    expect(r.root?.text).toBe('1 < 2 <= 3');
    expect(r.complete).toBe(true);
  });
});

describe('tolerant XML reader: namespaces', () => {
  it('resolves element and attribute prefixes in scope, default namespace for elements only', () => {
    const r = readTolerantXml('<r xmlns="urn:d" xmlns:p="urn:p" a="1" p:b="2" xml:lang="en"><p:c><d xmlns="urn:e"/></p:c><e/></r>');
    const root = r.root!;
    expect(root.ns).toBe('urn:d');
    expect(root.attrs.map((a) => [a.local, a.ns])).toEqual([
      ['xmlns', 'xmlns'],
      ['p', 'xmlns'],
      ['a', ''],
      ['b', 'urn:p'],
      ['lang', 'http://www.w3.org/XML/1998/namespace'],
    ]);
    expect(root.children.map((c) => [c.local, c.ns])).toEqual([
      ['c', 'urn:p'],
      ['e', 'urn:d'],
    ]);
    expect(root.children[0].children[0].ns).toBe('urn:e');
    expect(r.undeclared).toEqual([]);
  });

  it('reads undeclared prefixes as no namespace and lists them', () => {
    const r = readTolerantXml('<soap:Envelope><soap:Body><m:Op m:x="1"/></soap:Body></soap:Envelope>');
    expect(r.root?.ns).toBe('');
    expect(r.root?.local).toBe('Envelope');
    expect([...r.undeclared].sort()).toEqual(['m', 'soap']);
    expect(r.complete).toBe(true);
  });

  it('keeps SOAP-encoded (rpc) attributes with their namespaces', () => {
    const text =
      '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:soapenc="http://schemas.xmlsoap.org/soap/encoding/" xmlns:xsi="' +
      XSI +
      '"><soap:Body soap:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/"><q1:Op xmlns:q1="urn:x"><p href="#id1" /></q1:Op>' +
      '<q2:Point id="id1" xsi:type="q2:Point" xmlns:q2="urn:x"><X xsi:type="xsd:int">int</X></q2:Point>' +
      '<soapenc:Array soapenc:arrayType="xsd:string[2]"/></soap:Body></soap:Envelope>';
    const r = readTolerantXml(text);
    const body = r.root!.children[0];
    expect(body.attrs[0]).toMatchObject({ local: 'encodingStyle', ns: 'http://schemas.xmlsoap.org/soap/envelope/' });
    expect(body.children.map((c) => c.local)).toEqual(['Op', 'Point', 'Array']);
    expect(body.children[0].children[0].attrs[0]).toMatchObject({ name: 'href', ns: '', value: '#id1' });
    expect(body.children[1].attrs.find((a) => a.local === 'type')).toMatchObject({ ns: XSI, value: 'q2:Point' });
    expect(body.children[2].attrs[0]).toMatchObject({ local: 'arrayType', ns: 'http://schemas.xmlsoap.org/soap/encoding/' });
  });
});

describe('tolerant XML reader: text copied from web pages', () => {
  it('accepts non-breaking spaces, typographic quotes, unquoted and value-less attributes', () => {
    const r = readTolerantXml('<a\u00a0x=“1”\u00a0y=‘2’ z=3 w\u00a0/>');
    expect(r.root?.attrs.map((a) => [a.name, a.value])).toEqual([
      ['x', '1'],
      ['y', '2'],
      ['z', '3'],
      ['w', ''],
    ]);
    expect(r.root?.selfClosing).toBe(true);
    expect(r.complete).toBe(true);
  });

  it('skips comments, processing instructions and a DOCTYPE', () => {
    const r = readTolerantXml('<?xml version="1.0"?><!DOCTYPE a><!-- <b/> --><a><?pi x?><!-- <c/> --><d/></a>');
    expect(names(r.root)).toEqual(['d']);
    expect(r.complete).toBe(true);
  });
});

describe('tolerant XML reader: malformed structure', () => {
  it('records an end tag that skips open elements, then closes them', () => {
    const r = readTolerantXml('<a><b><c>1</a>');
    expect(r.complete).toBe(true);
    expect(r.problems).toEqual([{ kind: 'skipped-open', offset: 10, message: '</a> closes unclosed <c>', found: 'a', expected: { qname: 'c', offset: 6 } }]);
    const b = r.root!.children[0];
    expect([r.root!.closed, b.closed, b.children[0].closed]).toEqual([true, false, false]);
  });

  it('records and skips an end tag that closes nothing', () => {
    const r = readTolerantXml('<a><b/></x><c/></a>');
    expect(r.problems.map((p) => [p.kind, p.found, p.offset])).toEqual([['stray-end', 'x', 7]]);
    expect(names(r.root)).toEqual(['b', 'c']);
    expect(r.complete).toBe(true);
  });

  it('records an unreadable end tag', () => {
    const r = readTolerantXml('<a></ ><b/></a>');
    expect(r.problems.map((p) => p.kind)).toEqual(['unreadable-end']);
    expect(names(r.root)).toEqual(['b']);
  });

  it('stops after the document element, or reads on and reports what follows', () => {
    const text = '<a>1</a>\n<b/>';
    const stop = readTolerantXml(text);
    expect(stop.end).toBe(8);
    expect(stop.problems).toEqual([]);
    const report = readTolerantXml(text, { afterRoot: 'report' });
    expect(report.root?.qname).toBe('a');
    expect(report.problems.map((p) => [p.kind, p.offset])).toEqual([['after-root', 9]]);
  });

  it('keeps source offsets of elements and attributes', () => {
    const r = readTolerantXml('  <a  k="v"><b/></a>');
    expect(r.root?.start).toBe(2);
    expect(r.root?.attrs[0].offset).toBe(6);
    expect(r.root?.children[0].start).toBe(12);
    expect(r.root?.end).toBe(20);
  });

  it('finds children by local name, exact then case-insensitive', () => {
    const r = readTolerantXml('<a><Id>1</Id><name>x</name></a>');
    expect(xmlChild(r.root, 'Name')?.text).toBe('x');
    expect(xmlChild(r.root, 'Id')?.text).toBe('1');
    expect(xmlChild(null, 'Id')).toBeUndefined();
  });
});

describe('sample tree (IR form)', () => {
  it('keeps local names, namespaces, data attributes and text; complete only when nothing was cut or repaired', () => {
    const read = readTolerantXml('<p:a xmlns:p="urn:p" xmlns:xsi="' + XSI + '" xsi:nil="true" k="1"> t <b>2</b></p:a>');
    expect(xmlSampleTree(read)).toEqual({
      kind: 'xml',
      complete: true,
      root: {
        name: 'a',
        ns: 'urn:p',
        attrs: [
          { name: 'nil', ns: XSI, value: 'true' },
          { name: 'k', ns: '', value: '1' },
        ],
        children: [{ name: 'b', ns: '', attrs: [], children: [], text: '2' }],
        text: ' t ',
      },
    });
    expect(xmlSampleTree(readTolerantXml('<a><b></a>'))?.complete).toBe(false);
    expect(xmlSampleTree(readTolerantXml('<a><b>'))?.complete).toBe(false);
    expect(xmlSampleTree(readTolerantXml('no xml'))).toBeUndefined();
  });
});

describe('tolerant XML reader: hostile input', () => {
  it('reads 200 000 nested elements without overflowing the stack', () => {
    const n = 200_000;
    const r = readTolerantXml('<a>'.repeat(n) + 'x' + '</a>'.repeat(n));
    expect(r.complete).toBe(true);
    let depth = 0;
    let el: XmlElement | undefined = r.root!;
    while (el) {
      depth++;
      el = el.children[0];
    }
    expect(depth).toBe(n);
    let s: { children: readonly unknown[] } | undefined = sampleElement(r.root!);
    let sd = 0;
    while (s) {
      sd++;
      s = s.children[0] as typeof s;
    }
    expect(sd).toBe(n);
  });

  it('reads an unclosed nesting cut short without overflowing the stack', () => {
    const r = readTolerantXml('<a>'.repeat(100_000));
    expect(r.complete).toBe(false);
    expect(r.unclosed.length).toBe(100_000);
  });

  // The fastest of five runs: the machine's noise only ever adds time.
  const fastest = (xs: number[]): number => Math.min(...xs);
  const timeOf = (text: string): number => {
    const runs: number[] = [];
    for (let k = 0; k < 5; k++) {
      const t0 = performance.now();
      readTolerantXml(text);
      runs.push(performance.now() - t0);
    }
    return fastest(runs);
  };
  // Linear work: 4x the input takes about 4x the time; quadratic work would take 16x.
  const growth = (make: (n: number) => string, n: number): number => {
    timeOf(make(n)); // warm-up
    return timeOf(make(4 * n)) / Math.max(timeOf(make(n)), 0.05);
  };

  it('stays linear on 1 MB of `<a>` (n vs 4n)', () => {
    expect(growth((n) => '<a>'.repeat(n), 350_000 / 4)).toBeLessThan(10);
  });

  it('stays linear on end tags that match nothing under deep nesting (n vs 4n)', () => {
    expect(growth((n) => '<a>'.repeat(n) + '</b>'.repeat(n), 50_000)).toBeLessThan(10);
    expect(readTolerantXml('<a>'.repeat(1000) + '</b>'.repeat(1000)).problems.length).toBe(100);
  });

  it('stays linear on many namespace declarations above many elements (n vs 4n)', () => {
    const make = (n: number): string => `<r ${Array.from({ length: 2000 }, (_, i) => `xmlns:p${i}="urn:${i}"`).join(' ')}>` + '<c/>'.repeat(n) + '</r>';
    expect(growth(make, 50_000)).toBeLessThan(10);
  });
});

describe('one HTML sniff for the text parsers', () => {
  it('takes a saved page for HTML and a copied page with unescaped samples for text', () => {
    expect(looksLikeHtml('<html><body><pre>&lt;soap:Envelope&gt;</pre></body></html>')).toBe(true);
    expect(looksLikeHtml('<p>Request</p>\n<pre>POST /x.asmx HTTP/1.1</pre>')).toBe(true);
    expect(looksLikeHtml('<div>a</div><div>b</div><table></table>')).toBe(true);
    // Sample element names that are also HTML names do not make a text page HTML.
    expect(looksLikeHtml('HTTP/1.1 200 OK\n\n<?xml version="1.0"?>\n<Book><title>string</title></Book>')).toBe(false);
    // Nor does a raw envelope's Body/Header.
    const env = '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><b>1</b><i>2</i><p>3</p></soap:Body></soap:Envelope>';
    expect(looksLikeHtml(`Request\n${env}\nResponse\n${env}`)).toBe(false);
    expect(looksLikeHtml(`<p>Request</p>${env}<p>Response</p>`)).toBe(true);
  });
});
