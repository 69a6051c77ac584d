import type { Fault, Field, HeaderPart, Service, SoapOperation, SoapService, TypeDef, TypeRef } from '../../ir/types.js';
import { soapService } from '../../ir/operations.js';
import { fieldArrayItem } from '../../ir/fields.js';
import { aliasIdenticalInputs } from '../core/input-alias.js';
import type { Names, Resolved } from '../../ir/resolved.js';
import { describeField, describeType, descriptorLiteral, enumDescriptorLiteral, typeMember, valueDescExpr } from '../core/descriptors.js';
import { rulesLiteral } from './rules.js';
import { choiceDeclaration, hasUnionChoice, requiresChoice } from '../core/choice.js';
import { allFields, typeDeclaration, type ConstModel, type DeclarationModel, type DeclarationStyle, type PackageModelBase, type PropertyModel } from '../core/declarations.js';
import { docLines, memberType, str, typeKey, where } from '../core/text.js';
import { polymorphicParts, unionDoc, unionMembers } from '../core/polymorphism.js';
import { fieldTs, refTs, type Direction, type TypeLookup } from '../core/types-map.js';

/**
 * Builds the view model the Handlebars templates render. Every name, type expression and doc line
 * is computed here; templates only print them.
 */

export interface OperationModel {
  readonly name: string;
  readonly method: string;
  readonly doc: readonly string[];
  readonly request: string;
  readonly result: string;
  readonly headersIn: string;
  readonly headersOut: string;
  readonly opDesc: string;
  /** The standalone function of `operations.ts`. */
  readonly fn: string;
  /** True when the request has no required field, so the argument may be omitted. */
  readonly inputOptional: boolean;
}

export interface PackageModel extends PackageModelBase<OperationModel> {
  readonly endpointRequired: boolean;
  /** The WSDL's policy asks for a WS-Security UsernameToken: `security` is a required client option. */
  readonly securityRequired: boolean;
  readonly protocols: readonly string[];
  readonly defaultProtocol: string;
  readonly defaultEndpoint?: string;
  /**
   * The optional runtime parts `connect` (operations.ts) adds because the service needs them, so
   * that a bundle of a few operations carries no other: WS-Addressing and MTOM requests where a
   * binding's policy asks for them, HTTP GET/POST where the default protocol is one of them, rules
   * where an operation has some.
   */
  readonly connectParts: readonly RuntimePart[];
  /** The parts `createClient` adds besides hooks and MTOM requests: HTTP GET/POST wherever the service offers them. */
  readonly clientParts: readonly RuntimePart[];
  /** The service offers HTTP GET or POST: `useHttp` lets a connection use them. */
  readonly httpOffered: boolean;
}

/** An optional part of the runtime: its name and module. */
export interface RuntimePart {
  readonly name: string;
  readonly from: string;
}

export function buildModel({ service: loaded, reach, names }: Resolved, packageName: string, options: { readonly fieldLocations?: boolean } = {}): PackageModel {
  const service = soapService(loaded);
  const encoded = service.operations.some((o) => o.use === 'encoded');
  const lookup: TypeLookup = { byId: new Map(service.types.map((t) => [t.id, t] as const)), names, xmlElements: true, ...(encoded ? { encoded } : {}), ...(options.fieldLocations ? { fieldLocations: true } : {}) };
  const declarations: DeclarationModel[] = [];
  const descriptors: ConstModel[] = [];
  for (const t of service.types) {
    const dirs: Direction[] = names.inputTypes.has(t.id) ? ['out', 'in'] : [reach.inputIds.has(t.id) && !reach.outputIds.has(t.id) ? 'in' : 'out'];
    for (const dir of dirs) declarations.push(typeDeclaration(t, dir, lookup, SOAP_STYLE));
    if (t.kind === 'complex' && names.unions.has(t.id)) {
      for (const dir of dirs) {
        const name = (dir === 'in' && names.inputUnions.get(t.id)) || names.unions.get(t.id)!;
        declarations.push({ kind: 'union', name, doc: unionDoc(t, lookup), members: unionMembers(t, dir, lookup) });
      }
    }
    descriptors.push(typeDescriptor(t, lookup));
  }
  const operations: OperationModel[] = [];
  for (const op of service.operations) {
    const opNames = names.operations.get(op.name)!;
    declarations.push(messageDeclaration(opNames.request, op.input.fields, 'in', lookup, requestDoc(op)));
    descriptors.push(messageDescriptor(opNames.requestDesc, op.input.element ?? op.name, op.input.namespace, op.input.fields, lookup));
    if (op.output) {
      declarations.push(messageDeclaration(opNames.response, op.output.fields, 'out', lookup, [`The response of ${op.name}.`], op.output.open));
      descriptors.push(messageDescriptor(opNames.responseDesc, op.output.element ?? `${op.name}Response`, op.output.namespace, op.output.fields, lookup, op.output.open));
    }
    declarations.push(headersDeclaration(opNames.headersIn, op.headersIn, 'in', lookup, `SOAP headers ${op.name} sends, keyed by element local name.`));
    declarations.push(headersDeclaration(opNames.headersOut, op.headersOut, 'out', lookup, `SOAP headers ${op.name} receives, keyed by element local name.`));
    const faults = typedFaults(op);
    if (faults.length) declarations.push(faultDeclaration(opNames.fault, op, faults, lookup));
    descriptors.push(operationDescriptor(op, names, lookup));
    operations.push(operationModel(op, names, lookup));
  }
  const protocols = [...new Set(service.operations.flatMap((o) => o.protocols))].filter((p) => p !== 'rest');
  const defaultProtocol = protocols.includes('soap11') ? 'soap11' : protocols.includes('soap12') ? 'soap12' : (protocols[0] ?? 'soap11');
  const endpoints = endpointUrls(service);
  return {
    serviceName: service.name,
    packageName,
    description: docLines(service.description),
    client: names.client,
    declarations: aliasIdenticalInputs(declarations, names),
    descriptors,
    operations,
    serviceDesc: `{ name: ${str(service.name)}, endpoints: { ${Object.entries(endpoints)
      .map(([p, u]) => `${str(p)}: ${str(u)}`)
      .join(', ')} }, defaultProtocol: ${str(defaultProtocol)}${policyDesc(service.policy, protocols)} }`,
    endpointRequired: Object.keys(endpoints).length === 0,
    securityRequired: protocols.some((p) => p === 'soap11' || p === 'soap12') && protocols.every((p) => !!service.policy?.byProtocol[p]?.usernameToken),
    protocols,
    defaultProtocol,
    defaultEndpoint: endpoints[defaultProtocol],
    ...runtimeParts(service, protocols, defaultProtocol),
    sources: service.sources.map((s) => s.file),
    names,
    lookup,
  };
}

function runtimeParts(service: SoapService, protocols: readonly string[], defaultProtocol: string): Pick<PackageModel, 'connectParts' | 'clientParts' | 'httpOffered'> {
  const soap = protocols.filter((p): p is 'soap11' | 'soap12' => p === 'soap11' || p === 'soap12');
  const policy = service.policy?.byProtocol;
  const http = (p: string) => p === 'http-get' || p === 'http-post';
  const httpOffered = protocols.some(http);
  const addressing = soap.some((p) => policy?.[p]?.addressing) ? [{ name: 'useAddressing', from: './runtime/addressing.js' }] : [];
  const mtom = soap.some((p) => policy?.[p]?.mtom) ? [{ name: 'useMtom', from: './runtime/mtom.js' }] : [];
  const useHttp = { name: 'useHttp', from: './runtime/http.js' };
  const rules = service.operations.some((o) => o.rules?.length) ? [{ name: 'useRules', from: './runtime/rules.js' }] : [];
  return {
    connectParts: [...addressing, ...mtom, ...(http(defaultProtocol) ? [useHttp] : []), ...rules],
    clientParts: [...addressing, ...(httpOffered ? [useHttp] : []), ...rules],
    httpOffered,
  };
}

/** The `mtom` and `addressing` members of the service descriptor: the protocols whose binding policy asks for them. */
function policyDesc(policy: Service['policy'], protocols: readonly string[]): string {
  if (!policy) return '';
  const soap = protocols.filter((p): p is 'soap11' | 'soap12' => p === 'soap11' || p === 'soap12');
  const mtom = soap.filter((p) => policy.byProtocol[p]?.mtom);
  const wsa = soap.filter((p) => policy.byProtocol[p]?.addressing).map((p) => `${p}: ${str(policy.byProtocol[p]!.addressing!)}`);
  return `${mtom.length ? `, mtom: [${mtom.map(str).join(', ')}]` : ''}${wsa.length ? `, addressing: { ${wsa.join(', ')} }` : ''}`;
}

/** Default URL per protocol: `https://` + host + path, where the spec names a host. */
function endpointUrls(service: Service): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of service.endpoints) {
    if (e.protocol === 'rest' || out[e.protocol]) continue;
    if (e.url) out[e.protocol] = e.url;
    else if (e.host) out[e.protocol] = `https://${e.host}${e.path ?? ''}`;
  }
  return out;
}

const SOAP_STYLE: DeclarationStyle = { doc: describeType, members: (fields, dir, lookup) => properties(fields, dir, lookup), open: true, choices: true };

/**
 * One property per wire name. A name can occur twice (the same element in two `xs:choice`
 * alternatives, a WSDL repeating a part name): the property's type is then the union of the
 * occurrences' types, optional when any occurrence is.
 */
export function properties(fields: readonly Field[], dir: Direction, lookup: TypeLookup): PropertyModel[] {
  const byKey = new Map<string, PropertyModel>();
  for (const f of fields) {
    const p = property(f, dir, lookup);
    const prev = byKey.get(p.key);
    if (!prev) byKey.set(p.key, p);
    else {
      const type = prev.type === p.type ? prev.type : `${prev.type} | ${p.type}`;
      byKey.set(p.key, { ...prev, optional: prev.optional || p.optional, type });
    }
  }
  return [...byKey.values()];
}

function property(f: Field, dir: Direction, lookup: TypeLookup): PropertyModel {
  // Unwrapped repeated elements always read as an array ([] when absent).
  const optional = dir === 'out' && f.array && !fieldArrayItem(f) ? false : f.optional;
  return { key: typeKey(f.name), optional, type: memberType(f.name, fieldTs(f, dir, lookup), optional), doc: describeField(f, lookup) };
}

function messageDeclaration(name: string, fields: readonly Field[], dir: Direction, lookup: TypeLookup, doc: string[], open = false): DeclarationModel {
  if (hasUnionChoice(fields)) return choiceDeclaration(name, doc, undefined, fields, open, dir, lookup, properties);
  return { kind: 'interface', name, doc, properties: properties(fields, dir, lookup), open };
}

function headersDeclaration(name: string, headers: readonly HeaderPart[], dir: Direction, lookup: TypeLookup, doc: string): DeclarationModel {
  return {
    kind: 'interface',
    name,
    doc: [doc],
    properties: headers.map((h) => ({ key: typeKey(h.name), optional: true, type: memberType(h.name, refTs(h.type, dir, lookup), true), doc: docLines(h.description) })),
    open: false,
  };
}

/** Declared faults whose detail element is known (document style `wsdl:fault` parts). */
function typedFaults(op: SoapOperation): (Fault & { element: string; type: TypeRef })[] {
  return op.faults.filter((f): f is Fault & { element: string; type: TypeRef } => f.element !== undefined && f.type !== undefined);
}

/** `{ name: 'X'; detail: XType } | …`: what `SoapFaultError.fault` holds for this operation. */
function faultDeclaration(name: string, op: SoapOperation, faults: readonly (Fault & { type: TypeRef })[], lookup: TypeLookup): DeclarationModel {
  return {
    kind: 'union',
    name,
    doc: [
      `The faults ${op.name} declares, as \`SoapFaultError.fault\` holds them: the \`wsdl:fault\` name and the detail read by its type.`,
      `Narrow with \`(e as SoapFaultError<${name}>).fault?.name\`.`,
    ],
    members: faults.map((f) => `{ name: ${str(f.name)}; detail: ${refTs(f.type, 'out', lookup)} }`),
  };
}

function requestDoc(op: SoapOperation): string[] {
  return docLines(`The request of ${op.name}: its parameters, keyed by their wire names.`, op.input.element ? `Sent as the \`${op.input.element}\` element.` : undefined);
}

function typeDescriptor(t: TypeDef, lookup: TypeLookup): ConstModel {
  const name = lookup.names.descriptors.get(t.id)!;
  if (t.kind === 'enum') return { name, type: 'EnumDesc', value: enumDescriptorLiteral(t), doc: [`Descriptor of {@link ${lookup.names.types.get(t.id)}}.`] };
  if (t.kind === 'alias') return { name, type: 'ValueDesc', value: valueDescExpr(t.target, lookup), doc: [`Descriptor of {@link ${lookup.names.types.get(t.id)}}.`] };
  return { name, type: 'TypeDesc', value: descriptorLiteral({ name: t.name, namespace: t.namespace, fields: allFields(t, lookup), open: t.open, extra: [...polymorphicParts(t, lookup), ...(t.anonymous && lookup.encoded ? ['anonymous: true'] : [])] }, lookup), doc: [`Descriptor of {@link ${lookup.names.types.get(t.id)}}.`] };
}

function messageDescriptor(name: string, element: string, namespace: string | undefined, fields: readonly Field[], lookup: TypeLookup, open = false): ConstModel {
  return { name, type: 'TypeDesc', value: descriptorLiteral({ name: element, namespace, fields, open }, lookup), doc: [`Descriptor of the \`${element}\` body element.`] };
}

function operationDescriptor(op: SoapOperation, names: Names, lookup: TypeLookup): ConstModel {
  const n = names.operations.get(op.name)!;
  const parts: string[] = [`name: ${str(op.name)}`];
  if (op.soapAction !== undefined) parts.push(`action: ${str(op.soapAction)}`);
  parts.push(`protocols: [${op.protocols.filter((p) => p !== 'rest').map(str).join(', ')}]`);
  if (op.style === 'rpc') parts.push(`style: 'rpc'`);
  if (op.use === 'encoded') parts.push('encoded: true');
  parts.push(`input: { name: ${str(op.input.element ?? op.name)}, ${op.input.namespace !== undefined ? `ns: ${str(op.input.namespace)}, ` : ''}type: ${n.requestDesc} }`);
  parts.push(
    op.output
      ? `output: { name: ${str(op.output.element ?? `${op.name}Response`)}, ${op.output.namespace !== undefined ? `ns: ${str(op.output.namespace)}, ` : ''}type: ${n.responseDesc} }`
      : 'output: null',
  );
  parts.push(`returns: ${str(op.returns)}`);
  if (op.returns === 'result' && op.output?.fields[0]) parts.push(`resultKey: ${str(op.output.fields[0].name)}`);
  if (op.httpAnswer) parts.push(`bare: { name: ${str(op.httpAnswer.element)}${op.httpAnswer.namespace !== undefined ? `, ns: ${str(op.httpAnswer.namespace)}` : ''} }`);
  const headers = (hs: readonly HeaderPart[]) => `[${hs.map((h) => `{ name: ${str(h.name)}, ${h.namespace !== undefined ? `ns: ${str(h.namespace)}, ` : ''}${typeMember(h.type, lookup)} }`).join(', ')}]`;
  if (op.headersIn.length) parts.push(`headersIn: ${headers(op.headersIn)}`);
  if (op.headersOut.length) parts.push(`headersOut: ${headers(op.headersOut)}`);
  if (op.headerFaults?.length) parts.push(`headerFaults: ${headers(op.headerFaults)}`);
  const faults = typedFaults(op);
  if (faults.length) {
    const fault = (f: (typeof faults)[number]) => `{ name: ${str(f.name)}, element: ${str(f.element)}, ${f.namespace !== undefined ? `ns: ${str(f.namespace)}, ` : ''}${typeMember(f.type, lookup)} }`;
    parts.push(`faults: [${faults.map(fault).join(', ')}]`);
  }
  const rules = rulesLiteral(op.rules, op.input, lookup);
  if (rules) parts.push(`rules: ${rules}`);
  return { name: n.opDesc, type: 'OperationDesc', value: `{ ${parts.join(', ')} }`, doc: [`Wire facts of the ${op.name} operation.`] };
}

function operationModel(op: SoapOperation, names: Names, lookup: TypeLookup): OperationModel {
  const n = names.operations.get(op.name)!;
  let result = 'void';
  if (op.returns === 'object') result = n.response;
  else if (op.returns === 'result' && op.output?.fields[0]) {
    const f = op.output.fields[0];
    result = fieldTs(f, 'out', lookup) + (f.optional ? ' | undefined' : '');
  }
  const doc = docLines(
    op.description,
    `Protocols: ${op.protocols.join(', ')}.${op.soapAction !== undefined ? ` SOAPAction: \`${op.soapAction || '""'}\`${op.soapActionDerived ? ' (derived by convention, not given by the spec)' : ''}.` : ''}`,
    where(op.loc) && `From ${where(op.loc)}.`,
  );
  return {
    name: op.name,
    method: n.method,
    doc,
    request: n.request,
    result,
    headersIn: n.headersIn,
    headersOut: n.headersOut,
    opDesc: n.opDesc,
    fn: n.fn,
    inputOptional: op.input.fields.every((f) => f.optional) && !requiresChoice(op.input.fields),
  };
}

export { fieldTs };
