import { decodeEntities } from '../../util/entities.js';
import { NAMED_ENTITIES } from './view.js';

/**
 * A small, tolerant XML reader for sample envelopes printed in articles. Unlike a conforming
 * parser it keeps offsets for every element and attribute, accepts non-breaking spaces and
 * typographic quotes as markup whitespace/quotes (text copied from web pages), and reads a
 * truncated document up to its last complete tag, reporting the elements left open.
 */

/** An attribute with its resolved namespace (`xmlns` for declarations). */
export interface XmlAttr {
  readonly name: string;
  readonly prefix: string;
  readonly local: string;
  readonly ns: string;
  readonly value: string;
  readonly offset: number;
}

/** An element with its resolved namespace, children and direct text. */
export interface XmlElement {
  readonly name: string;
  readonly prefix: string;
  readonly local: string;
  /** Resolved namespace URI ('' when unqualified or the prefix is undeclared). */
  ns: string;
  readonly attrs: XmlAttr[];
  readonly children: XmlElement[];
  /** Direct text content (entities decoded, not trimmed). */
  text: string;
  /** Offset of `<` in the source string. */
  readonly offset: number;
  /** True when the end tag (or `/>`) was seen. */
  closed: boolean;
  /** Namespace declarations in scope (prefix → URI; '' is the default namespace). */
  readonly scope: ReadonlyMap<string, string>;
}

/** A well-formedness problem the reader recovered from. */
export interface XmlProblem {
  readonly offset: number;
  readonly message: string;
}

/** The document element plus what was wrong or missing. */
export interface XmlReadResult {
  readonly root?: XmlElement;
  readonly problems: XmlProblem[];
  /** Elements still open at the end of the input (outermost first): the document is truncated. */
  readonly unclosed: string[];
  /** Prefixes used without a declaration. */
  readonly undeclared: string[];
}

const WS = /[\s\u00a0]/;
const NAME = /^[A-Za-z_][\w.\-]*(?::[A-Za-z_][\w.\-]*)?/;

/** Decodes XML entities (predefined, numeric, and HTML names seen in copied articles). */
export function decodeXmlText(s: string): string {
  return decodeEntities(s, { named: NAMED_ENTITIES, anyCase: true });
}

function split(qname: string): [string, string] {
  const c = qname.indexOf(':');
  return c < 0 ? ['', qname] : [qname.slice(0, c), qname.slice(c + 1)];
}

interface Reader {
  readonly src: string;
  readonly end: number;
  readonly stack: XmlElement[];
  root?: XmlElement;
  readonly problems: XmlProblem[];
  readonly undeclared: Set<string>;
}

/** Reads `src.slice(start, end)` as one XML document (offsets stay those of `src`). */
export function readXml(src: string, start: number, end: number): XmlReadResult {
  const r: Reader = { src, end, stack: [], problems: [], undeclared: new Set() };
  let i = start;
  while (i < end) {
    const lt = src.indexOf('<', i);
    const stop = lt < 0 || lt >= end ? end : lt;
    if (stop > i) addText(r, src.slice(i, stop));
    if (stop >= end) break;
    i = readMarkup(r, stop);
  }
  return { root: r.root, problems: r.problems, unclosed: r.stack.map((e) => e.name), undeclared: [...r.undeclared] };
}

function addText(r: Reader, raw: string): void {
  const top = r.stack[r.stack.length - 1];
  if (top) top.text += decodeXmlText(raw);
}

function skipTo(r: Reader, i: number, marker: string): number {
  const k = r.src.indexOf(marker, i);
  return k < 0 || k + marker.length > r.end ? r.end : k + marker.length;
}

/** Reads the markup at `i` (`src[i] === '<'`) and returns the next offset. */
function readMarkup(r: Reader, i: number): number {
  const s = r.src;
  if (s.startsWith('<!--', i)) return skipTo(r, i + 4, '-->');
  if (s.startsWith('<![CDATA[', i)) {
    const k = skipTo(r, i + 9, ']]>');
    const top = r.stack[r.stack.length - 1];
    if (top) top.text += s.slice(i + 9, Math.max(i + 9, k - 3));
    return k;
  }
  if (s.startsWith('<?', i)) return skipTo(r, i + 2, '?>');
  if (s.startsWith('<!', i)) return skipTo(r, i + 2, '>');
  if (s[i + 1] === '/') return readEndTag(r, i);
  return readStartTag(r, i);
}

function readEndTag(r: Reader, i: number): number {
  const m = NAME.exec(r.src.slice(i + 2, i + 200));
  const gt = r.src.indexOf('>', i);
  const next = gt < 0 || gt >= r.end ? r.end : gt + 1;
  if (!m || gt < 0 || gt >= r.end) {
    if (gt >= 0 && gt < r.end) r.problems.push({ offset: i, message: 'unreadable end tag' });
    return next;
  }
  const at = r.stack.map((e) => e.name).lastIndexOf(m[0]);
  if (at < 0) {
    r.problems.push({ offset: i, message: `end tag </${m[0]}> has no matching start tag` });
    return next;
  }
  if (at !== r.stack.length - 1) {
    r.problems.push({ offset: i, message: `</${m[0]}> closes unclosed <${r.stack[r.stack.length - 1].name}>` });
  }
  while (r.stack.length > at) r.stack.pop()!.closed = true;
  return next;
}

function readStartTag(r: Reader, i: number): number {
  const s = r.src;
  const m = NAME.exec(s.slice(i + 1, i + 300));
  if (!m) {
    addText(r, '<');
    return i + 1;
  }
  const attrs: { name: string; value: string; offset: number }[] = [];
  let k = i + 1 + m[0].length;
  while (k < r.end) {
    while (k < r.end && WS.test(s[k])) k++;
    if (s[k] === '>' || s.startsWith('/>', k)) break;
    const a = readAttr(r, k);
    if (!a) return r.end;
    if (a.attr) attrs.push(a.attr);
    k = a.next;
  }
  if (k >= r.end) return r.end; // a start tag cut short: dropped
  const selfClosing = s[k] === '/';
  openElement(r, m[0], attrs, i, selfClosing);
  return k + (selfClosing ? 2 : 1);
}

const QUOTES: Readonly<Record<string, string>> = { '"': '"', "'": "'", '“': '”', '”': '”', '‘': '’', '’': '’' };

function readAttr(r: Reader, k: number): { attr?: { name: string; value: string; offset: number }; next: number } | undefined {
  const s = r.src;
  const m = NAME.exec(s.slice(k, k + 300));
  if (!m) return { next: k + 1 };
  let j = k + m[0].length;
  while (j < r.end && WS.test(s[j])) j++;
  if (s[j] !== '=') return { attr: { name: m[0], value: '', offset: k }, next: j };
  j++;
  while (j < r.end && WS.test(s[j])) j++;
  const close = QUOTES[s[j]];
  if (close) {
    const q = s.indexOf(close, j + 1);
    if (q < 0 || q >= r.end) return undefined;
    return { attr: { name: m[0], value: decodeXmlText(s.slice(j + 1, q)), offset: k }, next: q + 1 };
  }
  const v = /^[^\s\u00a0>/]*/.exec(s.slice(j, j + 1000))![0];
  return { attr: { name: m[0], value: decodeXmlText(v), offset: k }, next: j + v.length };
}

function openElement(r: Reader, name: string, raw: { name: string; value: string; offset: number }[], offset: number, selfClosing: boolean): void {
  const parent = r.stack[r.stack.length - 1];
  const scope = new Map(parent?.scope ?? []);
  for (const a of raw) {
    if (a.name === 'xmlns') scope.set('', a.value);
    else if (a.name.startsWith('xmlns:')) scope.set(a.name.slice(6), a.value);
  }
  const resolve = (prefix: string, forAttr: boolean): string => {
    if (prefix === 'xml') return 'http://www.w3.org/XML/1998/namespace';
    if (prefix === '' && forAttr) return '';
    const uri = scope.get(prefix);
    if (uri === undefined && prefix !== '') r.undeclared.add(prefix);
    return uri ?? '';
  };
  const [prefix, local] = split(name);
  const attrs: XmlAttr[] = raw.map((a) => {
    const [p, l] = split(a.name);
    return { name: a.name, prefix: p, local: l, ns: a.name === 'xmlns' || p === 'xmlns' ? 'xmlns' : resolve(p, true), value: a.value, offset: a.offset };
  });
  const el: XmlElement = { name, prefix, local, ns: resolve(prefix, false), attrs, children: [], text: '', offset, closed: selfClosing, scope };
  if (parent) parent.children.push(el);
  else if (!r.root) r.root = el;
  else {
    r.problems.push({ offset, message: `content after the document element: <${name}>` });
    return;
  }
  if (!selfClosing) r.stack.push(el);
}
