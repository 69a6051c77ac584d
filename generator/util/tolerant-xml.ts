/**
 * The tolerant XML reader of the text parsers (ASMX help pages, sample articles, Web API help
 * pages; docs/formats/asmx.md §Sample XML). Samples printed in pages are "almost" XML, so unlike a
 * conforming parser (parsers/wsdl/xml.ts) it never throws and recovers from:
 * - documents cut anywhere, even inside a tag (`<DateChang`): the elements read so far are kept,
 *   those left open are reported (`unclosed`, `closed: false`, `complete: false`);
 * - placeholder words next to or instead of elements (`</xsd:schema>xml`, a body that is just `xml`);
 * - end tags that skip open elements or close nothing (recorded as problems, then skipped);
 * - prefixes used without a declaration (read as no namespace, listed in `undeclared`);
 * - text copied from web pages: non-breaking spaces as markup whitespace, typographic quotes
 *   around attribute values, unquoted or value-less attributes, HTML entity names (`entities: 'html'`);
 * - a `<` that starts no tag (`a < b`): kept as text.
 * Only the predefined (or HTML-named) and numeric references are decoded; nothing a document
 * declares is ever expanded. Every element and attribute keeps its source offset. The reader is
 * iterative with bounded work per character, so neither deep nesting nor long input can
 * overflow the stack or go quadratic.
 */
import { decodeEntities, HTML_ENTITIES } from './entities.js';
import { XML_NS } from './namespaces.js';

/** An attribute with its resolved namespace (`xmlns` for namespace declarations). */
export interface XmlAttr {
  /** Qualified name as written (`xsi:type`). */
  readonly name: string;
  readonly prefix: string;
  readonly local: string;
  /** Resolved namespace URI: '' when unprefixed or the prefix is undeclared, `xmlns` for declarations. */
  readonly ns: string;
  /** Entities decoded. */
  readonly value: string;
  /** Offset of the attribute's name. */
  readonly offset: number;
}

/** What SOAP encoding (SOAP 1.1 §5) says about an element of a resolved encoded sample (set by the ASMX parser). */
export interface EncodedInfo {
  /** Local name and namespace of the value's `xsi:type` (`tns:Point` → Point). */
  readonly typeName?: string;
  readonly typeNs?: string;
  /** A SOAP-ENC array; `item` is the item type from `arrayType`/`itemType` when given. */
  readonly array?: { readonly item?: { readonly name: string; readonly ns: string } };
  /** A reference back to a value being expanded (a cycle): typed by `typeName` only. */
  readonly backRef?: boolean;
}

/** An element with its resolved namespace, attributes, children and direct text. */
export interface XmlElement {
  /** Qualified name as written (`soap:Body`). */
  readonly qname: string;
  readonly prefix: string;
  readonly local: string;
  /** Resolved namespace URI ('' when unqualified or the prefix is undeclared). */
  readonly ns: string;
  readonly attrs: readonly XmlAttr[];
  readonly children: XmlElement[];
  /** Direct text content, entities decoded, CDATA included, as written (not trimmed). */
  readonly text: string;
  /** The same text as the runs between markup, in order (each as written). */
  readonly runs: readonly string[];
  /** Offset of `<`. */
  readonly start: number;
  /** Offset after the end tag (or where the input stopped). */
  readonly end: number;
  /** True when this element's own end tag (or `/>`) was read. */
  readonly closed: boolean;
  readonly selfClosing: boolean;
  /** Namespace declarations in scope (prefix → URI; '' is the default namespace). */
  readonly scope: ReadonlyMap<string, string>;
  /** SOAP-encoding facts, set on resolved encoded samples only (never by the reader). */
  readonly enc?: EncodedInfo;
}

/** What the reader recovered from. */
export interface XmlProblem {
  readonly kind: 'stray-end' | 'skipped-open' | 'unreadable-end' | 'after-root';
  readonly offset: number;
  readonly message: string;
  /** The end tag's name (stray-end, skipped-open). */
  readonly found?: string;
  /** The innermost open element when the end tag was read (absent: nothing was open). */
  readonly expected?: { readonly qname: string; readonly offset: number };
}

export interface XmlReadOptions {
  /** Offset to start at (default 0) and offset to stop at (default: the end of the text). */
  readonly from?: number;
  readonly limit?: number;
  /** Entity names decoded: XML's five (default) or also the HTML names of pages copied from a browser. */
  readonly entities?: 'xml' | 'html';
  /** After the document element: stop there (default), or read on and report what follows. */
  readonly afterRoot?: 'stop' | 'report';
  /**
   * When the first thing after the prolog is text, not an element (a body that is only the
   * placeholder `xml`): stop and return its first word as `bareText`.
   */
  readonly bareText?: boolean;
}

export interface XmlReadResult {
  readonly root: XmlElement | null;
  /** Offset after the document element (or where reading stopped). */
  readonly end: number;
  /** False when the input ends before the document element is complete. */
  readonly complete: boolean;
  /** The first word of a body that is text, not an element (option `bareText`). */
  readonly bareText?: string;
  /** The first problems, at most MAX_PROBLEMS (a hostile sample can hold one per tag). */
  readonly problems: readonly XmlProblem[];
  /** Qualified names of the elements still open at the end (outermost first): the document is cut short. */
  readonly unclosed: readonly string[];
  /** Prefixes used without a declaration. */
  readonly undeclared: readonly string[];
}

const NAME = /[A-Za-z_][\w.\-]*(?::[A-Za-z_][\w.\-]*)?/y;
const WS = /[\s\u00a0]/;
const QUOTES: Readonly<Record<string, string>> = { '"': '"', "'": "'", '“': '”', '”': '”', '‘': '’', '’': '’' };
const ROOT_SCOPE: ReadonlyMap<string, string> = new Map([['xml', XML_NS]]);
/** Problems kept per document: callers report the first few. */
export const MAX_PROBLEMS = 100;

/** Decodes references with the chosen entity table. */
export function decodeXmlText(s: string, entities: 'xml' | 'html' = 'xml'): string {
  return entities === 'html' ? decodeEntities(s, { named: HTML_ENTITIES, anyCase: true }) : decodeEntities(s);
}

type Mutable = { -readonly [K in keyof XmlElement]: XmlElement[K] };

interface Open {
  readonly el: Mutable;
  readonly runs: string[];
}

/** Reads one document element (after an optional prolog) from `text`. Never throws. */
export function readTolerantXml(text: string, options: XmlReadOptions = {}): XmlReadResult {
  const limit = Math.min(options.limit ?? text.length, text.length);
  const entities = options.entities ?? 'xml';
  const stopAfterRoot = (options.afterRoot ?? 'stop') === 'stop';
  const decode = (s: string): string => decodeXmlText(s, entities);
  const problems: XmlProblem[] = [];
  const problem = (p: XmlProblem): void => {
    if (problems.length < MAX_PROBLEMS) problems.push(p);
  };
  const undeclared = new Set<string>();
  const stack: Open[] = [];
  /** How many open elements have each qualified name (an end tag nothing matches costs O(1)). */
  const openCount = new Map<string, number>();
  let root: Mutable | null = null;
  let i = options.from ?? 0;

  const skipTo = (at: number, marker: string): number => {
    const k = text.indexOf(marker, at);
    return k < 0 || k + marker.length > limit ? limit : k + marker.length;
  };
  const result = (end: number, complete: boolean, bareText?: string): XmlReadResult => {
    for (const o of stack) {
      o.el.end = limit;
      o.el.runs = o.runs;
    }
    return {
      root,
      end,
      complete,
      ...(bareText !== undefined ? { bareText } : {}),
      problems,
      unclosed: stack.map((o) => o.el.qname),
      undeclared: [...undeclared],
    };
  };
  const addText = (s: string): void => {
    const top = stack[stack.length - 1];
    if (!top || !s) return;
    top.runs.push(s);
    top.el.text += s;
  };

  if (options.bareText) {
    for (;;) {
      while (i < limit && WS.test(text[i])) i++;
      if (text.startsWith('<?', i)) {
        const e = text.indexOf('?>', i);
        if (e < 0 || e + 2 > limit) return result(limit, false);
        i = e + 2;
      } else if (text.startsWith('<!--', i)) {
        const e = text.indexOf('-->', i);
        if (e < 0 || e + 3 > limit) return result(limit, false);
        i = e + 3;
      } else break;
    }
    if (i < limit && text[i] !== '<') {
      const m = /^[^\s<]+/.exec(text.slice(i, Math.min(limit, i + 200)));
      return result(m ? i + m[0].length : i, true, m ? m[0] : undefined);
    }
  }

  while (i < limit) {
    const lt = text.indexOf('<', i);
    const stop = lt < 0 || lt >= limit ? limit : lt;
    if (stop > i) addText(decode(text.slice(i, stop)));
    if (stop >= limit) break;
    i = stop;
    if (text.startsWith('<!--', i)) {
      i = skipTo(i + 4, '-->');
      continue;
    }
    if (text.startsWith('<![CDATA[', i)) {
      const e = text.indexOf(']]>', i + 9);
      const cut = e < 0 || e + 3 > limit;
      addText(text.slice(i + 9, cut ? limit : e));
      i = cut ? limit : e + 3;
      continue;
    }
    if (text.startsWith('<?', i)) {
      i = skipTo(i + 2, '?>');
      continue;
    }
    if (text.startsWith('<!', i)) {
      i = skipTo(i + 2, '>');
      continue;
    }
    if (text[i + 1] === '/') {
      // End tag.
      const at = i;
      NAME.lastIndex = i + 2;
      const m = NAME.exec(text);
      const gt = text.indexOf('>', i);
      if (gt < 0 || gt >= limit) return result(limit, false); // cut inside the end tag
      if (!m || m.index + m[0].length > gt) {
        problem({ kind: 'unreadable-end', offset: at, message: 'unreadable end tag' });
        i = gt + 1;
        continue;
      }
      const name = m[0];
      const top = stack[stack.length - 1];
      const expected = top ? { expected: { qname: top.el.qname, offset: top.el.start } } : {};
      i = gt + 1;
      if (!openCount.get(name)) {
        problem({ kind: 'stray-end', offset: at, message: `end tag </${name}> has no matching start tag`, found: name, ...expected });
        continue;
      }
      if (top.el.qname !== name) {
        problem({ kind: 'skipped-open', offset: at, message: `</${name}> closes unclosed <${top.el.qname}>`, found: name, ...expected });
      }
      for (;;) {
        const o = stack.pop() as Open;
        openCount.set(o.el.qname, (openCount.get(o.el.qname) ?? 1) - 1);
        o.el.runs = o.runs;
        o.el.end = i;
        if (o.el.qname === name) {
          o.el.closed = true;
          break;
        }
      }
      if (stack.length === 0 && stopAfterRoot) return result(i, true);
      continue;
    }
    // Start tag.
    NAME.lastIndex = i + 1;
    const m = NAME.exec(text);
    if (!m || m.index + m[0].length > limit) {
      if (m) return result(limit, false); // cut inside the name
      addText('<');
      i++;
      continue;
    }
    const tag = readStartTag(text, m.index + m[0].length, limit, decode);
    if (!tag) return result(limit, false); // a start tag cut short: dropped
    const el = openElement(m[0], tag.attrs, i, tag.end, tag.selfClosing, stack[stack.length - 1]?.el.scope ?? ROOT_SCOPE, undeclared);
    i = tag.end;
    const parent = stack[stack.length - 1];
    if (parent) parent.el.children.push(el);
    else if (!root) root = el;
    else {
      problem({ kind: 'after-root', offset: el.start, message: `content after the document element: <${el.qname}>` });
      continue;
    }
    if (tag.selfClosing) {
      if (stack.length === 0 && stopAfterRoot) return result(i, true);
    } else {
      stack.push({ el, runs: [] });
      openCount.set(el.qname, (openCount.get(el.qname) ?? 0) + 1);
    }
  }
  return result(limit, stack.length === 0 && root !== null);
}

type RawAttr = { name: string; value: string; offset: number };

/** Reads the attributes and the end of a start tag from `k` (after the name); null when the tag is cut short. */
function readStartTag(text: string, k: number, limit: number, decode: (s: string) => string): { attrs: RawAttr[]; end: number; selfClosing: boolean } | null {
  const attrs: RawAttr[] = [];
  for (;;) {
    while (k < limit && WS.test(text[k])) k++;
    if (k >= limit) return null;
    if (text[k] === '>') return { attrs, end: k + 1, selfClosing: false };
    if (text.startsWith('/>', k)) return k + 2 <= limit ? { attrs, end: k + 2, selfClosing: true } : null;
    NAME.lastIndex = k;
    const m = NAME.exec(text);
    if (!m) {
      k++; // a stray character in the tag: skipped
      continue;
    }
    const at = k;
    let j = k + m[0].length;
    while (j < limit && WS.test(text[j])) j++;
    if (text[j] !== '=') {
      attrs.push({ name: m[0], value: '', offset: at });
      k = j;
      continue;
    }
    j++;
    while (j < limit && WS.test(text[j])) j++;
    const close = QUOTES[text[j]];
    if (close) {
      const q = text.indexOf(close, j + 1);
      if (q < 0 || q >= limit) return null;
      attrs.push({ name: m[0], value: decode(text.slice(j + 1, q)), offset: at });
      k = q + 1;
    } else {
      let e = j;
      while (e < limit && !WS.test(text[e]) && text[e] !== '>' && text[e] !== '/') e++;
      attrs.push({ name: m[0], value: decode(text.slice(j, e)), offset: at });
      k = e;
    }
  }
}

function split(qname: string): [string, string] {
  const c = qname.indexOf(':');
  return c < 0 ? ['', qname] : [qname.slice(0, c), qname.slice(c + 1)];
}

function openElement(
  qname: string,
  raw: RawAttr[],
  start: number,
  end: number,
  selfClosing: boolean,
  parentScope: ReadonlyMap<string, string>,
  undeclared: Set<string>,
): Mutable {
  let scope = parentScope;
  for (const a of raw) {
    if (a.name !== 'xmlns' && !a.name.startsWith('xmlns:')) continue;
    if (scope === parentScope) scope = new Map(parentScope);
    (scope as Map<string, string>).set(a.name === 'xmlns' ? '' : a.name.slice(6), a.value);
  }
  const resolve = (prefix: string, forAttr: boolean): string => {
    if (prefix === '' && forAttr) return '';
    const uri = scope.get(prefix);
    if (uri === undefined && prefix !== '') undeclared.add(prefix);
    return uri ?? '';
  };
  const [prefix, local] = split(qname);
  const attrs: XmlAttr[] = raw.map((a) => {
    const [p, l] = split(a.name);
    const ns = a.name === 'xmlns' || p === 'xmlns' ? 'xmlns' : resolve(p, true);
    return { name: a.name, prefix: p, local: l, ns, value: a.value, offset: a.offset };
  });
  return { qname, prefix, local, ns: resolve(prefix, false), attrs, children: [], text: '', runs: [], start, end, closed: selfClosing, selfClosing, scope };
}

/** Direct text as help pages mean it: each run between markup trimmed, the non-empty ones joined by a space. */
export function trimmedText(el: XmlElement): string {
  let out = '';
  for (const r of el.runs) {
    const t = r.trim();
    if (t) out = out ? `${out} ${t}` : t;
  }
  return out;
}

/** The value of the attribute written `name` (qualified as written), if any. */
export function attrValue(el: XmlElement, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

/** The first child whose local name equals `name` (exact, then case-insensitive). */
export function xmlChild(el: XmlElement | null | undefined, name: string): XmlElement | undefined {
  if (!el) return undefined;
  return el.children.find((c) => c.local === name) ?? el.children.find((c) => c.local.toLowerCase() === name.toLowerCase());
}
