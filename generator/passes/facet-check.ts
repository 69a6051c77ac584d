import { Codes } from '../diagnostics.js';
import { numberFor, stringFor } from '../util/facet-values.js';
import { CANONICAL, SCALAR_KIND } from '../util/scalars.js';
import type { Diagnostic, Facets, Field, PrimitiveName, Service, SourceLoc, TypeDef, TypeRef } from '../ir/types.js';

/**
 * Fixtures and mock answers hold values that satisfy every facet the package validates (see
 * util/facet-values.ts). Where no value can be found (a pattern outside the XML Schema regular
 * expression subset, contradictory bounds), a warning names the member: its fixture keeps the
 * canonical value, which the package's own validator refuses.
 */
export function facetWarnings(service: Service): Diagnostic[] {
  const byId = new Map(service.types.map((t) => [t.id, t] as const));
  const out: Diagnostic[] = [];
  const check = (what: string, ref: TypeRef, facets: Facets | undefined, loc: SourceLoc | undefined): void => {
    const prim = primitiveOf(ref, byId);
    if (!prim || !facets) return;
    const problem = unsatisfiable(prim, facets);
    if (problem) out.push({ severity: 'warning', code: Codes.UNSUPPORTED, message: `no value of ${what} satisfies ${problem}: its fixture and mock answer keep the canonical value, which the package's validator refuses`, ...(loc ? { loc } : {}) });
  };
  for (const t of service.types) {
    if (t.kind === 'alias' && !t.list) check(`type ${t.name}`, t.target, t.facets, t.loc);
    if (t.kind === 'complex') for (const f of t.fields) check(`${t.name}.${f.name}`, f.type, own(f, byId), f.loc);
  }
  for (const op of service.operations) {
    for (const m of [op.input, op.output]) for (const f of m?.fields ?? []) check(`${op.name}.${f.name}`, f.type, own(f, byId), f.loc);
  }
  return out;
}

/** A field's facets where they add to its type's (an alias's own are checked with the alias). */
function own(f: Field, byId: ReadonlyMap<string, TypeDef>): Facets | undefined {
  if (!f.facets) return undefined;
  const def = f.type.kind === 'ref' ? byId.get(f.type.id) : undefined;
  return def?.kind === 'alias' && !def.list ? { ...def.facets, ...f.facets } : f.facets;
}

function primitiveOf(ref: TypeRef, byId: ReadonlyMap<string, TypeDef>, depth = 0): PrimitiveName | undefined {
  if (ref.kind === 'primitive') return ref.name;
  if (ref.kind !== 'ref' || depth > 20) return undefined;
  const def = byId.get(ref.id);
  return def?.kind === 'alias' && !def.list ? primitiveOf(def.target, byId, depth + 1) : undefined;
}

function unsatisfiable(name: PrimitiveName, f: Facets): string | undefined {
  const kind = SCALAR_KIND[name];
  const canonical = CANONICAL[name];
  if (kind === 'string' || kind === 'anyType') {
    if (stringFor(f, canonical.startsWith("'") ? canonical.slice(1, -1) : '') !== undefined) return undefined;
    const parts = [f.pattern !== undefined ? `the pattern ${JSON.stringify(f.pattern)}` : '', f.minLength !== undefined ? `minLength ${f.minLength}` : '', f.maxLength !== undefined ? `maxLength ${f.maxLength}` : ''].filter(Boolean);
    return parts.join(', ') || 'its facets';
  }
  if (kind === 'int' || kind === 'float' || kind === 'double' || kind === 'long' || kind === 'decimal') {
    if (numberFor(kind, f, canonical.replace(/'/g, '')) !== undefined) return undefined;
    const parts = (['minInclusive', 'maxInclusive', 'minExclusive', 'maxExclusive', 'totalDigits', 'fractionDigits'] as const).filter((k) => f[k] !== undefined).map((k) => `${k} ${f[k]}`);
    return parts.join(', ') || 'its facets';
  }
  return undefined;
}
