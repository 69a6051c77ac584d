import { Codes, type Diagnostics } from '../../diagnostics.js';
import type { ComplexType, Field, SourceLoc, TypeDef, TypeRef } from '../../ir/types.js';
import { joinPath, type LineIndex } from '../../util/source.js';
import type { JsonValue } from './json.js';
import { parseTypeText, type TypeText } from './vocab.js';
import type { XmlElement } from './xml.js';

/**
 * Shared state while one Web API page is read: the type table (ids = model names, insertion
 * order = source order), the models referenced so far, and sample values seen at the places
 * where a model is used (to infer models the page links to but does not include).
 */

/** Sample values found where a referenced model is used. */
export interface SampleAt {
  readonly json?: JsonValue;
  readonly xml?: XmlElement;
  readonly loc: SourceLoc;
  readonly path: string;
}

export interface Ctx {
  readonly file: string;
  readonly idx: LineIndex;
  readonly diags: Diagnostics;
  readonly types: Map<string, TypeDef>;
  readonly referenced: Map<string, SourceLoc>;
  readonly samplesAt: Map<string, SampleAt>;
}

/** A resolved type text: the IR type and whether it is a collection. */
export interface Resolved {
  readonly type: TypeRef;
  readonly array: boolean;
}

/** Maps a type text (docs/formats/webapi.md §Type words) onto IR: `Collection of byte` is base64Binary, `Pair of` a KeyValuePair type. */
export function resolveTypeText(ctx: Ctx, tt: TypeText, loc: SourceLoc): Resolved {
  switch (tt.kind) {
    case 'primitive':
      return { type: { kind: 'primitive', name: tt.name }, array: false };
    case 'model':
      if (!ctx.referenced.has(tt.name)) ctx.referenced.set(tt.name, loc);
      return { type: { kind: 'ref', id: tt.name }, array: false };
    case 'collection': {
      const item = resolveTypeText(ctx, tt.item, loc);
      if (item.type.kind === 'primitive' && item.type.name === 'unsignedByte' && !item.array) {
        return { type: { kind: 'primitive', name: 'base64Binary' }, array: false };
      }
      if (item.array) ctx.diags.warn(Codes.UNSUPPORTED, 'nested collection flattened to one level', loc);
      return { type: item.type, array: true };
    }
    case 'dictionary': {
      const key = resolveTypeText(ctx, tt.key, loc);
      const value = resolveTypeText(ctx, tt.value, loc);
      if (key.array || value.array) ctx.diags.warn(Codes.UNSUPPORTED, 'collection inside a dictionary typed as its item', loc);
      return { type: { kind: 'map', key: key.type, value: value.type }, array: false };
    }
    case 'pair':
      return { type: { kind: 'ref', id: definePair(ctx, tt, loc) }, array: false };
    case 'unknown':
      ctx.diags.warn(Codes.UNKNOWN_TYPE_WORD, `type text "${tt.text}" is not in the Web API vocabulary; typed as string`, loc);
      return { type: { kind: 'primitive', name: 'string' }, array: false };
  }
}

/** Resolves a type cell's raw text. */
export function resolveTypeCell(ctx: Ctx, text: string, loc: SourceLoc): Resolved {
  if (!text.trim()) {
    ctx.diags.warn(Codes.MISSING, 'type cell is empty; typed as string', loc);
    return { type: { kind: 'primitive', name: 'string' }, array: false };
  }
  return resolveTypeText(ctx, parseTypeText(text), loc);
}

/** `Pair of K [key] and V [value]` → ComplexType `KeyValuePairOf{K}{V}` with `Key` and `Value`. */
function definePair(ctx: Ctx, tt: Extract<TypeText, { kind: 'pair' }>, loc: SourceLoc): string {
  const key = resolveTypeText(ctx, tt.key, loc);
  const value = resolveTypeText(ctx, tt.value, loc);
  const id = `KeyValuePairOf${typeWord(key.type)}${typeWord(value.type)}`;
  if (!ctx.types.has(id)) {
    const field = (name: string, r: Resolved): Field => ({
      kind: 'field', fieldKind: 'element',
      name,
      type: r.type,
      optional: false,
      array: r.array,
      nillable: false,
      loc,
    });
    const t: ComplexType = {
      kind: 'complex',
      id,
      name: id,
      fields: [field('Key', key), field('Value', value)],
      provenance: 'declared',
      loc,
    };
    ctx.types.set(id, t);
  }
  return id;
}

/** A word for a type inside a generated name: `Int`, `String`, the model id, `Dictionary`. */
export function typeWord(t: TypeRef): string {
  if (t.kind === 'primitive') return t.name[0].toUpperCase() + t.name.slice(1);
  if (t.kind === 'ref') return t.id.replace(/[^\w]/g, '');
  if (t.kind === 'map') return 'Dictionary';
  return 'Xml';
}

/** A location with a service path. */
export function locAt(ctx: Ctx, offset: number, ...path: (string | undefined)[]): SourceLoc {
  return ctx.idx.loc(offset, joinPath(...path));
}
