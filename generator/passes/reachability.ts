import type { Reachability } from '../ir/resolved.js';
import type { Field, Service, TypeRef } from '../ir/types.js';
import { reachTypes, subtypeIndex } from '../ir/walk.js';

/** Which named types requests and responses reach (see `Reachability`). */
export function reachability(service: Service): Reachability {
  const byId = new Map(service.types.map((t) => [t.id, t] as const));
  const subtypes = subtypeIndex(service.types);
  const inputIds = new Set<string>();
  const outputIds = new Set<string>();
  const walkAll = (refs: Iterable<TypeRef>, into: Set<string>): void => {
    reachTypes(refs, byId, into, { subtypes });
  };
  for (const op of service.operations) {
    walkAll(fieldRefs(op.input.fields), inputIds);
    if (op.output) walkAll(fieldRefs(op.output.fields), outputIds);
    switch (op.binding) {
      case 'soap':
        walkAll(op.headersIn.map((h) => h.type), inputIds);
        walkAll(op.headersOut.map((h) => h.type), outputIds);
        walkAll((op.headerFaults ?? []).map((h) => h.type), outputIds);
        for (const f of op.faults) if (f.type) walkAll([f.type], outputIds);
        for (const o of op.objects ?? []) {
          walkAll(fieldRefs(o.input.fields), inputIds);
          if (o.output) walkAll(fieldRefs(o.output.fields), outputIds);
        }
        break;
      case 'rest':
        if (op.rest.body) walkAll([op.rest.body], inputIds);
        walkAll(fieldRefs([...op.rest.pathParams, ...op.rest.queryParams]), inputIds);
        if (op.rest.response) walkAll([op.rest.response], outputIds);
        break;
      default: {
        const never: never = op;
        throw new Error(`internal error: unknown operation ${JSON.stringify(never)}`);
      }
    }
  }
  const reachedIds = new Set([...inputIds, ...outputIds]);
  for (const t of service.types) if (!inputIds.has(t.id)) outputIds.add(t.id);
  return { inputIds, outputIds, reachedIds };
}

function fieldRefs(fields: readonly Field[]): TypeRef[] {
  return fields.map((f) => f.type);
}
