/**
 * Type inference from ASMX sample bodies (helppage-formats §1.5, §1.8 step 4).
 *
 * - leaf text is a placeholder word (vocab.ts); `A or B` is an enumeration named after the element;
 * - an element with children is a complex type named after the element; the same name with the
 *   same shape reuses one type, a different shape gets `Parent_Name` (then a number);
 * - a sibling repeated (the generator writes arrays twice) is `array: true`; an `ArrayOfX` wrapper,
 *   or a wrapper whose children are one repeated element, is an array field with `arrayItem`;
 * - `xsi:nil="true"` (depth limit) is resolved from another occurrence of the same element name
 *   anywhere on the page, else an empty open complex type with a warning;
 * - an empty element `<X />` is `anyType`; a DataSet (`<xsd:schema>schema</xsd:schema>xml`) is xml.
 * Optionality follows the ASMX rule: reference types optional, value types required.
 */
import type { ComplexType, EnumType, Field, Provenance, SourceLoc, TypeDef, TypeRef } from '../../ir/types.js';
import { Codes, type Diagnostics } from '../../diagnostics.js';
import { joinPath } from '../../util/source.js';
import { isReferenceType, readPlaceholder } from './vocab.js';
import type { XmlElement } from './xml.js';

const XSD = 'http://www.w3.org/2001/XMLSchema';

export interface ShapeContext {
  readonly diags: Diagnostics;
  /** Location of an offset of the cleaned text, with a service path. */
  loc(offset: number, path: string): SourceLoc;
}

interface Typed {
  readonly type: TypeRef;
  readonly optional: boolean;
  readonly array?: boolean;
  readonly arrayItem?: { readonly name: string; readonly namespace?: string };
  readonly provenance?: Provenance;
}

/** Builds the service's types from sample elements; one instance per page. */
export class TypeBuilder {
  readonly types: TypeDef[] = [];
  private readonly used = new Set<string>();
  private readonly byName = new Map<string, { id: string; sig: string }[]>();
  private readonly occurrences = new Map<string, XmlElement[]>();
  private readonly inProgress = new Map<string, number>();
  private readonly reserved = new Map<string, string>();

  constructor(private readonly ctx: ShapeContext) {}

  /** Indexes every element with content so depth-truncated ones can be resolved (§1.5 depth ≥ 4). */
  index(el: XmlElement): void {
    if (el.children.length > 0 && !isNil(el)) {
      const list = this.occurrences.get(el.local) ?? [];
      list.push(el);
      this.occurrences.set(el.local, list);
    }
    for (const c of el.children) this.index(c);
  }

  /** The fields of an element's content: child elements (repeats merged) and attributes. */
  fieldsOf(el: XmlElement, ownerName: string, path: string): Field[] {
    const fields: Field[] = [];
    for (const a of el.attrs) {
      if (a.name === 'xmlns' || a.name.startsWith('xmlns:') || a.name.startsWith('xsi:') || a.name.startsWith('soap')) continue;
      const p = joinPath(path, '@' + a.name);
      const t = this.leaf(a.value, a.name, ownerName, a.offset, p);
      fields.push(field(a.name.replace(/^\w+:/, ''), '', t, this.ctx.loc(a.offset, p), 'attribute'));
    }
    const groups: XmlElement[][] = [];
    const seen = new Map<string, XmlElement[]>();
    for (const c of el.children) {
      if (!c.closed && c.children.length === 0) continue; // cut inside the element: its type word is unknown
      const key = `{${c.ns}}${c.local}`;
      const g = seen.get(key);
      if (g) g.push(c);
      else {
        const ng = [c];
        seen.set(key, ng);
        groups.push(ng);
      }
    }
    for (const g of groups) {
      const first = g[0];
      const p = joinPath(path, first.local);
      const t = this.typeOf(first, ownerName, p);
      const f = field(first.local, first.ns, t, this.ctx.loc(first.start, p));
      fields.push(g.length > 1 ? { ...f, array: true, optional: true } : f);
    }
    if (el.text && el.children.length === 0 && fields.length > 0) {
      const p = joinPath(path, 'text()');
      fields.push(field('Value', undefined, this.leaf(el.text, el.local, ownerName, el.start, p), this.ctx.loc(el.start, p), 'text'));
    }
    return fields;
  }

  /** The type of one element (the first of its repeated group). */
  typeOf(el: XmlElement, parentName: string, path: string): Typed {
    if (isNil(el)) return { type: { kind: 'ref', id: this.typeForName(el.local, parentName, el, path) }, optional: true };
    if (isDataSet(el)) return { type: { kind: 'xml' }, optional: true };
    const attrs = el.attrs.filter((a) => a.name !== 'xmlns' && !a.name.startsWith('xmlns:') && !a.name.startsWith('xsi:'));
    if (el.children.length > 0) {
      const item = wrapperItem(el);
      if (item) {
        const t = this.typeOf(item, el.local, joinPath(path, item.local));
        return { type: t.type, optional: true, array: true, arrayItem: { name: item.local, namespace: item.ns }, provenance: t.provenance };
      }
      return { type: { kind: 'ref', id: this.complexFor(el, parentName, path) }, optional: true };
    }
    if (attrs.length > 0) return { type: { kind: 'ref', id: this.complexFor(el, parentName, path) }, optional: true };
    const xsiType = el.attrs.find((a) => a.name === 'xsi:type' || (a.name.endsWith(':type') && a.value === 'type'));
    if (!el.text || xsiType) return { type: { kind: 'primitive', name: 'anyType' }, optional: true };
    return this.leaf(el.text, el.local, parentName, el.start, path);
  }

  /** A placeholder word in text or an attribute value. */
  leaf(word: string, name: string, parentName: string, offset: number, path: string): Typed {
    const m = readPlaceholder(word);
    if (m.kind === 'enum') return { type: { kind: 'ref', id: this.enumFor(name, parentName, m.values, offset, path) }, optional: false };
    if (m.kind === 'type') return { type: m.type, optional: isReferenceType(m.type, false) };
    this.ctx.diags.warn(Codes.UNKNOWN_TYPE_WORD, `placeholder "${m.word}" is not an ASMX type word; typed as string`, this.ctx.loc(offset, path));
    return { type: { kind: 'primitive', name: 'string' }, optional: true, provenance: 'guessed' };
  }

  /** The type for a depth-truncated (`xsi:nil`) element: another occurrence of the name, else an empty open type. */
  typeForName(name: string, parentName: string, at: XmlElement, path: string): string {
    const existing = this.byName.get(name);
    if (existing?.length) return existing[0].id;
    if (this.inProgress.get(name)) return this.reserve(name, parentName);
    const best = bestOccurrence(this.occurrences.get(name) ?? []);
    if (best) return this.complexFor(best, parentName, path);
    this.ctx.diags.warn(
      Codes.MISSING,
      `"${name}" is cut off by the help page's depth limit (xsi:nil) and appears nowhere else on the page; typed as an empty open record (read the WSDL for its members)`,
      this.ctx.loc(at.start, path),
    );
    return this.register(name, parentName, [], at, path, true);
  }

  private complexFor(el: XmlElement, parentName: string, path: string): string {
    const name = el.local;
    if (this.inProgress.get(name)) return this.reserve(name, parentName);
    let src = el;
    if (!isComplete(el)) src = bestOccurrence(this.occurrences.get(name) ?? []) ?? el;
    this.inProgress.set(name, (this.inProgress.get(name) ?? 0) + 1);
    const fields = this.fieldsOf(src, name, path);
    this.inProgress.set(name, (this.inProgress.get(name) ?? 1) - 1);
    const sig = signature(fields);
    const same = this.byName.get(name)?.find((t) => t.sig === sig);
    if (same) return same.id;
    return this.register(name, parentName, fields, src, path, !isComplete(src), sig);
  }

  private register(name: string, parentName: string, fields: Field[], el: XmlElement, path: string, open: boolean, sig = signature(fields)): string {
    const id = this.reserved.get(name) ?? this.allocate(name, parentName);
    this.reserved.delete(name);
    const t: ComplexType = {
      kind: 'complex',
      id,
      name,
      ...(el.ns ? { namespace: el.ns } : {}),
      fields,
      ...(open ? { open: true } : {}),
      provenance: 'declared',
      loc: this.ctx.loc(el.start, path),
    };
    this.types.push(t);
    const list = this.byName.get(name) ?? [];
    list.push({ id, sig });
    this.byName.set(name, list);
    return id;
  }

  private reserve(name: string, parentName: string): string {
    const r = this.reserved.get(name);
    if (r) return r;
    const id = this.allocate(name, parentName);
    this.reserved.set(name, id);
    return id;
  }

  private enumFor(name: string, parentName: string, values: readonly string[], offset: number, path: string): string {
    const sig = 'enum:' + values.join('|');
    const same = this.byName.get(name)?.find((t) => t.sig === sig);
    if (same) return same.id;
    const id = this.allocate(name, parentName);
    const e: EnumType = { kind: 'enum', id, name, values: values.map((v) => ({ name: v })), provenance: 'declared', loc: this.ctx.loc(offset, path) };
    this.types.push(e);
    const list = this.byName.get(name) ?? [];
    list.push({ id, sig });
    this.byName.set(name, list);
    return id;
  }

  private allocate(name: string, parentName: string): string {
    let id = name;
    if (this.used.has(id) && parentName && parentName !== name) id = `${parentName}_${name}`;
    const base = id;
    for (let n = 2; this.used.has(id); n++) id = `${base}${n}`;
    this.used.add(id);
    return id;
  }
}

function field(name: string, namespace: string | undefined, t: Typed, loc: SourceLoc, node?: 'attribute' | 'text'): Field {
  return {
    kind: 'field',
    name,
    ...(namespace !== undefined ? { namespace } : {}),
    ...(node ? { node } : {}),
    type: t.type,
    optional: t.optional,
    array: t.array ?? false,
    ...(t.arrayItem ? { arrayItem: t.arrayItem } : {}),
    nillable: false,
    ...(t.provenance ? { provenance: t.provenance } : {}),
    loc,
  };
}

function isNil(el: XmlElement): boolean {
  return el.attrs.some(
    (a) => (a.name.endsWith(':nil') && a.value === 'true') || (a.name.endsWith(':null') && (a.value === '1' || a.value === 'true')),
  );
}

/** `<X><xsd:schema>schema</xsd:schema>xml</X>` (§1.5 DataSet). */
function isDataSet(el: XmlElement): boolean {
  return el.children.length >= 1 && el.children.every((c) => c.local === 'schema' && (c.ns === XSD || c.prefix === 'xsd' || c.prefix === 's' || c.text === 'schema'));
}

/** The item element when `el` is an array wrapper (`ArrayOfX`, or one element repeated). */
function wrapperItem(el: XmlElement): XmlElement | null {
  const kids = el.children;
  const first = kids[0];
  if (!kids.every((k) => k.qname === first.qname)) return null;
  return kids.length >= 2 || /^ArrayOf/.test(el.local) ? first : null;
}

function isComplete(el: XmlElement): boolean {
  return el.closed && el.children.every(isComplete);
}

function size(el: XmlElement): number {
  return el.children.reduce((n, c) => n + 1 + size(c), 0);
}

/** The most complete occurrence: closed ones first, then the largest. */
function bestOccurrence(list: readonly XmlElement[]): XmlElement | null {
  let best: XmlElement | null = null;
  for (const el of list) {
    if (!best) best = el;
    else {
      const a = isComplete(el) ? 1 : 0;
      const b = isComplete(best) ? 1 : 0;
      if (a > b || (a === b && size(el) > size(best))) best = el;
    }
  }
  return best;
}

function signature(fields: readonly Field[]): string {
  return fields
    .map((f) => {
      const t = f.type.kind === 'primitive' ? f.type.name : f.type.kind === 'ref' ? 'ref:' + f.type.id : f.type.kind;
      return `${f.node ?? 'e'}:{${f.namespace ?? ''}}${f.name}:${f.array ? '[]' : ''}${t}`;
    })
    .join(',');
}
