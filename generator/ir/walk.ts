import type { TypeDef, TypeRef } from './types.js';

/**
 * The one walk of the type graph: which named types a set of type references reaches. Used by
 * the reachability pass (what requests and responses need) and by the SOAP emitter (which rules
 * a message's records carry).
 */

export interface WalkOptions {
  /** Follow the key and value of map types (default true). */
  readonly maps?: boolean;
  /** Follow the target of alias types (default true). */
  readonly aliases?: boolean;
  /** Direct subtypes per type id (`subtypeIndex`): a reached type reaches its subtypes too (`xsi:type`). */
  readonly subtypes?: ReadonlyMap<string, readonly string[]>;
}

/**
 * Adds to `into` the id of every named type `refs` reach through fields and base types (and,
 * per `options`, map members, alias targets and subtypes), each once; references to no type of
 * `byId` are left out. Iterative, so deep or cyclic type graphs cost no stack.
 */
export function reachTypes(refs: Iterable<TypeRef>, byId: ReadonlyMap<string, TypeDef>, into: Set<string> = new Set(), options: WalkOptions = {}): Set<string> {
  const maps = options.maps !== false;
  const aliases = options.aliases !== false;
  const stack: TypeRef[] = [...refs];
  while (stack.length) {
    const r = stack.pop()!;
    if (r.kind === 'map') {
      if (maps) stack.push(r.key, r.value);
      continue;
    }
    if (r.kind !== 'ref' || into.has(r.id)) continue;
    const def = byId.get(r.id);
    if (!def) continue;
    into.add(r.id);
    if (def.kind === 'complex') {
      for (const f of def.fields) stack.push(f.type);
      if (def.base) stack.push({ kind: 'ref', id: def.base });
      for (const s of options.subtypes?.get(def.id) ?? []) stack.push({ kind: 'ref', id: s });
    } else if (def.kind === 'alias' && aliases) {
      stack.push(def.target);
    }
  }
  return into;
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
