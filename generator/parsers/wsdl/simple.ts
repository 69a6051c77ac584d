import type { AliasType, EnumType, EnumValue, Facets, PrimitiveName, SourceLoc, TypeRef } from '../../ir/types.js';
import type { SchemaRec } from './loader.js';
import { XSD_NSS } from './ns.js';
import { xsdDoc } from './schema-index.js';
import { attr, kids, type XmlElement } from './xml.js';

/**
 * What building a simple type needs of the schema builder (schema.ts's SchemaBuilder, which calls
 * buildSimple; declared here so that the two modules do not import each other).
 */
interface SchemaBuilder {
  loc(rec: SchemaRec, el: XmlElement, path?: string): SourceLoc;
  typeRef(at: XmlElement, qname: string, rec: SchemaRec, path: string): TypeRef;
  enumValuesOf(t: TypeRef): readonly EnumValue[] | undefined;
  isSimpleScalar(t: TypeRef): boolean;
  basePrimitive(t: TypeRef, depth?: number): PrimitiveName | undefined;
  inlineSimple(st: XmlElement, hint: string, rec: SchemaRec, path: string, named?: boolean): { type: TypeRef; facets?: Facets };
}

const NUM_FACETS = ['minLength', 'maxLength', 'totalDigits', 'fractionDigits'] as const;
const STR_FACETS = ['minInclusive', 'maxInclusive', 'minExclusive', 'maxExclusive'] as const;

/** Constraining facets of an `xs:restriction` (XSD Part 2 §4.3); `length` sets min and max length. */
export function readFacets(restriction: XmlElement): Facets | undefined {
  const f: { -readonly [K in keyof Facets]: Facets[K] } = {};
  const patterns: string[] = [];
  for (const c of restriction.children) {
    if (!XSD_NSS.includes(c.ns)) continue;
    const v = attr(c, 'value');
    if (v === undefined) continue;
    if (c.local === 'length') f.minLength = f.maxLength = Number(v);
    else if (c.local === 'pattern') patterns.push(v);
    else if ((NUM_FACETS as readonly string[]).includes(c.local)) f[c.local as (typeof NUM_FACETS)[number]] = Number(v);
    else if ((STR_FACETS as readonly string[]).includes(c.local)) f[c.local as (typeof STR_FACETS)[number]] = v;
  }
  // Several patterns in one derivation step are alternatives (XSD Part 2 §4.3.4.3).
  if (patterns.length === 1) f.pattern = patterns[0];
  else if (patterns.length > 1) f.pattern = patterns.map((p) => `(?:${p})`).join('|');
  for (const k of Object.keys(f) as (keyof Facets)[]) if (typeof f[k] === 'number' && Number.isNaN(f[k])) delete f[k];
  return Object.keys(f).length ? f : undefined;
}

/** `xs:enumeration` values of a restriction, with their documentation. */
export function enumValues(restriction: XmlElement): EnumValue[] {
  return kids(restriction, XSD_NSS, 'enumeration').map((e) => {
    const description = xsdDoc(e);
    const v: EnumValue = { name: attr(e, 'value') ?? '' };
    return description ? { ...v, description } : v;
  });
}

/** The base type of a restriction: the `base` attribute or a nested anonymous simpleType. */
function restrictionBase(b: SchemaBuilder, r: XmlElement, hint: string, rec: SchemaRec, path: string): TypeRef {
  const base = attr(r, 'base');
  if (base) return b.typeRef(r, base, rec, path);
  const inner = kids(r, XSD_NSS, 'simpleType')[0];
  return inner ? b.inlineSimple(inner, `${hint}_base`, rec, path).type : { kind: 'primitive', name: 'string' };
}

/**
 * An `xs:simpleType` as a TypeDef (XSD Part 2 §4.1): a restriction with enumerations is an
 * EnumType; other restrictions are an AliasType with facets; a list of an enumeration is an
 * EnumType with `list`; a list of another simple type is an AliasType with `list`; unions are
 * string aliases with a note.
 */
export function buildSimple(b: SchemaBuilder, st: XmlElement, id: string, name: string, rec: SchemaRec, path: string): EnumType | AliasType {
  const description = xsdDoc(st);
  const common = { id, name, namespace: rec.tns, ...(description ? { description } : {}), loc: b.loc(rec, st, path) };
  const restriction = kids(st, XSD_NSS, 'restriction')[0];
  if (restriction) {
    const values = enumValues(restriction);
    if (values.length) return { kind: 'enum', ...common, values };
    const facets = readFacets(restriction);
    return { kind: 'alias', ...common, target: restrictionBase(b, restriction, name, rec, path), ...(facets ? { facets } : {}) };
  }
  const list = kids(st, XSD_NSS, 'list')[0];
  if (list) {
    const itemType = attr(list, 'itemType');
    const inner = kids(list, XSD_NSS, 'simpleType')[0];
    const item: TypeRef = itemType
      ? b.typeRef(list, itemType, rec, path)
      : inner
        ? b.inlineSimple(inner, `${name}_item`, rec, path).type
        : { kind: 'primitive', name: 'string' };
    const values = b.enumValuesOf(item);
    if (values) return { kind: 'enum', ...common, values, list: true };
    if (b.isSimpleScalar(item)) return { kind: 'alias', ...common, target: item, list: true, notes: [`xs:list of ${describe(item)}: an array, sent as space-separated values`] };
    return { kind: 'alias', ...common, target: { kind: 'primitive', name: 'string' }, notes: [`xs:list of ${describe(item)}: space-separated values`] };
  }
  const union = kids(st, XSD_NSS, 'union')[0];
  if (union) {
    const members = (attr(union, 'memberTypes') ?? '').split(/\s+/).filter(Boolean);
    const inline = kids(union, XSD_NSS, 'simpleType');
    const n = inline.length;
    const what = [...members, ...(n ? [`${n} anonymous simple type(s)`] : [])].join(', ');
    // Members that all stand for the same built-in (e.g. two restrictions of xs:int): that built-in.
    const refs = [...members.map((m) => b.typeRef(union, m, rec, path)), ...inline.map((s, i) => b.inlineSimple(s, `${name}_member${i + 1}`, rec, path).type)];
    const prims = new Set(refs.map((r) => b.basePrimitive(r)));
    const only = prims.size === 1 ? [...prims][0] : undefined;
    if (only !== undefined && only !== 'anyType') return { kind: 'alias', ...common, target: { kind: 'primitive', name: only }, notes: [`xs:union of ${what}`] };
    return { kind: 'alias', ...common, target: { kind: 'primitive', name: 'string' }, notes: [`xs:union of ${what || 'no member types'}: read as a string`] };
  }
  return { kind: 'alias', ...common, target: { kind: 'primitive', name: 'string' } };
}

function describe(t: TypeRef): string {
  return t.kind === 'primitive' ? t.name : t.kind === 'ref' ? t.id : t.kind;
}

/** True when an anonymous simpleType is a plain restriction that a field can carry as type + facets. */
export function isPlainRestriction(st: XmlElement): XmlElement | undefined {
  const r = kids(st, XSD_NSS, 'restriction')[0];
  if (!r || !attr(r, 'base') || kids(r, XSD_NSS, 'enumeration').length) return undefined;
  return r;
}
