import type { ComplexType, ElementField, Fault, Field, HeaderPart, Message, SourceLoc, TypeDef, TypeRef } from '../../ir/types.js';
import { Codes, type Diagnostics } from '../../diagnostics.js';
import { renameChoiceGroup } from '../../ir/fields.js';
import { joinPath } from '../../util/source.js';
import { NS, qid } from './ns.js';
import type { SchemaBuilder } from './schema.js';
import type { WComp, WsdlModel } from './wsdl-model.js';
import { attr, kids, resolveQName, type XmlElement } from './xml.js';

/** One `wsdl:part`: an element or a type (WSDL 1.1 §2.3.1). */
export interface Part {
  readonly name: string;
  readonly element?: string;
  readonly type?: TypeRef;
  readonly loc: SourceLoc;
}

/**
 * Builds Messages, headers and faults from WSDL messages and the schema types, and applies the
 * wrapper-array rule (see `ComplexType` in ir/types.ts) to every field.
 */
export class MessageBuilder {
  private readonly types = new Map<string, TypeDef>();
  private readonly wrappers = new Map<string, { readonly item: ElementField; readonly encoded: boolean }>();

  constructor(
    private readonly model: WsdlModel,
    private readonly schema: SchemaBuilder,
    private readonly diags: Diagnostics,
    types: readonly TypeDef[],
  ) {
    for (const t of types) this.types.set(t.id, t);
    this.findWrappers(types);
  }

  /** Complex types whose only content is one repeated element (ASMX `ArrayOfX`, SOAP-ENC arrays). */
  private findWrappers(types: readonly TypeDef[]): void {
    const bases = new Set(types.map((t) => (t.kind === 'complex' ? t.base : undefined)).filter(Boolean));
    for (const t of types) {
      if (t.kind !== 'complex' || t.fields.length !== 1 || t.base || t.abstract || t.open || bases.has(t.id)) continue;
      const f = t.fields[0];
      if (f.fieldKind !== 'element' || !f.array || f.choice || f.substitutions) continue;
      this.wrappers.set(t.id, { item: f, encoded: !!t.soapencArray });
    }
  }

  /**
   * Applies the wrapper-array rule to one field. The item element's `nillable` carries over
   * (.NET declares the items of arrays of strings and records nillable), except for SOAP-ENC
   * arrays, whose schema says nothing of their items' nillability (their `item` field is
   * nillable only because the parser makes SOAP-ENC items so): those keep non-null items, as the
   * ASMX help pages of rpc/encoded services show them.
   */
  fix(f: Field): Field {
    if (f.fieldKind !== 'element' || f.array || f.arrayItem || f.type.kind !== 'ref') return f;
    const w = this.wrappers.get(f.type.id);
    if (!w) return f;
    const { item, encoded } = w;
    return { ...f, array: true, arrayItem: { name: item.name, namespace: item.namespace ?? '', ...(encoded ? { encoded } : {}), ...(item.nillable && !encoded ? { nillable: true } : {}) }, type: item.type };
  }

  /** The types with the wrapper-array rule applied to their fields. */
  fixedTypes(): TypeDef[] {
    const out: TypeDef[] = [];
    for (const t of this.types.values()) {
      const fixed = t.kind === 'complex' ? { ...t, fields: t.fields.map((f) => this.fix(f)) } : t;
      this.types.set(t.id, fixed);
      out.push(fixed);
    }
    return out;
  }

  parts(msgQid: string, at: SourceLoc): Part[] | undefined {
    const m = this.model.messages.get(msgQid);
    if (!m) {
      if (msgQid) this.diags.warn(Codes.MISSING, `message ${msgQid} is not defined`, at);
      return undefined;
    }
    return kids(m.el, [NS.wsdl], 'part').map((p) => this.part(m, p));
  }

  private part(m: WComp, p: XmlElement): Part {
    const name = attr(p, 'name') ?? '';
    const loc = m.doc.lines.loc(p.offset, `message ${m.name} › part ${name}`);
    const el = attr(p, 'element');
    if (el) {
      const q = resolveQName(p, el);
      if (q) return { name, element: qid(q.ns, q.local), loc };
      // An undeclared prefix: the element is looked up by its local name (used when unique).
      const local = el.slice(el.indexOf(':') + 1).trim();
      const hits = [...this.schema.index.elements.values()].filter((c) => c.name === local);
      const found = hits.length === 1 ? hits[0] : undefined;
      this.diags.warn(Codes.MISSING, `element ${el} of part ${name}: its namespace prefix is not declared${found ? `; read as the only element named ${local} (namespace ${found.ns || 'none'})` : ''}`, loc);
      return { name, element: qid(found?.ns ?? '', local), loc };
    }
    const type = attr(p, 'type');
    if (!type) return { name, type: { kind: 'primitive', name: 'anyType' }, loc };
    const rec = { el: p, doc: m.doc, tns: m.tns, elementQualified: false, attributeQualified: false };
    return { name, type: this.schema.typeRef(p, type, rec, `message ${m.name}`), loc };
  }

  /** Child fields of a type used as a message root: base chain first; a simple type is one `$value`. */
  contentFields(t: TypeRef, loc: SourceLoc): Field[] {
    if (t.kind === 'ref') {
      const def = this.types.get(t.id);
      if (def?.kind === 'complex') return this.complexFields(def, new Set());
    }
    if (t.kind === 'primitive' && t.name === 'anyType') return [];
    // A root of an undefined type (already reported) has text content as far as svcgen knows.
    const type: TypeRef = t.kind === 'xml' ? { kind: 'primitive', name: 'anyType' } : t;
    return [{ kind: 'field', fieldKind: 'text', name: '$value', type, optional: false, array: false, nillable: false, loc }];
  }

  /**
   * The fields of `def`, base chain first. Choice group ids are unique per type only, so those of
   * inherited fields are prefixed with their type's name (`Base.choice1`).
   */
  private complexFields(def: ComplexType, seen: Set<string>, root = true): Field[] {
    if (seen.has(def.id)) return [];
    seen.add(def.id);
    const base = def.base ? this.types.get(def.base) : undefined;
    const inherited = base?.kind === 'complex' ? this.complexFields(base, seen, false) : [];
    const own = root ? def.fields : def.fields.map((f) => renameChoiceGroup(f, (g) => `${def.name}.${g}`));
    return [...inherited, ...own];
  }

  /**
   * The element field for a part declared with `element=` (undefined when the element is unknown).
   * The wrapper-array rule is not applied: a body root or header block is never an array.
   */
  elementPart(p: Part): ElementField | undefined {
    const comp = p.element ? this.schema.index.elements.get(p.element) : undefined;
    if (!comp) {
      this.diags.warn(Codes.MISSING, `element ${p.element} of part ${p.name} is not defined`, p.loc);
      return undefined;
    }
    return this.schema.globalElementField(comp, { kind: 'field', fieldKind: 'element', optional: false, array: false }, p.loc);
  }

  /** Document style: the single element part is the root; otherwise the parts are listed as body children. */
  document(parts: readonly Part[], opName: string, wrappedIn: boolean | undefined, loc: SourceLoc): Message {
    if (parts.length === 1 && parts[0].element) {
      const root = this.elementPart(parts[0]);
      if (!root) return { kind: 'message', element: parts[0].element?.replace(/^\{.*\}/, ''), wrapped: false, fields: [], loc };
      const fields = this.contentFields(root.type, loc).map((f) => this.fix(f));
      const structured = fields.every((f) => f.fieldKind === 'element' || f.fieldKind === 'any');
      const wrapped = wrappedIn === undefined ? root.name === opName && structured : wrappedIn && structured;
      return { kind: 'message', element: root.name, namespace: root.namespace, wrapped, fields, loc };
    }
    const fields = parts.map((p) => this.partField(p, '')).filter((f): f is Field => !!f);
    return { kind: 'message', wrapped: false, fields, loc };
  }

  /** RPC style (WSDL 1.1 §3.5): root = operation name (+`Response`) in the soap:body namespace; parts unqualified. */
  rpc(parts: readonly Part[], root: string, ns: string, loc: SourceLoc): Message {
    const fields = parts.map((p) => this.partField(p, '')).filter((f): f is Field => !!f);
    return { kind: 'message', element: root, namespace: ns, wrapped: true, fields, loc };
  }

  private partField(p: Part, ns: string): Field | undefined {
    if (p.element) {
      const f = this.elementPart(p);
      return f && this.fix(f);
    }
    return this.fix({ kind: 'field', fieldKind: 'element', name: p.name, namespace: ns, type: p.type ?? { kind: 'xml' }, optional: false, array: false, nillable: false, loc: p.loc });
  }

  /** `soap:header message= part=` (WSDL 1.1 §3.7); the message need not be used elsewhere. */
  header(msg: string, partName: string, ns: string | undefined, at: SourceLoc): HeaderPart | undefined {
    const all = this.parts(msg, at);
    if (!all && msg) return undefined; // the undefined message is already reported
    const p = all?.find((x) => x.name === partName);
    if (!p) {
      this.diags.warn(Codes.MISSING, `header part ${msg} › ${partName} is not defined`, at);
      return undefined;
    }
    if (p.element) {
      const f = this.elementPart(p);
      if (!f) return undefined;
      return { kind: 'header', name: f.name, namespace: f.namespace, type: f.type, ...(f.description ? { description: f.description } : {}), loc: at };
    }
    return { kind: 'header', name: p.name, namespace: ns ?? '', type: p.type ?? { kind: 'xml' }, loc: at };
  }

  /** A portType fault: its message's (first) part gives the detail element. */
  fault(name: string, msg: string, at: SourceLoc): Fault {
    const p = this.parts(msg, at)?.[0];
    if (!p) return { kind: 'fault', name, loc: at };
    if (p.element) {
      const comp = this.schema.index.elements.get(p.element);
      const type = comp ? this.schema.elementType(comp) : undefined;
      return { kind: 'fault', name, element: comp?.name ?? p.element, namespace: comp?.ns, ...(type ? { type } : {}), loc: at };
    }
    return { kind: 'fault', name, ...(p.type ? { type: p.type } : {}), loc: at };
  }

  /** Path helper for diagnostics. */
  static path(op: string, what: string): string {
    return joinPath(`operation ${op}`, what);
  }
}
