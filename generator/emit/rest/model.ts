import { isRestOperation } from '../../ir/operations.js';
import type { Field, RestOperation, Service, TypeDef, TypeRef } from '../../ir/types.js';
import { aliasIdenticalInputs } from '../core/input-alias.js';
import type { Names, Resolved } from '../../ir/resolved.js';
import { fieldLiteral, valueDescExpr } from '../core/descriptors.js';
import { typeDeclaration, type ConstModel, type DeclarationModel, type DeclarationStyle, type PackageModelBase, type PropertyModel } from '../core/declarations.js';
import { docLines, str, typeKey } from '../core/text.js';
import { fieldTs, refTs, type Direction, type TypeLookup } from '../core/types-map.js';
import { bodyLiteral, DATACONTRACT_NS, formats, restEnumLiteral, restTypeLiteral, type Flavour } from './descriptors.js';
import { restFieldDoc, restOperationDoc, restTypeDoc } from './docs.js';

/**
 * The view model of a Web API package: declarations (input and result shapes), descriptors and
 * one method per endpoint with the `(params, body, options)` signature (`params` only when the
 * route has parameters, `body` only when the endpoint takes one).
 */

export interface RestOperationModel {
  readonly name: string;
  readonly method: string;
  readonly doc: readonly string[];
  /** Parameter list of the method, e.g. `params: GetUserParams, options?: SeeTheProCallOptions`. */
  readonly signature: string;
  /** The parameters one by one (`signature` joined). */
  readonly parameters: readonly string[];
  /** Argument names, e.g. `params, body, options`. */
  readonly args: string;
  /** The `invoke` arguments after the descriptor: `params, body, options` with `undefined` for absent ones. */
  readonly invokeArgs: string;
  readonly result: string;
  readonly opDesc: string;
  /** The standalone function of `operations.ts`. */
  readonly fn: string;
  readonly paramsType?: string;
  readonly bodyType?: string;
  readonly httpMethod: string;
  readonly path: string;
}

export interface RestPackageModel extends PackageModelBase<RestOperationModel> {
  readonly baseUrl?: string;
  readonly flavours: ReadonlyMap<string, Flavour>;
  readonly typesOnly: boolean;
}

export function buildRestModel({ service, reach, names }: Resolved, packageName: string, options: { readonly fieldLocations?: boolean } = {}): RestPackageModel {
  const lookup: TypeLookup = { byId: new Map(service.types.map((t) => [t.id, t] as const)), names, ...(options.fieldLocations ? { fieldLocations: true } : {}) };
  const flavours = typeFlavours(service);
  const declarations: DeclarationModel[] = [];
  const descriptors: ConstModel[] = [];
  for (const t of service.types) {
    const dirs: Direction[] = names.inputTypes.has(t.id) ? ['out', 'in'] : [reach.inputIds.has(t.id) && !reach.outputIds.has(t.id) ? 'in' : 'out'];
    for (const dir of dirs) declarations.push(typeDeclaration(t, dir, lookup, REST_STYLE));
    descriptors.push(typeDescriptor(t, flavours.get(t.id) ?? 'datacontract', lookup));
  }
  const operations: RestOperationModel[] = [];
  for (const op of service.operations.filter(isRestOperation)) {
    const n = names.operations.get(op.name)!;
    const params = [...op.rest.pathParams, ...op.rest.queryParams];
    const paramsType = names.params.get(op.name);
    if (paramsType) declarations.push({ kind: 'interface', name: paramsType, doc: [`Route and query parameters of ${op.name}.`], properties: params.map((f) => property(f, 'in', lookup)), open: false });
    descriptors.push(operationDescriptor(op, n.opDesc, params, lookup));
    operations.push({ ...operationModel(op, n.method, n.opDesc, paramsType, params, names.client, lookup), fn: n.fn });
  }
  const endpoint = service.endpoints.find((e) => e.protocol === 'rest');
  const baseUrl = endpoint?.url ?? (endpoint?.host ? `https://${endpoint.host}${endpoint.path && endpoint.path !== '/' ? endpoint.path : ''}` : undefined);
  return {
    serviceName: service.name,
    packageName,
    description: docLines(service.description),
    client: names.client,
    declarations: aliasIdenticalInputs(declarations, names),
    descriptors,
    operations,
    serviceDesc: `{ name: ${str(service.name)}${baseUrl ? `, baseUrl: ${str(baseUrl)}` : ''} }`,
    baseUrl,
    sources: service.sources.map((s) => s.file),
    names,
    lookup,
    flavours,
    typesOnly: operations.length === 0,
  };
}

/** XML flavour per type: that of the first endpoint reaching it, else read from its namespace. */
function typeFlavours(service: Service): Map<string, Flavour> {
  const byId = new Map(service.types.map((t) => [t.id, t] as const));
  const out = new Map<string, Flavour>();
  const walk = (ref: TypeRef | undefined, fl: Flavour): void => {
    if (!ref) return;
    if (ref.kind === 'map') return walk(ref.value, fl);
    if (ref.kind !== 'ref' || out.has(ref.id)) return;
    const def = byId.get(ref.id);
    if (!def) return;
    out.set(ref.id, fl);
    if (def.kind === 'complex') {
      for (const f of def.fields) walk(f.type, fl);
      if (def.base) walk({ kind: 'ref', id: def.base }, fl);
    }
  };
  const ops = service.operations.filter(isRestOperation);
  const common = ops.find((o) => o.rest.xmlFlavour)?.rest.xmlFlavour;
  for (const op of ops) {
    const fl = op.rest.xmlFlavour ?? common ?? 'datacontract';
    walk(op.rest.body, fl);
    walk(op.rest.response, fl);
  }
  for (const t of service.types) {
    if (!out.has(t.id)) out.set(t.id, common ?? (t.namespace === undefined || t.namespace.startsWith(DATACONTRACT_NS) ? 'datacontract' : 'xmlserializer'));
  }
  return out;
}

/** Web API types: JSDoc from the help page, one property per member, never open. */
const REST_STYLE: DeclarationStyle = { doc: restTypeDoc, members: (fields, dir, lookup) => fields.map((f) => property(f, dir, lookup)), open: false };

function property(f: Field, dir: Direction, lookup: TypeLookup): PropertyModel {
  return { key: typeKey(f.name), optional: f.optional, type: fieldTs(f, dir, lookup), doc: restFieldDoc(f, lookup) };
}

function typeDescriptor(t: TypeDef, flavour: Flavour, lookup: TypeLookup): ConstModel {
  const name = lookup.names.descriptors.get(t.id)!;
  const doc = [`Descriptor of {@link ${lookup.names.types.get(t.id)}}.`];
  if (t.kind === 'enum') return { name, type: 'EnumDesc', value: restEnumLiteral(t), doc };
  if (t.kind === 'alias') return { name, type: 'ValueDesc', value: valueDescExpr(t.target, lookup), doc };
  return { name, type: 'TypeDesc', value: restTypeLiteral(t, flavour, lookup), doc };
}

function operationDescriptor(op: RestOperation, name: string, params: readonly Field[], lookup: TypeLookup): ConstModel {
  const rest = op.rest;
  const flavour: Flavour = rest.xmlFlavour ?? 'datacontract';
  const parts = [`name: ${str(op.name)}`, `method: ${str(rest.method)}`, `path: ${str(rest.path)}`];
  if (params.length) {
    parts.push(`params: { kind: 'complex', name: 'params', fields: [${params.map((f) => fieldLiteral(f, lookup, { emptyNamespaceAsNone: true })).join(', ')}] }`);
    if (rest.pathParams.length) parts.push(`pathParams: [${rest.pathParams.map((f) => str(f.name)).join(', ')}]`);
  }
  const body = bodyLiteral(op, 'body', flavour, lookup);
  if (body) parts.push(`body: ${body}`);
  const response = bodyLiteral(op, 'response', flavour, lookup);
  if (response) parts.push(`response: ${response}`);
  parts.push(`requestFormats: [${(rest.body ? formats(rest.requestMediaTypes) : []).map(str).join(', ')}]`);
  parts.push(`responseFormats: [${(rest.response ? formats(rest.responseMediaTypes) : []).map(str).join(', ')}]`);
  parts.push(`xmlFlavour: ${str(flavour)}`);
  const statuses = (rest.statuses ?? []).filter((s) => s.code >= 300);
  if (statuses.length) parts.push(`statuses: { ${statuses.map((s) => `${s.code}: ${str(s.description || `HTTP ${s.code}`)}`).join(', ')} }`);
  return { name, type: 'RestOperationDesc', value: `{ ${parts.join(', ')} }`, doc: [`Wire facts of ${rest.method} ${rest.path}.`] };
}

function operationModel(op: RestOperation, method: string, opDesc: string, paramsType: string | undefined, params: readonly Field[], client: string, lookup: TypeLookup): Omit<RestOperationModel, 'fn'> {
  const rest = op.rest;
  const bodyType = rest.body ? arrayOf(refTs(rest.body, 'in', lookup), !!rest.bodyArray) : undefined;
  const result = rest.response ? arrayOf(refTs(rest.response, 'out', lookup), !!rest.responseArray) : 'void';
  const sig: string[] = [];
  const args: string[] = [];
  if (paramsType) {
    sig.push(`params${params.every((p) => p.optional) && !bodyType ? '?' : ''}: ${paramsType}`);
    args.push('params');
  }
  if (bodyType) {
    sig.push(`body: ${bodyType}`);
    args.push('body');
  }
  sig.push(`options?: ${client}CallOptions`);
  args.push('options');
  return {
    name: op.name,
    method,
    doc: restOperationDoc(op, !!paramsType),
    signature: sig.join(', '),
    parameters: sig,
    args: args.join(', '),
    invokeArgs: [paramsType ? 'params' : 'undefined', bodyType ? 'body' : 'undefined', 'options'].join(', '),
    result,
    opDesc,
    paramsType,
    bodyType,
    httpMethod: rest.method,
    path: rest.path,
  };
}

function arrayOf(t: string, array: boolean): string {
  return array ? (t.includes(' ') ? `(${t})[]` : `${t}[]`) : t;
}
