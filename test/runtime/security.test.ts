import { afterEach, describe, expect, test } from 'vitest';
import { ValidationError } from '../../templates/runtime/errors.js';
import { createRestRuntime } from '../../templates/runtime/rest-client.js';
import { readApiErrorBody } from '../../templates/runtime/rest-errors.js';
import { readJson } from '../../templates/runtime/rest-json.js';
import type { RestOperationDesc } from '../../templates/runtime/rest-schema.js';
import { writeXml } from '../../templates/runtime/rest-xml.js';
import type { OperationDesc, TypeDesc } from '../../templates/runtime/schema.js';
import { buildSoapRequest } from '../../templates/runtime/soap.js';
import { validateValue } from '../../templates/runtime/validate.js';
import { XmlReader } from '../../templates/runtime/xml-reader.js';
import { fragmentProblem } from '../../templates/runtime/xml-scan.js';
import { ChatRequest, getChatOp, TNS } from './descriptors.js';

/**
 * What a caller's or a server's data can never do: raw XML members cannot break out of their
 * element, route values cannot retarget a Web API URL, properties inherited from a polluted
 * `Object.prototype` are never sent or validated, and keys read from the wire (`__proto__`,
 * `toString`) are plain data in null-prototype objects.
 */

const Open: TypeDesc = {
  kind: 'complex',
  name: 'Open',
  namespace: TNS,
  openKey: '$extra',
  fields: [
    { key: 'Name', ns: TNS, type: 'string', optional: true },
    { key: 'Any', ns: TNS, type: { kind: 'xml' }, optional: true },
  ],
};
const openOp = { name: 'Put', protocols: ['soap11'], input: { name: 'Put', ns: TNS, type: Open }, output: null, returns: 'void' } as unknown as OperationDesc;

describe('raw XML members are written only as well-formed, balanced fragments', () => {
  const injections = [
    '</Put><Evil/><Put>',
    '</Any><Evil/><Any>',
    '<a>',
    '</a>',
    '<a></b>',
    '<a x="1" x="2"/>',
    'text &#1; more',
    'x &nope; y',
    '<!DOCTYPE x [<!ENTITY e "e">]>',
    '<?xml version="1.0"?><a/>',
    '<!-- unterminated',
    'a ]]> b',
    '<a b="<"/>',
  ];

  test.each(injections)('$extra %j is a ValidationError', (raw) => {
    expect(() => buildSoapRequest('soap11', openOp, { $extra: [raw] })).toThrow(ValidationError);
    expect(() => buildSoapRequest('soap11', openOp, { $extra: [raw] })).toThrow(/request\.\$extra\[0\]: raw XML must be a well-formed, balanced fragment/);
  });

  test.each(injections)('an xs:any value %j is a ValidationError (SOAP and Web API XML)', (raw) => {
    expect(() => buildSoapRequest('soap11', openOp, { Any: raw })).toThrow(/request\.Any: raw XML must be a well-formed/);
    expect(() => writeXml({ type: Open, xmlRoot: 'Open', xmlNs: '' }, 'datacontract', { Any: raw }, 'body')).toThrow(ValidationError);
  });

  test('well-formed fragments are written exactly as given, undeclared prefixes included', () => {
    const raw = ['<x:Row xmlns:x="urn:x" a="1 &amp; 2"><x:C>t &lt; u</x:C><!-- c --><![CDATA[<raw>]]><?pi data?></x:Row>', '<cma_note>plain</cma_note>', '<q:Item/>', 'text only'];
    const { body } = buildSoapRequest('soap11', openOp, { Name: 'n', Any: raw[0], $extra: raw });
    for (const r of raw) expect(body).toContain(r);
    expect(fragmentProblem('')).toBeUndefined();
  });
});

describe('Web API route values cannot retarget the URL', () => {
  const Item: TypeDesc = { kind: 'complex', name: 'Item', fields: [{ key: 'Name', type: 'string', optional: true }] };
  const op: RestOperationDesc = {
    name: 'GetFile',
    method: 'GET',
    path: 'api/v2/files/{name}/content',
    pathParams: ['name'],
    params: { kind: 'complex', name: 'P', fields: [{ key: 'name', type: 'string' }] },
    response: { type: Item, xmlRoot: 'Item', xmlNs: '' },
    requestFormats: [],
    responseFormats: ['json'],
    xmlFlavour: 'datacontract',
  };
  const calls: string[] = [];
  const f = ((url: unknown) => {
    calls.push(String(url));
    return Promise.resolve(new Response('{}', { headers: { 'content-type': 'application/json' } }));
  }) as typeof fetch;

  test.each(['.', '..'])('%j is a ValidationError, with or without validation', async (name) => {
    for (const validate of [true, false]) {
      const e = await createRestRuntime({ name: 'S', baseUrl: 'http://h.example/' }, { fetch: f, validate }).invoke(op, { name }, undefined).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).problems[0].path).toBe('params.name');
    }
    expect(calls).toEqual([]);
  });

  test('other values with dots stay one encoded segment', async () => {
    calls.length = 0;
    const rt = createRestRuntime({ name: 'S', baseUrl: 'http://h.example/' }, { fetch: f });
    for (const name of ['...', 'a..b', '../etc', '%2e%2e', '.hidden']) await rt.invoke(op, { name }, undefined);
    expect(calls.map((u) => new URL(u).pathname)).toEqual([
      '/api/v2/files/.../content',
      '/api/v2/files/a..b/content',
      '/api/v2/files/..%2Fetc/content',
      '/api/v2/files/%252e%252e/content',
      '/api/v2/files/.hidden/content',
    ]);
  });
});

describe('a polluted Object.prototype is never sent nor validated', () => {
  const proto = Object.prototype as Record<string, unknown>;
  afterEach(() => {
    for (const k of ['PublicKey1', 'IdRequest', '$type']) delete proto[k];
  });

  test('the SOAP writer writes own properties only, also for a type it has written before', () => {
    buildSoapRequest('soap11', getChatOp, { EncryptedUser: 'u' });
    proto.PublicKey1 = '<injected>';
    const { body } = buildSoapRequest('soap11', getChatOp, { EncryptedUser: 'u' });
    expect(body).not.toContain('PublicKey1');
    expect(body).toContain('<EncryptedUser>u</EncryptedUser>');
  });

  test('an inherited $type never picks a subtype', () => {
    const Circle: TypeDesc = { kind: 'complex', name: 'Circle', namespace: TNS, tag: 'Circle', fields: [{ key: 'Radius', ns: TNS, type: 'int', optional: true }] };
    const Shape: TypeDesc = { kind: 'complex', name: 'Shape', namespace: TNS, tag: 'Shape', subtypes: [Circle], fields: [{ key: 'Label', ns: TNS, type: 'string', optional: true }] };
    const op = { name: 'Draw', protocols: ['soap11'], input: { name: 'Draw', ns: TNS, type: { kind: 'complex', name: 'Draw', namespace: TNS, fields: [{ key: 'shape', ns: TNS, type: Shape }] } }, output: null, returns: 'void' } as unknown as OperationDesc;
    buildSoapRequest('soap11', op, { shape: { Label: 'warm' } });
    proto.$type = 'Circle';
    const { body } = buildSoapRequest('soap11', op, { shape: { Label: 'x' } });
    expect(body).not.toContain('xsi:type');
    expect(validateValue(op.input.type, { shape: { Label: 'x' } }, 'request')).toEqual([]);
  });

  test('the validator reads own properties only: an inherited value does not satisfy a required field', () => {
    proto.IdRequest = 5;
    const problems = validateValue(ChatRequest, {}, 'request');
    expect(problems).toContainEqual({ path: 'request.IdRequest', message: 'required' });
  });
});

describe('keys read from the wire are data', () => {
  test('ModelState keys __proto__ and toString (JSON and XML) land in a null-prototype fieldErrors', () => {
    const json = readApiErrorBody('{"Message":"m","ModelState":{"__proto__":["p"],"toString":["t"],"model.Name":["n"]}}', 'application/json');
    expect(Object.getPrototypeOf(json.fieldErrors)).toBeNull();
    expect(Object.keys(json.fieldErrors)).toEqual(['__proto__', 'toString', 'model.Name']);
    expect(json.fieldErrors.toString).toEqual(['t']);
    expect(json.fieldErrors['__proto__']).toEqual(['p']);
    const xml = readApiErrorBody('<Error><Message>m</Message><ModelState><toString>t</toString><constructor>c</constructor><model.Name>n</model.Name></ModelState></Error>', 'application/xml');
    expect(xml.message).toBe('m');
    expect({ ...xml.fieldErrors }).toEqual({ toString: ['t'], constructor: ['c'], 'model.Name': ['n'] });
  });

  test('dictionaries read from JSON and XML are null-prototype objects', () => {
    const map = { kind: 'map', value: 'int' } as const;
    const fromJson = readJson('{"toString":1,"__proto__":2,"hasOwnProperty":3}', map, false) as Record<string, number>;
    expect(Object.getPrototypeOf(fromJson)).toBeNull();
    expect(Object.entries(fromJson)).toEqual([
      ['toString', 1],
      ['__proto__', 2],
      ['hasOwnProperty', 3],
    ]);
    const r = new XmlReader('<m><toString>1</toString><valueOf>2</valueOf></m>');
    r.prolog();
    const fromXml = r.value(r.open(), map) as Record<string, number>;
    expect(Object.getPrototypeOf(fromXml)).toBeNull();
    expect(Object.entries(fromXml)).toEqual([
      ['toString', 1],
      ['valueOf', 2],
    ]);
  });
});
