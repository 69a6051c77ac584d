import { describe, expect, it } from 'vitest';
import { createSoapRuntime, type ClientOptions } from '../../templates/runtime/client.js';
import { HttpError, ResponseError, SoapFaultError, SvcgenError, TimeoutError, ValidationError } from '../../templates/runtime/errors.js';
import { chatEnvelope11, chatService, createInteractionOp, getChatOp, plusventaService, sampleChat, TNS } from './descriptors.js';

interface Recorded {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | undefined;
  signal: AbortSignal | undefined;
}

/** A fetch that records requests and answers with the given response. */
function fakeFetch(answer: (req: Recorded) => Response | Promise<Response>): { fetch: typeof fetch; calls: Recorded[] } {
  const calls: Recorded[] = [];
  const f = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const req: Recorded = {
      url: String(input),
      method: init?.method ?? 'GET',
      headers: { ...(init?.headers as Record<string, string>) },
      body: init?.body === undefined || init.body === null ? undefined : String(init.body),
      signal: init?.signal ?? undefined,
    };
    calls.push(req);
    return answer(req);
  };
  return { fetch: f as typeof fetch, calls };
}

const xmlResponse = (body: string, status = 200, type = 'text/xml; charset=utf-8') =>
  new Response(body, { status, headers: { 'Content-Type': type, 'X-Trace': 't1' } });

const chatInput = { PublicKey1: 'k', EncryptedUser: 'u', EncryptedPassword: 'p', EncryptedSignature: 's', ChatConnectionIDBD: 'c' };

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection');
}

describe('SOAP invoke', () => {
  it('posts the SOAP 1.1 request and resolves to the result field', async () => {
    const chat = sampleChat(1);
    const inner = `<response><responseCode>0</responseCode></response><ChatRequest>${Object.entries(chat)
      .map(([k, v]) => `<${k}>${String(v).replace(/&/g, '&amp;').replace(/</g, '&lt;')}</${k}>`)
      .join('')}</ChatRequest>`;
    const { fetch, calls } = fakeFetch(() => xmlResponse(chatEnvelope11(inner)));
    const rt = createSoapRuntime(chatService, { fetch, headers: { Authorization: 'Bearer x' } });
    const res = await rt.invoke(getChatOp, chatInput, { headers: { 'X-Call': '1' } });
    expect(calls).toHaveLength(1);
    const req = calls[0];
    expect(req.url).toBe('https://semp.example.test/semp/TPClientWebServicesAPI.asmx');
    expect(req.method).toBe('POST');
    expect(req.headers).toEqual({
      'Content-Type': 'text/xml; charset=utf-8',
      SOAPAction: '"http://tempuri.org/GetChatRequestByConnectionId"',
      Authorization: 'Bearer x',
      'X-Call': '1',
    });
    expect(req.body).toContain('<soap:Body><GetChatRequestByConnectionId xmlns="http://tempuri.org/"><PublicKey1>k</PublicKey1>');
    expect(res.status).toBe(200);
    expect(res.headers['x-trace']).toBe('t1');
    expect(res.result).toEqual({ response: { responseCode: 0 }, ChatRequest: chat });
  });

  it('uses SOAP 1.2 when asked, and the void operation resolves to undefined', async () => {
    const env = `<soap12:Envelope xmlns:soap12="http://www.w3.org/2003/05/soap-envelope"><soap12:Body><CreateInteractionResponse xmlns="${TNS}" /></soap12:Body></soap12:Envelope>`;
    const { fetch, calls } = fakeFetch(() => xmlResponse(env, 200, 'application/soap+xml; charset=utf-8'));
    const rt = createSoapRuntime(plusventaService, { fetch, protocol: 'soap12', headers: { 'content-type': 'overridden' } });
    const res = await rt.invoke(createInteractionOp, { evaluation: 1, duration: '2.5' });
    expect(res.result).toBeUndefined();
    expect(calls[0].headers).toEqual({ 'content-type': 'overridden' });
    expect(calls[0].body).toContain('<soap12:Envelope');
  });

  it('maps a fault to SoapFaultError whatever the status', async () => {
    const fault = `<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><soap:Fault><faultcode>soap:Server</faultcode><faultstring>boom</faultstring></soap:Fault></soap:Body></soap:Envelope>`;
    for (const status of [500, 200]) {
      const { fetch } = fakeFetch(() => xmlResponse(fault, status));
      const err = (await rejection(createSoapRuntime(chatService, { fetch }).invoke(getChatOp, chatInput))) as SoapFaultError;
      expect(err).toBeInstanceOf(SoapFaultError);
      expect(err.faultString).toBe('boom');
      expect(err.status).toBe(status);
    }
  });

  it('maps an HTML 500 page to HttpError and a 2xx HTML page to ResponseError', async () => {
    const html = '<!DOCTYPE html><html><body><h1>Server Error in / Application.</h1></body></html>';
    let f = fakeFetch(() => new Response(html, { status: 500, statusText: 'Internal Server Error', headers: { 'Content-Type': 'text/html' } }));
    const err = (await rejection(createSoapRuntime(chatService, { fetch: f.fetch }).invoke(getChatOp, chatInput))) as HttpError;
    expect(err).toBeInstanceOf(HttpError);
    expect(err.status).toBe(500);
    expect(err.statusText).toBe('Internal Server Error');
    expect(err.body).toBe(html);
    expect(err.headers['content-type']).toBe('text/html');
    f = fakeFetch(() => new Response(html, { status: 200, headers: { 'Content-Type': 'text/html' } }));
    const bad = await rejection(createSoapRuntime(chatService, { fetch: f.fetch }).invoke(getChatOp, chatInput));
    expect(bad).toBeInstanceOf(ResponseError);
    f = fakeFetch(() => new Response('', { status: 503 }));
    expect(await rejection(createSoapRuntime(chatService, { fetch: f.fetch }).invoke(getChatOp, chatInput))).toBeInstanceOf(HttpError);
  });

  it('validates before sending', async () => {
    const { fetch, calls } = fakeFetch(() => xmlResponse(''));
    const err = (await rejection(createSoapRuntime(plusventaService, { fetch }).invoke(createInteractionOp, { evaluation: 2 ** 31, username: 7 }))) as ValidationError;
    expect(err).toBeInstanceOf(ValidationError);
    expect(err.problems.map((p) => p.path).sort()).toEqual(['request.duration', 'request.evaluation', 'request.username']);
    expect(calls).toHaveLength(0);
  });

  it('reports PROTOCOL and CONFIG errors', async () => {
    const { fetch } = fakeFetch(() => xmlResponse(''));
    const p = (await rejection(createSoapRuntime(chatService, { fetch, protocol: 'http-get' }).invoke(getChatOp, chatInput))) as SvcgenError;
    expect(p.code).toBe('PROTOCOL');
    expect(p.message).toContain('soap11, soap12');
    const c = (await rejection(createSoapRuntime({ ...chatService, endpoints: {} }, { fetch }).invoke(getChatOp, chatInput))) as SvcgenError;
    expect(c.code).toBe('CONFIG');
  });
});

describe('time-outs and aborts', () => {
  const never = (): Promise<Response> => new Promise(() => undefined);

  it('rejects with a TimeoutError (code TIMEOUT), even when fetch ignores the signal', async () => {
    const { fetch, calls } = fakeFetch(never);
    const err = (await rejection(createSoapRuntime(chatService, { fetch, timeoutMs: 20 }).invoke(getChatOp, chatInput))) as TimeoutError;
    expect(err).toBeInstanceOf(TimeoutError);
    expect(err).toBeInstanceOf(SvcgenError);
    expect(err).toMatchObject({ name: 'TimeoutError', code: 'TIMEOUT', timeoutMs: 20 });
    expect(calls[0].signal?.aborted).toBe(true);
  });

  it('rejects with the AbortError of the caller signal, and passes the abort to fetch', async () => {
    const { fetch, calls } = fakeFetch(
      (req) => new Promise<Response>((_resolve, reject) => req.signal?.addEventListener('abort', () => reject(req.signal?.reason))),
    );
    const ctrl = new AbortController();
    const p = createSoapRuntime(chatService, { fetch, timeoutMs: 10_000 }).invoke(getChatOp, chatInput, { signal: ctrl.signal });
    // Abort once the request is on the wire (security and hooks may run before fetch).
    while (calls.length === 0) await new Promise((r) => setTimeout(r, 1));
    ctrl.abort();
    const err = (await rejection(p)) as DOMException;
    expect(err.name).toBe('AbortError');
    expect(calls[0].signal?.aborted).toBe(true);
    const pre = new AbortController();
    pre.abort();
    expect(((await rejection(createSoapRuntime(chatService, { fetch }).invoke(getChatOp, chatInput, { signal: pre.signal }))) as DOMException).name).toBe(
      'AbortError',
    );
  });
});

describe('HTTP GET and POST invoke', () => {
  const input = { username: 'ana maria', evaluation: 3, duration: '1.5', comments: null };

  it('sends HTTP GET to endpoint/OpName?query', async () => {
    const { fetch, calls } = fakeFetch(() => new Response('', { status: 200 }));
    const opts: ClientOptions = { fetch, protocol: 'http-get', endpoint: 'https://h.example/Svc.asmx/' };
    const res = await createSoapRuntime(plusventaService, opts).invoke(createInteractionOp, input);
    expect(calls[0].method).toBe('GET');
    expect(calls[0].url).toBe('https://h.example/Svc.asmx/CreateInteraction?username=ana%20maria&evaluation=3&duration=1.5');
    expect(calls[0].body).toBeUndefined();
    expect(res.result).toBeUndefined();
  });

  it('sends HTTP POST as a form and maps errors to HttpError', async () => {
    const { fetch, calls } = fakeFetch(() => new Response('System.InvalidOperationException: Missing parameter', { status: 500 }));
    const err = await rejection(createSoapRuntime(plusventaService, { fetch, protocol: 'http-post' }).invoke(createInteractionOp, input));
    expect(err).toBeInstanceOf(HttpError);
    expect(calls[0].url).toBe('https://api-sandbox.plusventa.example/PlusventaServiceV2.asmx/CreateInteraction');
    expect(calls[0].headers).toEqual({ 'Content-Type': 'application/x-www-form-urlencoded' });
    expect(calls[0].body).toBe('username=ana%20maria&evaluation=3&duration=1.5');
  });
});
