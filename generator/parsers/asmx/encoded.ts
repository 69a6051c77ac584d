/**
 * SOAP-encoded samples (rpc/encoded services: docs/formats/asmx.md §SOAP-encoded samples;
 * SOAP 1.1 §5, SOAP 1.2 Part 2 §3).
 *
 * Such samples write structs and arrays as multi-reference values: the accessor is an empty
 * `<Origin href="#id1"/>` (SOAP 1.2: `enc:ref="id1"`) and the value is a separate element
 * `<tns:Point id="id1" xsi:type="tns:Point">…</tns:Point>` placed directly in the Body after the
 * RPC wrapper. `resolveEncoded` rewrites such an envelope into the shape a literal sample has:
 * every reference takes the content (and data attributes) of the element it names, body-level
 * `id` elements are removed, and the encoding attributes are dropped from the tree and kept as
 * `XmlElement.enc` (type name from `xsi:type`, arrays from `arrayType`/`itemType`/`ArrayOfX`).
 * A reference back into a value being expanded (a cycle) becomes a `backRef` stub; a reference
 * to no element is reported and left empty.
 */
import { joinPath } from '../../util/source.js';
import { attrRole, dataAttrs, encodedInfo, idOf, prefixNs, refOf, scopeOf, type Scope } from './encoding-attrs.js';
import { trimmedText, type EncodedInfo, type XmlElement } from '../../util/tolerant-xml.js';
import { SOAP12_RPC_NS, XML_NS, XSD_NSS } from '../../util/namespaces.js';
import type { SampleXml } from './blocks.js';

/** Reports a problem at a cleaned-text offset, with a service path. */
export type EncodedWarn = (message: string, offset: number, path: string) => void;

/** Most elements one resolution may produce (shared values are copied at each reference). */
const BUDGET = 20_000;

const ROOT_SCOPE: Scope = new Map([['xml', XML_NS]]);

/** True when an envelope's body is SOAP-encoded: multi-references, SOAP-ENC attributes, `encodingStyle`, or `xsi:type` QNames. */
export function isEncoded(envelope: XmlElement): boolean {
  if (envelope.local !== 'Envelope') return false;
  const scope = scopeOf(envelope, ROOT_SCOPE);
  if (envelope.attrs.some((a) => /encodingStyle$/.test(a.name))) return true;
  const body = envelope.children.find((c) => c.local === 'Body');
  if (!body) return false;
  const walk = (el: XmlElement, s: Scope): boolean => {
    const inner = scopeOf(el, s);
    for (const a of el.attrs) {
      const role = attrRole(a, inner);
      if (role === 'href' || role === 'ref' || role === 'enc' || (role === 'env' && /encodingStyle$/.test(a.name))) return true;
      if (role === 'xsi-type' && a.value.includes(':') && el !== body) return true;
    }
    return el.children.some((c) => walk(c, inner));
  };
  return walk(body, scope);
}

interface Target {
  readonly el: XmlElement;
  readonly scope: Scope;
}

/** Rewrites an encoded SOAP sample into its resolved form (see the module comment); other samples are returned as they are. */
export function resolveEncoded(parse: SampleXml, kind: 'request' | 'response', warn: EncodedWarn): SampleXml {
  const env = parse.root;
  if (!env || !isEncoded(env)) return parse;
  const envScope = scopeOf(env, ROOT_SCOPE);
  const body = env.children.find((c) => c.local === 'Body');
  if (!body) return parse;
  const bodyScope = scopeOf(body, envScope);
  const targets = new Map<string, Target>();
  const collect = (el: XmlElement, s: Scope): void => {
    const inner = scopeOf(el, s);
    const id = idOf(el, inner);
    if (id !== undefined && !targets.has(id)) targets.set(id, { el, scope: inner });
    for (const c of el.children) collect(c, inner);
  };
  collect(env, ROOT_SCOPE);
  const values = body.children.filter((c) => idOf(c, scopeOf(c, bodyScope)) === undefined);
  const kept = values.length > 0 ? values : body.children;
  const wrapper = kept[0];
  const opName = kind === 'response' ? (wrapper?.local.replace(/Response$/, '') ?? '?') : (wrapper?.local ?? '?');
  const r = new Resolver(targets, warn, joinPath(`operation ${opName}`, kind));
  const newBody: XmlElement = {
    ...body,
    children: kept.map((c, i) => (i === 0 ? r.wrapper(c, bodyScope) : r.value(c, bodyScope, new Map(), c.local))),
  };
  const children = env.children.map((c) => (c === body ? newBody : c.local === 'Header' ? r.header(c, envScope) : c));
  return { ...parse, root: { ...env, children }, encoded: true };
}

class Resolver {
  private made = 0;
  private readonly ids: ReadonlySet<string>;
  /** Offsets of dangling references already reported (a shared value is expanded at each use). */
  private readonly reported = new Set<number>();

  constructor(
    private readonly targets: ReadonlyMap<string, Target>,
    private readonly warn: EncodedWarn,
    private readonly base: string,
  ) {
    this.ids = new Set(targets.keys());
  }

  /** The RPC wrapper: its parts resolved; SOAP 1.2 `<rpc:result>` (which names the return part) dropped. */
  wrapper(el: XmlElement, outer: Scope): XmlElement {
    const s = scopeOf(el, outer);
    const parts = el.children.filter((c) => !(c.local === 'result' && (prefixNs(c.prefix, scopeOf(c, s)) === SOAP12_RPC_NS || c.prefix === 'rpc')));
    return { ...el, attrs: dataAttrs(el.attrs, s, this.ids), children: parts.map((c) => this.value(c, s, new Map(), c.local)) };
  }

  /** Header blocks: their values may use multi-references too. */
  header(el: XmlElement, outer: Scope): XmlElement {
    const s = scopeOf(el, outer);
    return { ...el, children: el.children.map((c) => this.value(c, s, new Map(), c.local)) };
  }

  /**
   * One value: a reference is replaced by the content of its target (recursively); `stack` maps
   * the ids being expanded to the type name they are expanded as (for cycle stubs).
   */
  value(el: XmlElement, outer: Scope, stack: ReadonlyMap<string, string>, path: string): XmlElement {
    this.made++;
    const s = scopeOf(el, outer);
    const ref = el.children.length === 0 && !trimmedText(el) ? refOf(el, s, this.ids) : undefined;
    if (ref === undefined) return this.copy(el, el, s, s, stack, path);
    const target = this.targets.get(ref);
    if (!target) {
      if (!this.reported.has(el.start)) this.warn(`multi-reference value "#${ref}" points at no element with id="${ref}" in the sample; typed as anyType`, el.start, joinPath(this.base, path));
      this.reported.add(el.start);
      return { ...el, attrs: dataAttrs(el.attrs, s, this.ids), children: [], text: '', runs: [] };
    }
    const tscope = scopeOf(target.el, target.scope);
    const info = encodedInfo(target.el, tscope);
    const back = stack.get(ref);
    if (back !== undefined || this.made > BUDGET) {
      const typeName = back ?? info?.typeName ?? target.el.local;
      return { ...el, attrs: dataAttrs(el.attrs, s, this.ids), children: [], text: '', runs: [], enc: { ...info, typeName, backRef: true } };
    }
    return this.copy(el, target.el, s, tscope, stack, path, ref);
  }

  /** `el` with the content, data attributes and encoding facts of `src` (itself, or the target it refers to). */
  private copy(el: XmlElement, src: XmlElement, s: Scope, srcScope: Scope, stack: ReadonlyMap<string, string>, path: string, ref?: string): XmlElement {
    const info: EncodedInfo | undefined = encodedInfo(src, srcScope) ?? (src !== el ? encodedInfo(el, s) : undefined);
    const own = idOf(src, srcScope) ?? ref;
    let inner = stack;
    if (own !== undefined) {
      const named = info?.typeName !== undefined && !XSD_NSS.includes(info.typeNs ?? '') ? info.typeName : el.local;
      inner = new Map(stack).set(own, named);
    }
    const attrs = src === el ? dataAttrs(el.attrs, s, this.ids) : [...dataAttrs(el.attrs, s, this.ids), ...dataAttrs(src.attrs, srcScope, this.ids).filter((a) => !el.attrs.some((b) => b.name === a.name))];
    return {
      ...el,
      attrs,
      children: src.children.map((c) => this.value(c, srcScope, inner, joinPath(path, c.local))),
      text: src.text,
      runs: src.runs,
      closed: el.closed && src.closed,
      selfClosing: el.selfClosing && src.selfClosing,
      ...(info ? { enc: info } : {}),
    };
  }
}
