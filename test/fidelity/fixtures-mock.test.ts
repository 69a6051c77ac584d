import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';

/**
 * Every operation of every package in generated/, called with its own typed fixture against its
 * own `createMockFetch()`: the fixture passes the package's validators (the mock reports no
 * problem), the call resolves, and the fixtures of requests and responses satisfy every facet the
 * package's validator checks.
 */

const GENERATED = new URL('../../generated/', import.meta.url).pathname;
const packages = readdirSync(GENERATED).filter((d) => existsSync(join(GENERATED, d, 'index.ts'))).sort();

type AnyFn = (...a: unknown[]) => Promise<unknown>;
interface Pkg {
  createClient(o: object): Record<string, AnyFn>;
  createMockFetch(o?: object): typeof fetch & { calls: { problems: readonly string[] }[] };
  fixtures: Record<string, { request?: unknown; response?: unknown; params?: unknown; body?: unknown }>;
}

interface Desc {
  OPERATIONS: Record<string, { input?: { type: unknown }; output?: { type: unknown } | null; protocols?: readonly string[]; params?: unknown; body?: { type: unknown; array?: boolean }; response?: { type: unknown; array?: boolean } }>;
}

async function load(name: string) {
  const url = (f: string) => pathToFileURL(join(GENERATED, name, f)).href;
  const pkg = (await import(url('index.ts'))) as Pkg;
  const desc = (await import(url('descriptors.ts'))) as Desc;
  const { validateValue } = (await import(url('runtime/validate.ts'))) as { validateValue: (d: unknown, v: unknown, p: string, f?: unknown) => { path: string; message: string }[] };
  return { pkg, desc, validateValue };
}

describe.each(packages)('%s', (name) => {
  test('every operation accepts its own fixture, and its mock answers with a valid fixture', async () => {
    const { pkg, desc, validateValue } = await load(name);
    const mock = pkg.createMockFetch();
    const client = pkg.createClient({ fetch: mock, endpoint: 'https://mock.invalid/service', baseUrl: 'https://mock.invalid/' });
    const failures: string[] = [];
    for (const [method, op] of Object.entries(desc.OPERATIONS)) {
      const fx = pkg.fixtures[method];
      if (!fx) {
        failures.push(`${method}: no fixture`);
        continue;
      }
      const rest = 'body' in op || 'params' in op || 'response' in op;
      // The fixtures themselves, against the package's validators.
      const problems = rest
        ? [
            ...(op.params ? validateValue(op.params, fx.params ?? {}, 'params') : []),
            ...(op.body ? validateValue(op.body.type, fx.body, 'body', { key: 'body', type: op.body.type, array: op.body.array }) : []),
            ...(op.response ? validateValue(op.response.type, fx.response, 'response', { key: 'response', type: op.response.type, array: op.response.array }) : []),
          ]
        : [...validateValue(op.input!.type, fx.request ?? {}, 'request'), ...(op.output ? validateValue(op.output.type, fx.response ?? {}, 'response') : [])];
      for (const p of problems) failures.push(`${method}: fixture ${p.path}: ${p.message}`);
      // A call through the client, answered by the mock.
      const before = mock.calls.length;
      try {
        const fn = client[method];
        if (rest) {
          const args: unknown[] = [];
          if (op.params) args.push(fx.params);
          if (op.body) args.push(fx.body);
          await fn(...args);
        } else if (op.protocols && !op.protocols.some((p) => p === 'soap11' || p === 'soap12')) continue;
        else await fn(fx.request);
      } catch (e) {
        failures.push(`${method}: call failed: ${e instanceof Error ? e.message : String(e)}`);
      }
      for (const c of mock.calls.slice(before)) for (const p of c.problems) failures.push(`${method}: mock: ${p}`);
    }
    expect(failures).toEqual([]);
  });
});
