import type { Field, Operation, TypeDef, TypeRef } from '../../ir/types.js';
import { Codes, type Diagnostics } from '../../diagnostics.js';

function refs(t: TypeRef, out: string[]): void {
  if (t.kind === 'ref') out.push(t.id);
  else if (t.kind === 'map') {
    refs(t.key, out);
    refs(t.value, out);
  }
}

function fieldRefs(fields: readonly Field[], out: string[]): void {
  for (const f of fields) {
    refs(f.type, out);
    for (const s of f.substitutions ?? []) refs(s.type, out);
  }
}

/**
 * `ParseOptions.operations`: keeps the named operations and every type they need, transitively
 * (field and header types, fault details, bases, substitution-group members, and subtypes of
 * abstract types, which may be sent via `xsi:type`). Source order is kept.
 */
export function filterOperations(
  names: readonly string[],
  ops: readonly Operation[],
  types: readonly TypeDef[],
  diags: Diagnostics,
): { operations: Operation[]; types: TypeDef[] } {
  const wanted = new Set(names);
  for (const n of wanted) if (!ops.some((o) => o.name === n)) diags.warn(Codes.CONFIG, `operation ${n} (from the operations filter) is not in the service`);
  const operations = ops.filter((o) => wanted.has(o.name));
  const byId = new Map(types.map((t) => [t.id, t]));
  const subtypes = new Map<string, string[]>();
  for (const t of types) if (t.kind === 'complex' && t.base) subtypes.set(t.base, [...(subtypes.get(t.base) ?? []), t.id]);
  const todo: string[] = [];
  for (const o of operations) {
    fieldRefs(o.input.fields, todo);
    if (o.output) fieldRefs(o.output.fields, todo);
    for (const h of [...o.headersIn, ...o.headersOut, ...(o.headerFaults ?? [])]) refs(h.type, todo);
    for (const f of o.faults) if (f.type) refs(f.type, todo);
  }
  const keep = new Set<string>();
  while (todo.length) {
    const id = todo.pop()!;
    if (keep.has(id)) continue;
    keep.add(id);
    const t = byId.get(id);
    if (!t) continue;
    if (t.kind === 'complex') {
      fieldRefs(t.fields, todo);
      if (t.base) todo.push(t.base);
      if (t.abstract) todo.push(...(subtypes.get(t.id) ?? []));
    } else if (t.kind === 'alias') refs(t.target, todo);
  }
  return { operations, types: types.filter((t) => keep.has(t.id)) };
}
