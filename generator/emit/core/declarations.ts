import { renameChoiceGroup } from '../../ir/fields.js';
import type { Names } from '../../ir/resolved.js';
import type { ComplexType, Field, TypeDef } from '../../ir/types.js';
import { choiceDeclaration, rendersAsAlias, type ChoiceDeclarationModel, type ChoiceVariantModel, type MemberModel } from './choice.js';
import { align, group, hardline, ifBreak, indent, indentIfBreak, interfaceHead, join, line, print, softline, typeDoc, type Doc } from './layout.js';
import { prettierString, str } from './text.js';
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

// types.ts in prettier's final layout (templates/<kind>/types.ts.hbs prints the result).

const EXTRA_DOC = 'Members not described by the spec, as raw XML (this record is open to further columns).';

/** A JSDoc block as the `doc` partial writes it, one line per element (prettier keeps JSDoc lines as they are). */
function docBlock(doc: readonly string[]): string[] {
  if (!doc.length) return [];
  if (doc.length === 1) return [`/** ${doc[0]} */`];
  return ['/**', ...doc.map((l) => (l ? ` * ${l}` : ' *')), ' */'];
}

/** A member key as prettier prints it: quotes dropped where the key is an identifier. */
function memberKey(key: string): string {
  if (!key.startsWith("'")) return key;
  const value = prettierString(key);
  const inner = value.slice(1, -1);
  return !inner.includes('\\') && /^[\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*$/u.test(inner) ? inner : value;
}

function memberDoc(p: PropertyModel | MemberModel): Doc {
  const doc = docBlock(p.doc);
  return [...doc.flatMap((l) => [l, hardline]), `${memberKey(p.key)}${p.optional ? '?' : ''}: `, typeDoc(p.type), ';'];
}

/** `{ members }` always broken (the templates write object types over several lines, which prettier keeps). */
function objectDoc(members: readonly (PropertyModel | MemberModel)[], open: boolean): Doc {
  const docs = members.map(memberDoc);
  if (open) docs.push([`/** ${EXTRA_DOC} */`, hardline, '$extra?: string[];']);
  if (!docs.length) return '{}';
  return group(['{', indent([hardline, join(hardline, docs)]), hardline, '}']);
}

/** `export type Name = rhs;` with prettier's fluid assignment layout. */
function aliasDoc(name: string, rhs: Doc): Doc {
  const id = Symbol('assignment');
  return [`export type ${name} =`, group(indent(line), id), indentIfBreak(rhs, id), ';'];
}

/** The union of a choice group's alternatives, in parentheses inside an intersection. */
function variantsDoc(variants: readonly ChoiceVariantModel[], parens: boolean): Doc {
  const parts = [ifBreak([line, '| ']), join([line, '| '], variants.map((v) => align(2, objectDoc(v.properties, false))))];
  return parens ? ['(', group([indent(parts), softline]), ')'] : group(indent(parts));
}

/** prettier's intersection: objects and non-objects inline, two non-objects on a new line. */
function intersectionDoc(types: readonly { doc: Doc; object: boolean }[]): Doc {
  if (types.length === 1) return types[0].doc;
  let wasIndented = false;
  const out: Doc[] = [];
  types.forEach((t, i) => {
    if (i === 0) return out.push(t.doc);
    const prev = types[i - 1];
    if (prev.object && t.object) return out.push([' & ', wasIndented ? indent(t.doc) : t.doc]);
    if (!prev.object && !t.object) return out.push(indent([' &', line, t.doc]));
    if (i > 1) wasIndented = true;
    return out.push([' & ', i > 1 ? indent(t.doc) : t.doc]);
  });
  return group(out);
}

function choiceDoc(d: ChoiceDeclarationModel): Doc {
  const types: { doc: Doc; object: boolean }[] = [];
  if (d.base) types.push({ doc: d.base, object: false });
  if (d.literal) types.push({ doc: objectDoc(d.properties, d.open), object: true });
  for (const g of d.groups) {
    if (g.variants.length === 1) types.push({ doc: objectDoc(g.variants[0].properties, false), object: true });
    else types.push({ doc: variantsDoc(g.variants, true), object: false });
  }
  // One union alone needs no parentheses.
  if (types.length === 1 && d.groups.length === 1 && d.groups[0].variants.length > 1) return aliasDoc(d.name, variantsDoc(d.groups[0].variants, false));
  return aliasDoc(d.name, intersectionDoc(types));
}

/** One declaration of types.ts, with its JSDoc, in prettier's layout. */
export function declarationText(d: DeclarationModel): string {
  const doc = docBlock(d.doc);
  const head = doc.length ? `${doc.join('\n')}\n` : '';
  switch (d.kind) {
    case 'interface': {
      const body = objectDoc(d.properties, d.open);
      if (body === '{}') return `${head}${interfaceHead(d.name, d.extends, 0, '{}')}`;
      return `${head}${interfaceHead(d.name, d.extends).slice(0, -2)}${print([' ', body])}`;
    }
    case 'union':
      return head + print(aliasDoc(d.name, typeDoc(d.members.join(' | '))));
    case 'alias':
      return head + print(aliasDoc(d.name, typeDoc(d.target)));
    case 'choice':
      return head + print(choiceDoc(d));
  }
}

/** The declarations of types.ts, separated by an empty line. */
export function declarationsText(declarations: readonly DeclarationModel[]): string {
  return declarations.map(declarationText).join('\n\n');
}
