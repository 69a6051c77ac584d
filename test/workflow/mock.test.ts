/** The `createMockFetch()` every SOAP package exports, exercised through the generated clients. */
import { describe, expect, test } from 'vitest';
import * as plusventa from '../../generated/plusventa/index.js';
import * as tpclient from '../../generated/tpclient/index.js';

describe('createMockFetch', () => {
  test('answers each operation with its fixture, over SOAP 1.1 and 1.2', async () => {
    for (const protocol of ['soap11', 'soap12'] as const) {
      const mock = tpclient.createMockFetch();
      const client = tpclient.createClient({ fetch: mock, protocol });
      const req = tpclient.fixtures.getChatRequestByConnectionId.request;
      const result = await client.getChatRequestByConnectionId(req);
      expect(result).toEqual(tpclient.fixtures.getChatRequestByConnectionId.response.GetChatRequestByConnectionIdResult);
      expect(mock.calls).toHaveLength(1);
      expect(mock.calls[0]).toMatchObject({ operation: 'getChatRequestByConnectionId', protocol, problems: [] });
      expect(mock.calls[0].request).toEqual(req);
    }
  });

  test('overrides: a response computed from the request, a SOAP fault, an HTTP error', async () => {
    const mock = tpclient.createMockFetch({
      overrides: {
        getChatRequestByConnectionId: {
          response: (r) => ({ GetChatRequestByConnectionIdResult: { response: { responseCode: 7, responseDescription: `for ${r.ChatConnectionIDBD}` } } }),
        },
      },
    });
    const client = tpclient.createClient({ fetch: mock });
    expect(await client.getChatRequestByConnectionId({ ChatConnectionIDBD: '42' })).toEqual({ response: { responseCode: 7, responseDescription: 'for 42' } });
    mock.override('getChatRequestByConnectionId', { fault: { message: 'Session expired', code: 'soap:Server' } });
    const fault = await client.getChatRequestByConnectionId({}).catch((e: unknown) => e);
    expect(fault).toBeInstanceOf(tpclient.SoapFaultError);
    expect((fault as Error).message).toMatch(/Session expired/);
    mock.override('getChatRequestByConnectionId', { httpError: { status: 503, body: 'down' } });
    const http = await client.getChatRequestByConnectionId({}).catch((e: unknown) => e);
    expect(http).toBeInstanceOf(tpclient.HttpError);
    expect((http as { status: number }).status).toBe(503);
    mock.reset();
    expect(mock.calls).toHaveLength(0);
    expect(await client.getChatRequestByConnectionId({})).toEqual(tpclient.fixtures.getChatRequestByConnectionId.response.GetChatRequestByConnectionIdResult);
  });

  test('a void operation resolves to undefined', async () => {
    const client = plusventa.createClient({ fetch: plusventa.createMockFetch(), endpoint: 'http://mock.invalid/S.asmx' });
    await expect(client.createInteraction(plusventa.fixtures.createInteraction.request)).resolves.toBeUndefined();
  });

  test('validates what it receives with the same validators: a bad request gets a Client fault', async () => {
    const mock = plusventa.createMockFetch();
    // The client's own validation is off, so the request reaches the mock as written.
    const client = plusventa.createClient({ fetch: mock, endpoint: 'http://mock.invalid/S.asmx', validate: false });
    const bad = { ...plusventa.fixtures.createInteraction.request, evaluation: 2 ** 40 };
    const err = await client.createInteraction(bad).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(plusventa.SoapFaultError);
    expect((err as Error).message).toMatch(/invalid request: request\.evaluation/);
    expect(mock.calls[0].problems.length).toBeGreaterThan(0);
    expect(mock.calls[0].problems[0]).toMatch(/^request\.evaluation: /);
  });

  test('a delayed answer honours the client time-out', async () => {
    const mock = tpclient.createMockFetch({ overrides: { getChatRequestByConnectionId: { delayMs: 5_000 } } });
    const client = tpclient.createClient({ fetch: mock, timeoutMs: 20 });
    await expect(client.getChatRequestByConnectionId({})).rejects.toMatchObject({ name: 'TimeoutError' });
  });

  test('a request for no known operation gets a Client fault; other protocols 501', async () => {
    const mock = tpclient.createMockFetch();
    const res = await mock('http://x/S.asmx', { method: 'POST', headers: { 'Content-Type': 'text/xml' }, body: '<Envelope xmlns="http://schemas.xmlsoap.org/soap/envelope/"><Body><Nope/></Body></Envelope>' });
    expect(res.status).toBe(500);
    expect(await res.text()).toMatch(/faultcode>soap:Client<.*no operation/);
    expect((await mock('http://x/S.asmx/Op?a=1')).status).toBe(501);
  });
});
