import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Calls every operation of a generated package (its `.ts` sources, imported as they are) with its
 * own typed fixture against its own `createMockFetch()`, and checks the fixtures of requests and
 * responses with the package's validator. Returns one line per problem (empty: all good).
 */

type AnyFn = (...a: unknown[]) => Promise<unknown>;
interface Pkg {
  createClient(o: object): Record<string, AnyFn>;
  createMockFetch(o?: object): typeof fetch & { calls: { problems: readonly string[] }[] };
  fixtures: Record<string, { request?: unknown; response?: unknown; params?: unknown; body?: unknown } | undefined>;
}
interface OpDesc {
  input?: { type: unknown };
  output?: { type: unknown } | null;
  protocols?: readonly string[];
  params?: unknown;
  body?: { type: unknown; array?: boolean };
  response?: { type: unknown; array?: boolean };
}
type Validate = (d: unknown, v: unknown, p: string, f?: unknown) => { path: string; message: string }[];

export async function callEveryOperation(dir: string, limit = Infinity): Promise<{ calls: number; failures: string[] }> {
  const url = (f: string) => pathToFileURL(join(dir, f)).href;
  const pkg = (await import(url('index.ts'))) as Pkg;
  const { OPERATIONS } = (await import(url('descriptors.js'))) as { OPERATIONS: Record<string, OpDesc> };
  const { validateValue } = (await import(url('runtime/validate.ts'))) as { validateValue: Validate };
  const mock = pkg.createMockFetch();
  const client = pkg.createClient({ fetch: mock, endpoint: 'https://mock.invalid/service', baseUrl: 'https://mock.invalid/' });
  const failures: string[] = [];
  let calls = 0;
  for (const [method, op] of Object.entries(OPERATIONS).slice(0, limit)) {
    const fx = pkg.fixtures[method];
    if (!fx) {
      failures.push(`${method}: no fixture`);
      continue;
    }
    const rest = 'body' in op || 'params' in op || 'response' in op;
    const problems = rest
      ? [
          ...(op.params ? validateValue(op.params, fx.params ?? {}, 'params') : []),
          ...(op.body ? validateValue(op.body.type, fx.body, 'body', { key: 'body', type: op.body.type, array: op.body.array }) : []),
          ...(op.response ? validateValue(op.response.type, fx.response, 'response', { key: 'response', type: op.response.type, array: op.response.array }) : []),
        ]
      : [...validateValue(op.input!.type, fx.request ?? {}, 'request'), ...(op.output ? validateValue(op.output.type, fx.response ?? {}, 'response') : [])];
    for (const p of problems) failures.push(`${method}: fixture ${p.path}: ${p.message}`);
    if (!rest && op.protocols && !op.protocols.some((p) => p === 'soap11' || p === 'soap12')) continue;
    const before = mock.calls.length;
    calls++;
    try {
      const fn = client[method];
      if (rest) await fn(...[...(op.params ? [fx.params] : []), ...(op.body ? [fx.body] : [])]);
      else await fn(fx.request);
    } catch (e) {
      failures.push(`${method}: call failed: ${e instanceof Error ? e.message.split('\n').slice(0, 3).join(' | ') : String(e)}`);
    }
    for (const c of mock.calls.slice(before)) for (const p of c.problems) failures.push(`${method}: mock: ${p}`);
  }
  return { calls, failures };
}
