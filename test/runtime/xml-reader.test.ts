import { describe, expect, it } from 'vitest';
import { ResponseError } from '../../templates/runtime/errors.js';
import type { TypeDesc, ValueDesc } from '../../templates/runtime/schema.js';
import { XmlReader } from '../../templates/runtime/xml-reader.js';
import { ChatListResult, ChatResult, TNS } from './descriptors.js';

function read(xml: string, desc: ValueDesc): unknown {
  const r = new XmlReader(xml);
  r.prolog();
  return r.value(r.open(), desc);
}

function responseError(fn: () => unknown): ResponseError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ResponseError) return e;
    throw e;
  }
  throw new Error('expected a ResponseError');
}

const chatXml = (prefix: string, decl: string) => `<?xml version="1.0" encoding="utf-8"?>
<!-- a comment --><?pi data?>
<${prefix}Result ${decl}>
  <${prefix}response><${prefix}responseCode>0</${prefix}responseCode><${prefix}responseDescription>OK &amp; fine &#x1F389; &#233;</${prefix}responseDescription></${prefix}response>
  <${prefix}ChatRequest>
    <${prefix}IdRequest> 17 </${prefix}IdRequest><${prefix}CaseNumber>-2</${prefix}CaseNumber>
    <${prefix}CreationDate>2024-03-01T10:20:30-03:00</${prefix}CreationDate><${prefix}IdQueue>1</${prefix}IdQueue>
    <${prefix}KeepAliveRouterDate>2024-03-01T10:20:30</${prefix}KeepAliveRouterDate>
    <${prefix}AssignAgentRouterDate>2024-03-01T13:20:30Z</${prefix}AssignAgentRouterDate>
    <${prefix}IdConnection>5</${prefix}IdConnection><${prefix}IdRequestTransfer>0</${prefix}IdRequestTransfer>
    <${prefix}UserName><![CDATA[<b>Ana</b> & co]]></${prefix}UserName>
    <${prefix}Unknown><deep a="1">x</deep></${prefix}Unknown>
    <${prefix}UserOffsetTime>-180</${prefix}UserOffsetTime>
  </${prefix}ChatRequest>
</${prefix}Result>`;

const expected = {
  response: { responseCode: 0, responseDescription: 'OK & fine 🎉 é' },
  ChatRequest: {
    IdRequest: 17,
    CaseNumber: -2,
    CreationDate: '2024-03-01T10:20:30-03:00',
    IdQueue: 1,
    KeepAliveRouterDate: '2024-03-01T10:20:30',
    AssignAgentRouterDate: '2024-03-01T13:20:30Z',
    IdConnection: 5,
    IdRequestTransfer: 0,
    UserName: '<b>Ana</b> & co',
    UserOffsetTime: -180,
  },
};

describe('namespaces', () => {
  it('reads with a default namespace', () => {
    expect(read(chatXml('', `xmlns="${TNS}"`), ChatResult)).toEqual(expected);
  });

  it('reads with an arbitrary prefix', () => {
    expect(read(chatXml('tns:', `xmlns:tns="${TNS}"`), ChatResult)).toEqual(expected);
    expect(read(chatXml('q1:', `xmlns:q1='${TNS}' xmlns='urn:unused'`), ChatResult)).toEqual(expected);
  });

  it('does not match elements of another namespace', () => {
    const xml = `<R xmlns="${TNS}"><response xmlns="urn:other"><responseCode>1</responseCode></response></R>`;
    expect(read(xml, ChatResult)).toEqual({});
  });

  it('matches unqualified children and rebinds prefixes in nested scopes', () => {
    const t: TypeDesc = {
      kind: 'complex',
      name: 'T',
      fields: [
        { key: 'a', ns: '', type: 'string' },
        { key: 'b', ns: 'urn:b', type: 'string' },
      ],
    };
    const xml = `<p:T xmlns:p="urn:t"><a>1</a><p:b xmlns:p="urn:b">2</p:b><p:a>ignored</p:a></p:T>`;
    expect(read(xml, t)).toEqual({ a: '1', b: '2' });
    expect(() => read('<x:T><a/></x:T>', t)).toThrow(/unbound namespace prefix/);
  });

  it('reads attributes and simple content', () => {
    const t: TypeDesc = {
      kind: 'complex',
      name: 'Money',
      fields: [
        { key: 'currency', node: 'attribute', type: 'string', optional: true },
        { key: 'scale', node: 'attribute', type: 'int', optional: true },
        { key: 'value', node: 'text', type: 'decimal' },
      ],
    };
    expect(read(`<m scale='2' currency="B&amp;R&#10;x"> 12.50 </m>`, t)).toEqual({ currency: 'B&R\nx', scale: 2, value: '12.50' });
  });
});

describe('scalars', () => {
  it('reads numbers including INF, -INF, NaN', () => {
    expect(read('<d>INF</d>', 'double')).toBe(Infinity);
    expect(read('<d>-INF</d>', 'double')).toBe(-Infinity);
    expect(read('<d>NaN</d>', 'float')).toBeNaN();
    expect(read('<d> 1.5E3 </d>', 'double')).toBe(1500);
    expect(read('<i>2147483647</i>', 'int')).toBe(2147483647);
    expect(read('<l>123456789012345678901234567890</l>', 'long')).toBe('123456789012345678901234567890');
    expect(read('<l> -0.000000000000000000000000000001 </l>', 'decimal')).toBe('-0.000000000000000000000000000001');
  });

  it('rejects invalid numbers with the element path', () => {
    const err = responseError(() => read(`<R xmlns="${TNS}"><response><responseCode>12x</responseCode></response></R>`, ChatResult));
    expect(err.message).toMatch(/invalid int "12x"/);
    expect(err.message).toMatch(/response\/responseCode/);
    expect(() => read('<i>INF</i>', 'int')).toThrow(ResponseError);
    expect(() => read('<i></i>', 'int')).toThrow(ResponseError);
    expect(() => read('<i>0x10</i>', 'double')).toThrow(ResponseError);
  });

  it('reads booleans, bytes, enums, xml and anyType', () => {
    expect(read('<b>1</b>', 'boolean')).toBe(true);
    expect(read('<b>false</b>', 'boolean')).toBe(false);
    expect(() => read('<b>yes</b>', 'boolean')).toThrow(ResponseError);
    expect(read('<b>AAEC\n/w==</b>', 'base64Binary')).toEqual(Uint8Array.from([0, 1, 2, 255]));
    expect(read('<b>00ff10</b>', 'hexBinary')).toEqual(Uint8Array.from([0, 255, 16]));
    expect(read('<e> Red </e>', { kind: 'enum', name: 'C', values: ['Red'] })).toBe('Red');
    expect(read('<x><a xmlns="urn:a">t &amp; <![CDATA[c]]></a><!--c--></x>', { kind: 'xml' })).toBe('<a xmlns="urn:a">t &amp; <![CDATA[c]]></a><!--c-->');
    expect(read('<x>plain &lt;</x>', 'anyType')).toBe('plain <');
    expect(read('<x>a<b>c</b></x>', 'anyType')).toBe('a<b>c</b>');
  });

  it('reads xsi:nil with any prefix bound to the XSI namespace', () => {
    const t: TypeDesc = { kind: 'complex', name: 'N', fields: [{ key: 'v', type: 'int', nillable: true }] };
    expect(read('<N xmlns:i="http://www.w3.org/2001/XMLSchema-instance"><v i:nil="true"/></N>', t)).toEqual({ v: null });
    expect(read('<N><v xmlns:q="http://www.w3.org/2001/XMLSchema-instance" q:nil="true"></v></N>', t)).toEqual({ v: null });
    // a nil attribute in another namespace is not xsi:nil
    expect(read('<N xmlns:i="urn:x"><v i:nil="true">4</v></N>', t)).toEqual({ v: 4 });
  });

  it('normalizes line ends but keeps character references', () => {
    expect(read('<s>a\r\nb\rc&#13;d</s>', 'string')).toBe('a\nb\nc\rd');
  });
});

describe('arrays and missing elements', () => {
  it('collects repeated elements and wrapper items in order', () => {
    const c = (id: number) =>
      `<ChatRequest><IdRequest>${id}</IdRequest><CaseNumber>0</CaseNumber><CreationDate>2024-01-01T00:00:00</CreationDate><IdQueue>0</IdQueue>` +
      `<KeepAliveRouterDate>2024-01-01T00:00:00</KeepAliveRouterDate><AssignAgentRouterDate>2024-01-01T00:00:00</AssignAgentRouterDate><IdConnection>0</IdConnection>` +
      `<IdRequestTransfer>0</IdRequestTransfer><UserOffsetTime>0</UserOffsetTime></ChatRequest>`;
    const v = read(`<R xmlns="${TNS}">${c(1)}<Ids><int>4</int><other/><int>5</int></Ids>${c(2)}</R>`, ChatListResult) as {
      ChatRequest: { IdRequest: number }[];
      Ids: number[];
    };
    expect(v.ChatRequest.map((x) => x.IdRequest)).toEqual([1, 2]);
    expect(v.Ids).toEqual([4, 5]);
    expect(read(`<R xmlns="${TNS}"><Ids/></R>`, ChatListResult)).toEqual({ ChatRequest: [], Ids: [] });
    expect(read(`<R xmlns="${TNS}"></R>`, ChatListResult)).toEqual({ ChatRequest: [] });
  });

  it('fails on a missing required element, naming it and the path', () => {
    const err = responseError(() => read(`<R xmlns="${TNS}"><response><responseDescription>x</responseDescription></response></R>`, ChatResult));
    expect(err.message).toBe('missing required element responseCode at response');
    expect(err.code).toBe('BAD_RESPONSE');
  });

  it('keeps unknown elements under openKey as raw XML', () => {
    const t: TypeDesc = { kind: 'complex', name: 'O', openKey: '$extra', fields: [{ key: 'a', type: 'int' }] };
    expect(read('<O><x k="1">y</x><a>1</a><z/></O>', t)).toEqual({ a: 1, $extra: ['<x k="1">y</x>', '<z/>'] });
  });
});

describe('hostile and malformed input', () => {
  it('rejects a DOCTYPE before reading anything', () => {
    const xxe = '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>';
    expect(responseError(() => read(xxe, 'string')).message).toMatch(/DOCTYPE/);
  });

  it('rejects billion laughs quickly', () => {
    let ents = '<!ENTITY lol "lol">';
    for (let i = 1; i < 10; i++) ents += `<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`;
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [${ents}]><lolz>&lol9;</lolz>`;
    const t0 = performance.now();
    expect(() => read(bomb, 'string')).toThrow(/DOCTYPE/);
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it('rejects undefined entities and DOCTYPE inside the document', () => {
    expect(() => read('<r>&lol;</r>', 'string')).toThrow(/undefined entity &lol;/);
    expect(() => read('<r><!DOCTYPE x></r>', 'string')).toThrow(ResponseError);
    expect(() => read('<r>&#0;</r>', 'string')).toThrow(ResponseError);
  });

  it.each([
    ['empty', ''],
    ['not XML', 'Server Error'],
    ['truncated text', '<R><response><responseCode>1'],
    ['truncated tag', '<R><response><responseCo'],
    ['truncated attribute', '<R a="x'],
    ['mismatched end tag', '<R><response><responseCode>1</responseCod></response></R>'],
    ['mismatched end tag (known field)', '<R xmlns="http://tempuri.org/"><response><responseCode>1</responseCod></response></R>'],
    ['unclosed comment', '<R><!-- x'],
  ])('%s -> ResponseError', (_n, xml) => {
    expect(() => read(xml, ChatResult)).toThrow(ResponseError);
  });

  it('reports truncation as such', () => {
    expect(responseError(() => read(`<R xmlns="${TNS}"><response><responseCode>1</respo`, ChatResult)).message).toMatch(/truncated/);
  });
});
