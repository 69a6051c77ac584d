import { fieldArrayItem, fieldNamespace } from '../../ir/fields.js';
import type { Field, Message, PrimitiveName, Sample, SampleElement, TypeRef } from '../../ir/types.js';
import { SOAP_ENV_NSS, XSI_NS } from '../../util/namespaces.js';
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

type Node = SampleElement;

/** Words ASMX help pages print instead of values: a sample using one is a placeholder sample. */
const PLACEHOLDER = new Set([...Object.keys(SCALAR_KIND), 'xml', 'dateTime', 'length', 'base64Binary', 'QName']);

class Unreadable extends Error {}

/** The typed fixture of `message` read from its SOAP sample, or `undefined` when the sample cannot give one. */
export function sampleRecord(message: Message, dir: Direction, lookup: TypeLookup): string | undefined {
  const sample = message.samples?.find((s) => s.protocol === 'soap11' || s.protocol === 'soap12');
  if (!sample) return undefined;
  try {
    const root = bodyRoot(sample);
    if (!root || (message.element && root.name !== message.element)) return undefined;
    return record(message.fields, root, dir, lookup, 0);
  } catch (e) {
    if (e instanceof Unreadable) return undefined;
    throw e;
  }
}

/** The first element of the SOAP Body of a sample the parser read completely. */
function bodyRoot(sample: Sample): Node | undefined {
  const tree = sample.tree;
  if (tree?.kind !== 'xml' || !tree.complete) return undefined;
  const env = tree.root;
  if (env.name !== 'Envelope' || !SOAP_ENV_NSS.includes(env.ns)) return undefined;
  const body = env.children.find((c) => c.name === 'Body' && SOAP_ENV_NSS.includes(c.ns));
  return body?.children[0];
}

/** The value of the attribute `name` in namespace `ns` ('' for an unprefixed attribute). */
function attr(node: Node, name: string, ns = ''): string | undefined {
  return node.attrs.find((a) => a.name === name && a.ns === ns)?.value;
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
  if (f.fieldKind === 'attribute') {
    const v = attr(node, f.name, f.namespace ?? '');
    return v === undefined ? undefined : scalar(f.type, v, lookup);
  }
  if (f.fieldKind === 'text') return node.children.length ? undefined : scalar(f.type, node.text, lookup);
  const ns = fieldNamespace(f);
  const hits = node.children.filter((c) => c.name === f.name && (ns === undefined || c.ns === ns));
  // A SOAP-encoded multi-reference (`href="#id1"`) stands for a value elsewhere: not read here.
  if (hits.some((h) => h.attrs.some((a) => (a.name === 'href' && a.ns === '') || (a.name === 'ref' && a.ns !== '')))) throw new Unreadable();
  hits.forEach((h) => used.add(h));
  const item = fieldArrayItem(f);
  if (f.array && item) {
    if (!hits.length) return undefined;
    const items = hits[0].children.filter((c) => c.name === item.name);
    if (items.length !== hits[0].children.length) throw new Unreadable();
    return `[${items.map((c) => value(f.type, c, dir, lookup, depth)).join(', ')}]`;
  }
  if (f.array) return hits.length || dir === 'out' ? `[${hits.map((c) => value(f.type, c, dir, lookup, depth)).join(', ')}]` : undefined;
  if (hits.length > 1) throw new Unreadable();
  return hits.length ? value(f.type, hits[0], dir, lookup, depth) : undefined;
}

function value(ref: TypeRef, node: Node, dir: Direction, lookup: TypeLookup, depth: number): string {
  if (attr(node, 'nil', XSI_NS) === 'true') return 'null';
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
