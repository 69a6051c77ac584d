import { Codes, Diagnostics, SpecError } from '../../diagnostics.js';
import { LineIndex } from '../../util/source.js';
import { XML_ENTITIES } from '../../util/entities.js';
import { SOAP11_ENC_NS, WSDL_HTTP_NS, WSDL_MIME_NS, WSDL_NS, WSDL_SOAP11_NS, WSDL_SOAP12_NS, XMIME_NS, XML_NS, XSD_NS, XSI_NS } from '../../util/namespaces.js';

/**
 * A small namespace-aware XML reader (XML 1.0 + Namespaces in XML 1.0) producing a light element
 * tree with source offsets. It never reads external entities or DTDs: a DOCTYPE that declares
 * entities is rejected, any other DOCTYPE is skipped with a warning. Only the five predefined
 * entities and character references are expanded.
 */

/** Namespace scope: prefix → URI, chained to the parent scope through the prototype. */
export type NsScope = Readonly<Record<string, string>>;

export interface XmlAttr {
  /** Qualified name as written. */
  readonly name: string;
  readonly local: string;
  /** Namespace URI; `''` for an unprefixed attribute. */
  readonly ns: string;
  readonly value: string;
  readonly offset: number;
}

export interface XmlElement {
  readonly name: string;
  readonly local: string;
  /** Namespace URI (`''` when none). Mutable only for the loader's namespace repair. */
  ns: string;
  readonly attrs: XmlAttr[];
  readonly children: XmlElement[];
  /** Character data directly inside this element (concatenated). */
  text: string;
  /** Offset of the `<` of the start tag. */
  readonly offset: number;
  readonly scope: NsScope;
}

export { XML_NS };

/** Not frozen: child scopes shadow its keys through the prototype chain. */
const ROOT_SCOPE: NsScope = Object.assign(Object.create(null) as Record<string, string>, { xml: XML_NS, '': '' });

/** Conventional prefixes assumed when a document uses one without declaring it. */
const WELL_KNOWN: Readonly<Record<string, string>> = {
  xs: XSD_NS,
  xsd: XSD_NS,
  wsdl: WSDL_NS,
  soap: WSDL_SOAP11_NS,
  soap12: WSDL_SOAP12_NS,
  http: WSDL_HTTP_NS,
  mime: WSDL_MIME_NS,
  soapenc: SOAP11_ENC_NS,
  xmime: XMIME_NS,
  xsi: XSI_NS,
};

const PREDEFINED = XML_ENTITIES;

/** Attribute value (unqualified attribute name). */
export function attr(el: XmlElement, local: string): string | undefined {
  for (const a of el.attrs) if (a.local === local && a.ns === '') return a.value;
  return undefined;
}

/** Attribute value of a namespaced attribute. */
export function attrNs(el: XmlElement, ns: string, local: string): string | undefined {
  for (const a of el.attrs) if (a.local === local && a.ns === ns) return a.value;
  return undefined;
}

/** Children with the given namespace (one of `nss`) and local name. */
export function kids(el: XmlElement, nss: readonly string[], local?: string): XmlElement[] {
  return el.children.filter((c) => nss.includes(c.ns) && (local === undefined || c.local === local));
}

/** Resolves a QName attribute value (`tns:Foo`) against the element's scope. */
export function resolveQName(el: XmlElement, qname: string): { ns: string; local: string } | undefined {
  const q = qname.trim();
  const i = q.indexOf(':');
  if (i < 0) return { ns: el.scope[''] ?? '', local: q };
  const uri = el.scope[q.slice(0, i)];
  return uri === undefined ? undefined : { ns: uri, local: q.slice(i + 1) };
}

/** The result of reading one document. */
export interface XmlDocument {
  readonly root: XmlElement;
  readonly lines: LineIndex;
}

/** Parses `text` into an element tree; throws `SpecError` MALFORMED_XML for XML that is not well-formed. */
export function parseXml(file: string, text: string, diags: Diagnostics): XmlDocument {
  const lines = new LineIndex(file, text);
  return { root: new Reader(text, lines, diags).read(), lines };
}

class Reader {
  private pos = 0;
  private readonly stack: XmlElement[] = [];
  private root: XmlElement | undefined;
  private readonly undeclared = new Set<string>();

  constructor(
    private readonly s: string,
    private readonly lines: LineIndex,
    private readonly diags: Diagnostics,
  ) {}

  private fail(offset: number, message: string): never {
    throw new SpecError({ severity: 'error', code: Codes.MALFORMED_XML, message, loc: this.lines.loc(offset) });
  }

  read(): XmlElement {
    const s = this.s;
    if (s.charCodeAt(0) === 0xfeff) this.pos = 1;
    const lead = /^\s*/.exec(s.slice(this.pos, this.pos + 4096))![0].length;
    if (lead > 0 && s.startsWith('<?xml', this.pos + lead)) {
      this.diags.warn(Codes.MALFORMED_XML, 'whitespace before the XML declaration (accepted)', this.lines.loc(this.pos));
    }
    while (this.pos < s.length) {
      const lt = s.indexOf('<', this.pos);
      if (lt < 0) {
        this.text(this.pos, s.length);
        break;
      }
      if (lt > this.pos) this.text(this.pos, lt);
      this.pos = lt;
      this.markup();
    }
    if (this.stack.length > 0) {
      const open = this.stack[this.stack.length - 1];
      this.fail(s.length, `unexpected end of input: expected </${open.name}> (element opened at line ${this.lines.loc(open.offset).line})`);
    }
    if (!this.root) this.fail(s.length, 'no root element');
    return this.root;
  }

  private text(from: number, to: number): void {
    const top = this.stack[this.stack.length - 1];
    if (!top) {
      if (/\S/.test(this.s.slice(from, to))) this.fail(from + /^\s*/.exec(this.s.slice(from, to))![0].length, 'expected "<": text outside the root element');
      return;
    }
    top.text += this.decode(this.s.slice(from, to), from);
  }

  private markup(): void {
    const s = this.s;
    const p = this.pos;
    const c = s.charCodeAt(p + 1);
    if (c === 63 /* ? */) {
      const end = s.indexOf('?>', p + 2);
      if (end < 0) this.fail(p, 'unterminated processing instruction: expected "?>"');
      if (s.startsWith('<?xml', p) && /\s/.test(s[p + 5] ?? '') && !this.isLeadingDecl(p)) {
        this.fail(p, 'XML declaration allowed only at the start of the document');
      }
      this.pos = end + 2;
    } else if (s.startsWith('<!--', p)) {
      const end = s.indexOf('-->', p + 4);
      if (end < 0) this.fail(p, 'unterminated comment: expected "-->"');
      this.pos = end + 3;
    } else if (s.startsWith('<![CDATA[', p)) {
      const end = s.indexOf(']]>', p + 9);
      if (end < 0) this.fail(p, 'unterminated CDATA section: expected "]]>"');
      const top = this.stack[this.stack.length - 1];
      if (!top) this.fail(p, 'CDATA section outside the root element');
      top.text += s.slice(p + 9, end);
      this.pos = end + 3;
    } else if (s.startsWith('<!DOCTYPE', p)) {
      this.doctype(p);
    } else if (c === 47 /* / */) {
      this.endTag(p);
    } else {
      this.startTag(p);
    }
  }

  private isLeadingDecl(p: number): boolean {
    return !this.root && /^\s*$/.test(this.s.slice(0, p).replace(/^\ufeff/, ''));
  }

  private doctype(p: number): void {
    const s = this.s;
    let i = p + 9;
    let depth = 0;
    for (; i < s.length; i++) {
      const ch = s[i];
      if (ch === '[') depth++;
      else if (ch === ']') depth--;
      else if (ch === '>' && depth <= 0) break;
      else if (ch === '"' || ch === "'") {
        const q = s.indexOf(ch, i + 1);
        if (q < 0) break;
        i = q;
      }
    }
    if (i >= s.length) this.fail(p, 'unterminated DOCTYPE: expected ">"');
    const body = s.slice(p, i + 1);
    if (/<!ENTITY/.test(body)) {
      throw new SpecError({
        severity: 'error',
        code: Codes.UNSUPPORTED,
        message: 'DOCTYPE with ENTITY declarations is not accepted (entities and external DTDs are never resolved)',
        loc: this.lines.loc(p),
      });
    }
    this.diags.warn(Codes.UNSUPPORTED, 'DOCTYPE ignored (DTDs are never read)', this.lines.loc(p));
    this.pos = i + 1;
  }

  private name(at: number): string {
    const s = this.s;
    let i = at;
    while (i < s.length) {
      const c = s.charCodeAt(i);
      if (c <= 32 || c === 62 || c === 47 || c === 61 || c === 60 || c === 34 || c === 39) break;
      i++;
    }
    if (i === at) this.fail(at, `expected a name, found ${JSON.stringify(s.slice(at, at + 10))}`);
    return s.slice(at, i);
  }

  private skipWs(): void {
    const s = this.s;
    while (this.pos < s.length && s.charCodeAt(this.pos) <= 32) this.pos++;
  }

  private startTag(p: number): void {
    const s = this.s;
    const name = this.name(p + 1);
    this.pos = p + 1 + name.length;
    const raw: { name: string; value: string; offset: number }[] = [];
    let selfClosing = false;
    for (;;) {
      const before = this.pos;
      this.skipWs();
      const c = s.charCodeAt(this.pos);
      if (this.pos >= s.length) this.fail(p, `unterminated start tag <${name}: expected ">"`);
      if (c === 62) {
        this.pos++;
        break;
      }
      if (c === 47) {
        if (s.charCodeAt(this.pos + 1) !== 62) this.fail(this.pos, `expected "/>" in start tag <${name}>`);
        this.pos += 2;
        selfClosing = true;
        break;
      }
      if (before === this.pos) this.fail(this.pos, `expected whitespace, ">" or "/>" in start tag <${name}>`);
      const aOff = this.pos;
      const aName = this.name(aOff);
      this.pos += aName.length;
      this.skipWs();
      if (s[this.pos] !== '=') this.fail(this.pos, `expected "=" after attribute ${aName} in <${name}>`);
      this.pos++;
      this.skipWs();
      const q = s[this.pos];
      if (q !== '"' && q !== "'") this.fail(this.pos, `expected a quoted value for attribute ${aName} in <${name}>`);
      const end = s.indexOf(q, this.pos + 1);
      if (end < 0) this.fail(this.pos, `unterminated value of attribute ${aName}: expected ${q}`);
      const rawValue = s.slice(this.pos + 1, end);
      if (rawValue.includes('<')) this.fail(this.pos + 1 + rawValue.indexOf('<'), `"<" not allowed in attribute value of ${aName}`);
      if (raw.some((r) => r.name === aName)) this.fail(aOff, `duplicate attribute ${aName} in <${name}>`);
      raw.push({ name: aName, value: this.decode(rawValue, this.pos + 1).replace(/[\t\n\r]/g, ' '), offset: aOff });
      this.pos = end + 1;
    }
    const parent = this.stack[this.stack.length - 1];
    if (!parent && this.root) this.fail(p, `a second root element <${name}>: expected end of document`);
    let scope: NsScope = parent ? parent.scope : ROOT_SCOPE;
    let own: Record<string, string> | undefined;
    for (const a of raw) {
      if (a.name === 'xmlns' || a.name.startsWith('xmlns:')) {
        own ??= Object.create(scope) as Record<string, string>;
        own[a.name === 'xmlns' ? '' : a.name.slice(6)] = a.value;
      }
    }
    if (own) scope = own;
    const [ns, local] = this.split(name, scope, p, true);
    const attrs: XmlAttr[] = [];
    for (const a of raw) {
      if (a.name === 'xmlns' || a.name.startsWith('xmlns:')) continue;
      const [ans, alocal] = this.split(a.name, scope, a.offset, false);
      attrs.push({ name: a.name, local: alocal, ns: ans, value: a.value, offset: a.offset });
    }
    const el: XmlElement = { name, local, ns, attrs, children: [], text: '', offset: p, scope };
    if (parent) parent.children.push(el);
    else this.root = el;
    if (!selfClosing) this.stack.push(el);
  }

  private split(qname: string, scope: NsScope, offset: number, isElement: boolean): [string, string] {
    const i = qname.indexOf(':');
    if (i < 0) return [isElement ? (scope[''] ?? '') : '', qname];
    const prefix = qname.slice(0, i);
    let uri = scope[prefix];
    if (uri === undefined) {
      // Namespace (not XML 1.0) well-formedness error: read on with the prefix's usual namespace.
      uri = WELL_KNOWN[prefix] ?? `urn:svcgen:undeclared-prefix:${prefix}`;
      if (!this.undeclared.has(prefix)) {
        this.undeclared.add(prefix);
        this.diags.warn(Codes.MALFORMED_XML, `namespace prefix "${prefix}" (first on ${isElement ? 'element' : 'attribute'} ${qname}) is not declared; assumed ${WELL_KNOWN[prefix] ?? 'an unknown namespace'}`, this.lines.loc(offset));
      }
    }
    return [uri, qname.slice(i + 1)];
  }

  private endTag(p: number): void {
    const s = this.s;
    const name = this.name(p + 2);
    this.pos = p + 2 + name.length;
    this.skipWs();
    if (s[this.pos] !== '>') this.fail(this.pos, `expected ">" to close </${name}`);
    this.pos++;
    const top = this.stack.pop();
    if (!top) this.fail(p, `unexpected end tag </${name}>: no element is open`);
    if (top.name !== name) {
      this.fail(p, `expected </${top.name}> (opened at line ${this.lines.loc(top.offset).line}), found </${name}>`);
    }
  }

  /**
   * Expands the predefined entities and character references of `t`. A plain `indexOf` loop: a
   * global `replace` with a callback collects every match before replacing, which for a text of
   * megabytes (a huge `documentation`) holds hundreds of megabytes at once.
   */
  private decode(t: string, offset: number): string {
    let amp = t.indexOf('&');
    if (amp < 0) return t;
    let out = '';
    let last = 0;
    const ref = /&([^;&\s]*);?/y;
    while (amp >= 0) {
      ref.lastIndex = amp;
      const m = ref.exec(t) as RegExpExecArray;
      out += t.slice(last, amp) + this.entity(m[0], m[1], offset + amp);
      last = amp + m[0].length;
      amp = t.indexOf('&', last);
    }
    return out + t.slice(last);
  }

  private entity(m: string, ref: string, at: number): string {
    if (!m.endsWith(';')) this.fail(at, `expected ";" after entity reference "${m}"`);
    if (ref.startsWith('#x')) return String.fromCodePoint(this.num(parseInt(ref.slice(2), 16), at));
    if (ref.startsWith('#')) return String.fromCodePoint(this.num(parseInt(ref.slice(1), 10), at));
    const v = PREDEFINED[ref];
    if (v === undefined) this.fail(at, `unknown entity "&${ref};" (only the predefined entities are expanded)`);
    return v;
  }

  private num(n: number, offset: number): number {
    if (!Number.isFinite(n) || n < 0 || n > 0x10ffff) this.fail(offset, 'invalid character reference');
    return n;
  }
}
