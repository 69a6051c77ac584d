import { fieldArrayItem, fieldChoice, renameChoiceGroup } from '../../ir/fields.js';
import type { ComplexType, Facets, Field, PrimitiveName, TypeDef, TypeRef } from '../../ir/types.js';
import { numberFor, stringFor } from '../../util/facet-values.js';
import { CANONICAL } from '../../util/scalars.js';
import { subtypesOf, typeTag } from './polymorphism.js';
import { fill, forceBreak, group, ifBreak, indent, indentIfBreak, join, line, print, softline, stringWidth, type Doc } from './layout.js';
import { literalKey, prettierString, str } from './text.js';
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

// Fixture values in prettier's layout: the literal text the functions above write, parsed back
// (objects, arrays, strings, numbers, `null`/`true`/`false`/`undefined`, `new Uint8Array([])`)
// into a document with the layout prettier gives each construct.

/** A literal the layout does not know: the file goes through prettier instead. */
export class UnknownLiteral extends Error {}

/** The document of a value literal. */
export function literalDoc(text: string): Doc {
  const p = { text, at: 0 };
  const v = value(p);
  skip(p);
  if (p.at !== text.length) throw new UnknownLiteral(`unexpected text at ${p.at} of a fixture literal`);
  return v.doc;
}

interface Parsed {
  readonly doc: Doc;
  /** What prettier's layout rules look at. */
  readonly kind: 'object' | 'array' | 'string' | 'number' | 'signed' | 'boolean' | 'other';
  /** Entries of an object or array. */
  readonly size: number;
}

interface Cursor {
  readonly text: string;
  at: number;
}

function skip(p: Cursor): void {
  while (p.text[p.at] === ' ') p.at++;
}

function expect(p: Cursor, s: string): void {
  skip(p);
  if (!p.text.startsWith(s, p.at)) throw new UnknownLiteral(`expected ${s} at ${p.at} of a fixture literal`);
  p.at += s.length;
}

function stringToken(p: Cursor): string {
  const start = p.at;
  for (p.at++; p.at < p.text.length && p.text[p.at] !== "'"; p.at++) if (p.text[p.at] === '\\') p.at++;
  if (p.text[p.at] !== "'") throw new UnknownLiteral('unterminated string in a fixture literal');
  p.at++;
  return prettierString(p.text.slice(start, p.at));
}

function value(p: Cursor): Parsed {
  skip(p);
  const ch = p.text[p.at];
  if (ch === '{') return object(p);
  if (ch === '[') return array(p);
  if (ch === "'") return { doc: stringToken(p), kind: 'string', size: 0 };
  const m = /^(-?)(\d+(?:\.\d*[1-9])?)(?![\w.])/.exec(p.text.slice(p.at));
  if (m) {
    p.at += m[0].length;
    return { doc: m[0], kind: m[1] ? 'signed' : 'number', size: 0 };
  }
  const w = /^(null|true|false|undefined|new Uint8Array\(\[\]\))(?![\w$])/.exec(p.text.slice(p.at));
  if (w) {
    p.at += w[0].length;
    return { doc: w[0], kind: w[0] === 'true' || w[0] === 'false' ? 'boolean' : 'other', size: 0 };
  }
  throw new UnknownLiteral(`unknown value at ${p.at} of a fixture literal`);
}

function object(p: Cursor): Parsed {
  expect(p, '{');
  const props: Doc[] = [];
  skip(p);
  while (p.text[p.at] !== '}') {
    if (props.length) expect(p, ',');
    skip(p);
    let key: string;
    if (p.text[p.at] === "'") key = objectKey(stringToken(p));
    else if (p.text[p.at] === '[') {
      const start = p.at;
      p.at++;
      stringToken(p);
      expect(p, ']');
      key = p.text.slice(start, p.at);
    } else {
      const k = /^[\p{L}\p{Nl}$_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}$]*/u.exec(p.text.slice(p.at));
      if (!k) throw new UnknownLiteral(`unknown key at ${p.at} of a fixture literal`);
      key = k[0];
      p.at += key.length;
    }
    expect(p, ':');
    props.push(property(key, value(p)));
    skip(p);
  }
  p.at++;
  if (!props.length) return { doc: '{}', kind: 'object', size: 0 };
  return { doc: group(['{', indent([line, join([',', line], props)]), ifBreak(','), line, '}']), kind: 'object', size: props.length };
}

function array(p: Cursor): Parsed {
  expect(p, '[');
  const items: Parsed[] = [];
  skip(p);
  while (p.text[p.at] !== ']') {
    if (items.length) expect(p, ',');
    items.push(value(p));
    skip(p);
  }
  p.at++;
  if (!items.length) return { doc: '[]', kind: 'array', size: 0 };
  const id = Symbol('array');
  // Two or more objects (or arrays) of more than one entry each: always one per line.
  const broken = items.length > 1 && items.every((x) => (x.kind === 'object' || x.kind === 'array') && x.kind === items[0].kind && x.size > 1);
  const concise = items.length > 1 && items.every((x) => x.kind === 'number' || x.kind === 'signed');
  const body: Doc = concise
    ? fill(items.flatMap((x, i) => (i === items.length - 1 ? [[x.doc, ifBreak(',', '', id)]] : [[x.doc, ','], line])))
    : [join([',', line], items.map((x) => group(x.doc))), ifBreak(',')];
  const doc = group(['[', indent([softline, body]), softline, ']'], id);
  return { doc: broken ? forceBreak(doc) : doc, kind: 'array', size: items.length };
}

/** A key as prettier prints it: unquoted where it is an identifier. */
export function objectKey(quoted: string): string {
  if (!quoted.startsWith("'")) return quoted;
  const inner = quoted.slice(1, -1);
  return !inner.includes('\\') && /^[\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*$/u.test(inner) ? inner : quoted;
}

/** `key: value` with prettier's assignment layouts for object properties. */
export function property(key: string, v: { readonly doc: Doc; readonly kind: Parsed['kind'] }): Doc {
  const shortKey = stringWidth(key) < 5;
  if (v.kind === 'string' && !shortKey) return group([key, ':', group(indent([line, v.doc]))]);
  if (shortKey || v.kind === 'string' || v.kind === 'number' || v.kind === 'boolean') return group([key, ': ', v.doc]);
  const id = Symbol('assignment');
  return group([key, ':', group(indent(line), id), indentIfBreak(v.doc, id)]);
}

/** The document of a string literal written by `str` (prettier's quotes). */
export function stringDoc(literal: string): { doc: Doc; kind: 'string' } {
  return { doc: prettierString(literal), kind: 'string' };
}

/** A literal's document and kind, for `property`. */
export function parsedLiteral(text: string): { doc: Doc; kind: Parsed['kind'] } {
  const p = { text, at: 0 };
  const v = value(p);
  skip(p);
  if (p.at !== text.length) throw new UnknownLiteral(`unexpected text at ${p.at} of a fixture literal`);
  return v;
}

/** One sample entry: its key (a `str` literal) and its request and response (`str` literals). */
export interface SampleEntry {
  readonly key: string;
  readonly request?: string;
  readonly response?: string;
}

/**
 * One operation's entry of `fixtures` (indented by two), in prettier's layout: `key: {`, one
 * property per value literal, the samples, and `}` followed by `tail` (`,` or
 * ` satisfies T<…>,`). Throws `UnknownLiteral` for a literal the layout does not know.
 */
export function fixtureEntry(key: string, values: readonly (readonly [string, string])[], samplesKey: string, samples: readonly SampleEntry[], tail: Doc): string {
  const first = `  ${objectKey(key)}: {`;
  // A key too long for `key: {` moves the object to the next line: left to prettier.
  if (stringWidth(first) > 100) throw new UnknownLiteral(`fixture key ${key} too long for the layout`);
  const lines = [first];
  for (const [name, text] of values) lines.push(print([property(name, parsedLiteral(text)), ','], 4));
  if (!samples.length) lines.push(`    ${samplesKey}: {},`);
  else {
    lines.push(`    ${samplesKey}: {`);
    for (const s of samples) {
      const props: Doc[] = [];
      if (s.request !== undefined) props.push(property('request', stringDoc(s.request)));
      if (s.response !== undefined) props.push(property('response', stringDoc(s.response)));
      const obj: Doc = props.length ? group(['{', indent([line, join([',', line], props)]), ifBreak(','), line, '}']) : '{}';
      lines.push(print([property(objectKey(prettierString(s.key)), { doc: obj, kind: 'object' }), ','], 6));
    }
    lines.push('    },');
  }
  lines.push(print(['}', tail], 2));
  return lines.join('\n');
}

/** The same entry unformatted (for prettier), where the layout does not know a literal. */
export function rawFixtureEntry(key: string, values: readonly (readonly [string, string])[], samplesKey: string, samples: readonly SampleEntry[], tail: string): string {
  const lines = [`  ${key}: {`, ...values.map(([name, text]) => `    ${name}: ${text},`), `    ${samplesKey}: {`];
  for (const s of samples) lines.push(`      ${s.key}: { ${s.request !== undefined ? `request: ${s.request}, ` : ''}${s.response !== undefined ? `response: ${s.response}` : ''} },`);
  lines.push('    },', `  }${tail}`);
  return lines.join('\n');
}
