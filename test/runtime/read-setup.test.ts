import { describe, expect, test } from 'vitest';
import { LimitError, ResponseError } from '../../templates/runtime/errors.js';
import type { OperationDesc, TypeDesc } from '../../templates/runtime/schema.js';
import { readSoapResponse } from '../../templates/runtime/soap.js';
import { XmlReader } from '../../templates/runtime/xml-reader.js';

/**
 * What the reader's per-call and per-record shortcuts must leave exactly as the general reading
 * decides: the envelope start tag read once per distinct beginning of a response, the namespace
 * index made only once many bindings are in scope, records built from a per-type shape (fields
 * left out are absent, not `undefined`), and end tags compared in one step.
 */

const NS = 'urn:setup';
const SOAP = 'http://schemas.xmlsoap.org/soap/envelope/';

const Item: TypeDesc = {
  kind: 'complex',
  name: 'Item',
  namespace: NS,
  fields: [
    { key: 'Id', ns: NS, type: 'int' },
    { key: 'Name', ns: NS, type: 'string', optional: true },
    { key: 'When', ns: NS, type: 'dateTime', optional: true },
    { key: 'Tags', ns: NS, type: 'string', array: true, optional: true },
  ],
};

const Result: TypeDesc = {
  kind: 'complex',
  name: 'GetResponse',
  namespace: NS,
  fields: [{ key: 'Item', ns: NS, type: Item, array: true, optional: true }],
};

const op: OperationDesc = {
  name: 'Get',
  action: 'urn:setup/Get',
  protocols: ['soap11'],
  input: { name: 'Get', ns: NS, type: { kind: 'complex', name: 'Get', namespace: NS, fields: [] } },
  output: { name: 'GetResponse', ns: NS, type: Result },
  returns: 'result',
};

const read = (text: string, maxDepth?: number) => readSoapResponse('soap11', op, text, 200, 'text/xml', { maxDepth }).value;
const failure = (f: () => unknown): unknown => {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('expected an error');
};

/** A response whose envelope start tag is `envelope`, with `body` inside `soap:Body` (prefix `soap`). */
const response = (envelope: string, body: string) => `<?xml version="1.0" encoding="utf-8"?>${envelope}<soap:Body>${body}</soap:Body></soap:Envelope>`;
const ENV_A = `<soap:Envelope xmlns:soap="${SOAP}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:t="${NS}">`;
// The same text as ENV_A up to the last declaration, which binds `t` elsewhere.
const ENV_B = `<soap:Envelope xmlns:soap="${SOAP}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:t="urn:other">`;
// A default namespace on the envelope: the body's unprefixed names are in it.
const ENV_C = `<soap:Envelope xmlns:soap="${SOAP}" xmlns="${NS}">`;

describe('the envelope start tag, read once per distinct beginning', () => {
  test('responses sharing, then not sharing, a beginning read as each says', () => {
    const prefixed = '<t:GetResponse><t:Item><t:Id>1</t:Id></t:Item></t:GetResponse>';
    // Read twice with ENV_A (the second time from what the first read kept), then with ENV_B,
    // where `t` names another namespace, then ENV_A again.
    expect(read(response(ENV_A, prefixed))).toEqual({ Item: [{ Id: 1, Tags: [] }] });
    expect(read(response(ENV_A, '<t:GetResponse><t:Item><t:Id>2</t:Id></t:Item></t:GetResponse>'))).toEqual({ Item: [{ Id: 2, Tags: [] }] });
    const e = failure(() => read(response(ENV_B, prefixed)));
    expect(e).toBeInstanceOf(ResponseError);
    expect((e as Error).message).toMatch(/unexpected body element <GetResponse> in urn:other/);
    expect(read(response(ENV_A, prefixed))).toEqual({ Item: [{ Id: 1, Tags: [] }] });
    expect(read(response(ENV_C, '<GetResponse><Item><Id>3</Id></Item></GetResponse>'))).toEqual({ Item: [{ Id: 3, Tags: [] }] });
    expect(read(response(ENV_C, '<GetResponse><Item><Id>4</Id></Item></GetResponse>'))).toEqual({ Item: [{ Id: 4, Tags: [] }] });
  });

  test('the depth limit applies to a response whose beginning was read before', () => {
    const text = response(ENV_A, '<t:GetResponse/>');
    expect(read(text)).toEqual({ Item: [] });
    for (const maxDepth of [0, 1, 2]) {
      const again = failure(() => read(text, maxDepth));
      expect(again).toBeInstanceOf(LimitError);
      // The same error as a first reading of that text gives (a beginning not kept before).
      const fresh = failure(() => read(` ${text}`, maxDepth));
      expect((again as Error).message).toBe((fresh as Error).message);
    }
  });

  test('an empty envelope read before is refused by the depth limit first', () => {
    const empty = `<soap:Envelope xmlns:soap="${SOAP}"/>`;
    expect(() => read(empty)).toThrow(/SOAP envelope without Body/);
    expect(() => read(empty)).toThrow(/SOAP envelope without Body/);
    expect(() => read(empty, 0)).toThrow(LimitError);
  });

  test('a bad or unbound beginning is refused every time it comes', () => {
    const unbound = response('<soap:Envelope xmlns:s="urn:s">', '');
    for (let i = 0; i < 2; i++) expect(() => read(unbound)).toThrow(/unbound namespace prefix soap/);
    const attrs = response(`<soap:Envelope xmlns:soap="${SOAP}" a="1" a="2">`, '');
    for (let i = 0; i < 2; i++) expect(() => read(attrs)).toThrow(/duplicate attribute a/);
  });

  test('a response that is only part of a beginning read before is truncated', () => {
    const text = response(ENV_A, '<t:GetResponse/>');
    expect(read(text)).toEqual({ Item: [] });
    expect(() => read(text.slice(0, text.indexOf('<soap:Body>') - 5))).toThrow(ResponseError);
  });
});

describe('namespace bindings, indexed once many are in scope', () => {
  /** `n` nested wrappers each declaring prefixes p0…p{n-1} (shadowing the outer ones), around `inner`. */
  function nested(n: number, inner: string): string {
    let open = '';
    let close = '';
    for (let i = 0; i < n; i++) {
      open += `<w${i} xmlns:p${i}="urn:x${i}" xmlns:q="urn:q${i}">`;
      close = `</w${i}>${close}`;
    }
    return open + inner + close;
  }

  const Q: TypeDesc = {
    kind: 'complex',
    name: 'Q',
    fields: [
      { key: 'A', ns: 'urn:q11', type: 'int' },
      { key: 'B', ns: 'urn:x0', type: 'int' },
      { key: 'C', ns: 'urn:q3', type: 'int', optional: true },
    ],
  };

  function readQ(xml: string): unknown {
    const r = new XmlReader(xml);
    r.prolog();
    let o = r.open();
    // Down to the element read as Q (the innermost wrapper's first child).
    while (!r.isNamed(o, 'Q')) o = r.first(o)!;
    return r.value(o, Q);
  }

  test('shadowed and outer prefixes resolve to the innermost binding, with few and many in scope', () => {
    // 12 wrappers: 24 bindings in scope at Q, `q` bound 12 times (the innermost to urn:q11).
    expect(readQ(`<root>${nested(12, '<Q><q:A>1</q:A><p0:B>2</p0:B></Q>')}</root>`)).toEqual({ A: 1, B: 2 });
    // After the many bindings are dropped again, a shallow element sees only its own.
    const xml = `<root>${nested(12, '<x/>')}<w xmlns:q="urn:q3"><Q xmlns:p0="urn:x0" xmlns:r="urn:q11"><r:A>5</r:A><p0:B>6</p0:B><q:C>7</q:C></Q></w></root>`;
    const r = new XmlReader(xml);
    r.prolog();
    const root = r.open();
    r.skip(r.first(root)!);
    const w = r.next(root)!;
    expect(r.value(r.first(w)!, Q)).toEqual({ A: 5, B: 6, C: 7 });
    // 3 wrappers (few bindings): `q` is urn:q2 there, so C (urn:q3) is no field of Q.
    expect(() => readQ(`<root>${nested(3, '<Q><p0:B>2</p0:B></Q>')}</root>`)).toThrow(/missing required element A/);
  });

  test('xsi:type prefixes resolve with few and many bindings in scope', () => {
    const Base: TypeDesc = { kind: 'complex', name: 'Base', namespace: 'urn:t', tag: 'Base', fields: [{ key: 'A', type: 'int' }] };
    const Sub: TypeDesc = { kind: 'complex', name: 'Sub', namespace: 'urn:t', tag: 'Sub', fields: [{ key: 'A', type: 'int' }, { key: 'B', type: 'int' }] };
    (Base as { subtypes?: TypeDesc[] }).subtypes = [Sub];
    const x = (n: number) =>
      `<root xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:z="urn:t">${nested(n, '<V xsi:type="z:Sub"><A>1</A><B>2</B></V>')}</root>`;
    for (const n of [1, 12]) {
      const r = new XmlReader(x(n));
      r.prolog();
      let o = r.open();
      while (!r.isNamed(o, 'V')) o = r.first(o)!;
      expect(r.value(o, Base)).toEqual({ A: 1, B: 2, $type: 'Sub' });
    }
  });
});

describe('records built from a per-type shape', () => {
  const body = (items: string) => response(ENV_C, `<GetResponse>${items}</GetResponse>`);

  test('fields left out are absent (not undefined), present ones in declaration order', () => {
    const v = read(body('<Item><When>2024-01-02T03:04:05</When><Id>1</Id></Item><Item><Id>2</Id><Tags>a</Tags><Name>n</Name><Tags>b</Tags></Item>')) as { Item: Record<string, unknown>[] };
    expect(v.Item).toEqual([{ Id: 1, When: '2024-01-02T03:04:05', Tags: [] }, { Id: 2, Name: 'n', Tags: ['a', 'b'] }]);
    expect(Object.keys(v.Item[0])).toEqual(['Id', 'When', 'Tags']);
    expect('Name' in v.Item[0]).toBe(false);
    expect(Object.keys(v.Item[1])).toEqual(['Id', 'Name', 'Tags']);
    expect(JSON.stringify(v.Item[1])).toBe('{"Id":2,"Name":"n","Tags":["a","b"]}');
  });

  test('a complete record has every key; an empty element and a missing required field are told apart', () => {
    const v = read(body('<Item><Id>1</Id><Name></Name><When>2024-01-02T03:04:05</When><Tags>x</Tags></Item><Item><Id>2</Id><Name/></Item>')) as { Item: Record<string, unknown>[] };
    expect(v.Item[0]).toEqual({ Id: 1, Name: '', When: '2024-01-02T03:04:05', Tags: ['x'] });
    expect(v.Item[1]).toEqual({ Id: 2, Name: '', Tags: [] });
    expect(() => read(body('<Item><Name>n</Name></Item>'))).toThrow(/missing required element Id at GetResponse\/Item/);
    expect(() => read(body('<Item><Id>1</Id><Name>a</Name><Name>b</Name></Item>'))).toThrow(/element Name occurs more than once/);
  });

  test('records of one type are independent objects', () => {
    const v = read(body('<Item><Id>1</Id></Item><Item><Id>2</Id><Name>b</Name></Item><Item><Id>3</Id></Item>')) as { Item: Record<string, unknown>[] };
    v.Item[0].Name = 'changed';
    expect(v.Item[2]).toEqual({ Id: 3, Tags: [] });
    expect(v.Item[1]).toEqual({ Id: 2, Name: 'b', Tags: [] });
  });
});

describe('end tags compared in one step', () => {
  const Rec: TypeDesc = { kind: 'complex', name: 'Rec', fields: [{ key: 'LongElementName', type: { kind: 'complex', name: 'In', fields: [{ key: 'V', type: 'int' }] } }] };
  function readRec(xml: string): unknown {
    const r = new XmlReader(xml);
    r.prolog();
    r.path.push('Rec');
    return r.value(r.open(), Rec);
  }

  test.each([
    ['matching', '<Rec><LongElementName><V>1</V></LongElementName></Rec>', undefined],
    ['one character off', '<Rec><LongElementName><V>1</V></LongElementNamf></Rec>', /mismatched end tag, expected <\/LongElementName> at Rec\/LongElementName/],
    ['a prefix of the name, then >', '<Rec><LongElementName><V>1</V></LongElement></Rec>', /mismatched end tag, expected <\/LongElementName>/],
    ['longer', '<Rec><LongElementName><V>1</V></LongElementNames></Rec>', /mismatched end tag, expected <\/LongElementName>/],
    ['truncated inside the name', '<Rec><LongElementName><V>1</V></LongElem', /truncated XML: unexpected end of input/],
    ['truncated after a wrong character', '<Rec><LongElementName><V>1</V></LongX', /mismatched end tag, expected <\/LongElementName>/],
  ])('%s', (_what, xml, message) => {
    if (message === undefined) expect(readRec(xml)).toEqual({ LongElementName: { V: 1 } });
    else expect(() => readRec(xml)).toThrow(message);
  });
});
