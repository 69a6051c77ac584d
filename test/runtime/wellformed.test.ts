import { describe, expect, test } from 'vitest';
import { ResponseError } from '../../templates/runtime/errors.js';
import type { TypeDesc } from '../../templates/runtime/schema.js';
import { readSoapResponse } from '../../templates/runtime/soap.js';
import { XmlReader } from '../../templates/runtime/xml-reader.js';
import { chatEnvelope11, getChatOp } from './descriptors.js';

/**
 * Well-formedness the scanner enforces on responses: no duplicate attributes (by qualified name,
 * nor by namespace and local name), no character reference to a character XML 1.0 forbids, and no
 * child element inside a value of a simple type. Each is a `ResponseError` naming the path.
 */

const read = (resultInner: string) => readSoapResponse('soap11', getChatOp, chatEnvelope11(resultInner), 200, 'text/xml');
const chat = (inner: string) => `<ChatRequest><IdRequest>1</IdRequest><CaseNumber>2</CaseNumber><CreationDate>2024-01-02T03:04:05</CreationDate><IdQueue>3</IdQueue><KeepAliveRouterDate>2024-01-02T03:04:05</KeepAliveRouterDate><AssignAgentRouterDate>2024-01-02T03:04:05</AssignAgentRouterDate><IdConnection>4</IdConnection><IdRequestTransfer>5</IdRequestTransfer><UserOffsetTime>6</UserOffsetTime>${inner}</ChatRequest>`;

const Rec: TypeDesc = {
  kind: 'complex',
  name: 'Rec',
  fields: [
    { key: 'a', type: 'string', node: 'attribute', optional: true },
    { key: 'Level', type: { kind: 'enum', name: 'Level', values: ['Low', 'High'] }, optional: true },
    { key: 'Text', type: 'string', optional: true },
  ],
};

function readRec(xml: string): unknown {
  const r = new XmlReader(xml);
  r.prolog();
  r.path.push('Rec');
  return r.value(r.open(), Rec);
}

describe('duplicate attributes', () => {
  test.each([
    ['the same name', '<Rec a="1" a="2"/>', /duplicate attribute a on <Rec>/],
    ['the same namespace and local name under two prefixes', '<Rec xmlns:p="urn:u" xmlns:q="urn:u" p:a="1" q:a="2"/>', /duplicate attribute \{urn:u\}a/],
    ['the same namespace declaration twice', '<Rec xmlns:p="urn:u" xmlns:p="urn:v"/>', /duplicate attribute xmlns:p/],
    ['a duplicate among many attributes', `<Rec ${Array.from({ length: 20 }, (_, i) => `b${i}="${i}"`).join(' ')} b7="x"/>`, /duplicate attribute b7/],
  ])('%s', (_what, xml, message) => {
    expect(() => readRec(xml)).toThrow(ResponseError);
    expect(() => readRec(xml)).toThrow(message);
  });

  test('distinct attributes are fine (a and p:a; p:a and q:a in other namespaces)', () => {
    expect(readRec('<Rec a="1" xmlns:p="urn:u" xmlns:q="urn:v" p:a="2" q:a="3"/>')).toEqual({ a: '1' });
  });

  test('in a SOAP response', () => {
    expect(() => read(chat('<UserName x="1" x="1">n</UserName>'))).toThrow(/duplicate attribute x on <UserName> at .*ChatRequest/);
  });
});

describe('character references', () => {
  test.each(['&#1;', '&#x0;', '&#x1F;', '&#xB;', '&#xFFFE;', '&#xFFFF;', '&#xD800;', '&#x110000;'])('%s is refused in text and in attributes', (ref) => {
    expect(() => readRec(`<Rec><Text>a${ref}b</Text></Rec>`)).toThrow(/bad character reference .* at Rec/);
    expect(() => readRec(`<Rec a="a${ref}b"/>`)).toThrow(ResponseError);
  });

  test('references to allowed characters are decoded', () => {
    expect(readRec('<Rec a="&#9;&#x41;"><Text>&#10;&#13;&#xD7FF;&#xE000;&#xFFFD;&#x1F600;&#65;</Text></Rec>')).toEqual({ a: '\tA', Text: '\n\r\uD7FF\uE000\uFFFD\u{1F600}A' });
  });
});

describe('child elements inside a value of a simple type', () => {
  test('an int, a string, an enumeration: ResponseError naming the path', () => {
    expect(() => read(chat('').replace('<IdQueue>3</IdQueue>', '<IdQueue>3<b/></IdQueue>'))).toThrow(/unexpected element <b> in a value of a simple type at .*ChatRequest\/IdQueue/);
    expect(() => read(chat('<UserName>ab<b>c</b></UserName>'))).toThrow(/unexpected element <b> in a value of a simple type at .*UserName/);
    expect(() => readRec('<Rec><Level><x/>High</Level></Rec>')).toThrow(/unexpected element <x> .* at Rec\/Level/);
  });

  test('comments, processing instructions and CDATA stay allowed', () => {
    const v = read(chat('<UserName>a<!-- c --><?pi x?><![CDATA[b<]]></UserName>')).value as Record<string, Record<string, Record<string, unknown>>>;
    expect(v.GetChatRequestByConnectionIdResult.ChatRequest.UserName).toBe('ab<');
  });
});
