import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { run } from './errors/cli-run.js';
import type { Service } from '../generator/ir/types.js';
import { loadService, resolveService } from '../generator/pipeline.js';
import { field, prim, restOps } from './helpers/ir.js';
import { shopService } from './rest/synthetic-service.js';

/** The pipeline runs every pass, in order, each timed; emit receives the resolved model as data. */

const root = new URL('..', import.meta.url).pathname;
const SEED = join(root, 'specs/plusventa/000_18db1e799f7d8e75.txt');


const passLines = (err: string) => [...err.matchAll(/^pass (\S+) \d+(?:\.\d+)? ms$/gm)].map((m) => m[1]);

describe('pass timing', () => {
  test('generate --verbose names and times every pass on stderr, in pipeline order', async () => {
    const out = mkdtempSync(join(tmpdir(), 'svcgen-passes-'));
    const r = await run(['generate', SEED, '--out', out, '--name', 'p', '--no-format', '--verbose', '--operations', 'CreateInteraction']);
    expect(r.code, r.err).toBe(0);
    expect(passLines(r.err)).toEqual(['merge', 'select', 'facet-check', 'open-wildcards', 'reachability', 'naming']);
  });

  test('without --verbose no pass is printed', async () => {
    const out = mkdtempSync(join(tmpdir(), 'svcgen-passes-'));
    const r = await run(['generate', SEED, '--out', out, '--name', 'p', '--no-format']);
    expect(r.code, r.err).toBe(0);
    expect(passLines(r.err)).toEqual([]);
  });

  test('the API reports passes through onPass', async () => {
    const seen: string[] = [];
    const service = await loadService([SEED], { onPass: (name, ms) => (expect(ms).toBeGreaterThanOrEqual(0), seen.push(name)) });
    resolveService(service, { onPass: (name) => seen.push(name) });
    expect(seen).toEqual(['merge', 'facet-check', 'open-wildcards', 'reachability', 'naming']);
  });
});

describe('resolveService', () => {
  test('a Web API service: kind rest, parameter type names planned by the naming pass', () => {
    const r = resolveService(shopService);
    expect(r.kind).toBe('rest');
    const withParams = restOps(shopService).filter((o) => o.rest.pathParams.length + o.rest.queryParams.length > 0);
    expect(withParams.length).toBeGreaterThan(0);
    for (const op of withParams) expect(r.names.params.get(op.name)).toMatch(/Params\d*$/);
    expect(r.names.params.size).toBe(withParams.length);
    // Parameter types never take a name another declaration has.
    const taken = new Set([...r.names.types.values(), ...r.names.inputTypes.values(), ...r.names.descriptors.values()]);
    for (const n of r.names.params.values()) expect(taken.has(n)).toBe(false);
  });

  test('a SOAP service: xs:any wildcards become open records before reachability and naming', () => {
    const soap: Service = {
      name: 'Wild',
      sources: [{ file: 'wild.wsdl', format: 'wsdl' }],
      endpoints: [],
      diagnostics: [],
      types: [{ kind: 'complex', id: 'Bag', name: 'Bag', fields: [field('Id', prim('int')), { kind: 'field', fieldKind: 'any', name: '$any', type: { kind: 'xml' }, optional: false, array: false, nillable: false }] }],
      operations: [
        {
          binding: 'soap',
          name: 'Put',
          protocols: ['soap11'],
          input: { fields: [field('bag', { kind: 'ref', id: 'Bag' })] },
          output: { fields: [] },
          headersIn: [],
          headersOut: [],
          faults: [],
        },
      ],
    } as unknown as Service;
    const r = resolveService(soap);
    expect(r.kind).toBe('soap');
    const bag = r.service.types[0];
    expect(bag.kind === 'complex' && bag.open).toBe(true);
    expect(bag.kind === 'complex' && bag.fields.map((f) => f.name)).toEqual(['Id']);
    expect([...r.reach.inputIds]).toEqual(['Bag']);
    expect(r.names.types.get('Bag')).toBe('Bag');
    expect(r.names.unions.size).toBe(0);
    expect(r.names.params.size).toBe(0);
  });
});
