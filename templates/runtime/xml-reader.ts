/**
 * The schema-driven XML reader: reads a response straight into typed objects by walking the
 * descriptors (schema.ts), on top of the hand-written scanner of xml-scan.ts, with no generic
 * document tree in between. Child elements are matched to fields by (local name, namespace);
 * namespace prefixes are resolved through the `xmlns` declarations in scope; CDATA sections,
 * comments, processing instructions, the five predefined entities and character references are
 * understood. A DOCTYPE is always refused, so no entity expansion or external entity can ever
 * happen. Malformed or truncated XML, bad scalar text and missing required elements raise a
 * `ResponseError` naming the element path. Unknown elements are skipped, or kept as raw XML under
 * a type's `openKey`.
 */

import { fromBase64, fromHex, DECIMAL_RE, INTEGER_RE } from './codec.js';
import { subtypeByName, type FieldDesc, type ScalarKind, type SubstituteDesc, type TypeDesc, type ValueDesc } from './schema.js';
import { isSpace, SOAP12_ENC, XmlScanner, XSI_NS, type Opened } from './xml-scan.js';

export type { Opened } from './xml-scan.js';


/** Where a multi-reference target (an element with an id) starts, and the bindings in scope there. */
interface RefTarget {
  readonly pos: number;
  readonly bindings: readonly (readonly [string, string])[];
}

/** Nesting limit of multi-reference chains (a reference cycle is refused before it). */
const MAX_REF_DEPTH = 64;
const FLOAT_RE = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

interface ReadPlan {
  readonly attrs: readonly FieldDesc[];
  readonly elems: readonly FieldDesc[];
  readonly text: FieldDesc | undefined;
  readonly byName: ReadonlyMap<string, readonly number[]>;
  /** Keys that are also `Object.prototype` members. */
  readonly guarded: ReadonlySet<string>;
  /** Per element field (same index as `elems`): its key is in `guarded`. */
  readonly guardedAt: readonly boolean[];
  /** Per element field (same index as `elems`): an `xs:list` value. */
  readonly listAt: readonly boolean[];
  /** The type has subtypes: an `xsi:type` may select one (see `complex`). */
  readonly poly: boolean;
  /** Substitution-group members by local name, with the index of the field they stand for. */
  readonly subs: ReadonlyMap<string, readonly { readonly k: number; readonly s: SubstituteDesc }[]> | undefined;
}

const plans = new WeakMap<TypeDesc, ReadPlan>();

function planOf(t: TypeDesc): ReadPlan {
  let p = plans.get(t);
  if (!p) {
    const attrs: FieldDesc[] = [];
    const elems: FieldDesc[] = [];
    let text: FieldDesc | undefined;
    const byName = new Map<string, number[]>();
    const guarded = new Set<string>();
    for (const f of t.fields) {
      if (f.key in Object.prototype) guarded.add(f.key);
      if (f.node === 'attribute') attrs.push(f);
      else if (f.node === 'text') text = f;
      else {
        const list = byName.get(f.key) ?? [];
        list.push(elems.length);
        byName.set(f.key, list);
        elems.push(f);
      }
    }
    if (t.openKey !== undefined && t.openKey in Object.prototype) guarded.add(t.openKey);
    let subs: Map<string, { k: number; s: SubstituteDesc }[]> | undefined;
    elems.forEach((f, k) => {
      for (const s of f.subs ?? []) {
        subs ??= new Map();
        subs.set(s.name, [...(subs.get(s.name) ?? []), { k, s }]);
      }
    });
    p = { attrs, elems, text, byName, guarded, guardedAt: elems.map((f) => guarded.has(f.key)), listAt: elems.map((f) => f.list === true), subs, poly: t.subtypes !== undefined };
    plans.set(t, p);
  }
  return p;
}

const hasOwn = Object.prototype.hasOwnProperty;

/** Sets `obj[key]` as an own data property, also for keys such as `__proto__`. */
function put(obj: Record<string, unknown>, key: string, value: unknown, guarded: ReadonlySet<string>): void {
  if (guarded.size !== 0 && guarded.has(key)) {
    Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
  } else obj[key] = value;
}

function own(obj: Record<string, unknown>, key: string, guarded: ReadonlySet<string>): unknown {
  if (guarded.size !== 0 && guarded.has(key)) return hasOwn.call(obj, key) ? obj[key] : undefined;
  return obj[key];
}

/** Scanner and schema-driven reader over one XML document. */

/** Schema-driven reader: reads opened elements as values of their descriptors. */
export class XmlReader extends XmlScanner {
  /**
   * SOAP encoding (SOAP 1.1 §5.4.1, SOAP 1.2 Part 2 §3.1.5): an element with `href="#id"` (SOAP
   * 1.1) or `enc:ref="id"` (SOAP 1.2) stands for the element carrying that id, wherever it is in
   * the document (multi-reference values, as .NET and Axis write them).
   */
  multiRef = false;
  private targets: Map<string, RefTarget> | undefined;
  /** Ids being resolved (a reference cycle cannot be a tree value). */
  private resolving: string[] = [];

  /** Reads an opened element as a value of `desc` (`null` for `xsi:nil`); consumes the element. */
  value(o: Opened, desc: ValueDesc): unknown {
    if (this.attrN !== 0 && this.isNil()) {
      this.skip(o);
      return null;
    }
    const ref = this.reference(o);
    if (ref !== undefined) return this.deref(ref, (r, t) => r.value(t, desc));
    if (typeof desc === 'string') {
      if (!o.empty) {
        if (desc === 'int') {
          const n = this.fastInt(o);
          if (n !== undefined) return n;
        } else if (desc !== 'anyType') {
          const t = this.leafText(o);
          if (t !== undefined) return this.scalar(desc, t);
        }
      }
      return this.scalar(desc, this.text(o, desc === 'anyType'));
    }
    switch (desc.kind) {
      case 'enum':
        return this.text(o).trim();
      case 'xml':
        return this.inner(o);
      case 'map':
        return this.map(o, desc.value);
      case 'complex':
        return this.complex(o, desc);
    }
  }

  /**
   * When opened element `o` is a multi-reference (only read so in SOAP encoding), consumes it and
   * returns the id it points to.
   */
  private reference(o: Opened): string | undefined {
    if (!this.multiRef || this.attrN === 0) return undefined;
    const h = this.attr('href', '')?.trim();
    const id = h !== undefined && h.startsWith('#') ? h.slice(1) : this.attr('ref', SOAP12_ENC)?.trim();
    if (id !== undefined) this.skip(o);
    return id;
  }

  /** Reads the element a multi-reference id names with `read`. */
  private deref<T>(id: string, read: (r: XmlReader, target: Opened) => T): T {
    this.targets ??= this.indexTargets();
    const target = this.targets.get(id);
    if (!target) throw this.error(`multi-reference #${id} names no element`);
    if (this.resolving.includes(id) || this.resolving.length >= MAX_REF_DEPTH) throw this.error(`multi-reference #${id} is cyclic or nested too deeply`);
    const sub = new XmlReader(this.src);
    sub.multiRef = true;
    sub.targets = this.targets;
    sub.resolving = [...this.resolving, id];
    sub.path.push(...this.path);
    sub.seek(target.pos, target.bindings);
    return read(sub, sub.open());
  }

  /** Every element carrying an `id` (SOAP 1.1) or `enc:id` (SOAP 1.2), by id. */
  private indexTargets(): Map<string, RefTarget> {
    const out = new Map<string, RefTarget>();
    const s = new XmlScanner(this.src);
    s.prolog();
    const stack: Opened[] = [];
    let c: Opened | undefined = s.open();
    for (;;) {
      if (c) {
        const id = s.attr('id', '') ?? s.attr('id', SOAP12_ENC);
        if (id !== undefined && !out.has(id.trim())) out.set(id.trim(), { pos: c.start, bindings: s.bindings() });
        stack.push(c);
        c = s.first(c);
      } else {
        stack.pop();
        if (stack.length === 0) break;
        c = s.next(stack[stack.length - 1]);
      }
    }
    return out;
  }

  /**
   * The type a record of declared type `t` (one with subtypes) is read as: the subtype its
   * `xsi:type` names, else `t` (also for an `xsi:type` the spec does not describe).
   */
  private xsiSubtype(t: TypeDesc): TypeDesc {
    const xt = this.attrN !== 0 ? this.attr('type', XSI_NS) : undefined;
    if (xt === undefined) return t;
    const q = xt.trim();
    const colon = q.indexOf(':');
    const ns = this.namespaceOf(colon < 0 ? '' : q.slice(0, colon));
    return (ns !== undefined && subtypeByName(t, ns, q.slice(colon + 1))) || t;
  }


  /**
   * Reads `[ws][-+]digits[ws]</name>` straight from the source without making a string; returns
   * `undefined` (reader position unchanged) when the content has another shape.
   */
  private fastInt(o: Opened): number | undefined {
    const s = this.src;
    let i = this.pos;
    let c = s.charCodeAt(i);
    while (isSpace(c)) c = s.charCodeAt(++i);
    let neg = false;
    if (c === 45 || c === 43) {
      neg = c === 45;
      c = s.charCodeAt(++i);
    }
    const d0 = i;
    let n = 0;
    while (c >= 48 && c <= 57) {
      n = n * 10 + (c - 48);
      c = s.charCodeAt(++i);
    }
    if (i === d0 || i - d0 > 15) return undefined;
    while (isSpace(c)) c = s.charCodeAt(++i);
    if (c !== 60 || s.charCodeAt(i + 1) !== 47) return undefined;
    this.pos = i;
    this.close(o);
    return neg ? -n : n;
  }

  /**
   * Text of an opened element whose content is character data only, up to its end tag (read);
   * `undefined` (reader position unchanged) when markup comes first.
   */
  private leafText(o: Opened): string | undefined {
    const s = this.src;
    const p = this.pos;
    const lt = s.indexOf('<', p);
    if (lt < 0 || s.charCodeAt(lt + 1) !== 47) return undefined;
    const v = lt === p ? '' : this.segment(p, lt);
    this.pos = lt;
    this.close(o);
    return v;
  }

  /** Converts scalar text to its result form. */
  scalar(kind: ScalarKind, text: string): unknown {
    switch (kind) {
      case 'string':
      case 'anyType':
        return text;
      case 'int':
      case 'float':
      case 'double': {
        const t = text.trim();
        if (kind === 'int' ? INTEGER_RE.test(t) : FLOAT_RE.test(t)) return Number(t);
        if (kind !== 'int') {
          if (t === 'INF' || t === '+INF') return Infinity;
          if (t === '-INF') return -Infinity;
          if (t === 'NaN') return NaN;
        }
        throw this.error(`invalid ${kind} ${JSON.stringify(t.slice(0, 40))}`);
      }
      case 'boolean': {
        const t = text.trim();
        if (t === 'true' || t === '1') return true;
        if (t === 'false' || t === '0') return false;
        throw this.error(`invalid boolean ${JSON.stringify(t.slice(0, 40))}`);
      }
      case 'long':
      case 'decimal': {
        const t = text.trim();
        if ((kind === 'long' ? INTEGER_RE : DECIMAL_RE).test(t)) return t;
        throw this.error(`invalid ${kind} ${JSON.stringify(t.slice(0, 40))}`);
      }
      case 'base64Binary':
      case 'hexBinary': {
        const b = kind === 'base64Binary' ? fromBase64(text) : fromHex(text);
        if (b) return b;
        throw this.error(`invalid ${kind}`);
      }
      default:
        return text.trim();
    }
  }

  private map(o: Opened, valueDesc: ValueDesc): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const all = new Set<string>(['__proto__']);
    for (let c = this.first(o); c; c = this.next(o)) {
      const k = this.localName(c);
      this.path.push(k);
      put(out, k, this.value(c, valueDesc), all);
      this.path.pop();
    }
    return out;
  }

  /**
   * Reads an opened element as a record of type `t`. Where `t` has subtypes, the element's
   * `xsi:type` selects the type read, and `$type` says which it was.
   */
  complex(o: Opened, t: TypeDesc): Record<string, unknown> {
    const plan = planOf(t);
    if (!plan.poly) return this.record(o, t, plan);
    const actual = this.xsiSubtype(t);
    const obj = this.record(o, actual, actual === t ? plan : planOf(actual));
    if (actual.tag !== undefined) obj.$type = actual.tag;
    return obj;
  }

  /** Reads an opened element as a record of exactly type `t` (`plan`: its read plan). */
  private record(o: Opened, t: TypeDesc, plan: ReadPlan): Record<string, unknown> {
    const obj: Record<string, unknown> = {};
    const g = plan.guarded;
    if (plan.attrs.length !== 0 && this.attrN !== 0) {
      for (const f of plan.attrs) {
        // Exact namespace match: an unqualified attribute is in no namespace (never `xsi:type`).
        const v = this.attr(f.key, f.ns ?? '');
        if (v === undefined) continue;
        this.path.push(`@${f.key}`);
        put(obj, f.key, f.list ? this.list(f.type, v) : this.simple(f.type, v), g);
        this.path.pop();
      }
    }
    if (plan.text) {
      this.path.push(plan.text.key);
      const text = this.text(o);
      put(obj, plan.text.key, plan.text.list ? this.list(plan.text.type, text) : this.simple(plan.text.type, text), g);
      this.path.pop();
    } else {
      const elems = plan.elems;
      const guardedAt = plan.guardedAt;
      // Fields read so far (bit k for the k-th of the first 31), so that absent fields are found
      // without looking keys up again.
      let seen = 0;
      let hint = 0;
      for (let c = this.first(o); c; c = this.next(o)) {
        const k = this.match(plan, hint, c, o.ns);
        if (k < 0) {
          if (plan.subs !== undefined && this.substitute(obj, plan, c, o.ns)) continue;
          if (t.openKey === undefined) this.skip(c);
          else this.keep(obj, t.openKey, c, g);
          continue;
        }
        hint = k;
        if (k < 31) seen |= 1 << k;
        const f = elems[k];
        this.path.push(f.key);
        if (!f.array) {
          const v = plan.listAt[k] ? this.listElement(c, f.type) : this.value(c, f.type);
          if (guardedAt[k]) put(obj, f.key, v, g);
          else obj[f.key] = v;
        } else if (f.item) put(obj, f.key, this.wrapped(c, f, f.item.encoded === true), g);
        else {
          const arr = own(obj, f.key, g) as unknown[] | undefined;
          const v = plan.listAt[k] ? this.listElement(c, f.type) : this.value(c, f.type);
          if (arr) arr.push(v);
          else put(obj, f.key, [v], g);
        }
        this.path.pop();
      }
      this.complete(obj, plan, g, seen);
      return obj;
    }
    this.complete(obj, plan, g, 0);
    return obj;
  }

  /**
   * Applies absent-field rules: unwrapped arrays become `[]`, missing required elements fail.
   * `seen`: bit k set when the k-th element field (k < 31) was read.
   */
  private complete(obj: Record<string, unknown>, plan: ReadPlan, g: ReadonlySet<string>, seen: number): void {
    const elems = plan.elems;
    for (let k = 0; k < elems.length; k++) {
      const f = elems[k];
      if ((k < 31 && (seen & (1 << k)) !== 0) || own(obj, f.key, g) !== undefined) continue;
      if (f.array) {
        if (!f.item) put(obj, f.key, [], g);
      } else if (!f.optional) {
        throw this.error(`missing required element ${f.key}`);
      }
    }
  }

  private keep(obj: Record<string, unknown>, key: string, c: Opened, g: ReadonlySet<string>): void {
    this.skip(c);
    const raw = this.src.slice(c.start, this.pos);
    const list = own(obj, key, g) as string[] | undefined;
    if (list) list.push(raw);
    else put(obj, key, [raw], g);
  }

  /**
   * Reads child `c` when it is a member of a substitution group headed by a field: as the
   * member's type, with `$type` set, into that field. False when `c` is no member.
   */
  private substitute(obj: Record<string, unknown>, plan: ReadPlan, c: Opened, parentNs: string): boolean {
    const cands = plan.subs!.get(this.localName(c));
    const hit = cands?.find(({ k, s }) => (s.ns ?? plan.elems[k].ns ?? parentNs) === c.ns);
    if (!hit) return false;
    const f = plan.elems[hit.k];
    const g = plan.guarded;
    this.path.push(hit.s.name);
    const v = this.value(c, hit.s.type);
    // The member's type, unless an xsi:type on the member named a type derived from it.
    if (v !== null && typeof v === 'object' && hit.s.type.tag !== undefined) (v as Record<string, unknown>).$type ??= hit.s.type.tag;
    if (!f.array) put(obj, f.key, v, g);
    else {
      const arr = own(obj, f.key, g) as unknown[] | undefined;
      if (arr) arr.push(v);
      else put(obj, f.key, [v], g);
    }
    this.path.pop();
    return true;
  }

  /** Index of the field matching child `c` (by local name and namespace), or -1. */
  private match(plan: ReadPlan, hint: number, c: Opened, parentNs: string): number {
    const elems = plan.elems;
    const n = c.qe - c.ls;
    const s = this.src;
    const end = hint + 2 < elems.length ? hint + 2 : elems.length;
    for (let k = hint; k < end; k++) {
      const f = elems[k];
      const key = f.key;
      if (key.length !== n || (f.ns ?? parentNs) !== c.ns) continue;
      let i = 0;
      while (i < n && key.charCodeAt(i) === s.charCodeAt(c.ls + i)) i++;
      if (i === n) return k;
    }
    const cands = plan.byName.get(s.slice(c.ls, c.qe));
    if (cands) for (const k of cands) if ((elems[k].ns ?? parentNs) === c.ns) return k;
    return -1;
  }

  /**
   * Reads an opened wrapper element of an array field: its `item.name` children (any child when
   * `anyName`), in order; `null` when the wrapper is nil.
   */
  wrapped(o: Opened, f: FieldDesc, anyName: boolean): unknown[] | null {
    if (this.attrN !== 0 && this.isNil()) {
      this.skip(o);
      return null;
    }
    const ref = this.reference(o);
    if (ref !== undefined) return this.deref(ref, (r, t) => r.wrapped(t, f, anyName));
    const out: unknown[] = [];
    const item = f.item;
    const itemNs = item?.ns ?? o.ns;
    for (let c = this.first(o); c; c = this.next(o)) {
      if (anyName || !item || (this.isNamed(c, item.name) && c.ns === itemNs)) out.push(f.list ? this.listElement(c, f.type) : this.value(c, f.type));
      else this.skip(c);
    }
    return out;
  }

  /** An element holding an `xs:list` value: its items (`null` for `xsi:nil`). */
  private listElement(o: Opened, item: ValueDesc): unknown[] | null {
    if (this.attrN !== 0 && this.isNil()) {
      this.skip(o);
      return null;
    }
    return this.list(item, this.text(o));
  }

  /** The items of `xs:list` text (whitespace-separated), each converted by `item`. */
  private list(item: ValueDesc, text: string): unknown[] {
    const out: unknown[] = [];
    for (const t of text.split(/[ \t\r\n]+/)) if (t !== '') out.push(this.simple(item, t));
    return out;
  }

  /** Converts attribute or simple-content text by a scalar or enum descriptor. */
  private simple(desc: ValueDesc, text: string): unknown {
    if (typeof desc === 'string') return this.scalar(desc, text);
    if (desc.kind === 'enum') return text.trim();
    throw this.error('attribute or text content must have a simple type');
  }
}
