/**
 * Type inference from ASMX sample bodies (docs/formats/asmx.md §Inferring types).
 *
 * - leaf text is a placeholder word (vocab.ts); `A or B` is an enumeration named after the element;
 * - an element with children is a complex type named after the element; the same name with the
 *   same shape reuses one type, a different shape gets `Parent_Name` (then a number);
 * - a sibling repeated (the generator writes arrays twice) is `array: true`; an `ArrayOfX` wrapper,
 *   or a wrapper whose children are one repeated element, is an array field with `arrayItem`;
 * - `xsi:nil="true"` (depth limit) is resolved from another occurrence of the same element name
 *   anywhere on the page, else an empty open complex type with a warning;
 * - an empty element `<X />` is `anyType`; a DataSet (`<xsd:schema>schema</xsd:schema>xml`) is xml.
 * - in a resolved SOAP-encoded sample (encoded.ts) a complex type is named after its `xsi:type`,
 *   a SOAP-ENC array is an array field with an `encoded` `arrayItem`, and a scalar whose
 *   placeholder is not a type word takes its XSD `xsi:type`.
 * Optionality follows the ASMX rule: reference types optional, value types required.
 */
import type { AttributeField, ComplexType, ElementField, EnumType, Field, Provenance, SourceLoc, TextField, TypeDef, TypeRef } from '../../ir/types.js';
import { fieldNamespace } from '../../ir/fields.js';
import { Codes, type Diagnostics } from '../../diagnostics.js';
import { joinPath } from '../../util/source.js';
import { isReferenceType, readPlaceholder } from './vocab.js';
import { trimmedText, type XmlElement } from '../../util/tolerant-xml.js';
import { XSD_NS, XSD_NSS } from '../../util/namespaces.js';


export interface ShapeContext {
  readonly diags: Diagnostics;
  /** Location of an offset of the cleaned text, with a service path. */
  loc(offset: number, path: string): SourceLoc;
}

interface Typed {
  readonly type: TypeRef;
  readonly optional: boolean;
  readonly array?: boolean;
  readonly arrayItem?: { readonly name: string; readonly namespace?: string; readonly encoded?: boolean };
  readonly provenance?: Provenance;
  readonly notes?: readonly string[];
}

/** Builds the service's types from sample elements; one instance per page. */
export class TypeBuilder {
  readonly types: TypeDef[] = [];
  private readonly used = new Set<string>();
  private readonly byName = new Map<string, { id: string; sig: string }[]>();
  private readonly occurrences = new Map<string, XmlElement[]>();
  private readonly inProgress = new Map<string, number>();
  private readonly reserved = new Map<string, string>();

  /** Type names shown elsewhere on the page for an element (the HTTP answer's root names the result's type). */
  private readonly names = new Map<XmlElement, string>();

  /** Names the record type of `el` (a SOAP `{Op}Result` element) `name` (the CLR type the HTTP answer shows). */
  nameAs(el: XmlElement, name: string): void {
    this.names.set(el, name);
  }

  /** Set while an encoded sample is read: records named after their element are then anonymous. */
  encodedSample = false;

  constructor(private readonly ctx: ShapeContext) {}

  /** Indexes every element with content so depth-truncated ones can be resolved (docs/formats/asmx.md §Depth limit). */
  index(el: XmlElement): void {
    if (el.children.length > 0 && !isNil(el)) {
      const list = this.occurrences.get(nameOf(el)) ?? [];
      list.push(el);
      this.occurrences.set(nameOf(el), list);
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
      fields.push(attributeField(a.name.replace(/^\w+:/, ''), t, this.ctx.loc(a.offset, p)));
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
    if (trimmedText(el) && el.children.length === 0 && fields.length > 0) {
      const p = joinPath(path, 'text()');
      fields.push(textField('Value', this.leaf(trimmedText(el), el.local, ownerName, el.start, p), this.ctx.loc(el.start, p)));
    }
    return fields;
  }

  /** The type of one element (the first of its repeated group). */
  typeOf(el: XmlElement, parentName: string, path: string): Typed {
    if (el.enc?.backRef) return { type: { kind: 'ref', id: this.refTo(nameOf(el), parentName, el, path) }, optional: true };
    if (el.enc?.array) return this.encodedArray(el, parentName, path);
    if (isNil(el)) return { type: { kind: 'ref', id: this.typeForName(el.local, parentName, el, path) }, optional: true };
    if (isDataSet(el)) return { type: { kind: 'xml' }, optional: true };
    const attrs = el.attrs.filter((a) => a.name !== 'xmlns' && !a.name.startsWith('xmlns:') && !a.name.startsWith('xsi:'));
    if (el.children.length > 0) {
      const item = wrapperItem(el);
      if (item) {
        const t = this.typeOf(item, el.local, joinPath(path, item.local));
        // XmlSerializer declares the items of ArrayOfX nillable for reference types (t.optional).
        const nil = { ...(t.optional ? { nillable: true } : {}), ...(isNil(item) ? { nillable: true, sampleNil: true } : {}) };
        return { type: t.type, optional: true, array: true, arrayItem: { name: item.local, namespace: item.ns, ...nil }, provenance: t.provenance };
      }
      return { type: { kind: 'ref', id: this.complexFor(el, parentName, path) }, optional: true };
    }
    if (attrs.length > 0) return { type: { kind: 'ref', id: this.complexFor(el, parentName, path) }, optional: true };
    const declared = declaredScalar(el);
    if (declared && (!trimmedText(el) || readPlaceholder(trimmedText(el)).kind === 'unknown')) return { type: declared, optional: isReferenceType(declared, false) };
    if (el.enc && trimmedText(el)) return this.encodedLeaf(el, parentName, path);
    const xsiType = el.attrs.find((a) => a.name === 'xsi:type' || (a.name.endsWith(':type') && a.value === 'type'));
    if (!trimmedText(el) || xsiType) return { type: { kind: 'primitive', name: 'anyType' }, optional: true };
    return this.leaf(trimmedText(el), el.local, parentName, el.start, path);
  }

  /** A placeholder word in text or an attribute value. */
  leaf(word: string, name: string, parentName: string, offset: number, path: string, namespace?: string): Typed {
    const m = readPlaceholder(word);
    if (m.kind === 'enum') return { type: { kind: 'ref', id: this.enumFor(name, parentName, m.values, offset, path, namespace) }, optional: false };
    if (m.kind === 'type') return { type: m.type, optional: isReferenceType(m.type, false) };
    this.ctx.diags.warn(Codes.UNKNOWN_TYPE_WORD, `placeholder "${m.word}" is not an ASMX type word; typed as string`, this.ctx.loc(offset, path));
    return { type: { kind: 'primitive', name: 'string' }, optional: true, provenance: 'guessed' };
  }

  /**
   * An encoded scalar. A named non-XSD `xsi:type` on a scalar (`tns:Tint`) is an XmlSerializer
   * enumeration, a value type: required, and typed from the placeholder; when the page does not
   * list the values (Mono's pages do not), a string alias carrying the type's name, so that SOAP
   * encoding sends the `xsi:type` the service expects.
   */
  private encodedLeaf(el: XmlElement, parentName: string, path: string): Typed {
    const t = this.leaf(trimmedText(el), nameOf(el), parentName, el.start, path, el.enc?.typeNs);
    const named = el.enc?.typeName !== undefined && !XSD_NSS.includes(el.enc.typeNs ?? '') && nameOf(el) === el.enc.typeName;
    if (!named || t.type.kind !== 'primitive' || t.provenance) return t;
    const note = `encoded as xsi:type ${el.enc?.typeName} (an enumeration whose values the page does not list)`;
    return { type: { kind: 'ref', id: this.aliasFor(el.enc!.typeName!, el.enc?.typeNs, t.type, el.start, path, note) }, optional: false };
  }

  /** A named simple type known only by its `xsi:type` (one per name and target). */
  private aliasFor(name: string, namespace: string | undefined, target: TypeRef, offset: number, path: string, note: string): string {
    const sig = `alias:${JSON.stringify(target)}`;
    const same = this.byName.get(name)?.find((t) => t.sig === sig);
    if (same) return same.id;
    const id = this.allocate(name, '');
    this.types.push({ kind: 'alias', id, name, ...(namespace ? { namespace } : {}), target, notes: [note], loc: this.ctx.loc(offset, path) });
    const list = this.byName.get(name) ?? [];
    list.push({ id, sig });
    this.byName.set(name, list);
    return id;
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

  /**
   * A SOAP-ENC array (SOAP 1.1 §5.4.2): the items are the children (any element name), typed from
   * the first one; without children, from the `arrayType`/`itemType` item type.
   */
  private encodedArray(el: XmlElement, parentName: string, path: string): Typed {
    const first = el.children.find((c) => c.closed || c.children.length > 0);
    if (first) {
      const t = this.typeOf(first, el.local, joinPath(path, first.local));
      return { type: t.type, optional: true, array: true, arrayItem: { name: first.local, namespace: first.ns, encoded: true }, ...(t.provenance ? { provenance: t.provenance } : {}) };
    }
    const item = el.enc?.array?.item;
    const word = item && (item.ns === '' || XSD_NSS.includes(item.ns)) ? readPlaceholder(item.name) : undefined;
    const type: TypeRef =
      word?.kind === 'type' ? word.type : item ? { kind: 'ref', id: this.refTo(item.name, parentName, el, path) } : { kind: 'primitive', name: 'anyType' };
    return { type, optional: true, array: true, arrayItem: { name: 'Item', namespace: '', encoded: true } };
  }

  /** The type named `name` (a multi-reference cycle or an array's declared item type): known, being built, or an empty open type. */
  private refTo(name: string, parentName: string, at: XmlElement, path: string): string {
    const existing = this.byName.get(name);
    if (existing?.length) return existing[0].id;
    if (this.inProgress.get(name)) return this.reserve(name, parentName);
    const best = bestOccurrence(this.occurrences.get(name) ?? []);
    if (best) return this.complexFor(best, parentName, path);
    this.ctx.diags.warn(Codes.MISSING, `type "${name}" is named by the sample but its members are shown nowhere on the page; typed as an empty open record (read the WSDL for its members)`, this.ctx.loc(at.start, path));
    return this.register(name, parentName, [], at, path, true);
  }

  private complexFor(el: XmlElement, parentName: string, path: string): string {
    const name = this.names.get(el) ?? nameOf(el);
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
      ...((el.enc?.typeNs ?? el.ns) ? { namespace: el.enc?.typeNs ?? el.ns } : {}),
      // In an encoded sample, a record without a (non-XSD) xsi:type is named after its element only.
      ...(this.encodedSample && !(el.enc?.typeName && !XSD_NSS.includes(el.enc.typeNs ?? '')) ? { anonymous: true } : {}),
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

  private enumFor(name: string, parentName: string, values: readonly string[], offset: number, path: string, namespace?: string): string {
    const sig = 'enum:' + values.join('|');
    const same = this.byName.get(name)?.find((t) => t.sig === sig);
    if (same) return same.id;
    const id = this.allocate(name, parentName);
    const e: EnumType = { kind: 'enum', id, name, ...(namespace ? { namespace } : {}), values: values.map((v) => ({ name: v })), provenance: 'declared', loc: this.ctx.loc(offset, path) };
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

function field(name: string, namespace: string, t: Typed, loc: SourceLoc): ElementField {
  return {
    kind: 'field',
    fieldKind: 'element',
    name,
    namespace,
    type: t.type,
    optional: t.optional,
    array: t.array ?? false,
    ...(t.arrayItem ? { arrayItem: t.arrayItem } : {}),
    nillable: false,
    ...(t.provenance ? { provenance: t.provenance } : {}),
    ...(t.notes ? { notes: t.notes } : {}),
    loc,
  };
}

/** An attribute of a sample element (always unqualified in ASMX samples). */
function attributeField(name: string, t: Typed, loc: SourceLoc): AttributeField {
  return {
    kind: 'field',
    fieldKind: 'attribute',
    name,
    namespace: '',
    type: t.type,
    optional: t.optional,
    array: false,
    nillable: false,
    ...(t.provenance ? { provenance: t.provenance } : {}),
    ...(t.notes ? { notes: t.notes } : {}),
    loc,
  };
}

/** The text of an element that also has attributes. */
function textField(name: string, t: Typed, loc: SourceLoc): TextField {
  return {
    kind: 'field',
    fieldKind: 'text',
    name,
    type: t.type,
    optional: t.optional,
    array: false,
    nillable: false,
    ...(t.provenance ? { provenance: t.provenance } : {}),
    ...(t.notes ? { notes: t.notes } : {}),
    loc,
  };
}

/**
 * The type name of an element: its `xsi:type` in an encoded sample (`tns:Point` → Point, so
 * every value of that type shares one type), else the element name.
 */
function nameOf(el: XmlElement): string {
  const t = el.enc?.typeName;
  return t && !XSD_NSS.includes(el.enc?.typeNs ?? '') ? t : el.local;
}

/** The XSD built-in an encoded scalar's `xsi:type` declares (`xsd:int`), if it is one. */
function declaredScalar(el: XmlElement): TypeRef | undefined {
  const e = el.enc;
  if (!e?.typeName || !XSD_NSS.includes(e.typeNs ?? '') || el.children.length > 0) return undefined;
  const m = readPlaceholder(e.typeName);
  return m.kind === 'type' ? m.type : undefined;
}

function isNil(el: XmlElement): boolean {
  return el.attrs.some(
    (a) => (a.name.endsWith(':nil') && a.value === 'true') || (a.name.endsWith(':null') && (a.value === '1' || a.value === 'true')),
  );
}

/** `<X><xsd:schema>schema</xsd:schema>xml</X>` (a DataSet, docs/formats/asmx.md §Inferring types). */
function isDataSet(el: XmlElement): boolean {
  return el.children.length >= 1 && el.children.every((c) => c.local === 'schema' && (c.ns === XSD_NS || c.prefix === 'xsd' || c.prefix === 's' || trimmedText(c) === 'schema'));
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
      return `${f.fieldKind}:{${fieldNamespace(f) ?? ''}}${f.name}:${f.array ? '[]' : ''}${t}`;
    })
    .join(',');
}
