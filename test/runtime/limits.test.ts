import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import * as tpclient from '../../generated/tpclient/index.js';
import { createSoapRuntime } from '../../templates/runtime/client.js';
import { LimitError, ResponseError, SvcgenError, TimeoutError } from '../../templates/runtime/errors.js';
import { DEFAULT_LIMITS } from '../../templates/runtime/limits.js';
import { createRestRuntime } from '../../templates/runtime/rest-client.js';
import { readJson } from '../../templates/runtime/rest-json.js';
import type { RestOperationDesc, RestServiceDesc } from '../../templates/runtime/rest-schema.js';
import type { OperationDesc, ServiceDesc, TypeDesc } from '../../templates/runtime/schema.js';
import { readSoapResponse } from '../../templates/runtime/soap.js';
import { chatEnvelope11, chatService, getChatOp, Node } from './descriptors.js';

/**
 * The limits every call runs under (`timeoutMs`, `maxResponseBytes`, `maxDepth`): their defaults,
 * per-client and per-call values, each enforced with a typed error, against loopback servers on
 * 127.0.0.1 that answer too much, too slowly or too deeply.
 */

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
const handlers = new Map<string, Handler>();
let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    req.on('end', () => (handlers.get(req.url ?? '') ?? ((_q: IncomingMessage, r: ServerResponse) => r.writeHead(404).end()))(req, res));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

afterEach(() => {
  vi.useRealTimers();
});

function serve(path: string, handler: Handler): string {
  handlers.set(`/${path}`, handler);
  return `${base}/${path}`;
}

async function failure(p: Promise<unknown>): Promise<Error & Record<string, unknown>> {
  return p.then(
    (v) => {
      throw new Error(`expected an error, got ${JSON.stringify(v)}`);
    },
    (e: unknown) => e as Error & Record<string, unknown>,
  );
}

const SOAP11 = 'http://schemas.xmlsoap.org/soap/envelope/';
const chatResult = (inner: string) =>
  `<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="${SOAP11}"><soap:Body><GetChatRequestByConnectionIdResponse xmlns="http://tempuri.org/"><GetChatRequestByConnectionIdResult>${inner}</GetChatRequestByConnectionIdResult></GetChatRequestByConnectionIdResponse></soap:Body></soap:Envelope>`;
const okChat = chatResult('<response><responseCode>7</responseCode></response>');

/** A Web API endpoint answering a record with one string member. */
const Item: TypeDesc = { kind: 'complex', name: 'Item', fields: [{ key: 'Name', type: 'string', optional: true }] };
const getItem: RestOperationDesc = {
  name: 'GetItem',
  method: 'GET',
  path: 'api/item',
  response: { type: Item, xmlRoot: 'Item', xmlNs: '' },
  requestFormats: [],
  responseFormats: ['json', 'xml'],
  xmlFlavour: 'datacontract',
};
const restService = (baseUrl: string): RestServiceDesc => ({ name: 'Items', baseUrl });

describe('defaults', () => {
  test('documented defaults: 100 s, 64 MiB, 256 levels', () => {
    expect(DEFAULT_LIMITS).toEqual({ timeoutMs: 100_000, maxResponseBytes: 64 * 1024 * 1024, maxDepth: 256 });
    expect(tpclient.DEFAULT_LIMITS).toEqual(DEFAULT_LIMITS);
  });

  test('a client without timeoutMs still times out (after the default 100 s), SOAP and Web API', async () => {
    vi.useFakeTimers();
    const never = (() => new Promise<Response>(() => undefined)) as typeof fetch;
    const soap = failure(createSoapRuntime(chatService, { fetch: never }).invoke(getChatOp, {}));
    const rest = failure(createRestRuntime(restService('http://h.example/'), { fetch: never }).invoke(getItem, undefined, undefined));
    await vi.advanceTimersByTimeAsync(99_999);
    let settled = false;
    void Promise.race([soap, rest]).then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    for (const e of [await soap, await rest]) {
      expect(e).toBeInstanceOf(TimeoutError);
      expect(e).toMatchObject({ code: 'TIMEOUT', timeoutMs: 100_000 });
    }
  });

  test('timeoutMs: 0 turns the time limit off; the caller can still abort', async () => {
    vi.useFakeTimers();
    const ctrl = new AbortController();
    const hanging = ((_u: unknown, init?: RequestInit) =>
      new Promise<Response>((_r, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)))) as typeof fetch;
    const p = failure(createSoapRuntime(chatService, { fetch: hanging, timeoutMs: 0 }).invoke(getChatOp, {}, { signal: ctrl.signal }));
    let settled = false;
    void p.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(10_000_000);
    expect(settled).toBe(false);
    ctrl.abort();
    expect((await p).name).toBe('AbortError');
  });

  test('bad limit values are CONFIG errors', async () => {
    const f = (() => Promise.resolve(new Response(okChat))) as typeof fetch;
    for (const bad of [{ maxDepth: 0 }, { maxResponseBytes: -1 }, { timeoutMs: Number.NaN }, { maxDepth: 2.5 }]) {
      const e = await failure(createSoapRuntime(chatService, { fetch: f, ...bad }).invoke(getChatOp, {}));
      expect(e).toBeInstanceOf(SvcgenError);
      expect(e.code).toBe('CONFIG');
    }
  });
});

describe('timeoutMs', () => {
  test('a server that trickles bytes forever: the time limit covers reading the body', async () => {
    const url = serve('trickle', (_q, res) => {
      res.writeHead(200, { 'content-type': 'text/xml; charset=utf-8' });
      res.write('<?xml version="1.0"?>');
      const t = setInterval(() => (res.destroyed ? clearInterval(t) : res.write(' ')), 20);
      res.on('close', () => clearInterval(t));
    });
    const started = performance.now();
    const e = await failure(tpclient.createClient({ endpoint: url, timeoutMs: 300 }).getChatRequestByConnectionId({}));
    expect(e).toBeInstanceOf(tpclient.TimeoutError);
    expect(e.code).toBe('TIMEOUT');
    expect(performance.now() - started).toBeLessThan(5000);
  });

  test('a call option overrides the client time limit (SOAP and Web API)', async () => {
    const url = serve('silent', () => undefined);
    serve('silent-rest/api/item', () => undefined);
    const soap = await failure(tpclient.createClient({ endpoint: url, timeoutMs: 60_000 }).getChatRequestByConnectionId({}, { timeoutMs: 100 }));
    expect(soap).toMatchObject({ name: 'TimeoutError', code: 'TIMEOUT', timeoutMs: 100 });
    const rest = await failure(createRestRuntime(restService(`${base}/silent-rest`), { timeoutMs: 60_000 }).invoke(getItem, undefined, undefined, { timeoutMs: 100 }));
    expect(rest).toMatchObject({ name: 'TimeoutError', code: 'TIMEOUT', timeoutMs: 100 });
  });
});

describe('maxResponseBytes', () => {
  test('a body without Content-Length that never ends is cut off while it streams in', async () => {
    let sent = 0;
    const url = serve('endless', (_q, res) => {
      res.writeHead(200, { 'content-type': 'text/xml; charset=utf-8' });
      const chunk = `<x>${'a'.repeat(16 * 1024)}</x>`;
      const pump = (): void => {
        while (!res.destroyed && sent < 256 * 1024 * 1024) {
          sent += chunk.length;
          if (!res.write(chunk)) {
            res.once('drain', pump);
            return;
          }
        }
      };
      pump();
    });
    const e = await failure(tpclient.createClient({ endpoint: url, maxResponseBytes: 1024 * 1024 }).getChatRequestByConnectionId({}));
    expect(e).toBeInstanceOf(tpclient.LimitError);
    expect(e).toBeInstanceOf(tpclient.ResponseError);
    expect(e).toMatchObject({ code: 'LIMIT', limit: 'maxResponseBytes', max: 1024 * 1024, status: 200 });
    // Refused long before the 256 MB the server would send.
    expect(sent).toBeLessThan(64 * 1024 * 1024);
  });

  test('a Content-Length above the limit is refused before any byte of the body', async () => {
    serve('huge/api/item', (_q, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(10 * 1024 * 1024 * 1024) });
      res.write('{');
    });
    const e = await failure(createRestRuntime(restService(`${base}/huge`), {}).invoke(getItem, undefined, undefined));
    expect(e).toBeInstanceOf(LimitError);
    expect(e.message).toMatch(/10737418240 bytes exceeds maxResponseBytes \(67108864\)/);
  });

  test('per client and per call (a call option wins)', async () => {
    const url = serve('okchat', (_q, res) => res.writeHead(200, { 'content-type': 'text/xml; charset=utf-8' }).end(okChat));
    const small = tpclient.createClient({ endpoint: url, maxResponseBytes: 100 });
    expect(await failure(small.getChatRequestByConnectionId({}))).toBeInstanceOf(tpclient.LimitError);
    const r = await small.getChatRequestByConnectionId({}, { maxResponseBytes: 10_000 });
    expect(r?.response?.responseCode).toBe(7);
    const roomy = tpclient.createClient({ endpoint: url });
    expect(await failure(roomy.getChatRequestByConnectionId({}, { maxResponseBytes: 100 }))).toMatchObject({ code: 'LIMIT' });
  });
});

describe('maxDepth', () => {
  const treeOp: OperationDesc = {
    name: 'Tree',
    protocols: ['soap11'],
    input: { name: 'Tree', type: { kind: 'complex', name: 'Tree', fields: [] } },
    output: { name: 'TreeResponse', type: { kind: 'complex', name: 'TreeResponse', fields: [{ key: 'TreeResult', type: Node, optional: true }] } },
    returns: 'object',
  } as unknown as OperationDesc;
  const nested = (levels: number) => `<soap:Envelope xmlns:soap="${SOAP11}"><soap:Body><TreeResponse><TreeResult>${'<Child>'.repeat(levels)}${'</Child>'.repeat(levels)}</TreeResult></TreeResponse></soap:Body></soap:Envelope>`;

  test('XML nested 1,500 levels is a LimitError naming maxDepth, never a stack overflow', () => {
    const read = () => readSoapResponse('soap11', treeOp, nested(1500), 200, 'text/xml');
    expect(read).toThrow(LimitError);
    expect(read).toThrow(/nested deeper than 256 elements \(maxDepth\) at TreeResponse\/TreeResult\/Child/);
    // Even nesting that is only skipped (an unknown element) counts.
    const skipped = `<soap:Envelope xmlns:soap="${SOAP11}"><soap:Body><TreeResponse><Other>${'<a>'.repeat(5000)}${'</a>'.repeat(5000)}</Other></TreeResponse></soap:Body></soap:Envelope>`;
    expect(() => readSoapResponse('soap11', treeOp, skipped, 200, 'text/xml')).toThrow(LimitError);
  });

  test('nesting within the limit is read; the limit can be raised per call', async () => {
    const value = readSoapResponse('soap11', treeOp, nested(200), 200, 'text/xml').value as Record<string, unknown>;
    let depth = 0;
    for (let n = value.TreeResult as Record<string, unknown> | undefined; n?.Child; n = n.Child as Record<string, unknown>) depth++;
    expect(depth).toBe(200);
    const service: ServiceDesc = { ...chatService, name: 'Tree', endpoints: { soap11: 'http://h.example/Tree.asmx' } } as ServiceDesc;
    const doFetch = (() => Promise.resolve(new Response(nested(400), { headers: { 'content-type': 'text/xml' } }))) as typeof fetch;
    const rt = createSoapRuntime(service, { fetch: doFetch });
    expect(await failure(rt.invoke(treeOp, {}))).toMatchObject({ code: 'LIMIT', limit: 'maxDepth', max: 256 });
    const deep = await rt.invoke(treeOp, {}, { maxDepth: 500 });
    expect(deep.result).toBeTruthy();
    expect(await failure(createSoapRuntime(service, { fetch: doFetch, maxDepth: 10 }).invoke(treeOp, {}))).toMatchObject({ code: 'LIMIT', max: 10 });
  });

  test('JSON nested 3,000 levels is a LimitError, typed or untyped, never a RangeError', () => {
    const deep = `${'['.repeat(3000)}${']'.repeat(3000)}`;
    expect(() => readJson(deep, undefined, false)).toThrow(LimitError);
    const members = `${'{"Child":'.repeat(3000)}null${'}'.repeat(3000)}`;
    expect(() => readJson(members, Node, false)).toThrow(/JSON response nested deeper than 256 levels \(maxDepth\) at Child(\.Child)+/);
    expect(readJson(`${'['.repeat(256)}${']'.repeat(256)}`, undefined, false)).toBeInstanceOf(Array);
    expect(() => readJson(`${'['.repeat(257)}${']'.repeat(257)}`, undefined, false)).toThrow(LimitError);
  });

  test('Web API client: deep JSON per client and per call limit', async () => {
    const body = `${'{"Child":'.repeat(300)}null${'}'.repeat(300)}`;
    const op: RestOperationDesc = { ...getItem, response: { type: Node, xmlRoot: 'Node', xmlNs: '' } };
    const doFetch = (() => Promise.resolve(new Response(body, { headers: { 'content-type': 'application/json' } }))) as typeof fetch;
    const rt = createRestRuntime(restService('http://h.example/'), { fetch: doFetch });
    const e = await failure(rt.invoke(op, undefined, undefined));
    expect(e).toBeInstanceOf(ResponseError);
    expect(e).toMatchObject({ code: 'LIMIT', limit: 'maxDepth', status: 200 });
    expect((await rt.invoke(op, undefined, undefined, { maxDepth: 400 })).result).toBeTruthy();
  });
});

describe('the chat fixture still reads (limits leave normal answers alone)', () => {
  test('a normal response', async () => {
    const doFetch = (() => Promise.resolve(new Response(chatEnvelope11('<response><responseCode>1</responseCode></response>'), { headers: { 'content-type': 'text/xml; charset=utf-8' } }))) as typeof fetch;
    const r = await createSoapRuntime(chatService, { fetch: doFetch }).invoke(getChatOp, {});
    expect(r.status).toBe(200);
  });
});
