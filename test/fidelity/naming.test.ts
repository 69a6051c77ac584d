import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createClient } from '../../generated/hostile/client.js';
import { OPERATIONS } from '../../generated/hostile/descriptors.js';
import { planNames, reservedNames } from '../../generator/passes/naming.js';
import type { Service } from '../../generator/ir/types.js';

/**
 * Names that clash with globals the generated code uses or with the runtime's exports are
 * reserved by the naming pass, and reserved words stay as they are as method names. The hostile
 * spec (specs/hostile/hostile.wsdl) has a model named Response, an enum named Headers, types named
 * Request, URL, AbortSignal, TextDecoder, validateValue and MockFetch, and operations get, delete,
 * class and Request; the package type-checks (test/generated.test.ts).
 */

const pkg = new URL('../../generated/hostile/', import.meta.url).pathname;

describe('names that clash with globals and runtime exports', () => {
  test('the hostile package renames its types away from the globals it uses', () => {
    const types = readFileSync(join(pkg, 'types.ts'), 'utf8');
    for (const global of ['Response', 'Request', 'Headers', 'URL', 'AbortSignal', 'TextDecoder', 'MockFetch', 'Promise', 'Date']) {
      expect(types, global).not.toMatch(new RegExp(`^export (interface|type) ${global}\\b`, 'm'));
      expect(types, global).toMatch(new RegExp(`^export (interface|type) ${global}\\d+\\b`, 'm'));
    }
    // mock.ts refers to the global Response; the generated one is another name.
    expect(readFileSync(join(pkg, 'mock.ts'), 'utf8')).toMatch(/Promise<Response>/);
  });

  test('every runtime export and template declaration is reserved', () => {
    const reserved = new Set(reservedNames());
    for (const f of ['errors.ts', 'schema.ts', 'validate.ts', 'rest-client.ts', 'rest-errors.ts', 'rest-mock.ts', 'client.ts', 'soap.ts']) {
      const text = readFileSync(new URL(`../../templates/runtime/${f}`, import.meta.url), 'utf8');
      for (const m of text.matchAll(/^export (?:async )?(?:function|class|const|interface|type) ([A-Za-z_$][\w$]*)/gm)) expect(reserved.has(m[1]), `${f}: ${m[1]}`).toBe(true);
    }
    for (const name of ['Response', 'Request', 'Headers', 'Error', 'Date', 'Promise', 'Record', 'URL', 'AbortSignal', 'Uint8Array', 'TextDecoder', 'MockFetch', 'RestFixture', 'OperationFixture']) {
      expect(reserved.has(name), name).toBe(true);
    }
  });

  test('a type or operation named after any reserved name gets another name', () => {
    const names = [...reservedNames()].filter((n) => /^[A-Z]/.test(n));
    const service: Service = {
      kind: 'service',
      name: 'S',
      endpoints: [],
      types: names.map((n) => ({ kind: 'complex' as const, id: n, name: n, fields: [] })),
      operations: [],
      sources: [],
      diagnostics: [],
    };
    const planned = planNames({ service, inputIds: new Set(), outputIds: new Set(names) });
    for (const n of names) expect(planned.types.get(n), n).not.toBe(n);
  });
});

describe('operations named get or delete', () => {
  test('keep their names as methods', async () => {
    expect(Object.keys(OPERATIONS)).toEqual(expect.arrayContaining(['get', 'delete', 'class', 'request']));
    expect(Object.keys(OPERATIONS)).not.toEqual(expect.arrayContaining(['get_']));
    let sent = '';
    const fetch = async (_u: unknown, init?: RequestInit) => {
      sent = String(init?.body);
      return new Response('<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><getResponse xmlns="urn:hostile"/></soap:Body></soap:Envelope>', { status: 200, headers: { 'content-type': 'text/xml' } });
    };
    const client = createClient({ fetch: fetch as typeof globalThis.fetch });
    await client.get({});
    expect(sent).toContain('<get xmlns="urn:hostile"');
    expect(typeof client.delete).toBe('function');
    expect(typeof client.$raw.get).toBe('function');
  });
});
