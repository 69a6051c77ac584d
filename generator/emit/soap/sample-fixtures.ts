import { XMLParser } from 'fast-xml-parser';
import type { Field, Message, PrimitiveName, TypeRef } from '../../ir/types.js';
import { literalKey, str } from '../core/text.js';
import { SCALAR_KIND, type Direction, type TypeLookup } from '../core/types-map.js';
import { allFields } from '../core/declarations.js';

/**
 * Typed fixtures read from a sample message that holds real values (sample articles: the
 * vendor's own request and response). The sample's SOAP body root is read against the IR
 * message, field by field in wire order, and printed as a TypeScript literal of the value the
 * runtime would read (results) or write (requests). A sample that does not read completely
 * (a placeholder word, an element the IR does not type, a value not of its type) gives
 * `undefined`, and the caller keeps the canonical placeholder fixture (ASMX help pages).
 */

interface Node {
  readonly name: string;
  readonly ns: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly Node[];
  readonly text: string;
}

const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const SOAP = new Set(['http://schemas.xmlsoap.org/soap/envelope/', 'http://www.w3.org/2003/05/soap-envelope']);

/** Words ASMX help pages print instead of values: a sample using one is a placeholder sample. */
const PLACEHOLDER = new Set([...Object.keys(SCALAR_KIND), 'xml', 'dateTime', 'length', 'base64Binary', 'QName']);

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

class Unreadable extends Error {}

/** The typed fixture of `message` read from its SOAP sample, or `undefined` when the sample cannot give one. */
export function sampleRecord(message: Message, dir: Direction, lookup: TypeLookup): string | undefined {
  const sample = message.samples?.find((s) => s.protocol === 'soap11' || s.protocol === 'soap12');
  if (!sample) return undefined;
  try {
    const root = bodyRoot(sample.text);
    if (!root || (message.element && root.name !== message.element)) return undefined;
    return record(message.fields, root, dir, lookup, 0);
  } catch (e) {
    if (e instanceof Unreadable) return undefined;
    throw e;
  }
}

function bodyRoot(xml: string): Node | undefined {
  let parsed: unknown;
  try {
    parsed = parser.parse(xml);
  } catch {
    return undefined;
  }
  const env = toNodes(parsed as Record<string, unknown>[], new Map([['xml', 'http://www.w3.org/XML/1998/namespace']])).find((n) => n.name === 'Envelope' && SOAP.has(n.ns));
  const body = env?.children.find((c) => c.name === 'Body' && SOAP.has(c.ns));
  return body?.children[0];
}

function toNodes(list: readonly Record<string, unknown>[], scope: ReadonlyMap<string, string>): Node[] {
  const out: Node[] = [];
  for (const item of list) {
    const key = Object.keys(item).find((k) => k !== ':@');
    if (!key || key === '#text' || key.startsWith('#') || key.startsWith('?')) continue;
    const raw = (item[':@'] ?? {}) as Record<string, string>;
    const inner = new Map(scope);
    for (const [k, v] of Object.entries(raw)) {
      if (k === 'xmlns') inner.set('', v);
      else if (k.startsWith('xmlns:')) inner.set(k.slice(6), v);
    }
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(raw)) {
      if (k === 'xmlns' || k.startsWith('xmlns:')) continue;
      const i = k.indexOf(':');
      attrs[i < 0 ? k : `{${inner.get(k.slice(0, i)) ?? ''}}${k.slice(i + 1)}`] = v;
    }
    const kids = item[key] as Record<string, unknown>[];
    const text = kids.filter((k) => '#text' in k).map((k) => String(k['#text'])).join('');
    const i = key.indexOf(':');
    out.push({ name: i < 0 ? key : key.slice(i + 1), ns: inner.get(i < 0 ? '' : key.slice(0, i)) ?? '', attrs, children: toNodes(kids, inner), text });
  }
  return out;
}

function record(fields: readonly Field[], node: Node, dir: Direction, lookup: TypeLookup, depth: number): string {
  if (depth > 32) throw new Unreadable();
  const parts: string[] = [];
  const used = new Set<Node>();
  for (const f of fields) {
    const v = member(f, node, dir, lookup, used, depth);
    if (v !== undefined) parts.push(`${literalKey(f.name)}: ${v}`);
  }
  // Every child must be typed: an open record's extra members are raw XML the sample cannot give exactly.
  if (node.children.some((c) => !used.has(c))) throw new Unreadable();
  return parts.length ? `{ ${parts.join(', ')} }` : '{}';
}

function member(f: Field, node: Node, dir: Direction, lookup: TypeLookup, used: Set<Node>, depth: number): string | undefined {
  if (f.node === 'attribute') {
    const v = f.namespace ? node.attrs[`{${f.namespace}}${f.name}`] : node.attrs[f.name];
    return v === undefined ? undefined : scalar(f.type, v, lookup);
  }
  if (f.node === 'text') return node.children.length ? undefined : scalar(f.type, node.text, lookup);
  const hits = node.children.filter((c) => c.name === f.name && (f.namespace === undefined || c.ns === f.namespace));
  // A SOAP-encoded multi-reference (`href="#id1"`) stands for a value elsewhere: not read here.
  if (hits.some((h) => Object.keys(h.attrs).some((k) => k === 'href' || k.endsWith('}ref')))) throw new Unreadable();
  hits.forEach((h) => used.add(h));
  if (f.array && f.arrayItem) {
    if (!hits.length) return undefined;
    const items = hits[0].children.filter((c) => c.name === f.arrayItem!.name);
    if (items.length !== hits[0].children.length) throw new Unreadable();
    return `[${items.map((c) => value(f.type, c, dir, lookup, depth)).join(', ')}]`;
  }
  if (f.array) return hits.length || dir === 'out' ? `[${hits.map((c) => value(f.type, c, dir, lookup, depth)).join(', ')}]` : undefined;
  if (hits.length > 1) throw new Unreadable();
  return hits.length ? value(f.type, hits[0], dir, lookup, depth) : undefined;
}

function value(ref: TypeRef, node: Node, dir: Direction, lookup: TypeLookup, depth: number): string {
  if (node.attrs[`{${XSI}}nil`] === 'true') return 'null';
  if (ref.kind === 'ref') {
    const def = lookup.byId.get(ref.id);
    if (def?.kind === 'complex') return record(allFields(def, lookup), node, dir, lookup, depth + 1);
  }
  if (node.children.length) throw new Unreadable();
  return scalar(ref, node.text, lookup);
}

function scalar(ref: TypeRef, text: string, lookup: TypeLookup): string {
  if (ref.kind === 'ref') {
    const def = lookup.byId.get(ref.id);
    if (def?.kind === 'alias') return scalar(def.target, text, lookup);
    if (def?.kind === 'enum' && def.values.some((v) => v.name === text)) return str(text);
    throw new Unreadable();
  }
  if (ref.kind !== 'primitive' || PLACEHOLDER.has(text.trim())) throw new Unreadable();
  return primitive(ref.name, text);
}

function primitive(name: PrimitiveName, text: string): string {
  const t = text.trim();
  switch (SCALAR_KIND[name]) {
    case 'int':
    case 'float':
    case 'double': {
      const n = Number(t);
      if (t === '' || !Number.isFinite(n)) throw new Unreadable();
      return String(n);
    }
    case 'boolean':
      if (t !== 'true' && t !== 'false') throw new Unreadable();
      return t;
    case 'base64Binary':
    case 'hexBinary':
      throw new Unreadable();
    default:
      return str(SCALAR_KIND[name] === 'string' ? text : t);
  }
}
