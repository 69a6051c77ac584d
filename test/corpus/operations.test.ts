/**
 * `--operations` on the largest WSDLs: `svcgen generate workday.wsdl --operations A B` writes a
 * package with just those two methods and every type they need, and it type-checks under strict.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { main } from '../../generator/cli.js';
import type { Service, TypeRef } from '../../generator/ir/types.js';
import { typecheck } from '../helpers/typecheck.js';
import { CORPUS } from './wsdl-generate.js';

const work = mkdtempSync(path.join(tmpdir(), 'svcgen-operations-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every type reference of the service (messages, headers, faults, type members). */
function refs(s: Service): string[] {
  const out: string[] = [];
  const add = (r: TypeRef | undefined) => {
    if (r?.kind === 'ref') out.push(r.id);
    if (r?.kind === 'map') add(r.value);
  };
  for (const op of s.operations) {
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

test('Workday with two operations: only those methods, every needed type, type-checks', async () => {
  let err = '';
  const io = { out: { write: () => true }, err: { write: (s: string) => ((err += s), true) } };
  const code = await main(['generate', path.join(CORPUS, 'wasabi/workday.wsdl'), '--out', work, '--name', 'workday', '--no-format', '--operations', 'Get_Customer_Invoices', 'Put_Opportunity'], io as never);
  expect(err.split('\n').filter((l) => /error/i.test(l))).toEqual([]);
  expect(code).toBe(0);
  const dir = path.join(work, 'workday');
  const ir = JSON.parse(readFileSync(path.join(dir, 'ir.json'), 'utf8')) as Service;
  expect(ir.operations.map((o) => o.name).sort()).toEqual(['Get_Customer_Invoices', 'Put_Opportunity']);
  const ids = new Set(ir.types.map((t) => t.id));
  expect(refs(ir).filter((id) => !ids.has(id))).toEqual([]);
  // A strict subset of Workday's thousands of types.
  expect(ir.types.length).toBeGreaterThan(20);
  expect(ir.types.length).toBeLessThan(2000);
  const client = readFileSync(path.join(dir, 'client.ts'), 'utf8');
  expect(client).toMatch(/getCustomerInvoices\(/);
  expect(client).toMatch(/putOpportunity\(/);
  expect(typecheck([path.join(dir, 'index.ts'), path.join(dir, 'fixtures.ts')])).toEqual([]);
}, 180_000);
