import { XMLParser } from 'fast-xml-parser';

/**
 * Canonical XML for tests: a namespace-aware tree (prefixes resolved and dropped, namespace
 * declarations removed, whitespace-only text between elements ignored) so two documents can be
 * compared whatever prefixes and indentation they use. `xsi:type` values are QNames and are
 * canonicalised the same way (`{namespace}local`).
 */

export interface CanonElement {
  readonly name: string;
  readonly ns: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly CanonNode[];
}
export type CanonNode = CanonElement | string;

type Raw = Record<string, unknown>;

const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

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
  commentPropName: '#comment',
  cdataPropName: '#cdata',
});

export function canon(xml: string): CanonElement {
  const nodes = parser.parse(xml) as Raw[];
  const root = toNodes(nodes, new Map([['xml', 'http://www.w3.org/XML/1998/namespace']])).find((n): n is CanonElement => typeof n !== 'string');
  if (!root) throw new Error('no root element');
  return root;
}

function toNodes(list: Raw[], scope: Map<string, string>): CanonNode[] {
  const out: CanonNode[] = [];
  for (const item of list) {
    const key = Object.keys(item).find((k) => k !== ':@')!;
    if (key === '#comment') continue;
    if (key === '#text' || key === '#cdata') {
      const text = key === '#text' ? String(item[key]) : ((item[key] as Raw[])[0]?.['#text'] as string | undefined) ?? '';
      if (text.trim() === '' && key === '#text') continue;
      const last = out[out.length - 1];
      if (typeof last === 'string') out[out.length - 1] = last + text;
      else out.push(text);
      continue;
    }
    const rawAttrs = (item[':@'] ?? {}) as Record<string, string>;
    const inner = new Map(scope);
    for (const [k, v] of Object.entries(rawAttrs)) {
      if (k === 'xmlns') inner.set('', v);
      else if (k.startsWith('xmlns:')) inner.set(k.slice(6), v);
    }
    const [prefix, local] = split(key);
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(rawAttrs)) {
      if (k === 'xmlns' || k.startsWith('xmlns:')) continue;
      const [p, l] = split(k);
      const name = p ? `{${inner.get(p) ?? p}}${l}` : l;
      // xsi:type holds a QName: its prefix is resolved like an element's.
      if (name === `{${XSI}}type`) {
        const [vp, vl] = split(v.trim());
        attrs[name] = `{${inner.get(vp) ?? (vp || '')}}${vl}`;
      } else attrs[name] = v;
    }
    out.push({ name: local, ns: inner.get(prefix) ?? '', attrs, children: toNodes(item[key] as Raw[], inner) });
  }
  return out;
}

function split(qname: string): [string, string] {
  const i = qname.indexOf(':');
  return i < 0 ? ['', qname] : [qname.slice(0, i), qname.slice(i + 1)];
}

/** The element children of an element (text left out). */
export function childElements(e: CanonElement): CanonElement[] {
  return e.children.filter((c): c is CanonElement => typeof c !== 'string');
}

/** Finds the first element with the local name, depth first. */
export function findElement(root: CanonElement, name: string): CanonElement | undefined {
  if (root.name === name) return root;
  for (const c of root.children) {
    if (typeof c === 'string') continue;
    const hit = findElement(c, name);
    if (hit) return hit;
  }
  return undefined;
}

/**
 * Compares two canonical trees. `leaf(expected, actual, path)` decides whether two leaf texts
 * match (e.g. a placeholder word against a serialized value); returns the differences found.
 */
export function diffCanon(expected: CanonElement, actual: CanonElement, leaf: (e: string, a: string, path: string) => boolean, path = ''): string[] {
  const here = `${path}/${expected.name}`;
  const out: string[] = [];
  if (expected.name !== actual.name || expected.ns !== actual.ns) return [`${here}: expected {${expected.ns}}${expected.name}, got {${actual.ns}}${actual.name}`];
  for (const [k, v] of Object.entries(expected.attrs)) {
    if (!(k in actual.attrs)) out.push(`${here}@${k}: missing`);
    else if (!leaf(v, actual.attrs[k], `${here}@${k}`)) out.push(`${here}@${k}: ${JSON.stringify(v)} vs ${JSON.stringify(actual.attrs[k])}`);
  }
  const ec = expected.children;
  const ac = actual.children;
  const eText = ec.every((c) => typeof c === 'string');
  const aText = ac.every((c) => typeof c === 'string');
  if (eText && aText) {
    const e = ec.join('');
    const a = ac.join('');
    if (!leaf(e, a, here)) out.push(`${here}: ${JSON.stringify(e)} vs ${JSON.stringify(a)}`);
    return out;
  }
  if (ec.length !== ac.length) return [...out, `${here}: ${ec.length} children expected, got ${ac.length}`];
  ec.forEach((c, i) => {
    const a = ac[i];
    if (typeof c === 'string' || typeof a === 'string') {
      if (typeof c !== typeof a || !leaf(String(c), String(a), here)) out.push(`${here}[${i}]: text/element mismatch`);
    } else out.push(...diffCanon(c, a, leaf, here));
  });
  return out;
}
