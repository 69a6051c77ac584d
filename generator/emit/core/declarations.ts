import { renameChoiceGroup } from '../../ir/fields.js';
import type { Names } from '../../ir/resolved.js';
import type { ComplexType, Field, TypeDef } from '../../ir/types.js';
import { choiceDeclaration, rendersAsAlias, type ChoiceDeclarationModel } from './choice.js';
import { str } from './text.js';
import { declaredName, refTs, type Direction, type TypeLookup } from './types-map.js';

/** Declarations and constants of a package's view model, shared by the SOAP and Web API emitters. */

export interface PropertyModel {
  readonly key: string;
  readonly optional: boolean;
  readonly type: string;
  readonly doc: readonly string[];
}

export type DeclarationModel =
  | { readonly kind: 'interface'; readonly name: string; readonly doc: readonly string[]; readonly extends?: string; readonly properties: readonly PropertyModel[]; readonly open: boolean }
  | { readonly kind: 'union'; readonly name: string; readonly doc: readonly string[]; readonly members: readonly string[] }
  | { readonly kind: 'alias'; readonly name: string; readonly doc: readonly string[]; readonly target: string }
  /** A record with `xs:choice` unions: `base & { common } & (variant | …) & …` (see choice.ts). */
  | ChoiceDeclarationModel;

export interface ConstModel {
  readonly name: string;
  readonly type: string;
  readonly value: string;
  readonly doc: readonly string[];
}

/** How one package kind documents a type and lists its members. */
export interface DeclarationStyle {
  readonly doc: (t: TypeDef, dir: Direction) => string[];
  readonly members: (fields: readonly Field[], dir: Direction, lookup: TypeLookup) => PropertyModel[];
  /** Whether open records get the `$extra` member. */
  readonly open: boolean;
  /** Whether `xs:choice` groups become unions (the record is then declared as a type alias). */
  readonly choices?: boolean;
}

/** The declaration of a named type in one direction (shared by the SOAP and Web API emitters). */
export function typeDeclaration(t: TypeDef, dir: Direction, lookup: TypeLookup, style: DeclarationStyle): DeclarationModel {
  const names = lookup.names;
  const name = dir === 'in' && names.inputTypes.has(t.id) ? names.inputTypes.get(t.id)! : names.types.get(t.id)!;
  const doc = style.doc(t, dir);
  switch (t.kind) {
    case 'enum':
      return { kind: 'union', name, doc, members: t.values.length ? t.values.map((v) => str(v.name)) : ['string'] };
    case 'alias':
      return { kind: 'alias', name, doc, target: refTs(t.target, dir, lookup) };
    case 'complex': {
      const base = t.base && lookup.byId.get(t.base)?.kind === 'complex' ? declaredName(t.base, dir, lookup) : undefined;
      const open = style.open && !!t.open;
      if (style.choices && rendersAsAlias(t, lookup)) return choiceDeclaration(name, doc, base, t.fields, open, dir, lookup, style.members);
      return { kind: 'interface', name, doc, extends: base, properties: style.members(t.fields, dir, lookup), open };
    }
  }
}

/** A complex type's fields with its base types' fields first (wire order). */
export function allFields(t: ComplexType, lookup: TypeLookup, seen = new Set<string>()): Field[] {
  if (seen.has(t.id)) return [];
  seen.add(t.id);
  const base = t.base ? lookup.byId.get(t.base) : undefined;
  // Choice group ids are unique per type only: `Type.choice1` keeps them apart along the chain.
  const own = t.fields.map((f) => renameChoiceGroup(f, (g) => `${t.name}.${g}`));
  return [...(base?.kind === 'complex' ? allFields(base, lookup, seen) : []), ...own];
}


/** What the view model of every package kind holds: the service's names, its declarations and descriptors. */
export interface PackageModelBase<Op> {
  readonly serviceName: string;
  readonly packageName: string;
  readonly description: readonly string[];
  readonly client: string;
  readonly declarations: readonly DeclarationModel[];
  readonly descriptors: readonly ConstModel[];
  readonly operations: readonly Op[];
  readonly serviceDesc: string;
  readonly sources: readonly string[];
  readonly names: Names;
  readonly lookup: TypeLookup;
}
