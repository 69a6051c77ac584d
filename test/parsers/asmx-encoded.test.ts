/**
 * Help pages of SOAP-encoded (rpc/encoded, `[SoapRpcService]`) ASMX services: multi-reference
 * values (href/id, SOAP 1.2 enc:ref/enc:id), SOAP-ENC arrays and xsi:type-named types become the
 * same IR a WSDL gives (docs/formats/asmx.md §SOAP-encoded samples).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ComplexType, Field, Service } from '../../generator/ir/types.js';
import { parseAsmxHelp } from '../../generator/parsers/asmx/index.js';
import { fieldNamespace } from '../../generator/ir/fields.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const snapshot = (name: string): Service => {
  const file = `test/interop/snapshots/${name}`;
  return parseAsmxHelp({ file, location: file, text: readFileSync(ROOT + file, 'utf8') }, {}) as Service;
};
const parse = (text: string, file = 'enc.html'): Service => parseAsmxHelp({ file, location: file, text }, {}) as Service;
const complex = (s: Service, id: string): ComplexType => {
  const t = s.types.find((x) => x.id === id);
  if (t?.kind !== 'complex') throw new Error(`no complex type ${id}`);
  return t;
};
const refId = (f: Field | undefined): string => (f?.type.kind === 'ref' ? f.type.id : `not a ref: ${JSON.stringify(f?.type)}`);
const byName = (fs: readonly Field[], n: string): Field => {
  const f = fs.find((x) => x.name === n);
  if (!f) throw new Error(`no field ${n} in ${fs.map((x) => x.name).join(',')}`);
  return f;
};

describe.each(['Encoded.Redraw.Soap.msg.html', 'Encoded.Redraw.Soap12.msg.html'])('Mono page %s (Drawing Redraw(Drawing d))', (page) => {
  const s = snapshot(page);
  const op = s.operations.find((o) => o.name === 'Redraw')!;

  it('marks the operation rpc/encoded with an unqualified, required part in the tns wrapper', () => {
    expect(op).toMatchObject({ style: 'rpc', use: 'encoded', returns: 'result' });
    expect(op.input).toMatchObject({ element: 'Redraw', namespace: 'http://svcgen.test/encoded/' });
    expect(op.input.fields.map((f) => [f.name, fieldNamespace(f), f.optional])).toEqual([['d', '', false]]);
    expect(op.output?.fields.map((f) => [f.name, fieldNamespace(f), f.optional])).toEqual([['RedrawResult', '', false]]);
  });

  it('resolves multi-reference members into shared types and SOAP-ENC arrays', () => {
    for (const f of [op.input.fields[0], op.output!.fields[0]]) {
      const d = complex(s, refId(f));
      expect(d.fields.map((x) => x.name)).toEqual(['Name', 'Tint', 'Scale', 'Created', 'Origin', 'Path', 'Tags', 'Thumbnail']);
      expect(d.fields.every((x) => fieldNamespace(x) === '')).toBe(true);
      const origin = byName(d.fields, 'Origin');
      const path = byName(d.fields, 'Path');
      const tags = byName(d.fields, 'Tags');
      expect(origin).toMatchObject({ optional: true, array: false });
      expect(refId(origin)).toBe('Point');
      expect(path).toMatchObject({ array: true, optional: true, arrayItem: { encoded: true } });
      expect(refId(path)).toBe('Point');
      expect(tags).toMatchObject({ array: true, type: { kind: 'primitive', name: 'string' }, arrayItem: { encoded: true } });
      expect(byName(d.fields, 'Scale')).toMatchObject({ optional: false, type: { kind: 'primitive', name: 'decimal' } });
      expect(byName(d.fields, 'Created').type).toEqual({ kind: 'primitive', name: 'dateTime' });
      expect(byName(d.fields, 'Thumbnail')).toMatchObject({ optional: true, type: { kind: 'primitive', name: 'base64Binary' } });
      // tns:Tint with the placeholder `string`: an enumeration whose values Mono does not print, kept
      // as a string alias named after its xsi:type (so that SOAP encoding sends xsi:type="tns:Tint").
      const tint = byName(d.fields, 'Tint');
      expect(tint.optional).toBe(false);
      expect(s.types.find((t) => t.id === refId(tint))).toMatchObject({ kind: 'alias', name: 'Tint', namespace: 'http://svcgen.test/encoded/', target: { kind: 'primitive', name: 'string' } });
      // The part's record has no xsi:type on Mono's page: named after the part, anonymous.
      expect(d.anonymous).toBe(true);
    }
    expect(complex(s, 'Point').anonymous).toBeUndefined();
    const point = complex(s, 'Point');
    expect(point.namespace).toBe('http://svcgen.test/encoded/');
    expect(point.fields.map((f) => [f.name, f.type.kind === 'primitive' ? f.type.name : f.type.kind, f.optional])).toEqual([
      ['X', 'int', false],
      ['Y', 'int', false],
      ['Label', 'string', true],
    ]);
    expect(s.types.filter((t) => t.name === 'Point')).toHaveLength(1);
  });

  it('reports nothing about href/id plumbing', () => {
    expect(s.diagnostics.filter((d) => d.code === 'SVC111' || /href|#id|\bid\d/.test(d.message))).toEqual([]);
  });
});

it('a Mono operation overview page (no samples) still reads as the listed operations', () => {
  const s = snapshot('Encoded.Redraw.Soap.main.html');
  expect(s.operations.map((o) => o.name)).toEqual(['Mirror', 'Concat', 'Redraw']);
});

const NS = 'http://example.org/draw/';
const ENV11 = `xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:soapenc="http://schemas.xmlsoap.org/soap/encoding/" xmlns:tns="${NS}" xmlns:types="${NS}encodedTypes" xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"`;
const v = (w: string): string => `<font class=value>${w}</font>`;
const esc = (xml: string): string => xml.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\{(\w[\w ]*)\}/g, (_, w: string) => v(w));

/** A .NET 2.0 operation page (docs/formats/asmx.md §Operation page) of an rpc/encoded service: `{word}` marks a placeholder. */
function dotNetPage(op: string, req11: string, resp11: string, req12: string, resp12: string): string {
  const soap11 = (body: string, status: string): string =>
    `${status}\n\n${esc(`<?xml version="1.0" encoding="utf-8"?>\n<soap:Envelope ${ENV11}>\n  <soap:Body soap:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/">\n${body}\n  </soap:Body>\n</soap:Envelope>`)}`;
  const env12 = `xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:soapenc="http://www.w3.org/2003/05/soap-encoding" xmlns:tns="${NS}" xmlns:types="${NS}encodedTypes" xmlns:rpc="http://www.w3.org/2003/05/soap-rpc" xmlns:soap12="http://www.w3.org/2003/05/soap-envelope"`;
  const soap12 = (body: string, status: string): string =>
    `${status}\n\n${esc(`<?xml version="1.0" encoding="utf-8"?>\n<soap12:Envelope ${env12}>\n  <soap12:Body soap12:encodingStyle="http://www.w3.org/2003/05/soap-encoding">\n${body}\n  </soap12:Body>\n</soap12:Envelope>`)}`;
  return `<html><body><div id="content"><p class="heading1">Draw</p><br>
<span>
  <p class="intro">Click <a href="Draw.asmx">here</a> for a complete list of operations.</p>
  <h2>${op}</h2>
  <p class="intro"></p>
  <h3>Test</h3>
  The test form is only available for requests from the local machine.
  <span><h3>SOAP 1.1</h3>
    <p>The following is a sample SOAP 1.1 request and response.  The <font class=value>placeholders</font> shown need to be replaced with actual values.</p>
    <pre>${soap11(req11, `POST /draw/Draw.asmx HTTP/1.1\nHost: example.org\nContent-Type: text/xml; charset=utf-8\nContent-Length: ${v('length')}\nSOAPAction: "${NS}${op}"`)}</pre>
    <pre>${soap11(resp11, `HTTP/1.1 200 OK\nContent-Type: text/xml; charset=utf-8\nContent-Length: ${v('length')}`)}</pre>
  </span>
  <span><h3>SOAP 1.2</h3>
    <p>The following is a sample SOAP 1.2 request and response.  The <font class=value>placeholders</font> shown need to be replaced with actual values.</p>
    <pre>${soap12(req12, `POST /draw/Draw.asmx HTTP/1.1\nHost: example.org\nContent-Type: application/soap+xml; charset=utf-8\nContent-Length: ${v('length')}`)}</pre>
    <pre>${soap12(resp12, `HTTP/1.1 200 OK\nContent-Type: application/soap+xml; charset=utf-8\nContent-Length: ${v('length')}`)}</pre>
  </span>
</span></div></body></html>`;
}

const NODE11 = `    <types:Node id="id1" xsi:type="types:Node">
      <Name xsi:type="xsd:string">{string}</Name>
      <Kind xsi:type="types:Kind">{Leaf} or {Branch}</Kind>
      <Weight xsi:type="xsd:double">{double}</Weight>
      <Next href="#id1" />
      <Children href="#id2" />
      <Scores href="#id3" />
      <Ghost href="#id9" />
    </types:Node>
    <soapenc:Array id="id2" soapenc:arrayType="types:Node[2]">
      <Item href="#id1" />
      <Item href="#id1" />
    </soapenc:Array>
    <soapenc:Array id="id3" soapenc:arrayType="xsd:int[2]">
      <Item>{int}</Item>
      <Item>{int}</Item>
    </soapenc:Array>`;
const NODE12 = `    <types:Node soapenc:id="id1" xsi:type="types:Node">
      <Name xsi:type="xsd:string">{string}</Name>
      <Kind xsi:type="types:Kind">{Leaf} or {Branch}</Kind>
      <Weight xsi:type="xsd:double">{double}</Weight>
      <Next soapenc:ref="id1" />
      <Children soapenc:ref="id2" />
      <Scores soapenc:itemType="xsd:int" soapenc:arraySize="2">
        <Item>{int}</Item>
        <Item>{int}</Item>
      </Scores>
      <Ghost soapenc:ref="id9" />
    </types:Node>
    <soapenc:Array soapenc:id="id2" soapenc:itemType="types:Node" soapenc:arraySize="2">
      <Item soapenc:ref="id1" />
      <Item soapenc:ref="id1" />
    </soapenc:Array>`;

const PAGE = dotNetPage(
  'Walk',
  `    <tns:Walk>\n      <root href="#id1" />\n      <depth xsi:type="xsd:int">{int}</depth>\n      <labels href="#id4" />\n    </tns:Walk>\n${NODE11}\n    <soapenc:Array id="id4" soapenc:arrayType="xsd:string[2]">\n      <Item>{string}</Item>\n      <Item>{string}</Item>\n    </soapenc:Array>`,
  `    <tns:WalkResponse>\n      <WalkResult href="#id1" />\n      <visited xsi:type="xsd:int">{int}</visited>\n    </tns:WalkResponse>\n${NODE11}`,
  `    <tns:Walk>\n      <root soapenc:ref="id1" />\n      <depth xsi:type="xsd:int">{int}</depth>\n      <labels soapenc:itemType="xsd:string" soapenc:arraySize="2">\n        <Item>{string}</Item>\n        <Item>{string}</Item>\n      </labels>\n    </tns:Walk>\n${NODE12}`,
  `    <tns:WalkResponse>\n      <rpc:result>WalkResult</rpc:result>\n      <WalkResult soapenc:ref="id1" />\n      <visited xsi:type="xsd:int">{int}</visited>\n    </tns:WalkResponse>\n${NODE12}`,
);

describe('a .NET rpc/encoded page (SOAP-ENC prefixes, encodingStyle, a cycle, a dangling reference)', () => {
  const s = parse(PAGE, 'Draw.asmx.html');
  const op = s.operations[0];

  it('reads the RPC wrapper, the parts and the result', () => {
    expect(s.operations.map((o) => o.name)).toEqual(['Walk']);
    expect(op).toMatchObject({ style: 'rpc', use: 'encoded', returns: 'object', protocols: ['soap11', 'soap12'] });
    expect(op.input.fields.map((f) => [f.name, fieldNamespace(f)])).toEqual([
      ['root', ''],
      ['depth', ''],
      ['labels', ''],
    ]);
    expect(op.output?.fields.map((f) => f.name)).toEqual(['WalkResult', 'visited']);
    expect(refId(op.input.fields[0])).toBe('Node');
    expect(refId(op.output!.fields[0])).toBe('Node');
    expect(op.input.fields[2]).toMatchObject({ array: true, type: { kind: 'primitive', name: 'string' }, arrayItem: { name: 'Item', encoded: true } });
  });

  it('types a cyclic struct once, by its xsi:type, in the encodedTypes namespace', () => {
    const node = complex(s, 'Node');
    expect(node.namespace).toBe(`${NS}encodedTypes`);
    expect(node.fields.map((f) => f.name)).toEqual(['Name', 'Kind', 'Weight', 'Next', 'Children', 'Scores', 'Ghost']);
    expect(refId(byName(node.fields, 'Next'))).toBe('Node');
    expect(byName(node.fields, 'Children')).toMatchObject({ array: true, arrayItem: { encoded: true } });
    expect(refId(byName(node.fields, 'Children'))).toBe('Node');
    expect(byName(node.fields, 'Scores')).toMatchObject({ array: true, type: { kind: 'primitive', name: 'int' }, arrayItem: { encoded: true } });
    expect(byName(node.fields, 'Weight')).toMatchObject({ optional: false, type: { kind: 'primitive', name: 'double' } });
    const kind = s.types.find((t) => t.id === refId(byName(node.fields, 'Kind')));
    expect(kind).toMatchObject({ kind: 'enum', name: 'Kind', namespace: `${NS}encodedTypes`, values: [{ name: 'Leaf' }, { name: 'Branch' }] });
    expect(s.types.filter((t) => t.name === 'Node')).toHaveLength(1);
    expect(s.types.every((t) => t.kind !== 'complex' || t.fields.every((f) => !['href', 'id', 'ref', 'arrayType'].includes(f.name)))).toBe(true);
  });

  it('warns about the dangling reference with its file:line:column, and types it anyType', () => {
    expect(byName(complex(s, 'Node').fields, 'Ghost').type).toEqual({ kind: 'primitive', name: 'anyType' });
    const w = s.diagnostics.filter((d) => /#id9/.test(d.message));
    expect(w.length).toBeGreaterThan(0);
    const lines = PAGE.split('\n');
    for (const d of w) {
      expect(d).toMatchObject({ severity: 'warning', loc: { file: 'Draw.asmx.html' } });
      expect(lines[d.loc!.line - 1].slice(d.loc!.column - 1)).toMatch(/^&lt;Ghost /);
      expect(d.loc!.path).toMatch(/^operation Walk › (request|response) › /);
    }
    expect(s.diagnostics.filter((d) => d.code === 'SVC111')).toEqual([]);
  });

  it('never crashes on any prefix of the page', () => {
    for (let n = 0; n <= PAGE.length; n += 97) {
      try {
        parse(PAGE.slice(0, n));
      } catch (e) {
        expect((e as Error).name).toBe('SpecError');
      }
    }
  });
});

it('a self-referencing array and a reference chain longer than any page stay finite', () => {
  const chain = Array.from({ length: 40 }, (_, i) => `    <types:L id="id${i}" xsi:type="types:L">\n      <A href="#id${i + 1}" />\n      <B href="#id${i + 1}" />\n    </types:L>`).join('\n');
  const s = parse(
    dotNetPage(
      'Loop',
      `    <tns:Loop>\n      <a href="#id0" />\n      <self href="#s" />\n    </tns:Loop>\n${chain}\n    <soapenc:Array id="s" soapenc:arrayType="types:X[1]">\n      <Item href="#s" />\n    </soapenc:Array>`,
      `    <tns:LoopResponse />`,
      `    <tns:Loop />`,
      `    <tns:LoopResponse />`,
    ),
  );
  expect(s.operations[0]).toMatchObject({ use: 'encoded', returns: 'void' });
  const a = s.operations[0].input.fields[0];
  expect(refId(a)).toBe('L');
  expect(s.types.filter((t) => t.name === 'L')).toHaveLength(1);
  for (const t of s.types) if (t.kind === 'complex') for (const f of t.fields) if (f.type.kind === 'ref') expect(s.types.some((x) => x.id === (f.type as { id: string }).id)).toBe(true);
});

it('a literal page with xsi:type="type" (anyType) stays document/literal', () => {
  const lit = `Svc\n\nPut\n\nSOAP 1.1\n\nPOST /Svc.asmx HTTP/1.1\nHost: example.org\nContent-Type: text/xml; charset=utf-8\nContent-Length: length\nSOAPAction: "urn:x/Put"\n\n<?xml version="1.0" encoding="utf-8"?>\n<soap:Envelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">\n  <soap:Body>\n    <Put xmlns="urn:x">\n      <Any xsi:type="type" />\n      <Link id="string" href="string" />\n    </Put>\n  </soap:Body>\n</soap:Envelope>\n`;
  const s = parse(lit, 'lit.txt');
  expect(s.operations[0]).toMatchObject({ style: 'document', use: 'literal' });
  expect(s.operations[0].input.fields.map((f) => [f.name, fieldNamespace(f)])).toEqual([
    ['Any', 'urn:x'],
    ['Link', 'urn:x'],
  ]);
  expect(complex(s, 'Link').fields.map((f) => f.name)).toEqual(['id', 'href']);
});
