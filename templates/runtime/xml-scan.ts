/**
 * The XML scanner under the schema-driven reader: a hand-written, allocation-light tokenizer over
 * the response text (`indexOf`/`charCodeAt`, substrings only for values). It reads start tags and
 * their attributes (refusing duplicates), resolves namespace prefixes through a stack of the
 * `xmlns` declarations in scope (indexed by prefix, so a lookup costs the same however many are
 * in scope), checks end tags, decodes the five predefined entities and character references
 * (refusing references to characters XML 1.0 forbids), normalizes line ends, and skips comments,
 * processing instructions and unknown subtrees. It refuses any DOCTYPE (so entity expansion and
 * external entities can never happen) and elements nested deeper than `maxDepth` (a
 * `LimitError`), and reports malformed or truncated input as a `ResponseError` naming the
 * element path. Every operation is linear in the input.
 */

import { LimitError, ResponseError } from './errors.js';
import { DEFAULT_LIMITS } from './limits.js';

const XML_NS = 'http://www.w3.org/XML/1998/namespace';
/** Up to this many bindings in scope, a prefix is looked up by comparing in place (no index). */
const FEW_BINDINGS = 8;
/** The XML Schema instance namespace (`xsi:nil`, `xsi:type`). */
export const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
/** SOAP 1.1 encoding (SOAP 1.1 §5): `soapenc:arrayType`, `soapenc:root`. */
export const SOAP11_ENC = 'http://schemas.xmlsoap.org/soap/encoding/';
/** SOAP 1.2 encoding (SOAP 1.2 Part 2 §3): `enc:id`, `enc:ref`, `enc:itemType`, `enc:arraySize`. */
export const SOAP12_ENC = 'http://www.w3.org/2003/05/soap-encoding';

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

/**
 * The namespace bindings in scope at some point of a document, kept to read a subtree again later
 * (multi-reference targets, fault details): the bindings one element declared, and the scope
 * around that element. A chain is at most as long as the nesting, and scopes are shared, so
 * keeping one per target costs constant memory and time.
 */
export interface NsScope {
  readonly own: ReadonlyMap<string, string>;
  readonly parent: NsScope | undefined;
}

function lookup(scope: NsScope | undefined, prefix: string): string | undefined {
  for (let sc = scope; sc !== undefined; sc = sc.parent) {
    const u = sc.own.get(prefix);
    if (u !== undefined) return u;
  }
  return undefined;
}

/** Tokenizer over one XML document; `XmlReader` adds the schema-driven reading. */
export class XmlScanner {
  pos = 0;
  private readonly len: number;
  private nextAmp = -1;
  private nextCr = -1;
  /** Namespace bindings in scope: `nsPrefix[k]` → `nsUri[k]` for k < `nsTop` (entries above are stale). */
  private readonly nsPrefix: string[] = ['xml', ''];
  private readonly nsUri: string[] = [XML_NS, ''];
  private nsTop = 2;
  /** Per binding: the index of the binding of the same prefix it shadows (-1: none). */
  private readonly nsPrev: number[] = [-1, -1];
  /**
   * Prefix → index of its binding in scope: the lookup once many bindings are in scope, made the
   * first time more than `FEW_BINDINGS` are (a small document never pays for it), kept from then on.
   */
  private nsIndex: Map<string, number> | undefined;
  /** Per binding: where the bindings of the element that declared it start. */
  private readonly nsGroup: number[] = [0, 0];
  /** Per binding: a number no other binding of this scanner gets (slots are reused). */
  private readonly nsId: number[] = [0, 0];
  private nextId = 1;
  /** Per binding: the scope ending with it, once asked for, and the binding id it was made for. */
  private readonly scopes: (NsScope | undefined)[] = [];
  private readonly scopeIds: number[] = [];
  /** The scope around the subtree being read again (after `seek`). */
  private outer: NsScope | undefined;
  /** The mark of the start tag being read (its bindings form one group). */
  private tagMark = 2;
  /** Qualified-name ranges of every attribute of the last start tag, `xmlns` ones included. */
  private readonly names: number[] = [];
  /** Open elements (the one being read included). */
  protected depth = 0;
  /** Text is looked at segment by segment, not through the forward caches (see `segment`). */
  protected localText = false;
  /** Unbound prefixes resolve to no namespace instead of failing (checking fragments). */
  protected unboundOk = false;
  /** Attribute ranges of the last start tag: nameStart, nameEnd, colon, valueStart, valueEnd. */
  private readonly attrs: number[] = [];
  protected attrN = 0;
  private nameN = 0;
  private readonly skipStack: number[] = [];
  /** Element path for messages. */
  readonly path: string[] = [];
  /** The start tag read last: qualified name range, start of the local name, namespace. */
  protected tQs = 0;
  protected tQe = 0;
  protected tLs = 0;
  protected tNs = '';
  /** It is `<x/>`. */
  protected tEmpty = false;
  /** Namespace bindings in scope before it. */
  protected tMark = 0;
  /** Offset of its `<`. */
  protected tStart = 0;

  constructor(
    readonly src: string,
    readonly maxDepth: number = DEFAULT_LIMITS.maxDepth,
  ) {
    this.len = src.length;
  }

  /** A `ResponseError` naming the current element path. */
  error(message: string): ResponseError {
    const at = this.path.length ? ` at ${this.path.join('/')}` : '';
    return new ResponseError(`${message}${at}`, this.src);
  }

  /** The `LimitError` of an element nested deeper than `maxDepth`. */
  protected tooDeep(): LimitError {
    const at = this.path.length ? ` at ${this.path.join('/')}` : '';
    return new LimitError(`XML nested deeper than ${this.maxDepth} elements (maxDepth)${at}`, this.src, 'maxDepth', this.maxDepth);
  }

  protected truncated(): ResponseError {
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

  /**
   * `prolog` and `open` of the root element. A document that begins with the same text up to the
   * end of the root's start tag as the one read before (a service's responses share their XML
   * declaration and envelope start tag) gets the bindings that text declared without reading it
   * again: the same text always reads the same way.
   */
  openRoot(): Opened {
    const h = lastHead;
    const fresh = this.nsTop === 2 && this.depth === 0 && this.outer === undefined;
    if (h !== undefined && fresh && textAt(this.src, 0, h.text)) {
      if (++this.depth > this.maxDepth) throw this.tooDeep();
      this.tagMark = 2;
      for (let k = 0; k < h.prefixes.length; k++) this.bind(h.prefixes[k], h.uris[k]);
      this.attrN = 0;
      this.pos = h.text.length;
      return h.root;
    }
    this.prolog();
    const root = this.open();
    // Kept when the start tag has only namespace declarations, and the text is short.
    if (fresh && this.attrN === 0 && this.pos <= MAX_HEAD && this.nsTop <= FEW_BINDINGS) {
      lastHead = { text: copyOf(this.src.slice(0, this.pos)), prefixes: this.nsPrefix.slice(2, this.nsTop).map(copyOf), uris: this.nsUri.slice(2, this.nsTop), root };
    }
    return root;
  }

  /** Reads the start tag at the reader position (which must be `<name`). */
  open(): Opened {
    this.openTag();
    return this.opened();
  }

  /**
   * The start tag read last (by `open`, `next`, `nextTag`), as an `Opened`: readers that step
   * through children with `nextTag` look at the tag fields (`tQs`…) and make this object only
   * for a child they hand on.
   */
  protected opened(): Opened {
    return { qs: this.tQs, qe: this.tQe, ls: this.tLs, ns: this.tNs, empty: this.tEmpty, mark: this.tMark, start: this.tStart };
  }

  /**
   * Reads the start tag at the reader position (which must be `<name`) into the tag fields
   * (`tQs`, `tQe`, `tLs`, `tNs`, `tEmpty`, `tMark`, `tStart`), making no object.
   */
  protected openTag(): void {
    const s = this.src;
    const start = this.pos;
    let i = start + 1;
    const qs = i;
    let colon = -1;
    for (;;) {
      const c = s.charCodeAt(i);
      // Letters and `_` (the common case) are above `>`; everything else is looked at closely.
      if (c > 62) {
        i++;
        continue;
      }
      if (c === 32 || c === 62 || c === 47 || c === 10 || c === 9 || c === 13) break;
      if (c !== c) throw this.truncated();
      if (c === 58 && colon < 0) colon = i;
      else if (c === 60 || c === 61 || c === 34 || c === 39) throw this.error('malformed XML: bad element name');
      i++;
    }
    const qe = i;
    if (qe === qs) throw this.error('malformed XML: empty element name');
    const mark = this.nsTop;
    this.tagMark = mark;
    if (++this.depth > this.maxDepth) throw this.tooDeep();
    this.attrN = 0;
    this.nameN = 0;
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
    if (this.nameN > 1) this.duplicates(qs, qe);
    this.tNs = this.resolve(qs, colon < 0 ? qs : colon, colon >= 0);
    this.tQs = qs;
    this.tQe = qe;
    this.tLs = colon < 0 ? qs : colon + 1;
    this.tEmpty = empty;
    this.tMark = mark;
    this.tStart = start;
  }

  /** The default namespace in scope (`''`: none). */
  protected defaultNs(): string {
    return this.resolve(0, 0, false);
  }

  /**
   * The expected-next-element fast path: when the next markup is the start tag `<name>` (no
   * prefix, no attributes), reads it into the tag fields (as `openTag` would) and returns true;
   * else returns false with nothing consumed. `name` must be an XML name without a colon, and
   * `ns` the default namespace in scope (the caller's check: an unprefixed name is in it).
   */
  protected openNamed(name: string, ns: string): boolean {
    const s = this.src;
    const lt = s.charCodeAt(this.pos) === 60 ? this.pos : s.indexOf('<', this.pos);
    const qs = lt + 1;
    const qe = qs + name.length;
    if (lt < 0 || s.charCodeAt(qe) !== 62 || !textAt(s, qs, name)) return false;
    this.pos = lt;
    if (++this.depth > this.maxDepth) throw this.tooDeep();
    const mark = this.nsTop;
    this.attrN = 0;
    this.tQs = qs;
    this.tQe = qe;
    this.tLs = qs;
    this.tNs = ns;
    this.tEmpty = false;
    this.tMark = mark;
    this.tStart = lt;
    this.pos = qe + 1;
    return true;
  }

  /** Reads one attribute starting at `i`; returns the offset after it. */
  private attribute(i: number): number {
    const s = this.src;
    const ns = i;
    let colon = -1;
    let c = s.charCodeAt(i);
    while (c !== 61 && c !== 32 && c !== 10 && c !== 9 && c !== 13) {
      if (c > 62) {
        c = s.charCodeAt(++i);
        continue;
      }
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
    const q = this.nameN++ * 2;
    this.names[q] = ns;
    this.names[q + 1] = ne;
    if (ne - ns === 5 && s.startsWith('xmlns', ns)) {
      this.bind('', this.uriValue(vs, ve));
    } else if (colon === ns + 5 && s.startsWith('xmlns', ns)) {
      this.bind(s.slice(colon + 1, ne), this.uriValue(vs, ve));
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
    if (this.nsTop <= FEW_BINDINGS) {
      // Few bindings (the usual case): compare in place, without making the prefix's string.
      const pre = this.nsPrefix;
      for (let k = this.nsTop - 1; k >= 0; k--) {
        const p = pre[k];
        if (p.length === n && (n === 0 || textAt(this.src, ps, p))) return this.nsUri[k];
      }
    } else {
      const k = this.nsIndex!.get(n === 0 ? '' : this.src.slice(ps, pe));
      if (k !== undefined) return this.nsUri[k];
    }
    if (this.outer !== undefined && n !== 0) {
      const u = lookup(this.outer, this.src.slice(ps, pe));
      if (u !== undefined) return u;
    }
    if (!prefixed || this.unboundOk) return '';
    throw this.error(`unbound namespace prefix ${this.src.slice(ps, pe)}`);
  }

  /**
   * Refuses two attributes of the last start tag with the same qualified name, or (namespace
   * well-formedness) the same local name in the same namespace.
   */
  private duplicates(qs: number, qe: number): void {
    const s = this.src;
    const on = ` on <${s.slice(qs, qe)}>`;
    const q = this.names;
    const n = this.nameN;
    const dup = (k: number): never => {
      throw this.error(`malformed XML: duplicate attribute ${s.slice(q[k * 2], q[k * 2 + 1])}${on}`);
    };
    if (n <= 8) {
      for (let a = 1; a < n; a++) {
        const len = q[a * 2 + 1] - q[a * 2];
        for (let b = 0; b < a; b++) {
          if (q[b * 2 + 1] - q[b * 2] !== len) continue;
          let i = 0;
          while (i < len && s.charCodeAt(q[a * 2] + i) === s.charCodeAt(q[b * 2] + i)) i++;
          if (i === len) dup(a);
        }
      }
    } else {
      const seen = new Set<string>();
      for (let a = 0; a < n; a++) {
        const name = s.slice(q[a * 2], q[a * 2 + 1]);
        if (seen.has(name)) dup(a);
        seen.add(name);
      }
    }
    // Prefixed attributes (not xmlns): the same local name in the same namespace.
    const a = this.attrs;
    let prefixed = 0;
    for (let k = 0; k < this.attrN * 5; k += 5) if (a[k + 2] >= 0) prefixed++;
    if (prefixed < 2) return;
    const expanded = new Set<string>();
    for (let k = 0; k < this.attrN * 5; k += 5) {
      const colon = a[k + 2];
      if (colon < 0) continue;
      const key = `${this.resolve(a[k], colon, true)} ${s.slice(colon + 1, a[k + 1])}`;
      if (expanded.has(key)) throw this.error(`malformed XML: duplicate attribute {${key.replace(' ', '}')}${on}`);
      expanded.add(key);
    }
  }

  /**
   * The namespace `prefix` is bound to in the scope of the last start tag (`''`: the default
   * namespace), for QName-valued content such as `xsi:type`; `undefined` when unbound.
   */
  namespaceOf(prefix: string): string | undefined {
    const k = this.bindingOf(prefix);
    if (k >= 0) return this.nsUri[k];
    const u = prefix === '' ? undefined : lookup(this.outer, prefix);
    if (u !== undefined) return u;
    return prefix === '' ? '' : undefined;
  }

  /** The namespace scope around opened element `o` (to read it again later with `seek`). */
  scopeOutside(o: Opened): NsScope | undefined {
    return this.scopeAt(o.mark);
  }

  /** The scope of the bindings below `top`, made once per group of bindings and shared. */
  private scopeAt(top: number): NsScope | undefined {
    if (top <= 2) return this.outer;
    const k = top - 1;
    const known = this.scopes[k];
    if (known !== undefined && this.scopeIds[k] === this.nsId[k]) return known;
    const start = this.nsGroup[k];
    const own = new Map<string, string>();
    for (let i = start; i < top; i++) own.set(this.nsPrefix[i], this.nsUri[i]);
    // Recursion as deep as the elements that declare namespaces are nested (at most maxDepth).
    const scope: NsScope = { own, parent: this.scopeAt(start) };
    this.scopes[k] = scope;
    this.scopeIds[k] = this.nsId[k];
    return scope;
  }

  /**
   * Positions the scanner at `pos` (a start tag) with the namespace scope `outer` around it and
   * `depth` elements open around it.
   */
  seek(pos: number, outer: NsScope | undefined, depth = 0): void {
    this.unbind(2);
    this.outer = outer;
    // The default namespace around the subtree (unprefixed names find it in slot 1).
    this.nsUri[1] = lookup(outer, '') ?? '';
    this.pos = pos;
    this.depth = depth;
  }

  /** The index of the binding of `prefix` in scope, -1 when none. */
  private bindingOf(prefix: string): number {
    if (this.nsIndex !== undefined) return this.nsIndex.get(prefix) ?? -1;
    for (let k = this.nsTop - 1; k >= 0; k--) if (this.nsPrefix[k] === prefix) return k;
    return -1;
  }

  /** Adds a namespace binding (slots are reused: the stack never shrinks its arrays). */
  private bind(prefix: string, uri: string): void {
    const k = this.nsTop++;
    const index = this.nsIndex;
    const prev = index === undefined ? -1 : (index.get(prefix) ?? -1);
    if (k < this.nsPrefix.length) {
      this.nsPrefix[k] = prefix;
      this.nsUri[k] = uri;
      this.nsPrev[k] = prev;
      this.nsGroup[k] = this.tagMark;
      this.nsId[k] = this.nextId++;
    } else {
      this.nsPrefix.push(prefix);
      this.nsUri.push(uri);
      this.nsPrev.push(prev);
      this.nsGroup.push(this.tagMark);
      this.nsId.push(this.nextId++);
    }
    if (index !== undefined) index.set(prefix, k);
    else if (this.nsTop > FEW_BINDINGS) {
      // Many bindings in scope: index them all (once per scanner), and keep the index from now on.
      const m = new Map<string, number>();
      for (let j = 0; j < this.nsTop; j++) {
        this.nsPrev[j] = m.get(this.nsPrefix[j]) ?? -1;
        m.set(this.nsPrefix[j], j);
      }
      this.nsIndex = m;
    }
  }

  /** Drops the bindings from `mark` up (each binding is dropped once: linear overall). */
  private unbind(mark: number): void {
    if (this.nsTop <= mark) return;
    const index = this.nsIndex;
    if (index !== undefined) {
      for (let k = this.nsTop - 1; k >= mark; k--) {
        const prev = this.nsPrev[k];
        if (prev < 0) index.delete(this.nsPrefix[k]);
        else index.set(this.nsPrefix[k], prev);
      }
    }
    this.nsTop = mark;
  }

  /** A namespace declaration's value: a URI seen before is found without making a string. */
  private uriValue(vs: number, ve: number): string {
    const n = ve - vs;
    for (let i = 0; i < interned.length; i++) {
      const u = interned[i];
      if (u.length === n && textAt(this.src, vs, u)) return u;
    }
    return internUri(this.attrText(vs, ve));
  }

  /** Decodes every attribute value of the last start tag (which checks them). */
  protected checkAttrs(): void {
    for (let k = 0; k < this.attrN * 5; k += 5) this.attrText(this.attrs[k + 3], this.attrs[k + 4]);
  }

  private attrText(vs: number, ve: number): string {
    let v = this.src.slice(vs, ve);
    let special = false;
    for (let i = 0; i < v.length; i++) {
      const c = v.charCodeAt(i);
      if (c === 60) throw this.error('malformed XML: < in attribute value');
      if (c === 38 || c === 9 || c === 10 || c === 13) special = true;
    }
    if (!special) return v;
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
      if (a[k + 1] - ls !== local.length || !textAt(s, ls, local)) continue;
      const ans = colon < 0 ? '' : this.resolve(a[k], colon, true);
      if (ns !== undefined ? ans !== ns : false) continue;
      return this.attrText(a[k + 3], a[k + 4]);
    }
    return undefined;
  }

  /** True when the last start tag has `xsi:nil="true"` (any prefix bound to the XSI namespace). */
  protected isNil(): boolean {
    if (this.attrN === 0) return false;
    const v = this.attr('nil', XSI_NS);
    return v !== undefined && (v.trim() === 'true' || v.trim() === '1');
  }

  /** True when the opened element's local name is `name`. */
  isNamed(o: Opened, name: string): boolean {
    return o.qe - o.ls === name.length && textAt(this.src, o.ls, name);
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
      // XML 1.0 `Char`: a reference may only name a character a document can hold.
      if (cp === 9 || cp === 10 || cp === 13 || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff)) {
        return String.fromCodePoint(cp);
      }
      throw this.error(`malformed XML: bad character reference &${name};`);
    }
    throw this.error(`undefined entity &${name};`);
  }

  /** Text of `[a, b)` with line ends normalized and references decoded. */
  protected segment(a: number, b: number): string {
    const s = this.src;
    let v = s.slice(a, b);
    if (this.localText) {
      // Positions jump (multi-reference targets): look in the segment only, never ahead.
      if (v.indexOf('\r') >= 0) v = v.replace(/\r\n?/g, '\n');
      return v.indexOf('&') >= 0 ? this.decode(v) : v;
    }
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
  protected special(lt: number, c1: number): number {
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
  protected close(o: Opened): void {
    this.closeTag(o.qs, o.qe, o.mark);
  }

  /**
   * Reads the end tag at the reader position, which must close the element whose qualified name
   * is `[qs, qe)` (`mark`: the bindings in scope before it).
   */
  protected closeTag(qs: number, qe: number, mark: number): void {
    const s = this.src;
    let i = this.pos + 2;
    const n = qe - qs;
    if (s.slice(i, i + n) !== s.slice(qs, qe)) {
      for (let k = 0; k < n; k++) {
        if (s.charCodeAt(i + k) !== s.charCodeAt(qs + k)) {
          throw i + k >= this.len ? this.truncated() : this.error(`malformed XML: mismatched end tag, expected </${s.slice(qs, qe)}>`);
        }
      }
    }
    i += n;
    let c = s.charCodeAt(i);
    while (isSpace(c)) c = s.charCodeAt(++i);
    if (c !== 62) throw c !== c ? this.truncated() : this.error(`malformed XML: mismatched end tag, expected </${s.slice(qs, qe)}>`);
    this.pos = i + 1;
    this.depth--;
    if (this.nsTop !== mark) this.unbind(mark);
  }

  /**
   * `closeTag` for an element whose local name is known to be `name`: an unprefixed end tag
   * `</name>` is compared in one step.
   */
  protected closeNamed(name: string, qs: number, qe: number, mark: number): void {
    const s = this.src;
    const i = this.pos + 2;
    const n = name.length;
    if (qe - qs === n && s.charCodeAt(i + n) === 62 && textAt(s, i, name)) {
      this.pos = i + n + 1;
      this.depth--;
      if (this.nsTop !== mark) this.unbind(mark);
      return;
    }
    this.closeTag(qs, qe, mark);
  }

  protected pop(o: Opened): void {
    this.depth--;
    if (this.nsTop !== o.mark) this.unbind(o.mark);
  }

  /**
   * Moves to the next child element of `o` and opens it (returns it), or reads `o`'s end tag
   * (returns `undefined`). Text between children is ignored.
   */
  next(o: Opened): Opened | undefined {
    return this.nextTag(o) ? this.opened() : undefined;
  }

  /**
   * `next` without the object: moves to the next child element of `o` and reads its start tag
   * into the tag fields (true), or reads `o`'s end tag (false).
   */
  protected nextTag(o: Opened): boolean {
    const s = this.src;
    for (;;) {
      const lt = s.indexOf('<', this.pos);
      if (lt < 0) throw this.truncated();
      const c1 = s.charCodeAt(lt + 1);
      if (c1 === 47) {
        this.pos = lt;
        this.closeTag(o.qs, o.qe, o.mark);
        return false;
      }
      if (c1 === 33 || c1 === 63) {
        this.pos = this.special(lt, c1);
        continue;
      }
      this.pos = lt;
      this.openTag();
      return true;
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
        if (s.charCodeAt(i - 1) !== 47) {
          if (this.depth + open.length / 2 >= this.maxDepth) throw this.tooDeep();
          open.push(lt + 1, qe < 0 ? i : qe);
        }
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

  /**
   * Text content of an opened element (child elements skipped; `rawIfMixed`: inner XML instead;
   * `simple`: a child element is an error, as in a value of a simple type).
   */
  text(o: Opened, rawIfMixed = false, simple = false): string {
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
        const c = this.open();
        if (simple) throw this.error(`unexpected element <${this.localName(c)}> in a value of a simple type`);
        this.skip(c);
      }
    }
  }
}

/**
 * Why `xml` is not a well-formed, balanced XML fragment (element content: text, elements,
 * comments, CDATA sections, processing instructions), or `undefined` when it is one. Prefixes the
 * fragment does not declare are allowed: they may be declared where it is written.
 */
export function fragmentProblem(xml: string): string | undefined {
  try {
    // The walk is iterative: any nesting can be checked.
    new FragmentChecker(`<f>${xml}</f>`, Infinity).check();
    return undefined;
  } catch (e) {
    if (e instanceof ResponseError) return e.message.replace(/^malformed XML: /, '');
    throw e;
  }
}

/** Walks a whole fragment (wrapped in `<f>…</f>`), checking everything the reader would. */
class FragmentChecker extends XmlScanner {
  check(): void {
    this.unboundOk = true;
    const s = this.src;
    const stack: Opened[] = [this.open()];
    while (stack.length !== 0) {
      const lt = s.indexOf('<', this.pos);
      if (lt < 0) throw this.truncated();
      if (lt > this.pos) {
        if (s.slice(this.pos, lt).indexOf(']]>') >= 0) throw this.error('malformed XML: ]]> in text');
        this.segment(this.pos, lt);
      }
      const c1 = s.charCodeAt(lt + 1);
      if (c1 === 47) {
        this.pos = lt;
        this.close(stack.pop()!);
      } else if (c1 === 33 || c1 === 63) {
        if (c1 === 63 && /^<\?xml(?:[\s?]|$)/i.test(s.slice(lt, lt + 7))) throw this.error('malformed XML: an XML declaration inside content');
        this.pos = this.special(lt, c1);
      } else {
        this.pos = lt;
        const o = this.open();
        this.checkAttrs();
        if (o.empty) this.pop(o);
        else stack.push(o);
      }
    }
    if (this.pos !== s.length) throw this.error('malformed XML: an end tag without its start tag');
  }
}

/** The beginning of the document read last by `openRoot`, up to the end of its root's start tag. */
interface Head {
  readonly text: string;
  /** The namespace bindings its root declares, in order. */
  readonly prefixes: readonly string[];
  readonly uris: readonly string[];
  /** The root element (the same text always opens the same way). */
  readonly root: Opened;
}

let lastHead: Head | undefined;
/** The longest beginning `openRoot` keeps. */
const MAX_HEAD = 2048;

/** A copy of `s` that does not keep the string it was cut from alive (the engine's internalized copy). */
function copyOf(s: string): string {
  return Object.keys({ [s]: 0 })[0];
}

/** Namespace URIs seen (internalized), none with characters that need decoding. */
const interned: string[] = [];

/**
 * The namespace URI as the engine's internalized copy of the string (the one a string literal
 * with the same text is), so that comparing it with the URIs of the descriptors is a pointer
 * comparison rather than a character-by-character one.
 */
function internUri(uri: string): string {
  for (let i = 0; i < interned.length; i++) if (interned[i] === uri) return interned[i];
  const u = copyOf(uri);
  if (interned.length < 32 && !/[&\t\n\r]/.test(u)) interned.push(u);
  return u;
}

/**
 * True when `t` is written in `s` at `i`. (Comparing a slice is faster in V8 than `startsWith`
 * with a position, which compares character by character.)
 */
export function textAt(s: string, i: number, t: string): boolean {
  return s.slice(i, i + t.length) === t;
}

/** XML white space. */
export function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}
