import { fieldArrayItem, fieldChoice, renameChoiceGroup } from '../../ir/fields.js';
import type { ComplexType, Facets, Field, PrimitiveName, TypeDef, TypeRef } from '../../ir/types.js';
import { numberFor, stringFor } from '../../util/facet-values.js';
import { CANONICAL } from '../../util/scalars.js';
import { subtypesOf, typeTag } from './polymorphism.js';
import { literalKey, str } from './text.js';
import { SCALAR_KIND, type Direction, type TypeLookup } from './types-map.js';

/**
 * Typed fixtures. Help-page samples hold type placeholders (`<evaluation>int</evaluation>`), not
 * values, so the typed fixture of a message uses one canonical value per type (README "Fixtures"):
 * the placeholder word itself for strings, zero for numbers, `false`, the zero GUID, fixed dates.
 * Where facets rule the canonical value out, a value that satisfies them (a string generated
 * from the pattern within the lengths, a number within the bounds). Arrays hold two items, as the
 * help pages show them.
 */

export { CANONICAL };

const MAX_DEPTH = 6;

/**
 * How much of the type graph a fixture shows. Help-page services show every member (the page's
 * sample does); schema-described services show required members only, so fixtures of large
 * WSDLs stay small. `budget` caps the number of values written.
 */
export interface FixtureScope {
  readonly optional: boolean;
  budget: number;
}

/** A typed literal for a list of fields (a message or record), canonical values throughout. */
export function canonicalRecord(fields: readonly Field[], dir: Direction, lookup: TypeLookup, scope: FixtureScope = { optional: true, budget: 2000 }, stack: string[] = []): string {
  const parts: string[] = [];
  const seen = new Set<string>();
  const chosen = chosenAlternatives(fields, scope.optional);
  for (const field of fields) {
    // A wire name repeated (choice alternatives, repeated parts) is one property: its first occurrence.
    if (seen.has(field.name)) continue;
    seen.add(field.name);
    const alt = alternative(field, chosen);
    const f = alt === 'required' ? { ...field, optional: false } : field;
    if (alt === 'skip' || (f.optional && (!scope.optional || scope.budget <= 0))) {
      // Unwrapped repeated elements always read as an array (see model.ts `property`): `[]` when absent.
      if (dir === 'out' && f.array && !fieldArrayItem(f)) parts.push(`${literalKey(f.name)}: []`);
      continue;
    }
    const v = canonicalField(f, dir, lookup, scope, stack);
    if (v !== undefined) parts.push(`${literalKey(f.name)}: ${v}`);
  }
  return parts.length ? `{ ${parts.join(', ')} }` : '{}';
}

/**
 * `xs:choice` groups (typed as unions, see choice.ts): the fixture shows one alternative, the
 * first; none when the choice may be absent and optional members are not shown. Repeated choices
 * stay plain optional members.
 */
function chosenAlternatives(fields: readonly Field[], showOptional: boolean): Map<string, number | undefined> {
  const chosen = new Map<string, number | undefined>();
  for (const f of fields) {
    const c = fieldChoice(f);
    if (!c || c.repeated) continue;
    const prev = chosen.get(c.group);
    if (c.optional && !showOptional) chosen.set(c.group, undefined);
    else if (!chosen.has(c.group) || (prev !== undefined && c.branch < prev)) chosen.set(c.group, c.branch);
  }
  return chosen;
}

/** How a field is shown: `skip` (another alternative is chosen), `required` (chosen, required once chosen), or as declared. */
function alternative(f: Field, chosen: Map<string, number | undefined>): 'skip' | 'required' | 'declared' {
  const c = fieldChoice(f);
  if (!c || c.repeated) return 'declared';
  if (chosen.get(c.group) !== c.branch) return 'skip';
  return c.required ? 'required' : 'declared';
}

function canonicalField(f: Field, dir: Direction, lookup: TypeLookup, scope: FixtureScope, stack: string[]): string | undefined {
  scope.budget--;
  // Items the page's sample shows as xsi:nil (an ASMX depth limit) read back as null: the fixture says so.
  if (f.array && fieldArrayItem(f)?.sampleNil) return scope.optional ? '[null, null]' : '[null]';
  const v = canonicalRef(f.type, dir, lookup, scope, stack, f.facets);
  if (v === undefined) return f.optional || f.array ? (f.array && !f.optional ? '[]' : undefined) : 'null';
  return f.array ? (scope.optional ? `[${v}, ${v}]` : `[${v}]`) : v;
}

function canonicalRef(ref: TypeRef, dir: Direction, lookup: TypeLookup, scope: FixtureScope, stack: string[], facets?: Facets): string | undefined {
  switch (ref.kind) {
    case 'primitive':
      return facetedValue(ref.name, facets);
    case 'xml':
      return `''`;
    case 'map':
      return '{}';
    case 'ref': {
      const def = lookup.byId.get(ref.id);
      if (!def) return undefined;
      if (def.kind === 'enum') return def.values.length ? str(def.values[0].name) : `''`;
      if (def.kind === 'alias') {
        // A field's own facets refine its type's (as in the descriptors); a list's facets count items.
        const item = canonicalRef(def.target, dir, lookup, scope, stack, def.list ? def.facets : { ...def.facets, ...facets });
        return def.list && item !== undefined ? `[${item}]` : item;
      }
      if (stack.includes(def.id) || stack.length >= MAX_DEPTH) return undefined;
      if (def.abstract && lookup.names.unions.has(def.id)) return abstractRecord(def, dir, lookup, scope, stack);
      return canonicalRecord(withBases(def, lookup), dir, lookup, scope, [...stack, def.id]);
    }
  }
}

/**
 * The canonical value of a primitive, or where facets rule it out, a value that satisfies them
 * (see facet-values.ts); the canonical value when none is found (the spec check warns).
 */
export function facetedValue(name: PrimitiveName, facets: Facets | undefined): string {
  const canonical = CANONICAL[name];
  if (!facets) return canonical;
  const kind = SCALAR_KIND[name];
  if (kind === 'string' || kind === 'anyType') {
    const base = canonical.startsWith("'") ? canonical.slice(1, -1) : '';
    const v = stringFor(facets, base);
    return v === undefined ? canonical : str(v);
  }
  if (kind === 'int' || kind === 'float' || kind === 'double' || kind === 'long' || kind === 'decimal') {
    const base = canonical.replace(/'/g, '');
    const v = numberFor(kind, facets, base);
    if (v === undefined) return canonical;
    return kind === 'long' || kind === 'decimal' ? str(v) : v;
  }
  return canonical;
}

/**
 * A value of an abstract type (see polymorphism.ts): its first non-abstract subtype, named in
 * `$type`; in results, the abstract type itself when it has none.
 */
function abstractRecord(def: ComplexType, dir: Direction, lookup: TypeLookup, scope: FixtureScope, stack: string[]): string | undefined {
  const sub = subtypesOf(def.id, lookup).find((s) => !s.abstract && !stack.includes(s.id));
  const t = sub ?? (dir === 'out' ? def : undefined);
  if (!t) return undefined;
  const body = canonicalRecord(withBases(t, lookup), dir, lookup, scope, [...stack, def.id, t.id]);
  const tag = `$type: ${str(typeTag(t.id, lookup))}`;
  return body === '{}' ? `{ ${tag} }` : `{ ${tag}, ${body.slice(2)}`;
}

/** A complex type's fields with every base type's fields first (wire order). */
function withBases(t: ComplexType, lookup: TypeLookup): readonly Field[] {
  const chain: ComplexType[] = [];
  for (let c: ComplexType | undefined = t; c && !chain.includes(c); ) {
    chain.unshift(c);
    const b: TypeDef | undefined = c.base ? lookup.byId.get(c.base) : undefined;
    c = b?.kind === 'complex' ? b : undefined;
  }
  // Choice group ids are unique per type only: prefix them with the type's place in the chain.
  return chain.flatMap((c, i) => c.fields.map((f) => renameChoiceGroup(f, (g) => `${i}.${g}`)));
}

/** The scalar kind behind a primitive, for the fixture's documentation table. */
export function canonicalTable(): string {
  const seen = new Map<string, string>();
  for (const [name, value] of Object.entries(CANONICAL)) {
    const kind = SCALAR_KIND[name as PrimitiveName];
    if (!seen.has(`${kind}:${value}`)) seen.set(`${kind}:${value}`, `${name}: ${value}`);
  }
  return [...seen.values()].join(', ');
}
