import { describe, expect, test } from 'vitest';
import type { ComplexType, Operation, RestOperation, Service } from '../../generator/ir/types.js';
import { restOperationName } from '../../generator/parsers/webapi/naming.js';
import { mergeServices } from '../../generator/passes/merge.js';
import { restOp } from '../helpers/ir.js';

/** Merging several Web API pages: route-derived names stay unique, declared models win. */

function op(method: string, path: string, extra: Partial<RestOperation['rest']> = {}): RestOperation {
  return {
    kind: 'operation',
    binding: 'rest',
    name: restOperationName(method, path),
    protocols: ['rest'],
    input: { kind: 'message', wrapped: false, fields: [] },
    output: { kind: 'message', wrapped: false, fields: [] },
    rest: { method, path, pathParams: [], queryParams: [], requestMediaTypes: [], responseMediaTypes: [], ...extra },
  };
}

function page(file: string, operations: Operation[], types: ComplexType[] = []): Service {
  return { kind: 'service', name: 'Api', endpoints: [], operations, types, sources: [{ file, format: 'webapi-help' }], diagnostics: [] };
}

const model = (provenance: ComplexType['provenance'], fields: string[]): ComplexType => ({
  kind: 'complex',
  id: 'User',
  name: 'User',
  provenance,
  fields: fields.map((name) => ({ kind: 'field', fieldKind: 'element', name, type: { kind: 'primitive', name: 'string' }, optional: true, array: false, nillable: false })),
});

describe('merging Web API pages', () => {
  test('routes that share a derived name across pages get method prefixes', () => {
    const merged = mergeServices([page('a.txt', [op('GET', 'api/users')]), page('b.txt', [op('DELETE', 'api/users/{id}')])]);
    expect(merged.operations.map((o) => o.name)).toEqual(['GetUsers', 'DeleteUsers']);
  });

  test('one route on two pages stays one operation, with the detailed page winning', () => {
    const listed = op('GET', 'api/users');
    const detailed = op('GET', 'api/users', { response: { kind: 'ref', id: 'User' } });
    const merged = mergeServices([page('index.txt', [listed]), page('users.txt', [detailed])]);
    expect(merged.operations).toHaveLength(1);
    expect(restOp(merged.operations[0]).rest.response).toEqual({ kind: 'ref', id: 'User' });
  });

  test('a model declared on one page beats the same model inferred on another', () => {
    const merged = mergeServices([page('a.txt', [], [model('inferred-from-sample', ['guess'])]), page('b.txt', [], [model('declared', ['Id', 'Name'])])]);
    expect((merged.types[0] as ComplexType).fields.map((f) => f.name)).toEqual(['Id', 'Name']);
    const kept = mergeServices([page('a.txt', [], [model('declared', ['Id'])]), page('b.txt', [], [model('inferred-from-sample', ['guess'])])]);
    expect((kept.types[0] as ComplexType).fields.map((f) => f.name)).toEqual(['Id']);
  });
});
