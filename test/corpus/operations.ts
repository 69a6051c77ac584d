/**
 * `--operations` on large WSDLs: `svcgen generate big.wsdl --operations A B` writes a package with
 * just those two methods and every type they need, and it type-checks under strict. Registered by
 * test/emit/operations.test.ts (a large WSDL of test/data/wsdl/) and by the corpus suite
 * (Workday, the largest corpus WSDL).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { main } from '../../generator/cli.js';
import type { Service, TypeRef } from '../../generator/ir/types.js';
import { typecheck } from '../helpers/typecheck.js';
import { soapOps } from '../helpers/ir.js';

/** Every type reference of the service (messages, headers, faults, type members). */
function refs(s: Service): string[] {
  const out: string[] = [];
  const add = (r: TypeRef | undefined) => {
    if (r?.kind === 'ref') out.push(r.id);
    if (r?.kind === 'map') add(r.value);
  };
  for (const op of soapOps(s)) {
    for (const f of [...op.input.fields, ...(op.output?.fields ?? [])]) add(f.type);
    for (const h of [...op.headersIn, ...op.headersOut]) add(h.type);
    for (const f of op.faults) add(f.type);
  }
  for (const t of s.types) {
    if (t.kind === 'complex') {
      for (const f of t.fields) add(f.type);
      if (t.base) out.push(t.base);
    }
    if (t.kind === 'alias') add(t.target);
  }
  return out;
}

export interface OperationsCase {
  /** Label of the test. */
  readonly label: string;
  /** Absolute path of the WSDL. */
  readonly wsdl: string;
  /** The two operations kept, and the client methods they become. */
  readonly operations: readonly [string, string];
  readonly methods: readonly [string, string];
  /** More types than this in the full service: the subset must be strictly smaller. */
  readonly maxTypes: number;
}

export function operationsTest(c: OperationsCase): void {
  const work = mkdtempSync(path.join(tmpdir(), 'svcgen-operations-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  test(`${c.label} with two operations: only those methods, every needed type, type-checks`, async () => {
    let err = '';
    const io = { out: { write: () => true }, err: { write: (s: string) => ((err += s), true) } };
    const code = await main(['generate', c.wsdl, '--out', work, '--name', 'pkg', '--no-format', '--operations', ...c.operations], io as never);
    expect(err.split('\n').filter((l) => /error/i.test(l))).toEqual([]);
    expect(code).toBe(0);
    const dir = path.join(work, 'pkg');
    const ir = JSON.parse(readFileSync(path.join(dir, 'ir.json'), 'utf8')) as Service;
    expect(ir.operations.map((o) => o.name).sort()).toEqual([...c.operations].sort());
    const ids = new Set(ir.types.map((t) => t.id));
    expect(refs(ir).filter((id) => !ids.has(id))).toEqual([]);
    // A strict subset of the service's types.
    expect(ir.types.length).toBeGreaterThan(5);
    expect(ir.types.length).toBeLessThan(c.maxTypes);
    const client = readFileSync(path.join(dir, 'client.ts'), 'utf8');
    for (const m of c.methods) expect(client).toContain(`${m}(`);
    expect(typecheck([path.join(dir, 'index.ts'), path.join(dir, 'fixtures.ts')])).toEqual([]);
  }, 180_000);
}
