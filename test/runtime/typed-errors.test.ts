import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { createSoapRuntime } from '../../templates/runtime/client.js';
import { NetworkError, SvcgenError, ValidationError } from '../../templates/runtime/errors.js';
import { createRestRuntime } from '../../templates/runtime/rest-client.js';
import type { RestOperationDesc } from '../../templates/runtime/rest-schema.js';
import type { TypeDesc } from '../../templates/runtime/schema.js';
import { chatService, createInteractionOp, getChatOp, plusventaService } from './descriptors.js';

/**
 * One typed error hierarchy for every failure of both runtimes: network failures are
 * `NetworkError`s (code `NETWORK`) in the Web API client as in the SOAP client, HTTP headers and
 * URL values `fetch` would refuse are `ValidationError`s before anything is sent, and an aborted
 * signal rejects with its `AbortError` without calling `fetch` and without leaving an unhandled
 * rejection behind.
 */

const Item: TypeDesc = { kind: 'complex', name: 'Item', fields: [{ key: 'Name', type: 'string', optional: true }] };
const getFile: RestOperationDesc = {
  name: 'GetFile',
  method: 'GET',
  path: 'api/v2/files/{name}',
  pathParams: ['name'],
  params: { kind: 'complex', name: 'GetFileParams', fields: [{ key: 'name', type: 'string' }, { key: 'q', type: 'string', optional: true }] },
  response: { type: Item, xmlRoot: 'Item', xmlNs: '' },
  requestFormats: [],
  responseFormats: ['json'],
  xmlFlavour: 'datacontract',
};
const postForm: RestOperationDesc = {
  name: 'PostItem',
  method: 'POST',
  path: 'api/items',
  body: { type: Item, xmlRoot: 'Item', xmlNs: '' },
  requestFormats: ['form'],
  responseFormats: ['json'],
  xmlFlavour: 'datacontract',
};

const counting = () => {
  const calls: string[] = [];
  const f = ((url: unknown) => {
    calls.push(String(url));
    return Promise.resolve(new Response('{"Name":"n"}', { headers: { 'content-type': 'application/json' } }));
  }) as typeof fetch;
  return { f, calls };
};

async function failure(p: Promise<unknown>): Promise<Error & Record<string, unknown>> {
  return p.then(
    (v) => {
      throw new Error(`expected an error, got ${JSON.stringify(v)}`);
    },
    (e: unknown) => e as Error & Record<string, unknown>,
  );
}

async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as AddressInfo).port;
  await new Promise((r) => s.close(r));
  return port;
}

describe('network failures', () => {
  test('a refused connection is a NetworkError (code NETWORK) in the Web API client, as in SOAP', async () => {
    const port = await closedPort();
    const rest = await failure(createRestRuntime({ name: 'S', baseUrl: `http://127.0.0.1:${port}/` }).invoke(getFile, { name: 'a' }, undefined));
    const soap = await failure(createSoapRuntime({ ...chatService, endpoints: { soap11: `http://127.0.0.1:${port}/x.asmx` } }).invoke(getChatOp, {}));
    for (const e of [rest, soap]) {
      expect(e).toBeInstanceOf(NetworkError);
      expect(e).toBeInstanceOf(SvcgenError);
      expect(e.code).toBe('NETWORK');
      expect(e.message).toMatch(/request to http:\/\/127\.0\.0\.1:\d+\/.* failed/);
    }
  });
});

describe('values fetch would refuse are ValidationErrors, before sending', () => {
  test('invalid HTTP header names and values (SOAP and Web API)', async () => {
    const { f, calls } = counting();
    const bad = { 'X-Line': 'a\r\nInjected: 1', 'X-Euro': '5 €', 'Bad Name': 'x' };
    const soap = await failure(createSoapRuntime(chatService, { fetch: f, headers: bad }).invoke(getChatOp, {}));
    const rest = await failure(createRestRuntime({ name: 'S', baseUrl: 'http://h.example/' }, { fetch: f }).invoke(getFile, { name: 'a' }, undefined, { headers: bad }));
    for (const e of [soap, rest]) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as unknown as ValidationError).problems.map((p) => p.path)).toEqual(['headers.X-Line', 'headers.X-Euro', 'headers.Bad Name']);
    }
    expect(calls).toEqual([]);
  });

  test('lone surrogates with validate: false on HTTP GET, HTTP POST, Web API routes, queries and forms', async () => {
    const { f, calls } = counting();
    const lone = 'ab\uD800cd';
    for (const protocol of ['http-get', 'http-post'] as const) {
      const e = await failure(createSoapRuntime(plusventaService, { fetch: f, protocol, validate: false }).invoke(createInteractionOp, { username: lone, evaluation: 1, duration: '1' }));
      expect(e).toBeInstanceOf(ValidationError);
      expect(e.message).toMatch(/request\.username: lone surrogate U\+D800/);
    }
    const rest = createRestRuntime({ name: 'S', baseUrl: 'http://h.example/' }, { fetch: f, validate: false });
    expect(await failure(rest.invoke(getFile, { name: lone }, undefined))).toBeInstanceOf(ValidationError);
    expect(await failure(rest.invoke(getFile, { name: 'a', q: lone }, undefined))).toBeInstanceOf(ValidationError);
    const form = await failure(createRestRuntime({ name: 'S', baseUrl: 'http://h.example/' }, { fetch: f, validate: false, format: 'form' }).invoke(postForm, undefined, { Name: lone }));
    expect(form).toBeInstanceOf(ValidationError);
    expect(form.message).toMatch(/body\.Name: lone surrogate/);
    expect(calls).toEqual([]);
  });
});

describe('aborts', () => {
  test('an already-aborted signal rejects with its AbortError without calling fetch (SOAP and Web API)', async () => {
    const { f, calls } = counting();
    const ctrl = new AbortController();
    ctrl.abort();
    const soap = await failure(createSoapRuntime(chatService, { fetch: f }).invoke(getChatOp, {}, { signal: ctrl.signal }));
    const rest = await failure(createRestRuntime({ name: 'S', baseUrl: 'http://h.example/' }, { fetch: f }).invoke(getFile, { name: 'a' }, undefined, { signal: ctrl.signal }));
    expect([soap.name, rest.name]).toEqual(['AbortError', 'AbortError']);
    expect(soap).toBe(ctrl.signal.reason);
    expect(calls).toEqual([]);
  });

  test('no unhandled rejection is ever left behind: a Node script aborting calls exits with 0', async () => {
    const dist = pathToFileURL(resolve('generated/tpclient/dist')).href;
    const script = `
      import { createClient } from '${dist}/index.js';
      import { abortable } from '${dist}/runtime/transport.js';
      const ctrl = new AbortController();
      ctrl.abort();
      let called = 0;
      // A fetch that, like the platform's, rejects when its signal is aborted.
      const fetch = (_url, init) => { called++; return init.signal.aborted ? Promise.reject(init.signal.reason) : new Promise(() => {}); };
      const client = createClient({ endpoint: 'http://127.0.0.1:9/x.asmx', fetch });
      const names = [];
      try { await client.getChatRequestByConnectionId({}, { signal: ctrl.signal }); } catch (e) { names.push(e.name); }
      try { await abortable(Promise.reject(new Error('late failure')), ctrl.signal); } catch (e) { names.push(e.name); }
      await new Promise((r) => setTimeout(r, 100));
      console.log(JSON.stringify({ names, called }));
    `;
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { timeout: 30_000 });
    expect(JSON.parse(stdout)).toEqual({ names: ['AbortError', 'AbortError'], called: 0 });
  });
});
