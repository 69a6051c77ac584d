import type { Reachability } from '../ir/resolved.js';
import type { Field, Service, TypeDef, TypeRef } from '../ir/types.js';

/** Which named types requests and responses reach (see `Reachability`). */
export function reachability(service: Service): Reachability {
  const byId = new Map(service.types.map((t) => [t.id, t] as const));
  const subtypes = subtypeIndex(service.types);
  const inputIds = new Set<string>();
  const outputIds = new Set<string>();
  const walkAll = (refs: Iterable<TypeRef>, into: Set<string>): void => {
    for (const r of refs) walk(r, into, byId, subtypes);
  };
  for (const op of service.operations) {
    walkAll(fieldRefs(op.input.fields), inputIds);
    walkAll(op.headersIn.map((h) => h.type), inputIds);
    if (op.rest?.body) walkAll([op.rest.body], inputIds);
    if (op.rest) walkAll(fieldRefs([...op.rest.pathParams, ...op.rest.queryParams]), inputIds);
    if (op.output) walkAll(fieldRefs(op.output.fields), outputIds);
    walkAll(op.headersOut.map((h) => h.type), outputIds);
    walkAll((op.headerFaults ?? []).map((h) => h.type), outputIds);
    if (op.rest?.response) walkAll([op.rest.response], outputIds);
    for (const f of op.faults) if (f.type) walkAll([f.type], outputIds);
    for (const o of op.objects ?? []) {
      walkAll(fieldRefs(o.input.fields), inputIds);
      if (o.output) walkAll(fieldRefs(o.output.fields), outputIds);
    }
  }
  const reachedIds = new Set([...inputIds, ...outputIds]);
  for (const t of service.types) if (!inputIds.has(t.id)) outputIds.add(t.id);
  return { inputIds, outputIds, reachedIds };
}

function fieldRefs(fields: readonly Field[]): TypeRef[] {
  return fields.map((f) => f.type);
}

/** Direct subtypes per type id (types whose `base` names it), in IR order. */
export function subtypeIndex(types: Iterable<TypeDef>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const t of types) {
    if (t.kind === 'complex' && t.base) {
      const list = out.get(t.base) ?? [];
      list.push(t.id);
      out.set(t.base, list);
    }
  }
  return out;
}

function walk(ref: TypeRef, into: Set<string>, byId: Map<string, TypeDef>, subtypes: Map<string, string[]>): void {
  const stack: TypeRef[] = [ref];
  while (stack.length) {
    const r = stack.pop()!;
    if (r.kind === 'map') {
      stack.push(r.key, r.value);
      continue;
    }
    if (r.kind !== 'ref' || into.has(r.id)) continue;
    const def = byId.get(r.id);
    if (!def) continue;
    into.add(r.id);
    if (def.kind === 'complex') {
      for (const f of def.fields) stack.push(f.type);
      if (def.base) stack.push({ kind: 'ref', id: def.base });
      for (const s of subtypes.get(def.id) ?? []) stack.push({ kind: 'ref', id: s });
    } else if (def.kind === 'alias') {
      stack.push(def.target);
    }
  }
}
