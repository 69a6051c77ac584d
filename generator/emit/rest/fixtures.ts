import type { Facets, Field, RestOperation, Sample, SampleJson as JsonValue, TypeRef } from '../../ir/types.js';
import { numberSatisfies, stringSatisfies } from '../../util/facet-values.js';
import { CANONICAL, canonicalRecord, facetedValue } from '../core/fixtures.js';
import { allFields } from '../core/declarations.js';
import { literalKey, str } from '../core/text.js';
import { SCALAR_KIND, type Direction, type TypeLookup } from '../core/types-map.js';

/**
 * Typed fixtures of a Web API endpoint, READ FROM THE PAGE'S SAMPLES: Web API help pages print
 * values (`"sample string 1"`, GUIDs, `5.0`), not type names, so the typed value of a body or a
 * response is the page's JSON sample read as its declared type (exact number text for `long` and
 * `decimal`, enum numbers mapped to names, base64 decoded). Without a JSON sample the canonical
 * value of each type is used (README "Fixtures"). Route parameters have no samples: canonical.
 */

export interface RestFixtureModel {
  readonly key: string;
  readonly params: string;
  readonly body: string;
  readonly response: string;
  readonly paramsType: string;
  readonly bodyType: string;
  readonly responseType: string;
  readonly samples: readonly { format: string; request?: string; response?: string }[];
}

/** The fixture of one endpoint. */
export function restFixture(
  op: RestOperation,
  names: { method: string; paramsType?: string; bodyType?: string; result: string },
  lookup: TypeLookup,
): RestFixtureModel {
  const rest = op.rest;
  const params = [...rest.pathParams, ...rest.queryParams];
  return {
    key: literalKey(names.method),
    params: names.paramsType ? canonicalRecord(params, 'in', lookup) : 'undefined',
    body: rest.body ? typedSample(op.input.samples, rest.body, !!rest.bodyArray, 'in', lookup) : 'undefined',
    response: rest.response ? typedSample(op.output?.samples, rest.response, !!rest.responseArray, 'out', lookup) : 'undefined',
    paramsType: names.paramsType ?? 'undefined',
    bodyType: names.bodyType ?? 'undefined',
    responseType: rest.response ? names.result : 'undefined',
    samples: sampleTexts(op),
  };
}

function sampleTexts(op: RestOperation): { format: string; request?: string; response?: string }[] {
  const out = new Map<string, { format: string; request?: string; response?: string }>();
  const add = (s: Sample, which: 'request' | 'response') => {
    const format = /json/i.test(s.mediaType) ? 'json' : /xml/i.test(s.mediaType) ? 'xml' : /form/i.test(s.mediaType) ? 'form' : undefined;
    if (!format) return;
    const e = out.get(format) ?? { format: str(format) };
    if (e[which] === undefined) e[which] = str(s.text);
    out.set(format, e);
  };
  for (const s of op.input.samples ?? []) add(s, 'request');
  for (const s of op.output?.samples ?? []) add(s, 'response');
  return [...out.values()];
}

function typedSample(samples: readonly Sample[] | undefined, ref: TypeRef, array: boolean, dir: Direction, lookup: TypeLookup): string {
  const json = samples?.find((s) => /json/i.test(s.mediaType));
  const tree = json?.tree;
  const value = tree?.kind === 'json' && tree.complete ? tree.value : null;
  const fromSample = value ? literal(value, ref, array, dir, lookup, 0) : undefined;
  if (fromSample !== undefined) return fromSample;
  const one = canonical(ref, dir, lookup);
  return array ? `[${one}, ${one}]` : one;
}

function canonical(ref: TypeRef, dir: Direction, lookup: TypeLookup): string {
  if (ref.kind === 'primitive') return CANONICAL[ref.name];
  if (ref.kind === 'ref') {
    const def = lookup.byId.get(ref.id);
    if (def?.kind === 'complex') return canonicalRecord(allFields(def, lookup), dir, lookup);
    if (def?.kind === 'enum') return def.values.length ? str(def.values[0].name) : `''`;
    if (def?.kind === 'alias') return canonical(def.target, dir, lookup);
  }
  return ref.kind === 'map' ? '{}' : `''`;
}

const MAX_DEPTH = 12;

/**
 * The TS literal of a sample value read as `ref` (`undefined` when the sample does not fit). A
 * sample value the member's facets refuse (`"sample string 1"` for a 3-letter code) is replaced by
 * one that satisfies them, so that the fixture passes the package's own validator.
 */
function literal(v: JsonValue, ref: TypeRef, array: boolean, dir: Direction, lookup: TypeLookup, depth: number, facets?: Facets): string | undefined {
  if (depth > MAX_DEPTH) return undefined;
  if (array) {
    if (v.t !== 'arr') return undefined;
    const items = v.items.map((x) => literal(x, ref, false, dir, lookup, depth + 1, facets));
    return items.every((x) => x !== undefined) ? `[${items.join(', ')}]` : undefined;
  }
  switch (ref.kind) {
    case 'primitive': {
      const x = scalar(v, ref.name);
      return x !== undefined && facets && !sampleSatisfies(v, ref.name, facets) ? facetedValue(ref.name, facets) : x;
    }
    case 'xml':
      return v.t === 'str' ? str(v.v) : undefined;
    case 'map': {
      if (v.t !== 'obj') return undefined;
      const parts = v.entries.map(([k, x]) => [k, literal(x, ref.value, false, dir, lookup, depth + 1)] as const);
      return parts.every((p) => p[1] !== undefined) ? `{ ${parts.map(([k, x]) => `${literalKey(k)}: ${x}`).join(', ')} }` : undefined;
    }
    case 'ref': {
      const def = lookup.byId.get(ref.id);
      if (!def) return undefined;
      if (def.kind === 'alias') return literal(v, def.target, false, dir, lookup, depth, { ...def.facets, ...facets });
      if (def.kind === 'enum') {
        if (v.t === 'str' && def.values.some((e) => e.name === v.v)) return str(v.v);
        const hit = v.t === 'num' ? def.values.find((e) => e.value === Number(v.raw)) : undefined;
        return hit ? str(hit.name) : undefined;
      }
      if (v.t !== 'obj') return undefined;
      return record(v.entries, allFields(def, lookup), dir, lookup, depth);
    }
  }
}

function record(entries: readonly (readonly [string, JsonValue])[], fields: readonly Field[], dir: Direction, lookup: TypeLookup, depth: number): string | undefined {
  const parts: string[] = [];
  for (const f of fields) {
    const e = entries.find(([k]) => k === f.name) ?? entries.find(([k]) => k.toLowerCase() === f.name.toLowerCase());
    if (!e || (e[1].t === 'null' && !f.nillable)) {
      // A required member the sample leaves out still gets a value (the validator asks for one).
      if (!f.optional) {
        const c = canonicalRecord([f], dir, lookup);
        if (c !== '{}') parts.push(c.slice(2, -2));
      }
      continue;
    }
    if (e[1].t === 'null') {
      parts.push(`${literalKey(f.name)}: null`);
      continue;
    }
    const x = literal(e[1], f.type, f.array, dir, lookup, depth + 1, f.facets);
    if (x === undefined) return undefined;
    parts.push(`${literalKey(f.name)}: ${x}`);
  }
  return parts.length ? `{ ${parts.join(', ')} }` : '{}';
}

/** True when a sample's scalar value satisfies the facets the validator checks. */
function sampleSatisfies(v: JsonValue, name: keyof typeof SCALAR_KIND, facets: Facets): boolean {
  const kind = SCALAR_KIND[name];
  if (v.t === 'str' && (kind === 'string' || kind === 'anyType')) return stringSatisfies(v.v, facets);
  if (v.t === 'num' && (kind === 'int' || kind === 'float' || kind === 'double' || kind === 'long' || kind === 'decimal')) return numberSatisfies(v.raw, kind, facets);
  return true;
}

function scalar(v: JsonValue, name: keyof typeof SCALAR_KIND): string | undefined {
  const kind = SCALAR_KIND[name];
  switch (kind) {
    case 'int':
    case 'float':
    case 'double':
      return v.t === 'num' && (kind !== 'int' || /^-?\d+$/.test(v.raw)) ? v.raw : undefined;
    case 'long':
    case 'decimal':
      return v.t === 'num' ? str(v.raw) : undefined;
    case 'boolean':
      return v.t === 'bool' ? String(v.v) : undefined;
    case 'base64Binary':
      return v.t === 'str' && /^[A-Za-z0-9+/=\s]*$/.test(v.v) ? `new Uint8Array([${[...Buffer.from(v.v, 'base64')].join(', ')}])` : undefined;
    case 'hexBinary':
      return v.t === 'str' && /^([0-9a-fA-F]{2})*$/.test(v.v) ? `new Uint8Array([${[...Buffer.from(v.v, 'hex')].join(', ')}])` : undefined;
    case 'anyType':
      return v.t === 'str' ? str(v.v) : undefined;
    default:
      return v.t === 'str' ? str(v.v) : undefined;
  }
}
