import { describe, expect, test } from 'vitest';
import { fieldLiteral } from '../../generator/emit/core/descriptors.js';
import { restTypeLiteral } from '../../generator/emit/rest/descriptors.js';
import type { ComplexType, TypeDef } from '../../generator/ir/types.js';
import { resolveService } from '../../generator/pipeline.js';
import { field, prim, ref } from '../helpers/ir.js';
import { shopService } from './synthetic-service.js';

/** Web API and SOAP descriptors build their field literals with one builder, by one set of rules. */

const types: TypeDef[] = [
  { kind: 'alias', id: 'Small', name: 'Small', target: prim('int'), facets: { maxInclusive: '10' } },
  { kind: 'alias', id: 'Smaller', name: 'Smaller', target: ref('Small') },
  { kind: 'alias', id: 'Id', name: 'Id', target: prim('guid') },
  { kind: 'alias', id: 'Key', name: 'Key', target: ref('Id') },
] as TypeDef[];
const model: ComplexType = { kind: 'complex', id: 'M', name: 'M', fields: [field('A', ref('Smaller'), { namespace: '' }), field('K', ref('Key'), { namespace: '' })] } as ComplexType;

function lookup() {
  const resolved = resolveService({ ...shopService, types: [...types, model] });
  return { byId: new Map(resolved.service.types.map((t) => [t.id, t] as const)), names: resolved.names };
}

describe('one field literal builder', () => {
  test('a Web API field through an alias of an alias of guid gets the guid format, as a SOAP field does', () => {
    const l = lookup();
    const rest = restTypeLiteral(model, 'datacontract', l);
    expect(rest).toContain(`{ key: 'K', type: 'guid', facets: { format: 'guid' } }`);
    expect(fieldLiteral(model.fields[1], l)).toBe(`{ key: 'K', ns: '', type: 'guid', facets: { format: 'guid' } }`);
    // SOAP keeps an empty namespace (unqualified element); Web API descriptors leave it out.
    expect(fieldLiteral(model.fields[0], l)).toBe(fieldLiteral(model.fields[0], l, { emptyNamespaceAsNone: true }).replace(`key: 'A'`, `key: 'A', ns: ''`));
  });
});
