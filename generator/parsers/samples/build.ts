import type { ComplexType, Field, SourceLoc, TypeRef } from '../../ir/types.js';
import { Codes, type Diagnostics } from '../../diagnostics.js';
import { fieldNamespace } from '../../ir/fields.js';
import { joinPath } from '../../util/source.js';
import { inferValues } from './infer.js';
import { isComplex, type ChildShape, type Shape } from './shapes.js';

/**
 * Shapes → IR. Each element with element children or attributes becomes a named ComplexType
 * (named after the element; `Parent_Child` on a clash, then a numeric suffix); structurally equal
 * types with the same element name are shared. Every member seen only in samples is optional;
 * a member repeated within one parent is an array. Leaf types come from `infer.ts`.
 */

/** A ComplexType still being filled in (prose rules may change its fields). */
export interface DraftType {
  readonly id: string;
  readonly name: string;
  readonly namespace: string;
  readonly fields: Field[];
  open: boolean;
  readonly loc: SourceLoc;
}

/** All types of one service, in source (pre-)order. */
export class TypeTable {
  private readonly slots: (DraftType | undefined)[] = [];
  private readonly bySignature = new Map<string, string>();
  readonly byId = new Map<string, DraftType>();

  reserve(): number {
    this.slots.push(undefined);
    return this.slots.length - 1;
  }

  /** Fills a reserved slot (or reuses an equal type) and returns the type id. */
  finish(slot: number, t: { local: string; parentLocal: string; namespace: string; fields: Field[]; loc: SourceLoc }): string {
    const sig = JSON.stringify([t.local, t.namespace, t.fields.map(signature)]);
    const same = this.bySignature.get(sig);
    if (same) return same;
    const id = this.freshId(t.local, t.parentLocal);
    const draft: DraftType = { id, name: id, namespace: t.namespace, fields: t.fields, open: false, loc: t.loc };
    this.slots[slot] = draft;
    this.byId.set(id, draft);
    this.bySignature.set(sig, id);
    return id;
  }

  private freshId(local: string, parentLocal: string): string {
    if (!this.byId.has(local)) return local;
    const base = `${parentLocal}_${local}`;
    for (let n = 1; ; n++) {
      const id = n === 1 ? base : `${base}${n}`;
      if (!this.byId.has(id)) return id;
    }
  }

  /** The final IR types. */
  types(): ComplexType[] {
    return this.slots
      .filter((d): d is DraftType => !!d)
      .map((d) => ({
        kind: 'complex',
        id: d.id,
        name: d.name,
        namespace: d.namespace,
        fields: d.fields,
        ...(d.open ? { open: true } : {}),
        provenance: 'inferred-from-sample',
        loc: d.loc,
      }));
  }
}

function typeKey(t: TypeRef): string {
  return t.kind === 'primitive' ? t.name : t.kind === 'ref' ? `#${t.id}` : t.kind;
}

function signature(f: Field): unknown[] {
  return [f.name, fieldNamespace(f), f.fieldKind, typeKey(f.type), f.array, f.optional, f.nillable];
}

/** What building one message needs and collects. */
export interface BuildContext {
  readonly table: TypeTable;
  readonly diagnostics: Diagnostics;
  /** Location of a view offset with a service path. */
  readonly loc: (viewOffset: number, path: string) => SourceLoc;
  /** Inferred leaf types (`name: type`), for the message's summary warning. */
  readonly inferred: string[];
  /** Placeholders typed by guess (`name (placeholder)`). */
  readonly placeholders: string[];
  /** Ids of the types this message uses, in pre-order. */
  readonly typeIds: string[];
}

/** The fields of an element shape: attributes, then the text value, then child elements. */
export function buildFields(shape: Shape, ctx: BuildContext, path: string): Field[] {
  const fields: Field[] = [];
  for (const a of shape.attrs.values()) fields.push(attributeField(a.name, a.ns, a.values, ctx, { offset: a.offset, path: joinPath(path, `@${a.name}`) }));
  if (shape.children.size === 0 && shape.attrs.size > 0 && shape.values.some((v) => v !== '')) {
    fields.push(leafField({ name: '#text', node: 'text', values: shape.values, ctx, offset: shape.first.start, path: joinPath(path, '#text') }));
  }
  if (shape.mixed) ctx.diagnostics.warn(Codes.UNSUPPORTED, `<${shape.first.qname}> mixes text with child elements; the text is ignored`, ctx.loc(shape.first.start, path));
  for (const c of shape.children.values()) fields.push(childField(c, shape.local, ctx, joinPath(path, c.shape.local)));
  return fields;
}

function attributeField(name: string, ns: string, values: readonly string[], ctx: BuildContext, at: { offset: number; path: string }): Field {
  return leafField({ name, namespace: ns, node: 'attribute', values, ctx, ...at });
}

interface LeafInput {
  readonly name: string;
  readonly namespace?: string;
  readonly node?: 'attribute' | 'text';
  readonly values: readonly string[];
  readonly ctx: BuildContext;
  readonly offset: number;
  readonly path: string;
  readonly array?: boolean;
  readonly nillable?: boolean;
}

function leafField(x: LeafInput): Field {
  const inf = inferValues(x.values);
  const shown = x.node === 'attribute' ? `@${x.name}` : x.name;
  if (inf.provenance === 'guessed') x.ctx.placeholders.push(`${shown} (${inf.placeholder})`);
  else x.ctx.inferred.push(`${shown}: ${typeKey(inf.type)}`);
  const common = { kind: 'field', name: x.name, type: inf.type, optional: true } as const;
  const rest = { provenance: inf.provenance, notes: inf.notes, loc: x.ctx.loc(x.offset, x.path) };
  const ns = x.namespace !== undefined ? { namespace: x.namespace } : {};
  if (x.node === 'text') return { ...common, fieldKind: 'text', array: false, nillable: false, ...rest };
  if (x.node === 'attribute') return { ...common, fieldKind: 'attribute', ...ns, array: false, nillable: false, ...rest };
  return { ...common, fieldKind: 'element', ...ns, array: x.array ?? false, nillable: x.nillable ?? false, ...rest };
}

function childField(c: ChildShape, parentLocal: string, ctx: BuildContext, path: string): Field {
  const s = c.shape;
  const array = c.maxCount > 1;
  if (!isComplex(s)) return leafField({ name: s.local, namespace: s.ns, values: s.values, ctx, offset: s.first.start, path, array, nillable: s.nillable });
  const id = typeFor(s, parentLocal, ctx, path);
  const notes = array ? [`repeated ${c.maxCount} times in one sample: an array`] : [];
  if (s.children.size > 0 && s.values.some((v) => v !== '')) notes.push('some samples show a placeholder instead of child elements');
  return {
    kind: 'field', fieldKind: 'element',
    name: s.local,
    namespace: s.ns,
    type: { kind: 'ref', id },
    optional: true,
    array,
    nillable: s.nillable,
    provenance: 'inferred-from-sample',
    ...(notes.length ? { notes } : {}),
    loc: ctx.loc(s.first.start, path),
  };
}

/** The ComplexType for an element shape (created, or shared with an equal one). */
export function typeFor(shape: Shape, parentLocal: string, ctx: BuildContext, path: string): string {
  const slot = ctx.table.reserve();
  const at = ctx.typeIds.length;
  const fields = buildFields(shape, ctx, path);
  const id = ctx.table.finish(slot, { local: shape.local, parentLocal, namespace: shape.ns, fields, loc: ctx.loc(shape.first.start, path) });
  if (!ctx.typeIds.includes(id)) ctx.typeIds.splice(at, 0, id);
  return id;
}

/** A leaf or record field for a top-level element (a header block). */
export function elementType(shape: Shape, ctx: BuildContext, path: string): TypeRef {
  if (isComplex(shape)) return { kind: 'ref', id: typeFor(shape, 'Header', ctx, path) };
  return leafField({ name: shape.local, values: shape.values, ctx, offset: shape.first.start, path }).type;
}
