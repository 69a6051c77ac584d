import { describe, expect, test } from 'vitest';
import { createSoapRuntime } from '../../templates/runtime/client.js';
import { HttpError, ResponseError } from '../../templates/runtime/errors.js';
import { createRestRuntime } from '../../templates/runtime/rest-client.js';
import type { RestOperationDesc } from '../../templates/runtime/rest-schema.js';
import type { TypeDesc } from '../../templates/runtime/schema.js';
import { decodeBody } from '../../templates/runtime/transport.js';
import { chatEnvelope11, chatService, getChatOp } from './descriptors.js';

/**
 * Answers are decoded by their declared charset (`TextDecoder`): a byte-order mark, else the
 * `charset` of `Content-Type`, else (XML) the XML declaration's `encoding`, else UTF-8. An unknown
 * charset, or bytes that are not valid in the charset, are `ResponseError`s, never U+FFFD.
 */

const latin1 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
const utf16le = (s: string) => {
  const out = new Uint8Array(2 + s.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < s.length; i++) {
    out[2 + i * 2] = s.charCodeAt(i) & 0xff;
    out[3 + i * 2] = s.charCodeAt(i) >> 8;
  }
  return out;
};

const chat = (description: string) => chatEnvelope11(`<response><responseCode>0</responseCode><responseDescription>${description}</responseDescription></response>`);

function soapCall(bytes: Uint8Array, contentType: string, status = 200) {
  const doFetch = (() => Promise.resolve(new Response(bytes as unknown as BodyInit, { status, headers: { 'content-type': contentType } }))) as typeof fetch;
  return createSoapRuntime(chatService, { fetch: doFetch }).invoke(getChatOp, {});
}

const description = async (p: Promise<{ result: unknown }>) => ((await p).result as { response: { responseDescription: string } }).response.responseDescription;

describe('charset of SOAP answers', () => {
  test('ISO-8859-1 and windows-1252 bodies decode to the right characters', async () => {
    expect(await description(soapCall(latin1(chat('café señor')), 'text/xml; charset=ISO-8859-1'))).toBe('café señor');
    // 0x80 is the euro sign in windows-1252.
    expect(await description(soapCall(latin1(chat('price \u0080 5')), 'text/xml; charset="windows-1252"'))).toBe('price € 5');
  });

  test('UTF-16 with a byte-order mark', async () => {
    expect(await description(soapCall(utf16le(chat('naïve ☃')), 'text/xml; charset=utf-16'))).toBe('naïve ☃');
  });

  test("no charset: the XML declaration's encoding, else UTF-8", async () => {
    const declared = chat('façade').replace('encoding="utf-8"', 'encoding="iso-8859-1"');
    expect(await description(soapCall(latin1(declared), 'text/xml'))).toBe('façade');
    expect(await description(soapCall(new TextEncoder().encode(chat('façade')), 'text/xml'))).toBe('façade');
  });

  test('an unknown charset is a ResponseError', async () => {
    const e = await soapCall(latin1(chat('x')), 'text/xml; charset=x-klingon').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ResponseError);
    expect((e as ResponseError).message).toMatch(/unsupported charset "x-klingon"/);
    expect((e as ResponseError).status).toBe(200);
  });

  test('bytes that are not UTF-8 in a UTF-8 answer are a ResponseError, not U+FFFD', async () => {
    const e = await soapCall(latin1(chat('café')), 'text/xml; charset=utf-8').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ResponseError);
    expect((e as ResponseError).message).toMatch(/not valid utf-8/);
  });

  test('an error page keeps its status whatever its bytes (decoded leniently)', async () => {
    const e = await soapCall(latin1('<html>Fehler: ungültig</html>'), 'text/html; charset=utf-8', 500).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(HttpError);
    expect((e as HttpError).status).toBe(500);
  });
});

describe('charset of Web API answers', () => {
  const Item: TypeDesc = { kind: 'complex', name: 'Item', fields: [{ key: 'Name', type: 'string', optional: true }] };
  const op: RestOperationDesc = { name: 'Get', method: 'GET', path: 'api/item', response: { type: Item, xmlRoot: 'Item', xmlNs: '' }, requestFormats: [], responseFormats: ['json'], xmlFlavour: 'datacontract' };
  const call = (bytes: Uint8Array, contentType: string) => {
    const doFetch = (() => Promise.resolve(new Response(bytes as unknown as BodyInit, { headers: { 'content-type': contentType } }))) as typeof fetch;
    return createRestRuntime({ name: 'S', baseUrl: 'http://h.example/' }, { fetch: doFetch }).invoke(op, undefined, undefined);
  };

  test('JSON in windows-1252', async () => {
    expect((await call(latin1('{"Name":"Müller \u0080"}'), 'application/json; charset=windows-1252')).result).toEqual({ Name: 'Müller €' });
  });

  test('decodeBody: a BOM wins over the header; no charset is UTF-8', () => {
    expect(decodeBody(utf16le('{}'), 'application/json; charset=utf-8', true)).toBe('{}');
    expect(decodeBody(new TextEncoder().encode('ü'), 'application/json', true)).toBe('ü');
  });
});
