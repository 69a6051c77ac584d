/**
 * The SOAP mock's typing and merging: calls typed per operation, overrides by the method's result
 * type, partial overrides merged deeply over the fixture, one-shot (`once`) versus persistent
 * (`override`) answers.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import * as caliq from '../../generated/caliq/index.js';
import * as tpclient from '../../generated/tpclient/index.js';
import { typecheck } from '../helpers/typecheck.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixture = tpclient.fixtures.getChatRequestByConnectionId.response.GetChatRequestByConnectionIdResult!;

describe('mock answers', () => {
  test('a partial result is merged deeply over the fixture; arrays and scalars replace', async () => {
    const mock = tpclient.createMockFetch();
    const client = tpclient.createClient({ fetch: mock });
    mock.override('getChatRequestByConnectionId', { result: { ChatRequest: { UserName: 'Ada' } } });
    const r = await client.getChatRequestByConnectionId({});
    expect(r?.ChatRequest).toEqual({ ...fixture.ChatRequest, UserName: 'Ada' });
    expect(r?.response).toEqual(fixture.response);
  });

  test('a partial response element is merged too; a function gives the whole result from the request', async () => {
    const mock = tpclient.createMockFetch({ overrides: { getChatRequestByConnectionId: { response: { GetChatRequestByConnectionIdResult: { response: { responseCode: 9 } } } } } });
    const client = tpclient.createClient({ fetch: mock });
    expect((await client.getChatRequestByConnectionId({}))?.response).toEqual({ ...fixture.response, responseCode: 9 });
    mock.override('getChatRequestByConnectionId', { result: (req) => ({ response: { responseCode: 1, responseDescription: `for ${req.ChatConnectionIDBD}` } }) });
    expect(await client.getChatRequestByConnectionId({ ChatConnectionIDBD: '7' })).toEqual({ response: { responseCode: 1, responseDescription: 'for 7' } });
  });

  test('once answers the next call only, before a persistent override; override lasts until reset', async () => {
    const mock = tpclient.createMockFetch();
    const client = tpclient.createClient({ fetch: mock });
    const name = async () => (await client.getChatRequestByConnectionId({}))?.ChatRequest?.UserName;
    mock.override('getChatRequestByConnectionId', { result: { ChatRequest: { UserName: 'always' } } });
    mock.once('getChatRequestByConnectionId', { result: { ChatRequest: { UserName: 'first' } } });
    mock.once('getChatRequestByConnectionId', { fault: { message: 'second fails' } });
    expect(await name()).toBe('first');
    await expect(name()).rejects.toBeInstanceOf(tpclient.SoapFaultError);
    expect(await name()).toBe('always');
    expect(await name()).toBe('always');
    mock.reset();
    expect(await name()).toBe(fixture.ChatRequest?.UserName);
  });

  test('callsTo gives one operation\'s decoded requests', async () => {
    const mock = tpclient.createMockFetch();
    await tpclient.createClient({ fetch: mock }).getChatRequestByConnectionId({ ChatConnectionIDBD: 'x1' });
    expect(mock.callsTo('getChatRequestByConnectionId').map((c) => c.request.ChatConnectionIDBD)).toEqual(['x1']);
  });
});

describe('Web API mock answers', () => {
  // The page's sample strings break its MaxLength annotations: a valid request instead.
  const body: caliq.InteractionCreateParams = { apiKey: 'k-1', ChannelID: 4, AccountNo: 'ACC0001', UniqueID: 'u-77', Kind: 'C', ContactedBy: 'ANN', ContactedFirstName: 'Bo', ContactedSurname: 'Cy', FollowUpBy: 'ANN' };
  const fixtureResult = caliq.fixtures.interactionCreate.response!;

  test('a partial result is merged over the fixture; once answers the next call only; callsTo is typed', async () => {
    const mock = caliq.createMockFetch();
    const client = caliq.createClient({ baseUrl: 'https://api.example.invalid/', fetch: mock });
    mock.override('interactionCreate', { response: { InteractionAddData: { OK: false } } });
    mock.once('interactionCreate', { apiError: { status: 401, message: 'once' } });
    await expect(client.interactionCreate(body)).rejects.toBeInstanceOf(caliq.ApiError);
    expect(await client.interactionCreate(body)).toEqual({ InteractionAddData: { ...fixtureResult.InteractionAddData, OK: false } });
    expect(mock.callsTo('interactionCreate').map((c) => c.body?.AccountNo)).toEqual([body.AccountNo, body.AccountNo]);
  });
});

describe('mock types', () => {
  const check = (body: string): string[] => {
    const dir = mkdtempSync(join(tmpdir(), 'svcgen-mock-types-'));
    const file = join(dir, 'use.ts');
    writeFileSync(file, `import { createMockFetch } from ${JSON.stringify(join(root, 'generated/tpclient/index.js'))};\nconst mock = createMockFetch();\n${body}\n`);
    return typecheck([file], 'Bundler').filter((d) => d.startsWith(file));
  };

  test('calls, callsTo and result overrides are typed per operation', () => {
    expect(
      check(`const c = mock.calls[0];
if (c && c.operation === 'getChatRequestByConnectionId') { const id: string | undefined = c.request.ChatConnectionIDBD; void id; }
const ids: (string | undefined)[] = mock.callsTo('getChatRequestByConnectionId').map((x) => x.request.ChatConnectionIDBD);
void ids;
mock.override('getChatRequestByConnectionId', { result: { ChatRequest: { UserName: 'x' } } });
mock.once('getChatRequestByConnectionId', { result: (r) => ({ response: { responseCode: r.ChatConnectionIDBD ? 1 : 0 } }) });`),
    ).toEqual([]);
  }, 60_000);

  test('a wrong member type in a result override, or an unknown request member, does not compile', () => {
    const errors = check(`mock.override('getChatRequestByConnectionId', { result: { ChatRequest: { UserName: 5 } } });
const n: number = mock.callsTo('getChatRequestByConnectionId')[0]!.request.ChatConnectionIDBD!;
void n;`);
    expect(errors.length).toBe(2);
    expect(errors.join('\n')).toMatch(/Type 'number' is not assignable to type 'string/);
    expect(errors.join('\n')).toMatch(/Type 'string' is not assignable to type 'number'/);
  }, 60_000);
});
