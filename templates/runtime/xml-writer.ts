/**
 * The XML writer: turns a request value into XML by walking its descriptor (schema.ts), straight
 * into a string, without an intermediate document tree. Element names are the descriptor's wire
 * names (so keys such as `__proto__` or `constructor` are ordinary names); a child whose namespace
 * differs from the namespace in scope gets `xmlns="…"` (`xmlns=""` for unqualified children);
 * namespaced attributes get a declared prefix; `null` on a field is `xsi:nil="true"`, `undefined`
 * leaves the field out (so does `null` on an optional field that is not nillable). Text is escaped, and characters XML 1.0 cannot carry are refused with a
 * `ValidationError` naming the field, before anything is sent. Only own properties of a value are
 * written; raw XML members (`xs:any`, `$extra`) only when they are well-formed, balanced fragments.
 */

import { escapeAttr, escapeText, scalarText } from './codec.js';
import { ValidationError } from './errors.js';
import { fragmentProblem, SOAP11_ENC, SOAP12_ENC, XSI_NS } from './xml-scan.js';
import { sentType, subtypeByTag, type EnumDesc, type FieldDesc, type ScalarKind, type TypeDesc, type ValueDesc } from './schema.js';

export const XSD_NS = 'http://www.w3.org/2001/XMLSchema';
export { XSI_NS };
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** Options of `writeElement`. */
export interface WriteOptions {
  /** Default namespace in scope where the element is written (`''` when none). */
  readonly defaultNs?: string;
  /** True when an ancestor declares the prefix `xsi` (SOAP envelopes do). */
  readonly xsiDeclared?: boolean;
  /** Path of the value in error messages (e.g. `request`). */
  readonly path?: string;
  /**
   * SOAP encoding (rpc/encoded operations): every value carries `xsi:type` (scalars where the
   * descriptor names their XSD type), SOAP-ENC arrays their array type, in the SOAP 1.1 or 1.2
   * encoding. The `xsd` prefix must be declared by an ancestor (SOAP envelopes do).
   */
  readonly encoding?: 'soap11' | 'soap12';
  /** Attributes added to the root element's start tag as written (e.g. `soap:encodingStyle`). */
  readonly rootAttrs?: string;
  /**
   * MTOM: stores a `base64Binary` value as a MIME part and returns its Content-ID; the element
   * then holds an `xop:Include` naming it instead of base64 text (mtom.ts).
   */
  readonly attach?: (bytes: Uint8Array) => string;
}


interface WritePlan {
  readonly attrs: readonly FieldDesc[];
  readonly elems: readonly FieldDesc[];
  /** Per element field (same index as `elems`): written the plain way (no list, no substitution group). */
  readonly plain: readonly boolean[];
  readonly text: FieldDesc | undefined;
  /** Keys that are also `Object.prototype` members: read only as own properties. */
  readonly guarded: ReadonlySet<string>;
  /** The type takes part in a derivation (`tag`): its values may name a subtype. */
  readonly tagged: boolean;
  /** Per element field (same index as `elems`): its type, read once from the descriptor. */
  readonly typeAt: readonly ValueDesc[];
  /**
   * Per element field (same index as `elems`): a single scalar or enumeration value, written
   * with the tags below when it is in the namespace in scope (no `xmlns`) and not nil.
   */
  readonly leafAt: readonly boolean[];
  /** Per element field (same index as `elems`): a leaf whose text never needs escaping (numbers, booleans). */
  readonly plainTextAt: readonly boolean[];
  /** Per element field (same index as `elems`): `<key>` and `</key>`, made once. */
  readonly openAt: readonly string[];
  readonly closeAt: readonly string[];
}

const plans = new WeakMap<TypeDesc, WritePlan>();

function planOf(t: TypeDesc): WritePlan {
  let p = plans.get(t);
  if (!p) {
    const attrs: FieldDesc[] = [];
    const elems: FieldDesc[] = [];
    let text: FieldDesc | undefined;
    const guarded = new Set<string>();
    for (const f of t.fields) {
      if (f.node === 'attribute') attrs.push(f);
      else if (f.node === 'text') text = f;
      else elems.push(f);
      if (f.key in Object.prototype) guarded.add(f.key);
    }
    if (t.openKey !== undefined && t.openKey in Object.prototype) guarded.add(t.openKey);
    const plain = elems.map((f) => f.subs === undefined && !f.list);
    const typeAt = elems.map((f) => f.type);
    const leafAt = elems.map((f, k) => plain[k] && !f.array && (typeof typeAt[k] === 'string' ? typeAt[k] !== 'base64Binary' : (typeAt[k] as Exclude<ValueDesc, string>).kind === 'enum'));
    p = {
      attrs,
      elems,
      plain,
      text,
      guarded,
      tagged: t.tag !== undefined,
      typeAt,
      leafAt,
      plainTextAt: typeAt.map((d) => d === 'int' || d === 'double' || d === 'float' || d === 'boolean'),
      openAt: elems.map((f) => `<${f.key}>`),
      closeAt: elems.map((f) => `</${f.key}>`),
    };
    plans.set(t, p);
  }
  return p;
}

const hasOwn = Object.prototype.hasOwnProperty;

/** `obj[key]` when it is an own property (never one inherited, e.g. from a polluted `Object.prototype`). */
function member(obj: Record<string, unknown>, key: string, guarded: ReadonlySet<string>): unknown {
  if (guarded.size !== 0 && guarded.has(key)) return hasOwn.call(obj, key) ? obj[key] : undefined;
  const v = obj[key];
  return v === undefined || hasOwn.call(obj, key) ? v : undefined;
}

/** Writes one element for `value` described by `desc`; throws `ValidationError` on bad values. */
export function writeElement(name: string, ns: string, desc: ValueDesc, value: unknown, options: WriteOptions = {}): string {
  const w = new XmlWriter(options.xsiDeclared ?? false, options.path ?? name, options.encoding, options.attach);
  w.element(name, ns, options.defaultNs ?? '', desc, value, undefined, options.rootAttrs ?? '');
  return w.out;
}

/** String-building writer; `path` tracks the field being written for error messages. */
export class XmlWriter {
  out = '';
  private readonly path: (string | number)[];
  /** No record written yet: the next one is the root (an RPC wrapper gets no `xsi:type`). */
  private atRoot = true;
  readonly fail = (message: string): never => {
    throw new ValidationError([{ path: formatPath(this.path), message }]);
  };

  constructor(
    private readonly xsiDeclared: boolean,
    root: string,
    private readonly encoding?: 'soap11' | 'soap12',
    private readonly attach?: (bytes: Uint8Array) => string,
  ) {
    this.path = [root];
  }

  private nil(): string {
    return this.xsiDeclared ? ' xsi:nil="true"' : ` xsi:nil="true" xmlns:xsi="${XSI_NS}"`;
  }

  /**
   * Writes `<name>` for a value (null = nil element). `xsd`: the XSD type of a scalar (its
   * `xsi:type` in SOAP encoding); `attrs`: further attributes of the start tag.
   */
  element(name: string, ns: string, scope: string, desc: ValueDesc, value: unknown, xsd?: string, attrs = ''): void {
    let decl = ns === scope ? attrs : ` xmlns="${escapeAttr(ns, this.fail)}"${attrs}`;
    if (value === null) {
      this.out += `<${name}${decl}${this.nil()}/>`;
      return;
    }
    if (this.encoding !== undefined) decl += this.scalarType(desc, xsd);
    if (typeof desc === 'string') {
      if (desc === 'base64Binary' && this.attach !== undefined && value instanceof Uint8Array) {
        const href = `cid:${encodeURIComponent(this.attach(value))}`;
        this.out += `<${name}${decl}><xop:Include xmlns:xop="http://www.w3.org/2004/08/xop/include" href="${href}"/></${name}>`;
        return;
      }
      this.out += `<${name}${decl}>${escapeText(scalarText(desc, value, this.fail), this.fail)}</${name}>`;
      return;
    }
    switch (desc.kind) {
      case 'enum':
        this.out += `<${name}${decl}>${escapeText(scalarText(desc, value, this.fail), this.fail)}</${name}>`;
        return;
      case 'xml':
        if (typeof value !== 'string') this.fail('expected an XML string');
        this.out += `<${name}${decl}>${this.raw(value as string)}</${name}>`;
        return;
      case 'map':
        this.map(name, decl, ns, desc.value, value);
        return;
      case 'complex':
        this.complex(name, decl, ns, desc, value);
        return;
    }
  }

  private complex(name: string, decl: string, ns: string, t: TypeDesc, value: unknown): void {
    // `decl` and `t` are reassigned when the value names a subtype.
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.fail(`expected an object for ${t.name}`);
    }
    const obj = value as Record<string, unknown>;
    let plan = planOf(t);
    if (plan.tagged || this.encoding !== undefined) {
      // xsi:type: for a subtype, for an explicit `$type` (also naming the declared type), and for
      // every named record below the root in SOAP encoding.
      const root = this.atRoot;
      this.atRoot = false;
      const actual = plan.tagged ? this.actualType(t, obj) : t;
      if (actual !== t || (plan.tagged && member(obj, '$type', plan.guarded) !== undefined) || (this.encoding !== undefined && !root && !t.anonymous)) {
        const q = this.prefixed(actual.namespace ?? '', actual.name, 'xt');
        decl += `${this.xsiDeclared ? '' : ` xmlns:xsi="${XSI_NS}"`} xsi:type="${q.name}"${q.decl}`;
        t = actual;
        plan = planOf(t);
      }
    }
    this.out += `<${name}${decl}`;
    if (plan.attrs.length !== 0) this.attributes(plan, obj);
    this.out += '>';
    if (plan.text) {
      const v = member(obj, plan.text.key, plan.guarded);
      if (v !== undefined && v !== null) {
        this.path.push(plan.text.key);
        this.out += escapeText(plan.text.list ? this.listText(plan.text.type, v) : this.textOf(plan.text.type, v), this.fail);
        this.path.pop();
      }
    }
    const elems = plan.elems;
    const plain = plan.plain;
    const leafAt = plan.leafAt;
    // Scalars in the namespace in scope (the usual member): tags made once per type.
    const leaves = this.encoding === undefined;
    for (let i = 0; i < elems.length; i++) {
      const f = elems[i];
      const v = member(obj, f.key, plan.guarded);
      if (v === undefined || (v === null && f.optional && !f.nillable)) continue;
      this.path.push(f.key);
      const fns = f.ns ?? ns;
      if (leaves && leafAt[i] && v !== null && fns === ns) {
        const text = scalarText(plan.typeAt[i] as ScalarKind | EnumDesc, v, this.fail);
        this.out += plan.openAt[i] + (plan.plainTextAt[i] ? text : escapeText(text, this.fail)) + plan.closeAt[i];
      } else this.field(f, v, fns, ns, plain[i]);
      this.path.pop();
    }
    if (t.openKey !== undefined) {
      const extra = member(obj, t.openKey, plan.guarded);
      if (Array.isArray(extra)) {
        this.path.push(t.openKey);
        for (let i = 0; i < extra.length; i++) {
          const x: unknown = extra[i];
          this.path.push(i);
          if (typeof x === 'string') this.out += this.raw(x);
          this.path.pop();
        }
        this.path.pop();
      }
    }
    this.out += `</${name}>`;
  }

  /**
   * Raw XML given by the caller (`xs:any` content, `$extra`): written as is when it is a
   * well-formed, balanced fragment, so that it can never close the elements around it.
   */
  private raw(xml: string): string {
    if (xml.indexOf('<') < 0 && xml.indexOf('&') < 0 && xml.indexOf(']]>') < 0) return xml;
    const problem = fragmentProblem(xml);
    return problem === undefined ? xml : this.fail(`raw XML must be a well-formed, balanced fragment: ${problem}`);
  }

  /** The type a record is written as (see `sentType`); fails like the validator would. */
  private actualType(t: TypeDesc, obj: Record<string, unknown>): TypeDesc {
    const sent = sentType(t, obj);
    if (!('problem' in sent)) return sent;
    if (sent.atTag) this.path.push('$type');
    return this.fail(sent.problem);
  }

  /** `xs:list`: the items' texts joined by single spaces. */
  private listText(item: ValueDesc, v: unknown): string {
    if (!Array.isArray(v)) return this.fail('expected an array (an xs:list value)');
    const path = this.path;
    let out = '';
    for (let i = 0; i < v.length; i++) {
      path.push(i);
      const t = this.textOf(item, v[i]);
      if (t === '' || /[ \t\r\n]/.test(t)) this.fail(`${JSON.stringify(t)} cannot be an xs:list item (empty or with whitespace)`);
      out += i === 0 ? t : ` ${t}`;
      path.pop();
    }
    return out;
  }

  private textOf(desc: ValueDesc, v: unknown): string {
    if (typeof desc === 'string' || desc.kind === 'enum') return scalarText(desc, v, this.fail);
    return this.fail('text content must be a simple type');
  }

  private attributes(plan: WritePlan, obj: Record<string, unknown>): void {
    let n = 0;
    for (const f of plan.attrs) {
      const v = member(obj, f.key, plan.guarded);
      if (v === undefined || v === null) continue;
      this.path.push(f.key);
      const text = escapeAttr(f.list ? this.listText(f.type, v) : this.textOf(f.type, v), this.fail);
      if (!f.ns) this.out += ` ${f.key}="${text}"`;
      else if (f.ns === XML_NS) this.out += ` xml:${f.key}="${text}"`;
      else if (f.ns === XSI_NS && this.xsiDeclared) this.out += ` xsi:${f.key}="${text}"`;
      else {
        const p = `a${n++}`;
        this.out += ` xmlns:${p}="${escapeAttr(f.ns, this.fail)}" ${p}:${f.key}="${text}"`;
      }
      this.path.pop();
    }
  }

  /**
   * Writes a field's element(s): one element, repeated elements, or a wrapper with items. `plain`:
   * the field is no `xs:list` and heads no substitution group (the common, fast case).
   */
  private field(f: FieldDesc, v: unknown, ns: string, scope: string, plain: boolean): void {
    // The XSD type of scalars matters in SOAP encoding only.
    const xsd = this.encoding !== undefined ? f.xsd : undefined;
    if (!f.array) {
      if (plain) this.element(f.key, ns, scope, f.type, v, xsd);
      else this.one(f, ns, scope, v, xsd);
      return;
    }
    if (v === null) {
      if (f.item) this.element(f.key, ns, scope, f.type, null);
      return;
    }
    if (!Array.isArray(v)) this.fail('expected an array');
    const arr = v as readonly unknown[];
    const path = this.path;
    if (f.item) {
      const itemName = f.item.name;
      const itemNs = f.item.ns ?? ns;
      let decl = ns === scope ? '' : ` xmlns="${escapeAttr(ns, this.fail)}"`;
      if (f.item.encoded && this.encoding !== undefined) decl += this.arrayAttrs(f, arr.length);
      this.out += `<${f.key}${decl}>`;
      for (let i = 0; i < arr.length; i++) {
        path.push(i);
        if (!plain && f.list && arr[i] !== null) this.element(itemName, itemNs, ns, 'string', this.listText(f.type, arr[i]));
        else this.element(itemName, itemNs, ns, f.type, arr[i], xsd);
        path.pop();
      }
      this.out += `</${f.key}>`;
      return;
    }
    for (let i = 0; i < arr.length; i++) {
      path.push(i);
      if (plain) this.element(f.key, ns, scope, f.type, arr[i], xsd);
      else this.one(f, ns, scope, arr[i], xsd);
      path.pop();
    }
  }

  /**
   * One occurrence of a field's element. When the element heads a substitution group, a value
   * whose `$type` is a member's type is written as that member element (no `xsi:type`); one whose
   * `$type` derives from a member's type, as that member with `xsi:type`.
   */
  private one(f: FieldDesc, ns: string, scope: string, v: unknown, xsd: string | undefined): void {
    const subs = f.subs;
    const tag = subs !== undefined && typeof v === 'object' && v !== null && hasOwn.call(v, '$type') ? (v as Record<string, unknown>).$type : undefined;
    if (typeof tag === 'string') {
      const exact = subs!.find((s) => s.type.tag === tag);
      if (exact) {
        this.element(exact.name, exact.ns ?? ns, scope, exact.type, { ...(v as object), $type: undefined }, xsd);
        return;
      }
      const base = subs!.find((s) => subtypeByTag(s.type, tag) !== undefined);
      if (base) {
        this.element(base.name, base.ns ?? ns, scope, base.type, v, xsd);
        return;
      }
    }
    if (f.list && v !== null) this.element(f.key, ns, scope, 'string', this.listText(f.type, v));
    else this.element(f.key, ns, scope, f.type, v, xsd);
  }

  /** SOAP encoding: the `xsi:type` attribute of a scalar or enumeration value (see `FieldDesc.xsd`). */
  private scalarType(desc: ValueDesc, xsd: string | undefined): string {
    if (xsd === undefined || (typeof desc !== 'string' && desc.kind !== 'enum')) return '';
    const q = this.qname(xsd, 'xe');
    return ` xsi:type="${q.name}"${q.decl}`;
  }

  /** A `FieldDesc.xsd` value as a prefixed name: `xsd:` for built-ins, else `prefix` declared here. */
  private qname(xsd: string, prefix: string): { name: string; decl: string } {
    if (!xsd.startsWith('{')) return { name: `xsd:${xsd}`, decl: '' };
    const end = xsd.indexOf('}');
    return this.prefixed(xsd.slice(1, end), xsd.slice(end + 1), prefix);
  }

  /** A QName value (`xsi:type`, array types): `prefix:local` with `prefix` declared for `ns`. */
  private prefixed(ns: string, local: string, prefix: string): { name: string; decl: string } {
    return ns ? { name: `${prefix}:${local}`, decl: ` xmlns:${prefix}="${escapeAttr(ns, this.fail)}"` } : { name: local, decl: '' };
  }

  /**
   * The array-type attributes of a SOAP-ENC array of `n` items: SOAP 1.1 `soapenc:arrayType`
   * (`xsd:int[3]`, with `xsi:type="soapenc:Array"`), SOAP 1.2 `enc:itemType` and `enc:arraySize`.
   */
  private arrayAttrs(f: FieldDesc, n: number): string {
    const t = f.type;
    let item = 'xsd:anyType';
    let decl = '';
    if (typeof t === 'string' || t.kind === 'enum') {
      ({ name: item, decl } = this.qname(f.xsd ?? (typeof t === 'string' && t !== 'anyType' ? t : 'string'), 'xi'));
    } else if (t.kind === 'complex' && !t.anonymous) {
      ({ name: item, decl } = this.prefixed(t.namespace ?? '', t.name, 'xi'));
    }
    if (this.encoding === 'soap12') return `${decl} xmlns:enc="${SOAP12_ENC}" enc:itemType="${item}" enc:arraySize="${n}"`;
    return `${decl} xmlns:soapenc="${SOAP11_ENC}" xsi:type="soapenc:Array" soapenc:arrayType="${item}[${n}]"`;
  }

  private map(name: string, decl: string, ns: string, valueDesc: ValueDesc, value: unknown): void {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) this.fail('expected an object');
    this.out += `<${name}${decl}>`;
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (v === undefined) continue;
      this.path.push(k);
      if (!/^[A-Za-z_][\w.-]*$/.test(k)) this.fail(`key ${JSON.stringify(k)} is not an XML name`);
      this.element(k, ns, ns, valueDesc, v);
      this.path.pop();
    }
    this.out += `</${name}>`;
  }
}

/** `request.ChatRequest[1].UserName` from path segments. */
export function formatPath(segments: readonly (string | number)[]): string {
  let s = '';
  for (const p of segments) {
    if (typeof p === 'number') s += `[${p}]`;
    else s += s === '' ? p : `.${p}`;
  }
  return s;
}
