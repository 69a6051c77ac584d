import { fieldArrayItem, fieldChoice, fieldNamespace } from '../../ir/fields.js';
import type { EnumType, Facets, Field, TypeDef, TypeRef } from '../../ir/types.js';
import { substitutionsLiteral } from './polymorphism.js';
import { docLines, literalKey, str, where } from './text.js';
import { INTEGER_RANGE, SCALAR_KIND, isListRef, primitiveNote, type Direction, type TypeLookup } from './types-map.js';

/**
 * Renders runtime descriptors (see templates/runtime/schema.ts) as TypeScript object literals, and
 * the JSDoc of fields and types. References to named types go through getters so declaration order
 * and recursion never matter.
 */

/** Descriptor expression for a type reference. */
export function valueDescExpr(ref: TypeRef, lookup: TypeLookup): string {
  switch (ref.kind) {
    case 'primitive':
      return str(SCALAR_KIND[ref.name]);
    case 'xml':
      return `{ kind: 'xml' }`;
    case 'map':
      return `{ kind: 'map', value: ${valueDescExpr(ref.value, lookup)} }`;
    case 'ref': {
      const def = lookup.byId.get(ref.id);
      if (!def) return `'anyType'`;
      if (def.kind === 'alias') return valueDescExpr(def.target, lookup);
      return lookup.names.descriptors.get(ref.id)!;
    }
  }
}

/** True when the reference needs a getter (it names another descriptor constant). */
function isNamedRef(ref: TypeRef, lookup: TypeLookup): boolean {
  if (ref.kind === 'map') return isNamedRef(ref.value, lookup);
  if (ref.kind !== 'ref') return false;
  const def = lookup.byId.get(ref.id);
  return !!def && (def.kind !== 'alias' || isNamedRef(def.target, lookup));
}

/**
 * The `type` member of a field or header descriptor: a getter where it names another descriptor
 * (order and recursion), a plain property otherwise (so literals keep their literal types).
 */
export function typeMember(ref: TypeRef, lookup: TypeLookup): string {
  const expr = valueDescExpr(ref, lookup);
  return isNamedRef(ref, lookup) ? `get type() { return ${expr}; }` : `type: ${expr}`;
}

export interface DescriptorSource {
  readonly name: string;
  readonly namespace?: string;
  readonly fields: readonly Field[];
  readonly open?: boolean;
  /** Further members (e.g. `tag`, `subtypes` of polymorphic types), as TypeScript source. */
  readonly extra?: readonly string[];
}

/** `{ kind: 'complex', name, namespace, fields: [...] }`. */
export function descriptorLiteral(src: DescriptorSource, lookup: TypeLookup): string {
  const parts = [`kind: 'complex'`, `name: ${str(src.name)}`];
  if (src.namespace !== undefined) parts.push(`namespace: ${str(src.namespace)}`);
  parts.push(`fields: [${src.fields.map((f) => fieldLiteral(f, lookup)).join(', ')}]`);
  if (src.open) parts.push(`openKey: '$extra'`);
  if (src.extra) parts.push(...src.extra);
  return `{ ${parts.join(', ')} }`;
}

export interface FieldLiteralOptions {
  /**
   * Web API descriptors: an empty namespace is written as none (JSON members and
   * DataContract elements without a namespace); SOAP descriptors keep `ns: ''` (unqualified).
   */
  readonly emptyNamespaceAsNone?: boolean;
}

/**
 * One `FieldDesc` literal (templates/runtime/schema.ts), for SOAP and Web API descriptors alike:
 * members the IR of a package kind never sets (`node`, `choice`, `xsd`, substitutions for Web
 * API; `xmlName` for SOAP) are simply absent.
 */
export function fieldLiteral(f: Field, lookup: TypeLookup, options: FieldLiteralOptions = {}): string {
  const hasNs = (ns: string | undefined): ns is string => ns !== undefined && !(options.emptyNamespaceAsNone && ns === '');
  const parts = [`key: ${str(f.name)}`];
  const ns = fieldNamespace(f);
  if (hasNs(ns)) parts.push(`ns: ${str(ns)}`);
  const xmlName = f.fieldKind === 'element' ? f.xmlName : undefined;
  if (xmlName !== undefined && xmlName !== f.name) parts.push(`xmlName: ${str(xmlName)}`);
  if (f.fieldKind === 'attribute' || f.fieldKind === 'text') parts.push(`node: ${str(f.fieldKind)}`);
  parts.push(typeMember(f.type, lookup));
  if (f.array) parts.push('array: true');
  const item = fieldArrayItem(f);
  if (item) parts.push(`item: { name: ${str(item.name)}${hasNs(item.namespace) ? `, ns: ${str(item.namespace)}` : ''}${item.encoded ? ', encoded: true' : ''}${item.nillable ? ', nillable: true' : ''} }`);
  if (isListRef(f.type, lookup)) parts.push('list: true');
  if (f.optional) parts.push('optional: true');
  if (f.nillable) parts.push('nillable: true');
  const choice = fieldChoice(f);
  if (choice && !choice.repeated) {
    parts.push(`choice: ${str(choice.group)}`, `branch: ${choice.branch}`);
    if (choice.optional) parts.push('choiceOptional: true');
  }
  const facets = facetsLiteral(effectiveFacets(f, lookup));
  if (facets) parts.push(`facets: ${facets}`);
  const xsd = lookup.encoded ? xsdName(f.type, lookup) : undefined;
  if (xsd) parts.push(`xsd: ${str(xsd)}`);
  const subs = substitutionsLiteral(f, lookup);
  if (subs) parts.push(subs);
  return `{ ${parts.join(', ')} }`;
}

/**
 * The `xsi:type` of a scalar field in SOAP encoding: an XSD built-in's local name (not the
 * Microsoft `guid`/`char`), or `{namespace}name` for a named simple type (an enumeration or a
 * restriction: its instances are not instances of the built-in it restricts). Anonymous simple
 * types have no QName: none.
 */
function xsdName(ref: TypeRef, lookup: TypeLookup): string | undefined {
  if (ref.kind === 'primitive') return ref.name === 'guid' || ref.name === 'char' ? undefined : ref.name;
  if (ref.kind !== 'ref') return undefined;
  const def = lookup.byId.get(ref.id);
  if (!def || def.kind === 'complex' || (def.kind === 'alias' && def.list) || def.anonymous || def.namespace === undefined) return undefined;
  return `{${def.namespace}}${def.name}`;
}

/** Field facets, plus the facets of an alias type it refers to and integer ranges. */
function effectiveFacets(f: Field, lookup: TypeLookup): Facets & { format?: 'guid' } {
  return { ...refFacets(f.type, lookup), ...f.facets, ...(isGuid(f.type, lookup) ? { format: 'guid' as const } : {}) };
}

/** A `guid` value (directly or through aliases): the validator checks its form. */
export function isGuid(ref: TypeRef, lookup: TypeLookup, depth = 0): boolean {
  if (ref.kind === 'primitive') return ref.name === 'guid';
  if (ref.kind !== 'ref' || depth > 20) return false;
  const def = lookup.byId.get(ref.id);
  return def?.kind === 'alias' && !def.list && isGuid(def.target, lookup, depth + 1);
}

/**
 * Facets of a type reference: an alias's own and its primitive's range. For an `xs:list` alias
 * these are its items' (the validator checks each item; the list's own facets count items and are
 * left to the JSDoc).
 */
function refFacets(ref: TypeRef, lookup: TypeLookup, depth = 0): Facets {
  if (ref.kind === 'primitive') return rangeFacets(ref.name);
  if (ref.kind !== 'ref' || depth > 20) return {};
  const def = lookup.byId.get(ref.id);
  if (def?.kind !== 'alias') return {};
  if (def.list) return refFacets(def.target, lookup, depth + 1);
  return { ...(def.target.kind === 'primitive' ? rangeFacets(def.target.name) : {}), ...def.facets };
}

function rangeFacets(name: keyof typeof SCALAR_KIND): Facets {
  const r = INTEGER_RANGE[name];
  if (!r) return {};
  const out: { minInclusive?: string; maxInclusive?: string } = {};
  if (r[0]) out.minInclusive = r[0];
  if (r[1]) out.maxInclusive = r[1];
  return out;
}

function facetsLiteral(f: Facets & { format?: 'guid' }): string | undefined {
  const parts: string[] = [];
  for (const k of ['minLength', 'maxLength', 'totalDigits', 'fractionDigits'] as const) if (f[k] !== undefined) parts.push(`${k}: ${f[k]}`);
  for (const k of ['pattern', 'minInclusive', 'maxInclusive', 'minExclusive', 'maxExclusive'] as const) if (f[k] !== undefined) parts.push(`${k}: ${str(f[k]!)}`);
  if (f.notBlank) parts.push('notBlank: true');
  if (f.format) parts.push(`format: ${str(f.format)}`);
  return parts.length ? `{ ${parts.join(', ')} }` : undefined;
}

export function enumDescriptorLiteral(t: EnumType): string {
  const parts = [`kind: 'enum'`, `name: ${str(t.name)}`, `values: [${t.values.map((v) => str(v.name)).join(', ')}]`];
  if (t.values.length && t.values.every((v) => v.value !== undefined)) parts.push(`numbers: [${t.values.map((v) => v.value).join(', ')}]`);
  if (t.list) parts.push('list: true');
  return `{ ${parts.join(', ')} }`;
}

/** JSDoc lines of a field: description, wire facts, constraints, provenance, origin. */
export function describeField(f: Field, lookup: TypeLookup): string[] {
  const facts: string[] = [];
  if (f.type.kind === 'primitive') facts.push(primitiveNote(f.type.name) ?? '');
  if (f.type.kind === 'xml') facts.push('Raw XML: the element content as written, not parsed.');
  if (f.type.kind === 'ref') {
    const def = lookup.byId.get(f.type.id);
    if (def?.kind === 'alias' && def.target.kind === 'primitive') facts.push(primitiveNote(def.target.name) ?? '');
  }
  if (f.fieldKind === 'attribute') facts.push(`Sent as the XML attribute \`${f.name}\`.`);
  const item = fieldArrayItem(f);
  if (f.array && item) facts.push(`Wrapped: each item is an \`${item.name}\` element inside \`${f.name}\`.`);
  const choice = fieldChoice(f);
  if (choice) facts.push(`One alternative of an \`xs:choice\` (${choice.group}, alternative ${choice.branch + 1}): set the fields of one alternative only.`);
  if (f.fieldKind === 'element' && f.substitutions?.length) facts.push(`Substitution group: the wire may carry ${f.substitutions.map((x) => `\`${x.name}\``).join(', ')} instead of this element.`);
  if (f.fieldKind === 'text') facts.push('The text content of the element (XSD simpleContent).');
  facts.push(...constraintLines(f.facets));
  if (f.defaultValue !== undefined) facts.push(`Default value: ${f.defaultValue}.`);
  if (f.provenance && f.provenance !== 'declared') facts.push(provenanceLine(f.provenance));
  // Source locations are given once per type and operation, on members only when asked for.
  return docLines(f.description, [facts.filter(Boolean).join('\n')], f.notes, lookup.fieldLocations && where(f.loc) ? `From ${where(f.loc)}.` : undefined);
}

function constraintLines(f: Facets | undefined): string[] {
  if (!f) return [];
  const out: string[] = [];
  if (f.minLength !== undefined && f.maxLength !== undefined) out.push(`Length: ${f.minLength} to ${f.maxLength}.`);
  else if (f.minLength !== undefined) out.push(`Min length: ${f.minLength}.`);
  else if (f.maxLength !== undefined) out.push(`Max length: ${f.maxLength}.`);
  if (f.pattern !== undefined) out.push(`Pattern: \`${f.pattern}\`.`);
  if (f.minInclusive !== undefined || f.maxInclusive !== undefined) out.push(`Range: ${f.minInclusive ?? '…'} to ${f.maxInclusive ?? '…'} (inclusive).`);
  if (f.minExclusive !== undefined || f.maxExclusive !== undefined) out.push(`Range: ${f.minExclusive ?? '…'} to ${f.maxExclusive ?? '…'} (exclusive).`);
  if (f.totalDigits !== undefined) out.push(`Total digits: ${f.totalDigits}.`);
  if (f.fractionDigits !== undefined) out.push(`Fraction digits: ${f.fractionDigits}.`);
  if (f.dataType !== undefined) out.push(`Data type: ${f.dataType}.`);
  return out;
}

function provenanceLine(p: NonNullable<Field['provenance']>): string {
  switch (p) {
    case 'inferred-from-sample':
      return 'Type inferred from a sample value, not declared by the spec.';
    case 'named-in-prose':
      return 'Named only in the spec\'s prose; typed as a string.';
    case 'guessed':
      return 'Type guessed: the spec shows a placeholder the generator did not recognise.';
    default:
      return '';
  }
}

/** JSDoc lines of a named type. */
export function describeType(t: TypeDef, dir: Direction): string[] {
  const facts: string[] = [];
  if (t.kind === 'enum' && t.values.some((v) => v.value !== undefined || v.description)) {
    facts.push(...t.values.map((v) => `- \`${v.name}\`${v.value !== undefined ? ` (${v.value})` : ''}${v.description ? `: ${v.description}` : ''}`));
  }
  if (t.kind === 'complex' && t.open) facts.push('Open record: further members the spec does not list are kept in `$extra` as raw XML.');
  if (t.kind !== 'alias' && t.provenance && t.provenance !== 'declared') facts.push(provenanceLine(t.provenance));
  if (t.kind === 'alias') facts.push(...constraintLines(t.facets));
  if (dir === 'in' && t.kind === 'complex') facts.push('Input shape: accepts the request forms of each scalar (see the field notes).');
  return docLines(t.description, [facts.join('\n')], where(t.loc) && `From ${where(t.loc)}${t.namespace ? ` (namespace ${t.namespace})` : ''}.`);
}

export { literalKey };
