import type { ElementField, EnumValue, Facets, Field, FieldChoice, PrimitiveName, SourceLoc, TypeDef, TypeRef } from '../../ir/types.js';
import { Codes, type Diagnostics } from '../../diagnostics.js';
import { joinPath } from '../../util/source.js';
import { buildComplex, choiceAttrs, type Occ } from './complex.js';
import type { SchemaRec } from './loader.js';
import { builtin, NS, qid, XML_NS, XSD_NSS } from './ns.js';
import { type Comp, SchemaIndex, xsdDoc } from './schema-index.js';
import { buildSimple, isPlainRestriction, readFacets } from './simple.js';
import { attr, attrNs, kids, resolveQName, type XmlElement } from './xml.js';

const ANY: TypeRef = { kind: 'primitive', name: 'anyType' };
const STRING: TypeRef = { kind: 'primitive', name: 'string' };
const BINARY: TypeRef = { kind: 'primitive', name: 'base64Binary' };

/**
 * Turns the schemas of a service into TypeDefs. Named types get the id `{ns}name`; anonymous
 * types are named from their element (`Element`, nested `Owner_Element`) with a numeric suffix on
 * a clash. Types refer to each other by id only, so recursive types need no expansion.
 */
export class SchemaBuilder {
  readonly index: SchemaIndex;
  private readonly out = new Map<string, TypeDef | null>();
  private readonly anon = new Map<XmlElement, TypeRef>();
  private readonly globalTypes = new Map<Comp, TypeRef>();
  private readonly warned = new Set<string>();

  constructor(
    schemas: readonly SchemaRec[],
    readonly diags: Diagnostics,
  ) {
    this.index = new SchemaIndex(schemas);
  }

  loc(rec: SchemaRec, el: XmlElement, path?: string): SourceLoc {
    return rec.doc.lines.loc(el.offset, path);
  }

  /** Builds every named type and every global element's anonymous type, in source order. */
  buildAll(): TypeDef[] {
    for (const comp of this.index.types.values()) this.named(comp);
    for (const comp of this.index.elements.values()) this.elementType(comp);
    return [...this.out.values()].filter((t): t is TypeDef => t !== null);
  }

  isComplex(id: string): boolean {
    const t = this.out.get(id);
    if (t) return t.kind === 'complex';
    const c = this.index.types.get(id);
    return !!c && c.el.local === 'complexType';
  }

  /** Enumeration values of a type reference, if it names an enum (used for `xs:list` of an enum). */
  enumValuesOf(t: TypeRef): readonly EnumValue[] | undefined {
    if (t.kind !== 'ref') return undefined;
    const c = this.index.types.get(t.id);
    if (c) this.named(c);
    const def = this.out.get(t.id);
    return def?.kind === 'enum' && !def.list ? def.values : undefined;
  }

  /**
   * True when `t` is an XSD built-in other than anyType, or a non-list alias of one (the item
   * types an `xs:list` can be typed as an array of).
   */
  isSimpleScalar(t: TypeRef): boolean {
    const p = this.basePrimitive(t);
    return p !== undefined && p !== 'anyType';
  }

  /** The built-in a simple type reference stands for, through non-list aliases. */
  basePrimitive(t: TypeRef, depth = 0): PrimitiveName | undefined {
    if (t.kind === 'primitive') return t.name;
    if (t.kind !== 'ref' || depth > 20) return undefined;
    const c = this.index.types.get(t.id);
    if (c) this.named(c);
    const def = this.out.get(t.id);
    return def?.kind === 'alias' && !def.list ? this.basePrimitive(def.target, depth + 1) : undefined;
  }

  private named(comp: Comp): void {
    const id = qid(comp.ns, comp.name);
    if (this.out.has(id)) return;
    this.out.set(id, null);
    const path = `type ${comp.name}`;
    const def =
      comp.el.local === 'complexType'
        ? buildComplex(this, comp.el, id, comp.name, comp.rec, path)
        : buildSimple(this, comp.el, id, comp.name, comp.rec, path);
    this.out.set(id, def);
  }

  private allocId(ns: string, name: string): { id: string; name: string } {
    let n = name;
    for (let i = 2; this.out.has(qid(ns, n)) || this.index.types.has(qid(ns, n)); i++) n = `${name}${i}`;
    this.out.set(qid(ns, n), null);
    return { id: qid(ns, n), name: n };
  }

  /** Builds an anonymous complexType (memoised by its element) and returns a reference to it. */
  anonComplex(ct: XmlElement, hint: string, rec: SchemaRec, path: string): TypeRef {
    const seen = this.anon.get(ct);
    if (seen) return seen;
    const { id, name } = this.allocId(rec.tns, hint);
    const ref: TypeRef = { kind: 'ref', id };
    this.anon.set(ct, ref);
    this.out.set(id, { ...buildComplex(this, ct, id, name, rec, path), anonymous: true });
    return ref;
  }

  /** An anonymous simpleType: a plain restriction is carried as base + facets, anything else is named. */
  inlineSimple(st: XmlElement, hint: string, rec: SchemaRec, path: string, named = false): { type: TypeRef; facets?: Facets } {
    const plain = named ? undefined : isPlainRestriction(st);
    if (plain) {
      const facets = readFacets(plain);
      return { type: this.typeRef(plain, attr(plain, 'base')!, rec, path), ...(facets ? { facets } : {}) };
    }
    const seen = this.anon.get(st);
    if (seen) return { type: seen };
    const { id, name } = this.allocId(rec.tns, hint);
    const ref: TypeRef = { kind: 'ref', id };
    this.anon.set(st, ref);
    this.out.set(id, { ...buildSimple(this, st, id, name, rec, path), anonymous: true });
    return { type: ref };
  }

  /** Resolves a type QName (`type`, `base`, `itemType`) to a built-in or a type id. */
  typeRef(at: XmlElement, qname: string, rec: SchemaRec, path: string): TypeRef {
    const q = resolveQName(at, qname);
    if (q) {
      const b = builtin(q.ns, q.local);
      if (b) return b;
      if ((q.ns === NS.soapenc || q.ns === NS.soapenc12) && (q.local === 'Array' || q.local === 'Struct')) return { kind: 'xml' };
      if (q.ns === NS.soapenc && q.local === 'arrayCoordinate') return STRING;
      if ((q.ns === NS.xop && q.local === 'Include')) return BINARY;
      if (this.index.types.has(qid(q.ns, q.local))) return { kind: 'ref', id: qid(q.ns, q.local) };
    }
    // Lenient: an unprefixed or unbound name that exists in the schema's own namespace.
    const local = qname.slice(qname.indexOf(':') + 1).trim();
    if ((!q || q.ns === '') && this.index.types.has(qid(rec.tns, local))) return { kind: 'ref', id: qid(rec.tns, local) };
    if (!q && XSD_NSS.some((ns) => builtin(ns, local))) return builtin(XSD_NSS[0], local)!;
    this.warnOnce(`type ${qname}`, q ? `type ${qid(q.ns, q.local)} is not defined (kept as XML)` : `type ${qname}: namespace prefix is not declared (kept as XML)`, this.loc(rec, at, path));
    return { kind: 'xml' };
  }

  private warnOnce(key: string, message: string, loc: SourceLoc): void {
    if (this.warned.has(key)) return;
    this.warned.add(key);
    this.diags.warn(Codes.MISSING, message, loc);
  }

  /** The type of a global element declaration (its `type`, its anonymous type, or its head's type). */
  elementType(comp: Comp, depth = 0): TypeRef {
    const memo = this.globalTypes.get(comp);
    if (memo) return memo;
    const path = `element ${comp.name}`;
    const el = comp.el;
    let t: TypeRef = ANY;
    const type = attr(el, 'type');
    const ct = kids(el, XSD_NSS, 'complexType')[0];
    const st = kids(el, XSD_NSS, 'simpleType')[0];
    if (type) t = this.typeRef(el, type, comp.rec, path);
    else if (ct) t = this.anonComplex(ct, comp.name, comp.rec, path);
    else if (st) t = this.inlineSimple(st, comp.name, comp.rec, path, true).type;
    else {
      const head = attr(el, 'substitutionGroup');
      const h = head ? this.index.lookup('element', el, head) : undefined;
      if (h && depth < 20) t = this.elementType(h, depth + 1);
    }
    this.globalTypes.set(comp, t);
    return t;
  }

  /** A field for a local element declaration or an element reference (XSD Part 1 §3.3). */
  elementField(el: XmlElement, occ: Occ, owner: string, rec: SchemaRec, path: string): ElementField {
    const ref = attr(el, 'ref');
    const base = { kind: 'field' as const, fieldKind: 'element' as const, optional: occ.optional, array: occ.array, ...choiceAttrs(occ) };
    if (ref) {
      const q = resolveQName(el, ref);
      const local = q?.local ?? ref.slice(ref.indexOf(':') + 1);
      const fpath = joinPath(path, local);
      if (q && XSD_NSS.includes(q.ns)) return { ...base, name: local, namespace: q.ns, type: { kind: 'xml' }, nillable: false, notes: [`xs:${local} (e.g. an ADO.NET DataSet): kept as XML`], loc: this.loc(rec, el, fpath) };
      if (q && q.ns === NS.xop) return { ...base, name: local, namespace: q.ns, type: BINARY, nillable: false, notes: ['MTOM/XOP attachment (xop:Include): sent as base64Binary'], loc: this.loc(rec, el, fpath) };
      const g = this.index.lookup('element', el, ref);
      const enc = !g && q && (q.ns === NS.soapenc || q.ns === NS.soapenc12) ? builtin(q.ns, q.local) ?? (q.local === 'Array' || q.local === 'Struct' ? ({ kind: 'xml' } as TypeRef) : undefined) : undefined;
      if (enc) return { ...base, name: local, namespace: q!.ns, type: enc, nillable: true, loc: this.loc(rec, el, fpath) };
      if (!g) {
        this.warnOnce(`element ${ref}`, `element ${ref} is not defined (kept as XML)`, this.loc(rec, el, fpath));
        return { ...base, name: local, namespace: q?.ns ?? '', type: { kind: 'xml' }, nillable: false, loc: this.loc(rec, el, fpath) };
      }
      return this.globalElementField(g, base, this.loc(rec, el, fpath));
    }
    // `name` is an NCName: XML Schema collapses its whitespace (`name="ResultCode "`).
    const name = (attr(el, 'name') ?? '').trim();
    const fpath = joinPath(path, name);
    const form = attr(el, 'form') ?? (rec.elementQualified ? 'qualified' : 'unqualified');
    const { type, facets, notes } = this.declType(el, `${owner}_${name}`, rec, fpath);
    const description = xsdDoc(el);
    return {
      ...base, name, namespace: form === 'qualified' ? rec.tns : '', type, nillable: attr(el, 'nillable') === 'true',
      ...this.valueAttrs(el), ...(facets ? { facets } : {}), ...(notes.length ? { notes } : {}),
      ...(description ? { description } : {}), loc: this.loc(rec, el, fpath),
    };
  }

  /** A field for a global element (always qualified with its schema's target namespace). */
  globalElementField(g: Comp, base: { kind: 'field'; fieldKind: 'element'; choice?: FieldChoice; optional: boolean; array: boolean }, loc: SourceLoc): ElementField {
    const type = this.elementType(g);
    const notes = this.mtomNotes(g.el, type);
    const description = xsdDoc(g.el);
    const subs = this.index.substitutionsOf(g).filter((m) => attr(m.el, 'abstract') !== 'true');
    return {
      ...base, name: g.name, namespace: g.ns, type, nillable: attr(g.el, 'nillable') === 'true', ...this.valueAttrs(g.el),
      ...(notes.length ? { notes } : {}), ...(description ? { description } : {}),
      ...(subs.length ? { substitutions: subs.map((m) => ({ name: m.name, namespace: m.ns, type: this.elementType(m) })) } : {}),
      loc,
    };
  }

  private valueAttrs(el: XmlElement): { defaultValue?: string } {
    const v = attr(el, 'default') ?? attr(el, 'fixed');
    return v === undefined ? {} : { defaultValue: v };
  }

  private mtomNotes(el: XmlElement, type: TypeRef): string[] {
    const ct = attrNs(el, NS.xmime, 'expectedContentTypes') ?? attrNs(el, NS.xmime2004, 'expectedContentTypes');
    if (ct === undefined || type.kind !== 'primitive' || type.name !== 'base64Binary') return [];
    return [`MTOM/XOP-optimizable binary (expected content types: ${ct}): sent as base64Binary`];
  }

  /** Type of a local element or attribute: `type`, an anonymous type, or anyType/anySimpleType. */
  private declType(el: XmlElement, hint: string, rec: SchemaRec, path: string): { type: TypeRef; facets?: Facets; notes: string[] } {
    const type = attr(el, 'type');
    const ct = kids(el, XSD_NSS, 'complexType')[0];
    const st = kids(el, XSD_NSS, 'simpleType')[0];
    let r: { type: TypeRef; facets?: Facets };
    if (type) r = { type: this.typeRef(el, type, rec, path) };
    else if (ct) r = { type: this.anonComplex(ct, hint, rec, path) };
    else if (st) r = this.inlineSimple(st, hint, rec, path);
    else r = { type: el.local === 'attribute' ? STRING : ANY };
    return { ...r, notes: this.mtomNotes(el, r.type) };
  }

  /** A field for an attribute declaration or reference; `optional` unless `use="required"`. */
  attributeField(el: XmlElement, owner: string, rec: SchemaRec, path: string): Field | undefined {
    const ref = attr(el, 'ref');
    const optional = attr(el, 'use') !== 'required';
    if (ref) {
      const q = resolveQName(el, ref);
      // SOAP encoding's own attributes (id, href, ref, arrayType, itemType, arraySize, root…) are
      // written and read by the runtime's encoding support, not fields of the record.
      if (q && (q.ns === NS.soapenc || q.ns === NS.soapenc12)) return undefined;
      const local = q?.local ?? ref;
      const g = this.index.lookup('attribute', el, ref);
      const fpath = joinPath(path, `@${local}`);
      const t = g ? this.declType(g.el, `${owner}_${local}`, g.rec, fpath) : { type: q?.ns === XML_NS ? STRING : this.missingAttr(ref, rec, el, fpath), notes: [] };
      return {
        kind: 'field', fieldKind: 'attribute', name: local, namespace: q?.ns ?? '', type: t.type, optional, array: false, nillable: false,
        ...(t.facets ? { facets: t.facets } : {}), ...this.valueAttrs(el), loc: this.loc(rec, el, fpath),
      };
    }
    const name = attr(el, 'name')?.trim();
    if (!name) return undefined;
    const fpath = joinPath(path, `@${name}`);
    const form = attr(el, 'form') ?? (rec.attributeQualified ? 'qualified' : 'unqualified');
    const { type, facets } = this.declType(el, `${owner}_${name}`, rec, fpath);
    const description = xsdDoc(el);
    return {
      kind: 'field', fieldKind: 'attribute', name, namespace: form === 'qualified' ? rec.tns : '', type, optional, array: false, nillable: false,
      ...(facets ? { facets } : {}), ...this.valueAttrs(el), ...(description ? { description } : {}), loc: this.loc(rec, el, fpath),
    };
  }

  /**
   * Attribute groups of built-in namespaces: SOAP encoding's `commonAttributes`/`arrayAttributes`
   * (1.1 and 1.2) carry only encoding attributes the runtime handles, so they add no field;
   * `xml:specialAttrs` adds `xml:lang`, `xml:space`, `xml:base` and `xml:id`. Undefined otherwise.
   */
  builtinAttributeGroup(el: XmlElement, ref: string, rec: SchemaRec, path: string): Field[] | undefined {
    const q = resolveQName(el, ref);
    if (!q) return undefined;
    if ((q.ns === NS.soapenc || q.ns === NS.soapenc12) && (q.local === 'commonAttributes' || q.local === 'arrayAttributes')) return [];
    if (q.ns !== XML_NS || q.local !== 'specialAttrs') return undefined;
    return ['lang', 'space', 'base', 'id'].map((name) => ({
      kind: 'field' as const, fieldKind: 'attribute' as const, name, namespace: XML_NS, type: STRING, optional: true, array: false, nillable: false,
      loc: this.loc(rec, el, joinPath(path, `@xml:${name}`)),
    }));
  }

  private missingAttr(ref: string, rec: SchemaRec, el: XmlElement, path: string): TypeRef {
    this.warnOnce(`attribute ${ref}`, `attribute ${ref} is not defined (typed as string)`, this.loc(rec, el, path));
    return STRING;
  }
}
