import type { ComplexType, Field, TypeDef } from '../../ir/types.js';
import { subtypeIndex } from '../../ir/walk.js';
import { str } from './text.js';
import { declaredName, type Direction, type TypeLookup } from './types-map.js';

/**
 * `xsi:type` substitution (XML Schema Part 1 §2.6.1, §3.4.6): wherever the schema names a complex
 * type, an instance may carry any type derived from it (by extension or restriction) and say so
 * with `xsi:type`. SOAP packages therefore type such a position as a union alias of the declared
 * type and its non-abstract subtypes (`AnyRecord`), discriminated by a `$type` member that holds
 * the generated type's name: optional for the declared type itself, required for a subtype.
 * Requests choose a subtype with `$type` (the writer adds `xsi:type`); results read with an
 * `xsi:type` come back as that subtype, always with `$type` set.
 */

const indexes = new WeakMap<ReadonlyMap<string, TypeDef>, ReadonlyMap<string, readonly string[]>>();

/** Direct subtypes per complex type id, in IR (source) order (computed once per package). */
function directSubtypes(lookup: TypeLookup): ReadonlyMap<string, readonly string[]> {
  let index = indexes.get(lookup.byId);
  if (!index) {
    index = subtypeIndex(lookup.byId.values());
    indexes.set(lookup.byId, index);
  }
  return index;
}

/** Every type derived from `id`, transitively, depth first in source order (cycles cut). */
export function subtypesOf(id: string, lookup: TypeLookup): ComplexType[] {
  const index = directSubtypes(lookup);
  const out: ComplexType[] = [];
  const seen = new Set<string>([id]);
  const visit = (at: string): void => {
    for (const s of index.get(at) ?? []) {
      if (seen.has(s)) continue;
      seen.add(s);
      const t = lookup.byId.get(s);
      if (t?.kind === 'complex') out.push(t);
      visit(s);
    }
  };
  visit(id);
  return out;
}

/** True when `t` takes part in a derivation: it has a complex base or subtypes. */
export function inFamily(t: ComplexType, lookup: TypeLookup): boolean {
  return (!!t.base && lookup.byId.get(t.base)?.kind === 'complex') || directSubtypes(lookup).has(t.id);
}

/** The `$type` value of a type: its generated (result shape) name. */
export function typeTag(id: string, lookup: TypeLookup): string {
  return lookup.names.types.get(id)!;
}

/** Members of the union alias of a polymorphic type in one direction. */
export function unionMembers(t: ComplexType, dir: Direction, lookup: TypeLookup): string[] {
  const members: string[] = [];
  // A result whose xsi:type names no type of the spec is read as the declared type, abstract or not.
  if (!t.abstract) members.push(`(${declaredName(t.id, dir, lookup)} & { $type?: ${str(typeTag(t.id, lookup))} })`);
  else if (dir === 'out') members.push(`(${declaredName(t.id, dir, lookup)} & { $type: ${str(typeTag(t.id, lookup))} })`);
  for (const s of subtypesOf(t.id, lookup)) {
    if (!s.abstract) members.push(`(${declaredName(s.id, dir, lookup)} & { $type: ${str(typeTag(s.id, lookup))} })`);
  }
  return members.length ? members : ['never'];
}

/** The JSDoc of a union alias. */
export function unionDoc(t: ComplexType, lookup: TypeLookup): string[] {
  const own = typeTag(t.id, lookup);
  const subs = subtypesOf(t.id, lookup).filter((s) => !s.abstract);
  return [
    `A \`${t.name}\` or any type derived from it, told apart by \`$type\` (sent as \`xsi:type\`).`,
    t.abstract
      ? `\`${t.name}\` is abstract: a request value must name one of its subtypes in \`$type\`.`
      : `Without \`$type\` (or with \`$type: ${str(own)}\`) the value is a plain {@link ${own}}.`,
    `A result whose \`xsi:type\` names a type the spec does not describe is read as {@link ${own}} (\`$type: ${str(own)}\`).`,
    ...(subs.length <= 12 ? [`Subtypes: ${subs.map((s) => `{@link ${typeTag(s.id, lookup)}}`).join(', ')}.`] : [`${subs.length} subtypes.`]),
  ];
}

/** Extra members of a complex type's descriptor literal: `tag`, `abstract`, `subtypes`. */
export function polymorphicParts(t: ComplexType, lookup: TypeLookup): string[] {
  if (!lookup.names.unions.size || !inFamily(t, lookup)) return [];
  const parts = [`tag: ${str(typeTag(t.id, lookup))}`];
  if (t.abstract) parts.push('abstract: true');
  const subs = subtypesOf(t.id, lookup).filter((s) => !s.abstract);
  if (subs.length) parts.push(`get subtypes() { return [${subs.map((s) => lookup.names.descriptors.get(s.id)!).join(', ')}]; }`);
  return parts;
}

/**
 * The `subs` member of a field descriptor for an element that heads a substitution group (XSD
 * Part 1 §3.3.6): the member elements whose type is a distinct type of the head type's family,
 * so that a value's `$type` picks the member element to write and a member element read back
 * sets `$type`. Members of the head's own type add nothing to tell apart and are read as the head.
 */
export function substitutionsLiteral(f: Field, lookup: TypeLookup): string | undefined {
  if (f.fieldKind !== 'element' || !f.substitutions?.length || !lookup.names.unions.size) return undefined;
  const own = f.type.kind === 'ref' ? f.type.id : undefined;
  const members: string[] = [];
  const seen = new Set<string>();
  for (const m of f.substitutions) {
    if (m.type.kind !== 'ref' || m.type.id === own || seen.has(m.type.id)) continue;
    const t = lookup.byId.get(m.type.id);
    if (t?.kind !== 'complex' || t.abstract || !inFamily(t, lookup)) continue;
    seen.add(m.type.id);
    members.push(`{ name: ${str(m.name)}${m.namespace !== undefined ? `, ns: ${str(m.namespace)}` : ''}, type: ${lookup.names.descriptors.get(t.id)!} }`);
  }
  return members.length ? `get subs() { return [${members.join(', ')}]; }` : undefined;
}
