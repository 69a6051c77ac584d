import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as plusventa from '../../generated/plusventa/index.js';
import * as tpclient from '../../generated/tpclient/index.js';

/**
 * Servers that misbehave on purpose, on 127.0.0.1 (an ephemeral port), called through the
 * generated clients: each answer is a typed error, never a wrong value.
 */

type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void;
const handlers = new Map<string, Handler>();
let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (body += c));
    req.on('end', () => {
      const h = handlers.get(req.url ?? '');
      if (h) h(req, res, body);
      else res.writeHead(404).end('no handler');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const SOAP11 = 'http://schemas.xmlsoap.org/soap/envelope/';
const SOAP12 = 'http://www.w3.org/2003/05/soap-envelope';
const TEXT_XML = { 'content-type': 'text/xml; charset=utf-8' };
const chatResult = (inner: string) =>
  `<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="${SOAP11}"><soap:Body><GetChatRequestByConnectionIdResponse xmlns="http://tempuri.org/"><GetChatRequestByConnectionIdResult>${inner}</GetChatRequestByConnectionIdResult></GetChatRequestByConnectionIdResponse></soap:Body></soap:Envelope>`;
const fullChat = '<response><responseCode>0</responseCode><responseDescription>ok</responseDescription></response><ChatRequest><IdRequest>1</IdRequest><CaseNumber>2</CaseNumber><CreationDate>2024-01-02T03:04:05</CreationDate><IdQueue>3</IdQueue><KeepAliveRouterDate>2024-01-02T03:04:05</KeepAliveRouterDate><AssignAgentRouterDate>2024-01-02T03:04:05</AssignAgentRouterDate><IdConnection>4</IdConnection><IdRequestTransfer>5</IdRequestTransfer><UserOffsetTime>6</UserOffsetTime></ChatRequest>';

/** Registers a handler under a fresh path and returns the tpclient and plusventa clients pointed at it. */
function serve(path: string, handler: Handler, timeoutMs?: number) {
  handlers.set(`/${path}`, handler);
  const endpoint = `${base}/${path}`;
  return {
    tp: tpclient.createClient({ endpoint, ...(timeoutMs ? { timeoutMs } : {}) }),
    pv: plusventa.createClient({ endpoint, ...(timeoutMs ? { timeoutMs } : {}) }),
  };
}

async function failure(p: Promise<unknown>): Promise<Error & Record<string, unknown>> {
  return p.then(
    (v) => {
      throw new Error(`expected an error, got the value ${JSON.stringify(v)}`);
    },
    (e: unknown) => e as Error & Record<string, unknown>,
  );
}

describe('a well-behaved answer first (the test bed works)', () => {
  test('a complete response reads into the typed result', async () => {
    const { tp } = serve('ok', (_q, res) => res.writeHead(200, TEXT_XML).end(chatResult(fullChat)));
    const r = await tp.getChatRequestByConnectionId({ PublicKey1: 'k' });
    expect(r?.ChatRequest?.IdRequest).toBe(1);
  });
});

describe('broken servers', () => {
  test('a body that is not XML (200)', async () => {
    const { tp, pv } = serve('notxml', (_q, res) => res.writeHead(200, TEXT_XML).end('Service temporarily unavailable'));
    const errors = [[await failure(tp.getChatRequestByConnectionId({})), tpclient.ResponseError], [await failure(pv.createInteraction({ evaluation: 1, duration: '1' })), plusventa.ResponseError]] as const;
    for (const [e, type] of errors) {
      expect(e).toBeInstanceOf(type);
      expect(e.code).toBe('BAD_RESPONSE');
      expect(e.message).toMatch(/not XML/);
      expect(e.status).toBe(200);
    }
  });

  test('an HTML error page with status 500', async () => {
    const page = '<!DOCTYPE html><html><head><title>Runtime Error</title></head><body><h1>Server Error in \'/\' Application.</h1></body></html>';
    const { tp } = serve('html500', (_q, res) => res.writeHead(500, 'Internal Server Error', { 'content-type': 'text/html; charset=utf-8' }).end(page));
    const e = await failure(tp.getChatRequestByConnectionId({}));
    expect(e).toBeInstanceOf(tpclient.HttpError);
    expect(e.code).toBe('HTTP_ERROR');
    expect(e.status).toBe(500);
    expect(e.body).toBe(page);
  });

  test('an HTML page with status 200 (wrong content type)', async () => {
    const { tp } = serve('html200', (_q, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(chatResult(fullChat)));
    const e = await failure(tp.getChatRequestByConnectionId({}));
    expect(e).toBeInstanceOf(tpclient.ResponseError);
    expect(e.message).toMatch(/content type text\/html/);
  });

  test.each([0.3, 0.6, 0.9, 0.99])('an envelope truncated at %s of its length', async (f) => {
    const xml = chatResult(fullChat);
    const { tp } = serve(`trunc${f}`, (_q, res) => res.writeHead(200, TEXT_XML).end(xml.slice(0, Math.floor(xml.length * f))));
    const e = await failure(tp.getChatRequestByConnectionId({}));
    expect(e).toBeInstanceOf(tpclient.ResponseError);
    expect(e.message).toMatch(/truncated|unexpected end|missing/);
  });

  test('a SOAP 1.2 fault on a SOAP 1.1 call', async () => {
    const fault = `<?xml version="1.0"?><env:Envelope xmlns:env="${SOAP12}"><env:Body><env:Fault><env:Code><env:Value>env:Receiver</env:Value><env:Subcode><env:Value>m:Busy</env:Value></env:Subcode></env:Code><env:Reason><env:Text xml:lang="en">Try later</env:Text></env:Reason></env:Fault></env:Body></env:Envelope>`;
    const { tp } = serve('fault12', (_q, res) => res.writeHead(500, { 'content-type': 'application/soap+xml; charset=utf-8' }).end(fault));
    const e = await failure(tp.getChatRequestByConnectionId({}));
    expect(e).toBeInstanceOf(tpclient.SoapFaultError);
    expect(e).toMatchObject({ code: 'SOAP_FAULT', faultCode: 'env:Receiver', faultString: 'Try later', soapVersion: 'soap12', subcodes: ['m:Busy'], status: 500 });
    expect(e.message).toMatch(/SOAP 1\.2 fault received for a SOAP 1\.1 request/);
  });

  test('an unexpected root element', async () => {
    const { tp } = serve('root', (_q, res) => res.writeHead(200, TEXT_XML).end('<?xml version="1.0"?><error><message>oops</message></error>'));
    const e = await failure(tp.getChatRequestByConnectionId({}));
    expect(e).toBeInstanceOf(tpclient.ResponseError);
    expect(e.message).toMatch(/unexpected root element <error>.*expected a SOAP Envelope/);
  });

  test('an unexpected body element', async () => {
    const xml = `<soap:Envelope xmlns:soap="${SOAP11}"><soap:Body><OtherResponse xmlns="http://tempuri.org/"/></soap:Body></soap:Envelope>`;
    const { tp } = serve('body', (_q, res) => res.writeHead(200, TEXT_XML).end(xml));
    const e = await failure(tp.getChatRequestByConnectionId({}));
    expect(e.message).toMatch(/unexpected body element <OtherResponse>/);
  });

  test('a missing required element', async () => {
    const { tp } = serve('missing', (_q, res) => res.writeHead(200, TEXT_XML).end(chatResult(fullChat.replace('<IdQueue>3</IdQueue>', ''))));
    const e = await failure(tp.getChatRequestByConnectionId({}));
    expect(e).toBeInstanceOf(tpclient.ResponseError);
    expect(e.message).toMatch(/missing required element IdQueue at .*ChatRequest/);
  });

  test('a value of the wrong type', async () => {
    const { tp } = serve('badint', (_q, res) => res.writeHead(200, TEXT_XML).end(chatResult(fullChat.replace('<IdQueue>3</IdQueue>', '<IdQueue>three</IdQueue>'))));
    const e = await failure(tp.getChatRequestByConnectionId({}));
    expect(e.message).toMatch(/invalid int "three" at .*IdQueue/);
  });

  test('a DOCTYPE in the answer is refused (no entity is expanded)', async () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>${chatResult('&b;').replace(/^<\?xml[^>]*\?>/, '')}`;
    const { tp } = serve('doctype', (_q, res) => res.writeHead(200, TEXT_XML).end(xml));
    const e = await failure(tp.getChatRequestByConnectionId({}));
    expect(e).toBeInstanceOf(tpclient.ResponseError);
    expect(e.message).toMatch(/DOCTYPE is not allowed/);
  });

  test('a connection reset before any answer', async () => {
    const { tp, pv } = serve('reset', (req) => req.socket.destroy());
    for (const [e, base] of [[await failure(tp.getChatRequestByConnectionId({})), tpclient.SvcgenError], [await failure(pv.createInteraction({ evaluation: 1, duration: '1' })), plusventa.SvcgenError]] as const) {
      expect(e).toBeInstanceOf(base);
      expect(e.code).toBe('NETWORK');
      expect(e.message).toMatch(/request to http:\/\/127\.0\.0\.1:\d+\/reset failed/);
    }
  });

  test('a connection reset in the middle of the body', async () => {
    const { tp } = serve('midreset', (_q, res) => {
      res.writeHead(200, { ...TEXT_XML, 'content-length': '5000' });
      res.write(chatResult(fullChat).slice(0, 200));
      setTimeout(() => res.socket?.destroy(), 20);
    });
    const e = await failure(tp.getChatRequestByConnectionId({}));
    expect(e.code).toBe('NETWORK');
  });

  test('a server that never answers: the time-out rejects with a TimeoutError', async () => {
    const { tp } = serve('slow', () => undefined, 200);
    const started = performance.now();
    const e = await failure(tp.getChatRequestByConnectionId({}));
    expect(e.name).toBe('TimeoutError');
    expect(performance.now() - started).toBeLessThan(3000);
  });

  test('a fault with status 200 is still a fault', async () => {
    const fault = `<soap:Envelope xmlns:soap="${SOAP11}"><soap:Body><soap:Fault><faultcode>soap:Server</faultcode><faultstring>Boom</faultstring></soap:Fault></soap:Body></soap:Envelope>`;
    const { pv } = serve('fault200', (_q, res) => res.writeHead(200, TEXT_XML).end(fault));
    const e = await failure(pv.createInteraction({ evaluation: 1, duration: '1' }));
    expect(e).toBeInstanceOf(plusventa.SoapFaultError);
    expect(e).toMatchObject({ faultCode: 'soap:Server', faultString: 'Boom', soapVersion: 'soap11' });
  });
});
