/**
 * View model of a package's `mock.ts` (templates/soap/mock.ts.hbs): per operation its client
 * method name with the declared request and response types, so overrides are typed.
 */
import Handlebars from 'handlebars';
import type { Service } from '../../ir/types.js';
import { call, ifStatement, moduleDecl, print, typeDoc, typeLiteral } from '../core/layout.js';
import type { PackageModel } from './model.js';

export interface MockOperationModel {
  readonly method: string;
  readonly request: string;
  /** The response element's type, `undefined` for one-way operations. */
  readonly response: string;
  /** What the client method resolves to (`undefined` for `void`). */
  readonly result: string;
}

export function mockModels(service: Service, model: PackageModel): MockOperationModel[] {
  return service.operations.map((op, i) => {
    const n = model.names.operations.get(op.name)!;
    const result = model.operations[i].result;
    return { method: n.method, request: n.request, response: op.output ? n.response : 'undefined', result: result === 'void' ? 'undefined' : result };
  });
}

/** The names `mock.ts` imports from `types.ts`: request and response types, and the named types of results. */
export function mockTypeImports(mock: readonly MockOperationModel[], exported: ReadonlySet<string>): string[] {
  const names = new Set<string>();
  for (const m of mock) {
    for (const t of [m.request, m.response]) if (t !== 'undefined') names.add(t);
    for (const word of m.result.match(/[\p{L}\p{Nl}$_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}$]*/gu) ?? []) if (exported.has(word)) names.add(word);
  }
  return [...names].sort();
}

/** What templates/soap/mock.ts.hbs prints that depends on the service, laid out. */
export function mockLayout(serviceName: string, mock: readonly MockOperationModel[], typeImports: readonly string[]) {
  return {
    typeImportDecl: moduleDecl('import type', typeImports, './types.js'),
    mock: mock.map((m) => ({ line: print([`${m.method}: `, typeLiteral([['request: ', typeDoc(m.request)], ['response: ', typeDoc(m.response)], ['result: ', typeDoc(m.result)]]), ';'], 2) })),
    notFound: print(ifStatement('!found', ['return ', call('fault', ['version', "'Client'", `'no operation of ${Handlebars.escapeExpression(serviceName)} matches the request body'`, 'undefined', '500']), ';']), 4),
  };
}
