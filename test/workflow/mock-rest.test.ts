/** The `createMockFetch()` every Web API package exports, exercised through the generated clients. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import * as caliq from '../../generated/caliq/index.js';
import * as seethepro from '../../generated/seethepro/index.js';
import { emitPackage } from '../../generator/emit/index.js';
import { resolveService } from '../../generator/pipeline.js';
import { compactJson, compactXml } from '../rest/helpers.js';
import { shopService } from '../rest/synthetic-service.js';

const BASE = 'https://api.example.invalid/';

/** A Caliq request that keeps every annotation (the page's sample strings break the MaxLength ones). */
const caliqBody: caliq.InteractionCreateParams = {
  apiKey: 'k-1',
  ChannelID: 4,
  AccountNo: 'ACC0001',
  UniqueID: 'u-77',
  Kind: 'C',
  ContactedBy: 'ANN',
  ContactedFirstName: 'Bo',
  ContactedSurname: 'Cy',
  FollowUpBy: 'ANN',
};

const errorOf = (p: Promise<unknown>) => p.then(
  () => undefined,
  (e: unknown) => e,
);

describe('createMockFetch of a Web API package', () => {
  test('answers with the fixture in JSON by default and in XML when the client asks for XML', async () => {
    for (const format of ['json', 'xml', 'form'] as const) {
      const mock = seethepro.createMockFetch();
      const client = seethepro.createClient({ baseUrl: BASE, fetch: mock, format });
      const fx = seethepro.fixtures.vspinteractionCreate;
      const raw = await client.$raw.vspinteractionCreate(fx.body);
      expect(raw.result).toEqual(fx.response);
      expect(raw.status).toBe(200);
      expect(raw.headers['content-type']).toMatch(format === 'xml' ? /^application\/xml/ : /^application\/json/);
      // What the mock decoded is what the client sent, whatever the body format.
      expect(mock.calls).toHaveLength(1);
      expect(mock.calls[0]).toMatchObject({ operation: 'vspinteractionCreate', method: 'POST', url: `${BASE}api/vspinteraction/create`, format, problems: [] });
      expect(mock.calls[0].body).toEqual(fx.body);
    }
  });

  test('the answers are the page\'s own samples, written by the package\'s writers', async () => {
    for (const [pkg, method, path] of [
      [seethepro, 'vspinteractionCreate', 'api/vspinteraction/create'],
      [caliq, 'interactionCreate', 'api/v1/InteractionCreate'],
    ] as const) {
      const mock = pkg.createMockFetch({ validate: false });
      const samples = (pkg.fixtures as Record<string, { samples: Record<string, { request?: string; response?: string }> }>)[method].samples;
      const post = (accept: string) => mock(`${BASE}${path}`, { method: 'POST', headers: { Accept: accept, 'Content-Type': 'application/json' }, body: samples.json.request });
      const json = await post('application/json, text/json');
      expect(json.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await json.text()).toBe(compactJson(samples.json.response!));
      const xml = await post('application/xml, text/xml');
      expect(xml.headers.get('content-type')).toMatch(/^application\/xml/);
      expect(await xml.text()).toBe(compactXml(samples.xml.response!));
    }
  });

  test('overrides: a fixed result, a result computed from the decoded body, reset', async () => {
    const mock = caliq.createMockFetch({
      overrides: { interactionCreate: { response: (r) => ({ InteractionAddData: { OK: r.body.ChannelID === 4, InteractionCreateIssues: [{ ID: 1, Message: `for ${r.body.AccountNo}` }] } }) } },
    });
    const client = caliq.createClient({ baseUrl: BASE, fetch: mock });
    expect(await client.interactionCreate(caliqBody)).toEqual({ InteractionAddData: { OK: true, InteractionCreateIssues: [{ ID: 1, Message: 'for ACC0001' }] } });
    mock.override('interactionCreate', { response: { InteractionAddData: { OK: false } }, status: 201, headers: { Location: '/i/1' } });
    const raw = await client.$raw.interactionCreate(caliqBody);
    expect(raw).toMatchObject({ status: 201, result: { InteractionAddData: { OK: false } } });
    expect(raw.headers.location).toBe('/i/1');
    mock.reset();
    expect(mock.calls).toHaveLength(0);
    expect(await client.interactionCreate(caliqBody)).toEqual(caliq.fixtures.interactionCreate.response);
    expect(mock.calls).toHaveLength(1);
  });

  test('an invalid request gets 400 with a ModelState body: the client sees ApiError.fieldErrors, in JSON and XML', async () => {
    for (const format of ['json', 'xml'] as const) {
      const mock = caliq.createMockFetch();
      // The client's own validation is off, so the request reaches the mock as written.
      const client = caliq.createClient({ baseUrl: BASE, fetch: mock, format, validate: false });
      const { UniqueID: _omitted, ...rest } = caliqBody;
      const err = await errorOf(client.interactionCreate({ ...rest, AccountNo: 'ACC000000001' } as caliq.InteractionCreateParams));
      expect(err).toBeInstanceOf(caliq.ApiError);
      const e = err as caliq.ApiError;
      expect(e.status).toBe(400);
      expect(e.meaning).toBe(caliq.descriptors.InteractionCreateOperation.statuses?.[400]);
      expect(e.apiMessage).toBe('The request is invalid.');
      expect(Object.keys(e.fieldErrors).sort()).toEqual(['body.AccountNo', 'body.UniqueID']);
      expect(e.fieldErrors['body.AccountNo'][0]).toMatch(/maximum 10/);
      expect(e.headers['content-type']).toMatch(format === 'xml' ? /xml/ : /json/);
      expect(mock.calls[0].problems).toEqual([expect.stringMatching(/^body\.AccountNo: /), 'body.UniqueID: required']);
      // The same request passes the client's validators only when they are off: they are the same rules.
      const strict = caliq.createClient({ baseUrl: BASE, fetch: mock, format });
      const local = await errorOf(strict.interactionCreate({ ...rest, AccountNo: 'ACC000000001' } as caliq.InteractionCreateParams));
      expect((local as caliq.ValidationError).problems.map((p) => p.path).sort()).toEqual(['body.AccountNo', 'body.UniqueID']);
    }
  });

  test('the ModelState body is ASP.NET\'s shape; an unreadable body is a 400 too', async () => {
    const mock = seethepro.createMockFetch();
    const url = `${BASE}api/vspinteraction/create`;
    const res = await mock(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"AppAccessKey": "a",' });
    expect(res.status).toBe(400);
    const bad = JSON.parse(await res.text()) as { Message: string; ModelState: Record<string, string[]> };
    expect(bad.Message).toBe('The request is invalid.');
    expect(Object.keys(bad.ModelState)).toEqual(['body']);
    expect(bad.ModelState.body[0]).toMatch(/^invalid JSON request/);
    const missing = await mock(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    const body = JSON.parse(await missing.text()) as { ModelState: Record<string, string[]> };
    expect(body.ModelState['body.AppAccessKey']).toEqual(['required']);
    // SeeThePro documents no status, but a 400 with ModelState is ASP.NET's validation answer:
    // an ApiError with the field errors, also mapped to the request's paths.
    const client = seethepro.createClient({ baseUrl: BASE, fetch: mock, validate: false });
    const err = await errorOf(client.vspinteractionCreate({} as seethepro.CreateVspInteraction));
    expect(err).toBeInstanceOf(seethepro.ApiError);
    expect(Object.keys((err as seethepro.ApiError).fieldErrors)).toContain('body.ContactId');
    expect((err as seethepro.ApiError).requestErrors['body.ContactId']).toEqual(['required']);
  });

  test('documented statuses reach the caller as ApiError with the page\'s meaning; others as HttpError', async () => {
    const statuses = caliq.descriptors.InteractionCreateOperation.statuses ?? {};
    const mock = caliq.createMockFetch();
    const client = caliq.createClient({ baseUrl: BASE, fetch: mock, format: 'xml' });
    mock.override('interactionCreate', { apiError: { status: 401, message: 'Bad key', modelState: { 'body.Items[0].Name': ['x'] } } });
    const e401 = await errorOf(client.interactionCreate(caliqBody));
    expect(e401).toBeInstanceOf(caliq.ApiError);
    // XML names cannot hold `[`: the key travels encoded and is read back as written.
    expect(e401).toMatchObject({ status: 401, meaning: statuses[401], apiMessage: 'Bad key', fieldErrors: { 'body.Items[0].Name': ['x'] } });
    mock.override('interactionCreate', { httpError: { status: 503, body: 'down' } });
    const e503 = await errorOf(client.interactionCreate(caliqBody));
    expect(e503).toMatchObject({ name: 'ApiError', status: 503, meaning: statuses[503], body: 'down' });
    mock.override('interactionCreate', { httpError: { status: 418 } });
    const e418 = await errorOf(client.interactionCreate(caliqBody));
    expect(e418).toBeInstanceOf(caliq.HttpError);
    expect(e418).not.toBeInstanceOf(caliq.ApiError);
  });

  test('a delayed answer honours the client time-out', async () => {
    const mock = caliq.createMockFetch({ overrides: { interactionCreate: { delayMs: 5_000 } } });
    const client = caliq.createClient({ baseUrl: BASE, fetch: mock, timeoutMs: 20 });
    await expect(client.interactionCreate(caliqBody)).rejects.toMatchObject({ name: 'TimeoutError' });
  });

  test('unknown URLs get 404, known routes with another method 405, other media types 415', async () => {
    const mock = caliq.createMockFetch();
    expect((await mock(`${BASE}api/v1/Nope`)).status).toBe(404);
    const r405 = await mock(`${BASE}API/V1/interactioncreate`, { method: 'GET' });
    expect(r405.status).toBe(405);
    expect(r405.headers.get('allow')).toBe('POST');
    const r415 = await mock(`${BASE}api/v1/InteractionCreate`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'x' });
    expect(r415.status).toBe(415);
    expect(mock.calls).toHaveLength(0);
  });
});

describe('createMockFetch with route and query parameters (a hand-built service)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'svcgen-mock-rest-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  for (const [path, text] of await emitPackage(resolveService(shopService), { packageName: 'shop', build: false, format: false })) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  type Call = { operation: string; params: unknown; body: unknown; problems: string[] };
  type Mock = ((input: string, init?: RequestInit) => Promise<Response>) & { calls: Call[]; override(name: string, answer: object): void };
  type Client = Record<string, (...args: unknown[]) => Promise<unknown>>;
  const pkg = (await import(join(dir, 'index.ts'))) as {
    createMockFetch(o?: object): Mock;
    createClient(o: object): Client;
    fixtures: Record<string, { response: unknown; body: unknown }>;
    ApiError: new (...a: never[]) => Error;
  };

  test('route values and query values are decoded with their types; the answer is the fixture', async () => {
    const mock = pkg.createMockFetch();
    const client = pkg.createClient({ fetch: mock });
    const since = new Date(Date.UTC(2024, 0, 2, 3, 4, 5));
    expect(await client.accounts({ id: 42, q: 'a b/ä&', since })).toEqual(pkg.fixtures.accounts.response);
    expect(mock.calls[0]).toMatchObject({ operation: 'accounts', params: { id: 42, q: 'a b/ä&', since: since.toISOString() }, problems: [] });
  });

  test('a route value its type cannot hold is a 400 at params.<name>; a documented 404 is an ApiError', async () => {
    const mock = pkg.createMockFetch();
    const res = await mock('https://shop.example.test/api/v2/accounts/abc');
    expect(res.status).toBe(400);
    expect((JSON.parse(await res.text()) as { ModelState: object }).ModelState).toEqual({ 'params.id': ["The value 'abc' is not valid for id."] });
    mock.override('accounts', { apiError: { status: 404, message: 'No account 7' } });
    const err = await errorOf(pkg.createClient({ fetch: mock }).accounts({ id: 7 }));
    expect(err).toBeInstanceOf(pkg.ApiError);
    expect(err).toMatchObject({ status: 404, meaning: 'No such account', apiMessage: 'No account 7' });
  });

  test('an endpoint without a response answers 204; collection bodies are read in every format', async () => {
    for (const format of ['json', 'xml', 'form'] as const) {
      const mock = pkg.createMockFetch();
      const client = pkg.createClient({ fetch: mock, format });
      const body = [{ Name: 'Bo', Balance: '1.50', Status: 'Closed', Tags: ['x', 'y'] }, { Name: 'Cy' }];
      expect(await client.postAccounts(body)).toBeUndefined();
      expect(mock.calls[0]).toMatchObject({ operation: 'postAccounts', body, problems: [] });
    }
  });

  test('each call records what it received, bad or good', async () => {
    const mock = pkg.createMockFetch();
    const client = pkg.createClient({ fetch: mock, validate: false });
    await errorOf(client.postAccounts([{ Name: 'toolong' }]));
    await client.postAccounts([{ Name: 'ok' }]);
    expect(mock.calls.map((c) => [c.operation, c.problems.length])).toEqual([
      ['postAccounts', 1],
      ['postAccounts', 0],
    ]);
    expect(mock.calls[0].problems[0]).toMatch(/^body\[0\]\.Name: length 7/);
  });
});
