/**
 * The schema-driven XML reader: reads a response straight into typed objects by walking the
 * descriptors (schema.ts), with a hand-written scanner over the response text and no generic
 * document tree in between. Child elements are matched to fields by (local name, namespace);
 * namespace prefixes are resolved through the `xmlns` declarations in scope; CDATA sections,
 * comments, processing instructions, the five predefined entities and character references are
 * understood. A DOCTYPE is always refused, so no entity expansion or external entity can ever
 * happen. Malformed or truncated XML, bad scalar text and missing required elements raise a
 * `ResponseError` naming the element path. Unknown elements are skipped, or kept as raw XML under
 * a type's `openKey`.
 */

import { fromBase64, fromHex, DECIMAL_RE, INTEGER_RE } from './codec.js';
import { ResponseError } from './errors.js';
import type { FieldDesc, ScalarKind, TypeDesc, ValueDesc } from './schema.js';

const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
const FLOAT_RE = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A start tag that has been read; the element's content follows at the reader position. */
export interface Opened {
  /** Qualified name range in the source. */
  readonly qs: number;
  readonly qe: number;
  /** Start of the local name. */
  readonly ls: number;
  /** Resolved namespace URI (`''` = none). */
  readonly ns: string;
  /** `<x/>`. */
  readonly empty: boolean;
  /** Namespace bindings in scope before this element. */
  readonly mark: number;
  /** Offset of the `<` of the start tag. */
  readonly start: number;
}

interface ReadPlan {
  readonly attrs: readonly FieldDesc[];
  readonly elems: readonly FieldDesc[];
  readonly text: FieldDesc | undefined;
  readonly byName: ReadonlyMap<string, readonly number[]>;
  /** Keys that are also `Object.prototype` members. */
  readonly guarded: ReadonlySet<string>;
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
    p = { attrs, elems, text, byName, guarded };
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
export class XmlReader {
  pos = 0;
  private readonly len: number;
  private nextAmp = -1;
  private nextCr = -1;
  private readonly nsPrefix: string[] = ['xml', ''];
  private readonly nsUri: string[] = [XML_NS, ''];
  /** Attribute ranges of the last start tag: nameStart, nameEnd, colon, valueStart, valueEnd. */
  private readonly attrs: number[] = [];
  private attrN = 0;
  private readonly skipStack: number[] = [];
  /** Element path for messages. */
  readonly path: string[] = [];

  constructor(readonly src: string) {
    this.len = src.length;
  }

  /** A `ResponseError` naming the current element path. */
  error(message: string): ResponseError {
    const at = this.path.length ? ` at ${this.path.join('/')}` : '';
    return new ResponseError(`${message}${at}`, this.src);
  }

  private truncated(): ResponseError {
    return this.error('truncated XML: unexpected end of input');
  }

  /** Skips the XML declaration, comments, PIs and whitespace up to the root element; refuses DOCTYPE. */
  prolog(): void {
    const s = this.src;
    let i = s.charCodeAt(0) === 0xfeff ? 1 : 0;
    for (;;) {
      while (i < this.len && isSpace(s.charCodeAt(i))) i++;
      if (i >= this.len) throw this.error('not XML: no root element');
      if (s.charCodeAt(i) !== 60) throw this.error('not XML: text before the root element');
      if (s.startsWith('<?', i)) {
        const e = s.indexOf('?>', i + 2);
        if (e < 0) throw this.truncated();
        i = e + 2;
      } else if (s.startsWith('<!--', i)) {
        const e = s.indexOf('-->', i + 4);
        if (e < 0) throw this.truncated();
        i = e + 3;
      } else if (s.startsWith('<!', i)) {
        throw this.error(s.startsWith('<!DOCTYPE', i) ? 'DOCTYPE is not allowed in responses' : 'not XML: markup declaration before the root element');
      } else break;
    }
    this.pos = i;
  }

  /** Reads the start tag at the reader position (which must be `<name`). */
  open(): Opened {
    const s = this.src;
    const start = this.pos;
    let i = start + 1;
    const qs = i;
    let colon = -1;
    for (;;) {
      const c = s.charCodeAt(i);
      if (c === 32 || c === 62 || c === 47 || c === 10 || c === 9 || c === 13) break;
      if (c !== c) throw this.truncated();
      if (c === 58 && colon < 0) colon = i;
      else if (c === 60 || c === 61 || c === 34 || c === 39) throw this.error('malformed XML: bad element name');
      i++;
    }
    const qe = i;
    if (qe === qs) throw this.error('malformed XML: empty element name');
    const mark = this.nsPrefix.length;
    this.attrN = 0;
    let empty = false;
    for (;;) {
      let c = s.charCodeAt(i);
      while (c === 32 || c === 10 || c === 9 || c === 13) c = s.charCodeAt(++i);
      if (c === 62) {
        i++;
        break;
      }
      if (c === 47) {
        if (s.charCodeAt(i + 1) !== 62) throw i + 1 >= this.len ? this.truncated() : this.error('malformed XML: expected />');
        empty = true;
        i += 2;
        break;
      }
      if (c !== c) throw this.truncated();
      i = this.attribute(i);
    }
    this.pos = i;
    const ns = this.resolve(qs, colon < 0 ? qs : colon, colon >= 0);
    return { qs, qe, ls: colon < 0 ? qs : colon + 1, ns, empty, mark, start };
  }

  /** Reads one attribute starting at `i`; returns the offset after it. */
  private attribute(i: number): number {
    const s = this.src;
    const ns = i;
    let colon = -1;
    let c = s.charCodeAt(i);
    while (c !== 61 && c !== 32 && c !== 10 && c !== 9 && c !== 13) {
      if (c !== c) throw this.truncated();
      if (c === 62 || c === 47 || c === 60) throw this.error('malformed XML: attribute without value');
      if (c === 58 && colon < 0) colon = i;
      c = s.charCodeAt(++i);
    }
    const ne = i;
    while (isSpace(c)) c = s.charCodeAt(++i);
    if (c !== 61) throw c !== c ? this.truncated() : this.error('malformed XML: expected = after attribute name');
    c = s.charCodeAt(++i);
    while (isSpace(c)) c = s.charCodeAt(++i);
    if (c !== 34 && c !== 39) throw c !== c ? this.truncated() : this.error('malformed XML: attribute value not quoted');
    const vs = i + 1;
    const ve = s.indexOf(c === 34 ? '"' : "'", vs);
    if (ve < 0) throw this.truncated();
    if (ne - ns === 5 && s.startsWith('xmlns', ns)) {
      this.nsPrefix.push('');
      this.nsUri.push(this.attrText(vs, ve));
    } else if (colon === ns + 5 && s.startsWith('xmlns', ns)) {
      this.nsPrefix.push(s.slice(colon + 1, ne));
      this.nsUri.push(this.attrText(vs, ve));
    } else {
      const a = this.attrs;
      const k = this.attrN++ * 5;
      a[k] = ns;
      a[k + 1] = ne;
      a[k + 2] = colon;
      a[k + 3] = vs;
      a[k + 4] = ve;
    }
    return ve + 1;
  }

  /** The namespace bound to the prefix in `[ps, pe)` (`prefixed` false: the default namespace). */
  private resolve(ps: number, pe: number, prefixed: boolean): string {
    const n = pe - ps;
    const pre = this.nsPrefix;
    for (let k = pre.length - 1; k >= 0; k--) {
      const p = pre[k];
      if (p.length === n && (n === 0 || this.src.startsWith(p, ps))) return this.nsUri[k];
    }
    if (!prefixed) return '';
    throw this.error(`unbound namespace prefix ${this.src.slice(ps, pe)}`);
  }

  private attrText(vs: number, ve: number): string {
    let v = this.src.slice(vs, ve);
    if (v.indexOf('<') >= 0) throw this.error('malformed XML: < in attribute value');
    if (/[\t\n\r]/.test(v)) v = v.replace(/\r\n?|[\t\n]/g, ' ');
    return v.indexOf('&') >= 0 ? this.decode(v) : v;
  }

  /** Value of the attribute of the last start tag with this local name (and namespace, if given). */
  attr(local: string, ns?: string): string | undefined {
    const a = this.attrs;
    const s = this.src;
    for (let k = 0; k < this.attrN * 5; k += 5) {
      const colon = a[k + 2];
      const ls = colon < 0 ? a[k] : colon + 1;
      if (a[k + 1] - ls !== local.length || !s.startsWith(local, ls)) continue;
      const ans = colon < 0 ? '' : this.resolve(a[k], colon, true);
      if (ns !== undefined ? ans !== ns : false) continue;
      return this.attrText(a[k + 3], a[k + 4]);
    }
    return undefined;
  }

  /** True when the last start tag has `xsi:nil="true"` (any prefix bound to the XSI namespace). */
  private isNil(): boolean {
    if (this.attrN === 0) return false;
    const v = this.attr('nil', XSI_NS);
    return v !== undefined && (v.trim() === 'true' || v.trim() === '1');
  }

  /** True when the opened element's local name is `name`. */
  isNamed(o: Opened, name: string): boolean {
    return o.qe - o.ls === name.length && this.src.startsWith(name, o.ls);
  }

  /** The opened element's local name. */
  localName(o: Opened): string {
    return this.src.slice(o.ls, o.qe);
  }

  /** Decodes entity and character references in `s`. */
  private decode(s: string): string {
    let out = '';
    let last = 0;
    let amp = s.indexOf('&');
    while (amp >= 0) {
      const semi = s.indexOf(';', amp + 1);
      if (semi < 0 || semi - amp > 12) throw this.error('malformed XML: bad entity reference');
      out += s.slice(last, amp) + this.entity(s.slice(amp + 1, semi));
      last = semi + 1;
      amp = s.indexOf('&', last);
    }
    return out + s.slice(last);
  }

  private entity(name: string): string {
    switch (name) {
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'amp':
        return '&';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
    }
    if (name.charCodeAt(0) === 35) {
      const hex = name.charCodeAt(1) === 120;
      const digits = name.slice(hex ? 2 : 1);
      const cp = digits && (hex ? /^[0-9a-fA-F]+$/ : /^\d+$/).test(digits) ? parseInt(digits, hex ? 16 : 10) : -1;
      if (cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff)) return String.fromCodePoint(cp);
      throw this.error(`malformed XML: bad character reference &${name};`);
    }
    throw this.error(`undefined entity &${name};`);
  }

  /** Text of `[a, b)` with line ends normalized and references decoded. */
  private segment(a: number, b: number): string {
    const s = this.src;
    let v = s.slice(a, b);
    if (this.nextCr < a) {
      this.nextCr = s.indexOf('\r', a);
      if (this.nextCr < 0) this.nextCr = this.len;
    }
    if (this.nextCr < b) v = v.replace(/\r\n?/g, '\n');
    if (this.nextAmp < a) {
      this.nextAmp = s.indexOf('&', a);
      if (this.nextAmp < 0) this.nextAmp = this.len;
    }
    if (this.nextAmp < b) v = this.decode(v);
    return v;
  }

  /** Skips a comment, CDATA section, PI or refuses a declaration at `lt`; returns the offset after it. */
  private special(lt: number, c1: number): number {
    const s = this.src;
    if (c1 === 63) {
      const e = s.indexOf('?>', lt + 2);
      if (e < 0) throw this.truncated();
      return e + 2;
    }
    if (s.startsWith('<!--', lt)) {
      const e = s.indexOf('-->', lt + 4);
      if (e < 0) throw this.truncated();
      return e + 3;
    }
    if (s.startsWith('<![CDATA[', lt)) {
      const e = s.indexOf(']]>', lt + 9);
      if (e < 0) throw this.truncated();
      return e + 3;
    }
    throw this.error(s.startsWith('<!DOCTYPE', lt) ? 'DOCTYPE is not allowed in responses' : 'malformed XML: unexpected <!');
  }

  /** Reads the end tag at the reader position, which must close `o`. */
  private close(o: Opened): void {
    const s = this.src;
    let i = this.pos + 2;
    const n = o.qe - o.qs;
    for (let k = 0; k < n; k++) {
      if (s.charCodeAt(i + k) !== s.charCodeAt(o.qs + k)) {
        throw i + k >= this.len ? this.truncated() : this.error(`malformed XML: mismatched end tag, expected </${s.slice(o.qs, o.qe)}>`);
      }
    }
    i += n;
    let c = s.charCodeAt(i);
    while (isSpace(c)) c = s.charCodeAt(++i);
    if (c !== 62) throw c !== c ? this.truncated() : this.error(`malformed XML: mismatched end tag, expected </${s.slice(o.qs, o.qe)}>`);
    this.pos = i + 1;
    this.pop(o);
  }

  private pop(o: Opened): void {
    this.nsPrefix.length = o.mark;
    this.nsUri.length = o.mark;
  }

  /**
   * Moves to the next child element of `o` and opens it (returns it), or reads `o`'s end tag
   * (returns `undefined`). Text between children is ignored.
   */
  next(o: Opened): Opened | undefined {
    const s = this.src;
    for (;;) {
      const lt = s.indexOf('<', this.pos);
      if (lt < 0) throw this.truncated();
      const c1 = s.charCodeAt(lt + 1);
      if (c1 === 47) {
        this.pos = lt;
        this.close(o);
        return undefined;
      }
      if (c1 === 33 || c1 === 63) {
        this.pos = this.special(lt, c1);
        continue;
      }
      this.pos = lt;
      return this.open();
    }
  }

  /**
   * The first child element of an opened element (opened), or `undefined` after consuming an
   * element without children; loop with `for (let c = r.first(o); c; c = r.next(o))`, reading or
   * skipping each child before moving on.
   */
  first(o: Opened): Opened | undefined {
    if (o.empty) {
      this.pop(o);
      return undefined;
    }
    return this.next(o);
  }

  /** Skips the rest of an opened element (its content and end tag); returns the end tag offset. */
  skip(o: Opened): number {
    if (o.empty) {
      this.pop(o);
      return this.pos;
    }
    const s = this.src;
    // Open descendants as (name start, name end) pairs, to check their end tags.
    const open = this.skipStack;
    open.length = 0;
    for (;;) {
      const lt = s.indexOf('<', this.pos);
      if (lt < 0) throw this.truncated();
      const c1 = s.charCodeAt(lt + 1);
      if (c1 === 47) {
        if (open.length === 0) {
          this.pos = lt;
          this.close(o);
          return lt;
        }
        const qe = open.pop() as number;
        const qs = open.pop() as number;
        const n = qe - qs;
        const c = s.charCodeAt(lt + 2 + n);
        let same = c === 62 || isSpace(c);
        for (let k = 0; same && k < n; k++) same = s.charCodeAt(lt + 2 + k) === s.charCodeAt(qs + k);
        if (!same) {
          throw c !== c ? this.truncated() : this.error(`malformed XML: mismatched end tag, expected </${s.slice(qs, qe)}>`);
        }
        const gt = s.indexOf('>', lt);
        if (gt < 0) throw this.truncated();
        this.pos = gt + 1;
      } else if (c1 === 33 || c1 === 63) {
        this.pos = this.special(lt, c1);
      } else {
        let i = lt + 1;
        let qe = -1;
        for (;;) {
          const c = s.charCodeAt(i);
          if (c === 62) break;
          if (qe < 0 && (c === 47 || isSpace(c))) qe = i;
          if (c === 34 || c === 39) {
            i = s.indexOf(c === 34 ? '"' : "'", i + 1);
            if (i < 0) throw this.truncated();
          } else if (c !== c) throw this.truncated();
          i++;
        }
        if (s.charCodeAt(i - 1) !== 47) open.push(lt + 1, qe < 0 ? i : qe);
        this.pos = i + 1;
      }
    }
  }

  /** Inner XML of an opened element, as written; consumes the element. */
  inner(o: Opened): string {
    const from = this.pos;
    if (o.empty) {
      this.pop(o);
      return '';
    }
    return this.src.slice(from, this.skip(o));
  }

  /** Text content of an opened element (child elements skipped; `rawIfMixed`: inner XML instead). */
  text(o: Opened, rawIfMixed = false): string {
    if (o.empty) {
      this.pop(o);
      return '';
    }
    const s = this.src;
    const from = this.pos;
    let out = '';
    let child = false;
    for (;;) {
      const lt = s.indexOf('<', this.pos);
      if (lt < 0) throw this.truncated();
      if (lt > this.pos) out = out === '' ? this.segment(this.pos, lt) : out + this.segment(this.pos, lt);
      const c1 = s.charCodeAt(lt + 1);
      if (c1 === 47) {
        this.pos = lt;
        this.close(o);
        return child && rawIfMixed ? s.slice(from, lt) : out;
      }
      if (c1 === 33 && s.startsWith('<![CDATA[', lt)) {
        const e = s.indexOf(']]>', lt + 9);
        if (e < 0) throw this.truncated();
        const cd = s.slice(lt + 9, e);
        out += cd.indexOf('\r') >= 0 ? cd.replace(/\r\n?/g, '\n') : cd;
        this.pos = e + 3;
      } else if (c1 === 33 || c1 === 63) {
        this.pos = this.special(lt, c1);
      } else {
        child = true;
        this.pos = lt;
        this.skip(this.open());
      }
    }
  }

  /** Reads an opened element as a value of `desc` (`null` for `xsi:nil`); consumes the element. */
  value(o: Opened, desc: ValueDesc): unknown {
    if (this.attrN !== 0 && this.isNil()) {
      this.skip(o);
      return null;
    }
    if (typeof desc === 'string') {
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

  /** Reads an opened element as a record of type `t`. */
  complex(o: Opened, t: TypeDesc): Record<string, unknown> {
    const plan = planOf(t);
    const obj: Record<string, unknown> = {};
    const g = plan.guarded;
    if (plan.attrs.length !== 0 && this.attrN !== 0) {
      for (const f of plan.attrs) {
        const v = this.attr(f.key, f.ns || undefined);
        if (v === undefined) continue;
        this.path.push(`@${f.key}`);
        put(obj, f.key, this.simple(f.type, v), g);
        this.path.pop();
      }
    }
    if (plan.text) {
      this.path.push(plan.text.key);
      put(obj, plan.text.key, this.simple(plan.text.type, this.text(o)), g);
      this.path.pop();
    } else {
      const elems = plan.elems;
      let hint = 0;
      for (let c = this.first(o); c; c = this.next(o)) {
        const k = this.match(plan, hint, c, o.ns);
        if (k < 0) {
          if (t.openKey === undefined) this.skip(c);
          else this.keep(obj, t.openKey, c, g);
          continue;
        }
        hint = k;
        const f = elems[k];
        this.path.push(f.key);
        if (!f.array) put(obj, f.key, this.value(c, f.type), g);
        else if (f.item) put(obj, f.key, this.wrapped(c, f, false), g);
        else {
          const arr = own(obj, f.key, g) as unknown[] | undefined;
          const v = this.value(c, f.type);
          if (arr) arr.push(v);
          else put(obj, f.key, [v], g);
        }
        this.path.pop();
      }
    }
    this.complete(obj, plan, g);
    return obj;
  }

  /** Applies absent-field rules: unwrapped arrays become `[]`, missing required elements fail. */
  private complete(obj: Record<string, unknown>, plan: ReadPlan, g: ReadonlySet<string>): void {
    for (const f of plan.elems) {
      if (own(obj, f.key, g) !== undefined) continue;
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

  /** Index of the field matching child `c` (by local name and namespace), or -1. */
  private match(plan: ReadPlan, hint: number, c: Opened, parentNs: string): number {
    const elems = plan.elems;
    const n = c.qe - c.ls;
    const s = this.src;
    const end = Math.min(hint + 2, elems.length);
    for (let k = hint; k < end; k++) {
      const f = elems[k];
      if (f.key.length === n && s.startsWith(f.key, c.ls) && (f.ns ?? parentNs) === c.ns) return k;
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
    const out: unknown[] = [];
    const item = f.item;
    const itemNs = item?.ns ?? o.ns;
    for (let c = this.first(o); c; c = this.next(o)) {
      if (anyName || !item || (this.isNamed(c, item.name) && c.ns === itemNs)) out.push(this.value(c, f.type));
      else this.skip(c);
    }
    return out;
  }

  /** Converts attribute or simple-content text by a scalar or enum descriptor. */
  private simple(desc: ValueDesc, text: string): unknown {
    if (typeof desc === 'string') return this.scalar(desc, text);
    if (desc.kind === 'enum') return text.trim();
    throw this.error('attribute or text content must have a simple type');
  }
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}
