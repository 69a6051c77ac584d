import { XSI_NS } from '../../util/namespaces.js';
import type { XmlElement } from '../../util/tolerant-xml.js';

/**
 * Shapes: what all instances of one element (at one place in a message) show. Sibling elements
 * with the same name are instances of the same member; a member repeated within one parent
 * instance is an array. Instances from several samples of the same operation merge.
 */

/* `xsi:` attributes (nil, type, schemaLocation) are not members. */

/** All values seen for one attribute. */
export interface AttrShape {
  readonly name: string;
  readonly ns: string;
  readonly values: string[];
  readonly offset: number;
}

/** A child element member and how often it repeats. */
export interface ChildShape {
  readonly shape: Shape;
  /** Highest number of occurrences within one parent instance. */
  maxCount: number;
}

/** All instances of one element at one place in a message. */
export interface Shape {
  readonly local: string;
  readonly ns: string;
  /** The first instance (for locations). */
  readonly first: XmlElement;
  instances: number;
  readonly attrs: Map<string, AttrShape>;
  /** Children keyed by `{ns}local`, in first-seen wire order. */
  readonly children: Map<string, ChildShape>;
  /** Trimmed direct text of each instance without element children. */
  readonly values: string[];
  /** Text found next to child elements (mixed content). */
  mixed: boolean;
  nillable: boolean;
}

const key = (ns: string, local: string): string => `{${ns}}${local}`;

/** A new shape seeded with one instance. */
export function shapeOf(el: XmlElement): Shape {
  const s = emptyShape(el);
  addInstance(s, el);
  return s;
}

function emptyShape(el: XmlElement): Shape {
  return { local: el.local, ns: el.ns, first: el, instances: 0, attrs: new Map(), children: new Map(), values: [], mixed: false, nillable: false };
}

/** Adds one more instance of the element to its shape. */
export function addInstance(shape: Shape, el: XmlElement): void {
  shape.instances++;
  for (const a of el.attrs) {
    if (a.ns === 'xmlns') continue;
    if (a.ns === XSI_NS) {
      if (a.local === 'nil' && a.value.trim() === 'true') shape.nillable = true;
      continue;
    }
    const k = key(a.ns, a.local);
    const prev = shape.attrs.get(k);
    if (prev) prev.values.push(a.value);
    else shape.attrs.set(k, { name: a.local, ns: a.ns, values: [a.value], offset: a.offset });
  }
  if (el.children.length === 0) {
    if (!isNil(el)) shape.values.push(el.text.trim());
    return;
  }
  if (el.text.trim() !== '') shape.mixed = true;
  addChildren(shape, el.children);
}

function isNil(el: XmlElement): boolean {
  return el.attrs.some((a) => a.ns === XSI_NS && a.local === 'nil' && a.value.trim() === 'true');
}

function addChildren(shape: Shape, children: readonly XmlElement[]): void {
  const counts = new Map<string, number>();
  let previous: string | undefined;
  for (const c of children) {
    const k = key(c.ns, c.local);
    counts.set(k, (counts.get(k) ?? 0) + 1);
    let child = shape.children.get(k);
    if (!child) {
      child = { shape: emptyShape(c), maxCount: 0 };
      insertAfter(shape.children, previous, k, child);
    }
    addInstance(child.shape, c);
    previous = k;
  }
  for (const [k, n] of counts) {
    const child = shape.children.get(k)!;
    child.maxCount = Math.max(child.maxCount, n);
  }
}

/** Inserts `k` right after `after` (or first), keeping the first-seen order of the others. */
function insertAfter<V>(map: Map<string, V>, after: string | undefined, k: string, v: V): void {
  const entries = [...map.entries()];
  const at = after === undefined ? 0 : entries.findIndex(([e]) => e === after) + 1;
  entries.splice(at, 0, [k, v]);
  map.clear();
  for (const [ek, ev] of entries) map.set(ek, ev);
}

/** True when instances show element children or attributes (a record, not a scalar). */
export function isComplex(shape: Shape): boolean {
  return shape.children.size > 0 || shape.attrs.size > 0;
}
