import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../templates/runtime/errors.js';
import type { TypeDesc, ValueDesc } from '../../templates/runtime/schema.js';
import { XmlReader } from '../../templates/runtime/xml-reader.js';
import { writeElement } from '../../templates/runtime/xml-writer.js';
import { ChatRequest, sampleChat, TNS } from './descriptors.js';

function readBack(xml: string, desc: ValueDesc): unknown {
  const r = new XmlReader(xml);
  r.prolog();
  return r.value(r.open(), desc);
}

function roundTrip(desc: ValueDesc, value: unknown): unknown {
  return readBack(writeElement('v', TNS, desc, value), desc);
}

function validationError(fn: () => unknown): ValidationError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ValidationError) return e;
    throw e;
  }
  throw new Error('expected a ValidationError');
}

describe('escaping', () => {
  it('escapes markup characters in text so the output is well-formed and reads back', () => {
    const s = 'a < b && c > d ]]> "q" \'a\' </v><x>';
    const xml = writeElement('v', '', 'string', s);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toContain(']]>');
    expect(xml.startsWith('<v>a &lt; b &amp;&amp; c &gt; d')).toBe(true);
    expect(roundTrip('string', s)).toBe(s);
  });

  it('keeps astral characters, tabs, newlines and carriage returns exactly', () => {
    const s = '𝄞 emoji 🎉\tx\r\ny\rz\n  ';
    expect(roundTrip('string', s)).toBe(s);
  });

  it('writes long strings', () => {
    const s = 'x&'.repeat(200_000);
    expect(roundTrip('string', s)).toBe(s);
  });

  it('escapes attribute values including whitespace characters', () => {
    const t: TypeDesc = { kind: 'complex', name: 'A', fields: [{ key: 'id', node: 'attribute', type: 'string' }, { key: 'x', type: 'int' }] };
    const v = { id: 'a"b<c>&\t\n\r', x: 1 };
    const xml = writeElement('v', '', t, v);
    expect(xml).toContain('id="a&quot;b&lt;c&gt;&amp;&#9;&#10;&#13;"');
    expect(roundTrip(t, v)).toEqual(v);
  });

  it.each([
    ['NUL', '\u0000'],
    ['U+0008', 'a\u0008'],
    ['U+000B', '\u000B'],
    ['U+001F', '\u001F'],
    ['lone high surrogate', 'x\uD800y'],
    ['lone low surrogate', '\uDC00'],
    ['U+FFFE', '\uFFFE'],
    ['U+FFFF', '\uFFFF'],
  ])('refuses %s with a ValidationError naming the field', (_name, bad) => {
    const err = validationError(() => writeElement('ChatRequest', TNS, ChatRequest, { ...sampleChat(), UserEmail: bad }, { path: 'request.ChatRequest' }));
    expect(err.problems[0].path).toBe('request.ChatRequest.UserEmail');
    expect(err.code).toBe('VALIDATION');
  });
});

describe('scalars', () => {
  it('writes numbers in XSD lexical form', () => {
    const cases: [ValueDesc, unknown, string][] = [
      ['double', NaN, 'NaN'],
      ['double', Infinity, 'INF'],
      ['double', -Infinity, '-INF'],
      ['double', -0, '-0'],
      ['float', 1.5, '1.5'],
      ['int', 2147483647, '2147483647'],
      ['int', -2147483648, '-2147483648'],
      ['boolean', true, 'true'],
      ['boolean', false, 'false'],
      ['long', 9007199254740993n, '9007199254740993'],
      ['long', '-9223372036854775808', '-9223372036854775808'],
      ['decimal', '123456789012345678901234567890.000000000000000000000000000001', '123456789012345678901234567890.000000000000000000000000000001'],
      ['decimal', 1e-7, '0.0000001'],
      ['decimal', 1e21, '1000000000000000000000'],
      ['decimal', 1.5e-10, '0.00000000015'],
      ['decimal', -2.5e25, '-25000000000000000000000000'],
      ['decimal', 1.2345e21, '1234500000000000000000'],
      ['long', 1e21, '1000000000000000000000'],
    ];
    for (const [desc, v, text] of cases) expect(writeElement('n', '', desc, v)).toBe(`<n>${text}</n>`);
  });

  it('reads numbers back exactly, including limits and specials', () => {
    for (const n of [Number.MAX_VALUE, Number.MIN_VALUE, -Number.MAX_VALUE, 0.1, 1e300, -1e-300, NaN, Infinity, -Infinity]) {
      expect(roundTrip('double', n)).toBe(n);
    }
    expect(Object.is(roundTrip('double', -0), -0)).toBe(true);
    expect(roundTrip('long', 2n ** 63n - 1n)).toBe('9223372036854775807');
  });

  it('refuses non-integers for int and bad lexical forms for long and decimal', () => {
    expect(validationError(() => writeElement('n', '', 'int', 1.5)).problems[0].message).toMatch(/integer/);
    expect(() => writeElement('n', '', 'long', '12a')).toThrow(ValidationError);
    expect(() => writeElement('n', '', 'decimal', '1e5')).toThrow(ValidationError);
    expect(() => writeElement('n', '', 'decimal', NaN)).toThrow(ValidationError);
    expect(() => writeElement('n', '', 'string', 5)).toThrow(ValidationError);
  });

  it('writes dates: strings as given (offsets kept), Date objects in UTC', () => {
    const d = new Date(Date.UTC(2024, 1, 29, 23, 59, 58, 7));
    expect(writeElement('d', '', 'dateTime', '2024-02-29T20:59:58.007-03:00')).toBe('<d>2024-02-29T20:59:58.007-03:00</d>');
    expect(writeElement('d', '', 'dateTime', d)).toBe('<d>2024-02-29T23:59:58.007Z</d>');
    expect(writeElement('d', '', 'date', d)).toBe('<d>2024-02-29</d>');
    expect(writeElement('d', '', 'time', d)).toBe('<d>23:59:58.007Z</d>');
    expect(() => writeElement('d', '', 'dateTime', new Date(NaN))).toThrow(ValidationError);
    expect(roundTrip('dateTime', '2024-02-29T20:59:58.007+05:30')).toBe('2024-02-29T20:59:58.007+05:30');
  });

  it('encodes any bytes as base64 and hex', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => 255 - i);
    for (const n of [0, 1, 2, 3, 4, 5, 256]) {
      const b = bytes.slice(0, n);
      const xml = writeElement('b', '', 'base64Binary', b);
      const text = xml.slice(3, -4);
      expect(text).toBe(btoa(String.fromCharCode(...b)));
      expect(roundTrip('base64Binary', b)).toEqual(b);
      expect(roundTrip('hexBinary', b)).toEqual(b);
    }
  });

  it('writes enums, list enums, raw XML and anyType', () => {
    const e: ValueDesc = { kind: 'enum', name: 'Color', values: ['Red', 'Green'], numbers: [1, 2] };
    const list: ValueDesc = { kind: 'enum', name: 'Flags', values: ['A', 'B'], list: true };
    expect(writeElement('e', '', e, 'Green')).toBe('<e>Green</e>');
    expect(writeElement('e', '', e, 1)).toBe('<e>Red</e>');
    expect(writeElement('e', '', list, ['A', 'B'])).toBe('<e>A B</e>');
    expect(writeElement('x', '', { kind: 'xml' }, '<a b="1">t</a>')).toBe('<x><a b="1">t</a></x>');
    expect(writeElement('x', '', 'anyType', 'a&b')).toBe('<x>a&amp;b</x>');
    expect(() => writeElement('x', '', 'anyType', { a: 1 })).toThrow(ValidationError);
  });
});

describe('structure', () => {
  const Ids: TypeDesc = {
    kind: 'complex',
    name: 'Ids',
    namespace: TNS,
    fields: [
      { key: 'Wrapped', ns: TNS, type: 'int', array: true, optional: true, item: { name: 'int', ns: TNS } },
      { key: 'Repeated', ns: TNS, type: 'string', array: true, optional: true },
      { key: 'Maybe', ns: TNS, type: 'int', nillable: true },
    ],
  };

  it('writes wrapped and repeated arrays, nil and omits undefined', () => {
    const xml = writeElement('R', TNS, Ids, { Wrapped: [1, 2], Repeated: ['a', 'b'], Maybe: null });
    expect(xml).toBe(
      '<R xmlns="http://tempuri.org/"><Wrapped><int>1</int><int>2</int></Wrapped><Repeated>a</Repeated><Repeated>b</Repeated>' +
        '<Maybe xsi:nil="true" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"/></R>',
    );
    expect(writeElement('R', TNS, Ids, { Maybe: 3 })).toBe('<R xmlns="http://tempuri.org/"><Maybe>3</Maybe></R>');
    expect(writeElement('R', TNS, Ids, { Wrapped: [], Repeated: [], Maybe: 1 })).toBe(
      '<R xmlns="http://tempuri.org/"><Wrapped></Wrapped><Maybe>1</Maybe></R>',
    );
  });

  it('reads back arrays: empty wrapper is [], absent repeated is [], absent wrapper is undefined', () => {
    expect(roundTrip(Ids, { Wrapped: [], Repeated: [], Maybe: 1 })).toEqual({ Wrapped: [], Repeated: [], Maybe: 1 });
    expect(roundTrip(Ids, { Maybe: null })).toEqual({ Repeated: [], Maybe: null });
    expect(roundTrip(Ids, { Wrapped: [5, -1], Repeated: ['x'], Maybe: 0 })).toEqual({ Wrapped: [5, -1], Repeated: ['x'], Maybe: 0 });
  });

  it('declares namespaces: child namespace differs, unqualified children, namespaced attributes', () => {
    const t: TypeDesc = {
      kind: 'complex',
      name: 'T',
      fields: [
        { key: 'lang', node: 'attribute', ns: 'http://example.test/a', type: 'string' },
        { key: 'Same', type: 'string' },
        { key: 'Other', ns: 'urn:other', type: 'string' },
        { key: 'Plain', ns: '', type: 'string' },
      ],
    };
    const v = { lang: 'pt', Same: '1', Other: '2', Plain: '3' };
    const xml = writeElement('T', TNS, t, v);
    expect(xml).toBe(
      '<T xmlns="http://tempuri.org/" xmlns:a0="http://example.test/a" a0:lang="pt"><Same>1</Same><Other xmlns="urn:other">2</Other><Plain xmlns="">3</Plain></T>',
    );
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml) as { T: { Plain: { '@_xmlns': string } } };
    expect(parsed.T.Plain['@_xmlns']).toBe('');
    expect(roundTrip(t, v)).toEqual(v);
  });

  it('treats __proto__ and constructor as ordinary wire names', () => {
    const t: TypeDesc = {
      kind: 'complex',
      name: 'P',
      fields: [
        { key: '__proto__', type: 'string', optional: true },
        { key: 'constructor', type: 'string', optional: true },
        { key: 'toString', type: 'int', array: true, optional: true },
      ],
    };
    // JSON.parse makes "__proto__" an own property, as a caller's data would have it
    const v = JSON.parse('{"__proto__":"p","constructor":"c"}') as Record<string, unknown>;
    const xml = writeElement('P', '', t, v);
    expect(xml).toBe('<P><__proto__>p</__proto__><constructor>c</constructor></P>');
    const back = roundTrip(t, v) as Record<string, unknown>;
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(back, '__proto__')?.value).toBe('p');
    expect(Object.getOwnPropertyDescriptor(back, 'constructor')?.value).toBe('c');
    expect(Object.getOwnPropertyDescriptor(back, 'toString')?.value).toEqual([]);
    // inherited members are not written as fields
    expect(writeElement('P', '', t, {})).toBe('<P></P>');
  });

  it('names the path of bad values inside arrays', () => {
    const t: TypeDesc = { kind: 'complex', name: 'L', fields: [{ key: 'ChatRequest', type: ChatRequest, array: true }] };
    const err = validationError(() =>
      writeElement('L', '', t, { ChatRequest: [sampleChat(0), { ...sampleChat(1), IdQueue: 'x' }] }, { path: 'request' }),
    );
    expect(err.problems).toEqual([{ path: 'request.ChatRequest[1].IdQueue', message: expect.stringMatching(/integer/) }]);
  });
});
