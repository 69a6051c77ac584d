import type { ComplexType, EnumType, Field, RestOperation, TypeDef, TypeRef } from '../../ir/types.js';
import { enumDescriptorLiteral, fieldLiteral, valueDescExpr } from '../core/descriptors.js';
import { allFields } from '../core/declarations.js';
import { str } from '../core/text.js';
import type { TypeLookup } from '../core/types-map.js';

/**
 * Web API descriptors (templates/runtime/schema.ts + rest-schema.ts) as TypeScript literals:
 * record types with their JSON member order (`fields`), XML element names (`xmlName`) and, for
 * DataContractSerializer services, the XML element order (`xmlOrder`: base-class members first,
 * then each class's members in ordinal order, as DataContractSerializer writes them).
 */

export type Flavour = 'datacontract' | 'xmlserializer';

/** DataContract namespace prefix (docs/formats/webapi.md §XML). */
export { DATACONTRACT_NS } from '../../util/namespaces.js';

/** `{ kind: 'complex', … }` of a Web API model. */
export function restTypeLiteral(t: ComplexType, flavour: Flavour, lookup: TypeLookup): string {
  const fields = allFields(t, lookup);
  const parts = [`kind: 'complex'`, `name: ${str(t.name)}`];
  if (t.namespace !== undefined) parts.push(`namespace: ${str(t.namespace)}`);
  parts.push(`fields: [${fields.map((f) => fieldLiteral(f, lookup, { emptyNamespaceAsNone: true })).join(', ')}]`);
  const order = xmlOrder(t, flavour, lookup);
  if (order) parts.push(`xmlOrder: [${order.map(str).join(', ')}]`);
  return `{ ${parts.join(', ')} }`;
}

/** Keys in XML order, or `undefined` when it is the JSON order. */
export function xmlOrder(t: ComplexType, flavour: Flavour, lookup: TypeLookup): string[] | undefined {
  if (flavour !== 'datacontract') return undefined;
  const levels: Field[][] = [];
  const seen = new Set<string>();
  for (let cur: TypeDef | undefined = t; cur?.kind === 'complex' && !seen.has(cur.id); cur = cur.base ? lookup.byId.get(cur.base) : undefined) {
    seen.add(cur.id);
    levels.unshift([...cur.fields]);
  }
  const xml = (f: Field) => (f.fieldKind === 'element' ? f.xmlName : undefined) ?? f.name;
  const ordinal = (a: Field, b: Field) => (xml(a) < xml(b) ? -1 : xml(a) > xml(b) ? 1 : 0);
  const keys = levels.flatMap((l) => l.sort(ordinal)).map((f) => f.name);
  const declared = allFields(t, lookup).map((f) => f.name);
  return keys.join('\u0000') === declared.join('\u0000') ? undefined : keys;
}

/** Descriptor expression of a type reference (named types by their constant). */
export function restValueExpr(ref: TypeRef, lookup: TypeLookup): string {
  return valueDescExpr(ref, lookup);
}

function isNamed(ref: TypeRef, lookup: TypeLookup): boolean {
  if (ref.kind === 'map') return isNamed(ref.value, lookup);
  if (ref.kind !== 'ref') return false;
  const def = lookup.byId.get(ref.id);
  return !!def && (def.kind !== 'alias' || isNamed(def.target, lookup));
}

/** `EnumDesc` literal with the JSON representation (numbers unless a StringEnumConverter was seen). */
export function restEnumLiteral(t: EnumType): string {
  const base = enumDescriptorLiteral(t);
  const numeric = t.values.length > 0 && t.values.every((v) => v.value !== undefined);
  const jsonAs = t.jsonAs ?? (numeric ? 'number' : 'name');
  return jsonAs === 'number' && numeric ? base.replace(/ }$/, `, jsonAs: 'number' }`) : base;
}

/** Request formats of an operation from the page's media types (both lists when none are shown). */
export function formats(mediaTypes: readonly string[]): string[] {
  const out = new Set<string>();
  for (const m of mediaTypes) {
    if (/json/i.test(m)) out.add('json');
    else if (/xml/i.test(m)) out.add('xml');
    else if (/x-www-form-urlencoded/i.test(m)) out.add('form');
  }
  return out.size ? [...out] : ['json', 'xml'];
}

/** The body/response descriptor literal. */
export function bodyLiteral(op: RestOperation, which: 'body' | 'response', flavour: Flavour, lookup: TypeLookup): string | undefined {
  const rest = op.rest;
  const ref = which === 'body' ? rest.body : rest.response;
  if (!ref) return undefined;
  const array = which === 'body' ? !!rest.bodyArray : !!rest.responseArray;
  const sampleRoot = which === 'body' ? rest.requestXmlRoot : rest.responseXmlRoot;
  const msg = which === 'body' ? op.input : op.output;
  const def = ref.kind === 'ref' ? lookup.byId.get(ref.id) : undefined;
  const typeName = def ? def.name : ref.kind === 'primitive' ? ref.name : 'anyType';
  const typeNs = def?.namespace ?? (flavour === 'datacontract' ? rest.xmlNamespace : undefined) ?? '';
  const root = sampleRoot ?? (array ? `ArrayOf${typeName}` : typeName);
  const ns = msg?.namespace ?? typeNs;
  const parts = [`type: ${restValueExpr(ref, lookup)}`];
  if (array) parts.push('array: true');
  parts.push(`xmlRoot: ${str(root)}`, `xmlNs: ${str(ns)}`);
  if (array) parts.push(`xmlItem: { name: ${str(typeName)}, ns: ${str(typeNs || ns)} }`);
  const expr = `{ ${parts.join(', ')} }`;
  return isNamed(ref, lookup) ? `{ get type() { return ${restValueExpr(ref, lookup)}; }, ${parts.slice(1).join(', ')} }` : expr;
}
