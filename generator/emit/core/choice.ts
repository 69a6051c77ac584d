import { fieldArrayItem, fieldChoice } from '../../ir/fields.js';
import type { ComplexType, Field } from '../../ir/types.js';
import { memberType, typeKey } from './text.js';
import type { Direction, TypeLookup } from './types-map.js';

/**
 * XSD `xs:choice` (XSD Part 1 §3.8) as a TypeScript union: the fields of one choice group become
 * one object variant per alternative, where the alternative's own fields are present (required
 * when `choiceRequired`) and every other alternative's fields are `?: never`. A choice that may be
 * absent (`choiceOptional`) adds a variant with every alternative's fields `?: never`.
 *
 * Stays in the plain optional-property form (common members): fields of repeated choices
 * (`choiceRepeated`: alternatives may be mixed on the wire), wire names occurring in more than one
 * place (two alternatives, or a choice and the record itself), and in the result direction
 * unwrapped repeated fields, which the reader always fills (`[]` when absent).
 */

/** One property of a declaration (a member of an interface or of an object type literal). */
export interface MemberModel {
  readonly key: string;
  readonly optional: boolean;
  readonly type: string;
  readonly doc: readonly string[];
}

/** One alternative of a choice: an object type literal. */
export interface ChoiceVariantModel {
  readonly properties: readonly MemberModel[];
}

/** One choice group: the union of its variants. */
export interface ChoiceGroupModel {
  readonly variants: readonly ChoiceVariantModel[];
  /** Another part precedes it in the intersection (print ` & ` before it). */
  readonly joined?: boolean;
}

/** A record with choice unions: `base & { common } & (variant | …) & …`. */
export interface ChoiceDeclarationModel {
  readonly kind: 'choice';
  readonly name: string;
  readonly doc: readonly string[];
  /** The base type's name, first in the intersection. */
  readonly base?: string;
  /** Whether the `{ common }` object literal is printed (members, or the open record's `$extra`). */
  readonly literal: boolean;
  readonly properties: readonly MemberModel[];
  readonly open: boolean;
  readonly groups: readonly ChoiceGroupModel[];
}

/** The declaration of a record with choice unions (its own fields only; the base comes first). */
export function choiceDeclaration(name: string, doc: readonly string[], base: string | undefined, fields: readonly Field[], open: boolean, dir: Direction, lookup: TypeLookup, membersOf: MembersOf): ChoiceDeclarationModel {
  const { common, groups } = choiceMembers(fields, dir, lookup, membersOf);
  // Without base and groups the record is its object literal, even when empty.
  const literal = common.length > 0 || open || (!base && !groups.length);
  return {
    kind: 'choice',
    name,
    doc,
    ...(base ? { base } : {}),
    literal,
    properties: common,
    open,
    groups: groups.map((g, i) => ({ ...g, joined: i > 0 || literal || !!base })),
  };
}

/** Lists the members of fields (one per wire name), as `properties` in model.ts does. */
export type MembersOf = (fields: readonly Field[], dir: Direction, lookup: TypeLookup) => MemberModel[];

/** True when a field belongs to a choice rendered as a union. */
export function isUnionChoice(f: Field): boolean {
  const c = fieldChoice(f);
  return c !== undefined && !c.repeated;
}

/** True when the fields hold a choice rendered as a union. */
export function hasUnionChoice(fields: readonly Field[]): boolean {
  return fields.some(isUnionChoice);
}

/** True when the fields hold a choice one of whose alternatives must be given. */
export function requiresChoice(fields: readonly Field[]): boolean {
  return fields.some((f) => isUnionChoice(f) && !fieldChoice(f)?.optional);
}

/**
 * True when a complex type is declared as a type alias (an intersection with choice unions):
 * it holds such a choice, or its base type is declared that way (an interface cannot extend a
 * union).
 */
export function rendersAsAlias(t: ComplexType, lookup: TypeLookup, seen = new Set<string>()): boolean {
  if (seen.has(t.id)) return false;
  seen.add(t.id);
  if (hasUnionChoice(t.fields)) return true;
  const base = t.base ? lookup.byId.get(t.base) : undefined;
  return base?.kind === 'complex' && rendersAsAlias(base, lookup, seen);
}

/** Where a field goes: `''` for the common members, else `group#branch`. */
function place(f: Field, dir: Direction): string {
  const c = fieldChoice(f);
  if (!c || c.repeated || (dir === 'out' && f.array && !fieldArrayItem(f))) return '';
  return `${c.group}#${c.branch}`;
}

/** The common members and the choice groups of a record's own fields. */
export function choiceMembers(fields: readonly Field[], dir: Direction, lookup: TypeLookup, membersOf: MembersOf): { common: MemberModel[]; groups: ChoiceGroupModel[] } {
  const places = new Map<string, Set<string>>();
  for (const f of fields) places.set(f.name, (places.get(f.name) ?? new Set()).add(place(f, dir)));
  const placed = (f: Field): string => (places.get(f.name)!.size > 1 ? '' : place(f, dir));
  const common = membersOf(
    fields.filter((f) => placed(f) === ''),
    dir,
    lookup,
  );
  const groups = new Map<string, Field[]>();
  for (const f of fields) {
    const c = fieldChoice(f);
    if (!c || c.repeated) continue;
    const list = groups.get(c.group) ?? [];
    groups.set(c.group, list);
    list.push(f);
  }
  const out: ChoiceGroupModel[] = [];
  for (const list of groups.values()) {
    const group = groupModel(list, (f) => placed(f) !== '', dir, lookup, membersOf);
    if (group) out.push(group);
  }
  return { common, groups: out };
}

/** The union of one group's alternatives; `undefined` when none of its fields stays in it. */
function groupModel(list: readonly Field[], inUnion: (f: Field) => boolean, dir: Direction, lookup: TypeLookup, membersOf: MembersOf): ChoiceGroupModel | undefined {
  const kept = list.filter(inUnion);
  if (!kept.length) return undefined;
  const names = [...new Set(kept.map((f) => f.name))];
  const branches = [...new Set(list.map((f) => fieldChoice(f)?.branch ?? 0))].sort((a, b) => a - b);
  const variants: ChoiceVariantModel[] = [];
  const seen = new Set<string>();
  const add = (own: readonly Field[]): void => {
    const present = membersOf(
      own.map((f) => ({ ...f, optional: !fieldChoice(f)?.required })),
      dir,
      lookup,
    );
    const ownNames = new Set(own.map((f) => f.name));
    const absent = names.filter((n) => !ownNames.has(n)).map((n) => ({ key: typeKey(n), optional: true, type: memberType(n, 'never', true), doc: [] }));
    const properties = [...present, ...absent];
    const shape = properties.map((p) => `${p.key}${p.optional ? '?' : ''}:${p.type}`).join(';');
    if (seen.has(shape)) return;
    seen.add(shape);
    variants.push({ properties });
  };
  for (const b of branches) add(kept.filter((f) => (fieldChoice(f)?.branch ?? 0) === b));
  // The choice may be absent: a variant without any alternative.
  if (list.some((f) => fieldChoice(f)?.optional)) add([]);
  return { variants };
}
