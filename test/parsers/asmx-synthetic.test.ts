import { describe, expect, it } from 'vitest';
import type { Field, Service, TypeDef } from '../../generator/ir/types.js';
import { detectAsmxHelp, isListedOnly, parseAsmxHelp } from '../../generator/parsers/asmx/index.js';
import { soapOp } from '../helpers/ir.js';

const parse = (text: string): Service => parseAsmxHelp({ file: 'p.txt', location: 'p.txt', text }, {}) as Service;
const t = (s: Service, id: string): TypeDef | undefined => s.types.find((x) => x.id === id);
const names = (fs: readonly Field[]): string[] => fs.map((f) => f.name);

/** A SOAP 1.1 request + response pair as the MS generator prints them (§1.4.1). */
function soap11(op: string, req: string, resp: string | null, headers = ''): string {
  const env = (body: string, hdr = ''): string =>
    `<?xml version="1.0" encoding="utf-8"?>\n<soap:Envelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">\n${hdr}  <soap:Body>\n${body}\n  </soap:Body>\n</soap:Envelope>`;
  const response = resp === null ? 'HTTP/1.1 202 Accepted\n' : `HTTP/1.1 200 OK\nContent-Type: text/xml; charset=utf-8\nContent-Length: length\n\n${env(resp)}\n`;
  return `Svc\n\n${op}\n\nTest\n\nSOAP 1.1\n\nPOST /app/Svc.asmx HTTP/1.1\nHost: example.org\nContent-Type: text/xml; charset=utf-8\nContent-Length: length\nSOAPAction: "urn:x/${op}"\n\n${env(req, headers)}\n${response}`;
}

describe('sample-generation rules (docs/formats/asmx.md §Inferring types)', () => {
  it('ArrayOfX wrapper, [XmlElement] repeats, empty element, QName, unknown word, attributes', () => {
    const s = parse(
      soap11(
        'Put',
        `<Put xmlns="urn:x">
  <Ids><int>int</int><int>int</int></Ids>
  <Names><ArrayOfString><string>string</string><string>string</string></ArrayOfString></Names>
  <Tag>string</Tag>
  <Tag>string</Tag>
  <Obj />
  <Q>q1:QName</Q>
  <Odd>wibble</Odd>
  <Money currency="USD or EUR">decimal</Money>
</Put>`,
        `<PutResponse xmlns="urn:x"><PutResult><Item><A>int</A></Item><Item><A>int</A></Item></PutResult></PutResponse>`,
      ),
    );
    const f = s.operations[0].input.fields;
    expect(names(f)).toEqual(['Ids', 'Names', 'Tag', 'Obj', 'Q', 'Odd', 'Money']);
    expect(f[0]).toMatchObject({ array: true, optional: true, type: { kind: 'primitive', name: 'int' }, arrayItem: { name: 'int', namespace: 'urn:x' } });
    expect(f[2]).toMatchObject({ array: true, type: { kind: 'primitive', name: 'string' } });
    expect(f[3].type).toEqual({ kind: 'primitive', name: 'anyType' });
    expect(f[4].type).toEqual({ kind: 'primitive', name: 'QName' });
    expect(f[5]).toMatchObject({ type: { kind: 'primitive', name: 'string' }, provenance: 'guessed' });
    expect(s.diagnostics.some((d) => d.code === 'SVC111' && /wibble/.test(d.message))).toBe(true);
    const money = t(s, 'Money');
    expect(money?.kind === 'complex' && money.fields.map((x) => [x.name, x.fieldKind, x.type.kind])).toEqual([
      ['currency', 'attribute', 'ref'],
      ['Value', 'text', 'primitive'],
    ]);
    const out = s.operations[0].output?.fields[0];
    expect(out).toMatchObject({ name: 'PutResult', array: true, arrayItem: { name: 'Item' }, type: { kind: 'ref', id: 'Item' } });
    expect(soapOp(s.operations[0]).returns).toBe('result');
  });

  it('same element name with different shapes gets distinct deterministic ids; same shape is reused', () => {
    const body = `<Go xmlns="urn:x">
  <A><Addr><City>string</City></Addr></A>
  <B><Addr><Zip>int</Zip></Addr></B>
  <C><Addr><City>string</City></Addr></C>
</Go>`;
    const s1 = parse(soap11('Go', body, '<GoResponse xmlns="urn:x" />'));
    const s2 = parse(soap11('Go', body, '<GoResponse xmlns="urn:x" />'));
    expect(s1.types.map((x) => x.id)).toEqual(s2.types.map((x) => x.id));
    const ids = ['A', 'B', 'C'].map((n) => {
      const ty = t(s1, n);
      return ty?.kind === 'complex' && ty.fields[0].type.kind === 'ref' ? ty.fields[0].type.id : '';
    });
    expect(ids[0]).toBe('Addr');
    expect(ids[1]).toBe('B_Addr');
    expect(ids[2]).toBe('Addr');
  });

  it('xsi:nil with no other occurrence: empty open type + warning', () => {
    const s = parse(soap11('Go', '<Go xmlns="urn:x"><Deep xsi:nil="true" /></Go>', '<GoResponse xmlns="urn:x" />'));
    expect(t(s, 'Deep')).toMatchObject({ kind: 'complex', open: true, fields: [] });
    expect(s.diagnostics.some((d) => d.code === 'SVC151' && /Deep/.test(d.message))).toBe(true);
  });

  it('one-way operation (202 Accepted) has output null; SOAP headers in and out', () => {
    const hdr = '  <soap:Header>\n    <Auth xmlns="urn:x"><User>string</User></Auth>\n  </soap:Header>\n';
    const s = parse(soap11('Fire', '<Fire xmlns="urn:x"><N>int</N></Fire>', null, hdr));
    const o = soapOp(s.operations[0]);
    expect(o.output).toBeNull();
    expect(o.returns).toBe('void');
    expect(o.headersIn.map((h) => h.name)).toEqual(['Auth']);
  });

  it('SOAPAction may be empty', () => {
    const s = parse(soap11('Go', '<Go xmlns="urn:x" />', '<GoResponse xmlns="urn:x" />').replace('"urn:x/Go"', '""'));
    expect(soapOp(s.operations[0]).soapAction).toBe('');
  });
});

describe('page shapes', () => {
  it('HTTP-only page: parameters from the query in order, bare return element', () => {
    const text = `Calc\n\nAdd\n\nHTTP GET\n\nGET /Calc.asmx/Add?b=string&a=string HTTP/1.1\nHost: calc.example\n\nHTTP/1.1 200 OK\nContent-Type: text/xml; charset=utf-8\nContent-Length: length\n\n<?xml version="1.0" encoding="utf-8"?>\n<int xmlns="http://calc/">int</int>\n`;
    expect(detectAsmxHelp(text)).toBe('ms');
    const s = parse(text);
    const o = soapOp(s.operations[0]);
    expect(o.name).toBe('Add');
    expect(o.protocols).toEqual(['http-get']);
    expect(names(o.input.fields)).toEqual(['b', 'a']);
    expect(o.output?.fields[0]).toMatchObject({ name: 'int', type: { kind: 'primitive', name: 'int' } });
    expect(o.returns).toBe('result');
    expect(s.endpoints[0]).toMatchObject({ protocol: 'http-get', host: 'calc.example', path: '/Calc.asmx' });
    expect(s.namespace).toBe('http://calc/');
  });

  it('Mono layout (span.literal-placeholder, no HTTP version, Host: string)', () => {
    const sp = (w: string): string => `<span class='literal-placeholder'>${w}</span>`;
    const xml = (s: string): string => s.replace(/</g, "<span style='color:blue'>&lt;</span>").replace(/ /g, '&nbsp;');
    const html = `<html><body><span class="label">Web Service</span><br>MonoSvc<br>
<div class="codePanel"><div class="code-xml">POST /MonoSvc.asmx<br>SOAPAction: urn:m/Echo<br>Content-Type: text/xml; charset=utf-8<br>Content-Length: ${sp('string')}<br>Host: ${sp('string')}<br><br>${xml('<?xml version="1.0" encoding="utf-8"?>')}<br>${xml('<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">')}<br>${xml('<soap:Body>')}<br>${xml('<Echo xmlns="urn:m">')}<br>${xml('<msg>')}${sp('string')}${xml('</msg>')}<br>${xml('</Echo>')}<br>${xml('</soap:Body>')}<br>${xml('</soap:Envelope>')}</div></div>
<div class="codePanel"><div class="code-xml">HTTP/1.0 200 OK<br>Content-Type: text/xml; charset=utf-8<br>Content-Length: ${sp('string')}<br><br>${xml('<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><EchoResponse xmlns="urn:m"><EchoResult>')}${sp('string')}${xml('</EchoResult></EchoResponse></soap:Body></soap:Envelope>')}</div></div></body></html>`;
    expect(detectAsmxHelp(html)).toBe('mono');
    const s = parse(html);
    expect(s.sources[0].format).toBe('asmx-mono-help');
    expect(s.name).toBe('MonoSvc');
    const o = soapOp(s.operations[0]);
    expect(o.soapAction).toBe('urn:m/Echo');
    expect(names(o.input.fields)).toEqual(['msg']);
    expect(o.returns).toBe('result');
    expect(s.endpoints[0].host).toBeUndefined();
    expect(s.endpoints[0].path).toBe('/MonoSvc.asmx');
  });

  it('copied-text operation list with MessageName keys', () => {
    const text = `Svc\n\nThe following operations are supported. For a formal definition, please review the Service Description.\n\nAdd\nMessageName="Add2"\nAdds two numbers.\nSub\n\nThis web service is using http://tempuri.org/ as its default namespace.\n`;
    const s = parse(text);
    expect(s.operations.map((o) => [o.name, o.description])).toEqual([['Add2', 'Adds two numbers.'], ['Sub', undefined]]);
    expect(s.operations.every(isListedOnly)).toBe(true);
  });

  it('text with no samples and no list is a SpecError', () => {
    expect(() => parse('hello world\nnothing here\n')).toThrow(/SVC151/);
  });
});
