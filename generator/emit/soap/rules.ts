import type { Field, Message, Rule } from '../../ir/types.js';
import { str } from '../core/text.js';
import type { TypeLookup } from '../core/types-map.js';

/** `rules: [...]` for an operation descriptor: the rules whose record type the message reaches. */
export function rulesLiteral(rules: readonly Rule[] | undefined, message: Message, lookup: TypeLookup): string | undefined {
  const reached = reachedTypes(message.fields, lookup);
  const kept = (rules ?? []).filter((r) => reached.has(r.typeId) && lookup.names.descriptors.has(r.typeId));
  if (!kept.length) return undefined;
  const items = kept.map((r) => `{ kind: 'one-of-required', get type() { return ${lookup.names.descriptors.get(r.typeId)!}; }, fields: [${r.fields.map(str).join(', ')}], text: ${str(r.text)} }`);
  return `[${items.join(', ')}]`;
}

function reachedTypes(fields: readonly Field[], lookup: TypeLookup): Set<string> {
  const seen = new Set<string>();
  const stack = fields.map((f) => f.type);
  while (stack.length) {
    const r = stack.pop()!;
    if (r.kind !== 'ref' || seen.has(r.id)) continue;
    seen.add(r.id);
    const t = lookup.byId.get(r.id);
    if (t?.kind === 'complex') {
      stack.push(...t.fields.map((f) => f.type));
      if (t.base) stack.push({ kind: 'ref', id: t.base });
    }
  }
  return seen;
}

