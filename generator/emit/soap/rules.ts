import type { Message, Rule } from '../../ir/types.js';
import { reachTypes } from '../../ir/walk.js';
import { str } from '../core/text.js';
import type { TypeLookup } from '../core/types-map.js';

/** `rules: [...]` for an operation descriptor: the rules whose record type the message reaches. */
export function rulesLiteral(rules: readonly Rule[] | undefined, message: Message, lookup: TypeLookup): string | undefined {
  const reached = reachTypes(message.fields.map((f) => f.type), lookup.byId, new Set(), { maps: false, aliases: false });
  const kept = (rules ?? []).filter((r) => reached.has(r.typeId) && lookup.names.descriptors.has(r.typeId));
  if (!kept.length) return undefined;
  const items = kept.map((r) => `{ kind: 'one-of-required', get type() { return ${lookup.names.descriptors.get(r.typeId)!}; }, fields: [${r.fields.map(str).join(', ')}], text: ${str(r.text)} }`);
  return `[${items.join(', ')}]`;
}
