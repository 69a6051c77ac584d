import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { emitPackage } from '../../generator/emit/index.js';
import { resolveService } from '../../generator/pipeline.js';
import { mergeServices } from '../../generator/passes/merge.js';
import { typecheck } from '../helpers/typecheck.js';
import { mockFetch } from './helpers.js';
import { modelsOnly, shopService } from './synthetic-service.js';

/**
 * Emission of Web API packages beyond the seeds: the package type-checks under strict in both
 * resolutions, and its client builds URLs, bodies and errors as the issue describes.
 */

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

async function emitTo(service: typeof shopService, name: string): Promise<string> {
  const files = await emitPackage(resolveService(service), { packageName: name });
  const dir = mkdtempSync(join(tmpdir(), `svcgen-rest-${name}-`));
  made.push(dir);
  for (const [path, text] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

type Any = Record<string, (...args: unknown[]) => Promise<unknown>> & { $raw: Record<string, (...args: unknown[]) => Promise<{ status: number; result: unknown }>> };

describe('a hand-built Web API service', async () => {
  const dir = await emitTo(shopService, 'shop');
  const pkg = (await import(join(dir, 'index.ts'))) as Record<string, unknown> & { createClient: (o: object) => Any };

  test.each(['NodeNext', 'Bundler'] as const)('type-checks under strict (%s)', (mode) => {
    expect(typecheck([join(dir, 'index.ts'), join(dir, 'fixtures.ts')], mode)).toEqual([]);
  });

  test('emits deterministic bytes', async () => {
    const a = await emitPackage(resolveService(shopService), { packageName: 'shop' });
    const b = await emitPackage(resolveService(structuredClone(shopService)), { packageName: 'shop' });
    expect([...a.entries()]).toEqual([...b.entries()]);
    expect([...a.keys()].filter((k) => k.startsWith('runtime/')).sort()).not.toContain('runtime/soap.ts');
  });

  test('substitutes and encodes route and query parameters; reads decimals and longs losslessly', async () => {
    const m = mockFetch(() => ({
      body: '{"Name":"Ann","Balance":12345678901234567.891,"Big":9007199254740993,"Born":"2024-05-06T07:08:09.1234567+02:00","Avatar":"AQID","Status":5,"Note":null,"rowVersion":7,"Tags":["a","b"],"Extra":{"x":[1]}}',
    }));
    const client = pkg.createClient({ fetch: m.fetch });
    const result = await client.accounts({ id: 42, q: 'a b/ä&', since: new Date(Date.UTC(2024, 0, 2, 3, 4, 5)) });
    expect(m.calls[0].url).toBe('https://shop.example.test/api/v2/accounts/42?q=a%20b%2F%C3%A4%26&since=2024-01-02T03%3A04%3A05.000Z');
    expect(m.calls[0].method).toBe('GET');
    expect(m.calls[0].body).toBeUndefined();
    expect(m.calls[0].headers.Accept).toBe('application/json, text/json');
    expect(result).toEqual({
      Name: 'Ann',
      Balance: '12345678901234567.891',
      Big: '9007199254740993',
      Born: '2024-05-06T07:08:09.1234567+02:00',
      Avatar: new Uint8Array([1, 2, 3]),
      Status: 'Closed',
      Note: null,
      rowVersion: 7,
      Tags: ['a', 'b'],
    });
  });

  test('writes JSON in declared order with bare decimal numbers and numeric enums', async () => {
    const m = mockFetch(() => ({ status: 204 }));
    const client = pkg.createClient({ fetch: m.fetch });
    const out = await client.postAccounts([{ Name: 'Bo', Balance: 10n ** 20n, Big: '-5', Born: new Date(0), Avatar: new Uint8Array([255]), Status: 'Active', Note: null, rowVersion: 1, Tags: ['x'] }, { Name: 'Cy', Balance: '0.10' }]);
    expect(out).toBeUndefined();
    expect(m.calls[0].headers['Content-Type']).toBe('application/json; charset=utf-8');
    expect(m.calls[0].body).toBe(
      '[{"Name":"Bo","Balance":100000000000000000000,"Big":-5,"Born":"1970-01-01T00:00:00.000Z","Avatar":"/w==","Status":1,"Note":null,"rowVersion":1,"Tags":["x"]},{"Name":"Cy","Balance":0.10}]',
    );
  });

  test('writes DataContract XML: ordinal member order, XML names, i:nil, Arrays items', async () => {
    const m = mockFetch(() => ({ status: 204 }));
    const client = pkg.createClient({ fetch: m.fetch, format: 'xml' });
    await client.postAccounts([{ Name: 'Bo', Note: null, rowVersion: 3, Tags: ['t'], Balance: 1.5 }]);
    expect(m.calls[0].headers['Content-Type']).toBe('application/xml; charset=utf-8');
    expect(m.calls[0].body).toBe(
      '<ArrayOfAccount xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://schemas.datacontract.org/2004/07/Shop.Models">' +
        '<Account><Balance>1.5</Balance><Name>Bo</Name><Note i:nil="true"/><RowVersion>3</RowVersion>' +
        '<Tags><string xmlns="http://schemas.microsoft.com/2003/10/Serialization/Arrays">t</string></Tags></Account></ArrayOfAccount>',
    );
  });

  test('reads a DataContract XML answer into the JSON-named result', async () => {
    const xml =
      '<Account xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://schemas.datacontract.org/2004/07/Shop.Models">' +
      '<Balance>0.000000000000000000001</Balance><Name>Ann</Name><Note i:nil="true"/><RowVersion>9</RowVersion><Status>Active</Status>' +
      '<Tags xmlns:d2p1="http://schemas.microsoft.com/2003/10/Serialization/Arrays"><d2p1:string>q</d2p1:string></Tags></Account>';
    const m = mockFetch(() => ({ body: xml, contentType: 'application/xml; charset=utf-8' }));
    const client = pkg.createClient({ fetch: m.fetch, format: 'xml' });
    expect(await client.accounts({ id: 1 })).toEqual({ Balance: '0.000000000000000000001', Name: 'Ann', Note: null, rowVersion: 9, Status: 'Active', Tags: ['q'] });
    expect(m.calls[0].headers.Accept).toBe('application/xml, text/xml');
  });

  test('form bodies use the jQuery notation Web API binds', async () => {
    const m = mockFetch(() => ({ status: 204 }));
    const client = pkg.createClient({ fetch: m.fetch, format: 'form' });
    await client.postAccounts([{ Name: 'A&B', Tags: ['x', 'y'] }]);
    expect(m.calls[0].headers['Content-Type']).toBe('application/x-www-form-urlencoded; charset=utf-8');
    expect(decodeURIComponent(m.calls[0].body!)).toBe('[0][Name]=A&B&[0][Tags][0]=x&[0][Tags][1]=y');
  });

  test('validates before sending, listing every problem with its path; validate: false skips', async () => {
    const m = mockFetch(() => ({ status: 204 }));
    const client = pkg.createClient({ fetch: m.fetch });
    const err = (await client.postAccounts([{ Name: 'toolong', Balance: 'x' }, {}]).catch((e: unknown) => e)) as { code: string; problems: { path: string }[] };
    expect(err.code).toBe('VALIDATION');
    expect(err.problems.map((p) => p.path)).toEqual(['body[0].Name', 'body[0].Balance', 'body[1].Name']);
    expect(m.calls).toHaveLength(0);
    await client.postAccounts([{ Name: 'toolong' }], { validate: false });
    expect(m.calls).toHaveLength(1);
    const perClient = pkg.createClient({ fetch: m.fetch, validate: false });
    await perClient.postAccounts([{}]);
    expect(m.calls).toHaveLength(2);
  });

  test('documented statuses are ApiErrors with ModelState field errors; others stay HttpErrors', async () => {
    const m = mockFetch((url) =>
      url.endsWith('/accounts')
        ? { status: 400, body: '{"Message":"The request is invalid.","ModelState":{"model[0].Name":["The Name field is required.","x"]}}' }
        : { status: 500, body: '{"Message":"An error has occurred."}' },
    );
    const client = pkg.createClient({ fetch: m.fetch });
    const e400 = (await client.postAccounts([{ Name: 'a' }]).catch((e: unknown) => e)) as Record<string, unknown>;
    expect(e400).toBeInstanceOf(pkg.ApiError as never);
    expect(e400).toBeInstanceOf(pkg.HttpError as never);
    expect(e400).toMatchObject({ status: 400, meaning: 'Invalid accounts', apiMessage: 'The request is invalid.', fieldErrors: { 'model[0].Name': ['The Name field is required.', 'x'] } });
    const e500 = await client.accounts({ id: 1 }).catch((e: unknown) => e);
    expect(e500).toBeInstanceOf(pkg.HttpError as never);
    expect(e500).not.toBeInstanceOf(pkg.ApiError as never);
  });

  test('an unreadable answer is a ResponseError', async () => {
    const m = mockFetch(() => ({ body: '{"Name": "x", "Balance": 1.2.3}' }));
    const err = (await pkg.createClient({ fetch: m.fetch }).accounts({ id: 1 }).catch((e: unknown) => e)) as { code: string; message: string };
    expect(err.code).toBe('BAD_RESPONSE');
    expect(err.message).toMatch(/Balance/);
  });

  test('documents the page prose that contradicts an annotation', async () => {
    const files = await emitPackage(resolveService(shopService), { packageName: 'shop' });
    expect(files.get('types.ts')).toMatch(/annotates this member Required, but its description says otherwise \("Display name\. Required if Code not set"\)/);
    expect(files.get('README.md')).toContain('`accounts`: `GET api/v2/accounts/{id}`');
  });
});

describe('a models-only service', () => {
  test('emits types and descriptors and a client without methods, with a warning', async () => {
    const merged = mergeServices([modelsOnly]);
    expect(merged.diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/models only/)]);
    const dir = await emitTo(merged, 'models');
    expect(typecheck([join(dir, 'index.ts'), join(dir, 'fixtures.ts')])).toEqual([]);
    const pkg = (await import(join(dir, 'index.ts'))) as { createClient: () => Record<string, unknown>; descriptors: Record<string, unknown> };
    expect(Object.keys(pkg.createClient())).toEqual(['$raw']);
    expect(pkg.descriptors.AccountSchema).toMatchObject({ kind: 'complex', name: 'Account' });
  });
});
