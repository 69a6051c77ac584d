/**
 * The SOAP-encoding attributes of an encoded sample (SOAP 1.1 §5, SOAP 1.2 Part 2 §3;
 * docs/formats/asmx.md §SOAP-encoded samples): what each attribute means, and what an
 * element's `xsi:type` / `arrayType` / `itemType` say about its value.
 *
 * Prefixes are resolved through the sample's own `xmlns:` declarations; an unbound prefix falls
 * back to its customary meaning (`xsi`, `soapenc`/`SOAP-ENC`/`enc`, `soap`/`soap12`/`SOAP-ENV`),
 * since copied pages sometimes lose the envelope's declarations.
 */
import type { EncodedInfo, XmlAttr, XmlElement } from '../../util/tolerant-xml.js';
import { SOAP_ENC_NSS, SOAP_ENV_NSS, XSD_NSS, XSI_NSS } from '../../util/namespaces.js';


/** Prefix → namespace URI in scope at an element. */
export type Scope = ReadonlyMap<string, string>;

/** The scope inside `el`, given the scope around it. */
export function scopeOf(el: XmlElement, outer: Scope): Scope {
  const decl = el.attrs.filter((a) => a.name === 'xmlns' || a.name.startsWith('xmlns:'));
  if (decl.length === 0) return outer;
  const s = new Map(outer);
  for (const a of decl) s.set(a.name === 'xmlns' ? '' : a.name.slice(6), a.value);
  return s;
}

/** Namespace of a prefix, with the customary meaning of well-known prefixes when unbound. */
export function prefixNs(prefix: string, scope: Scope): string {
  const bound = scope.get(prefix);
  if (bound !== undefined) return bound;
  if (/^xsi$/i.test(prefix)) return XSI_NSS[0];
  if (/^(?:xsd|xs|s)$/i.test(prefix)) return XSD_NSS[0];
  if (/^(?:soapenc|soap-enc|enc|senc)$/i.test(prefix)) return SOAP_ENC_NSS[0];
  if (/^(?:soap|soap12|soap-env|env)$/i.test(prefix)) return SOAP_ENV_NSS[0];
  return '';
}

/** A QName value (`tns:Point`) resolved against the scope (unprefixed: the default namespace). */
export function qname(value: string, scope: Scope): { readonly name: string; readonly ns: string } {
  const v = value.trim();
  const i = v.indexOf(':');
  return i < 0 ? { name: v, ns: scope.get('') ?? '' } : { name: v.slice(i + 1), ns: prefixNs(v.slice(0, i), scope) };
}

export type AttrRole = 'id' | 'href' | 'ref' | 'xsi-type' | 'enc' | 'env' | 'other';

/** What an attribute is for: a multi-reference id/link, `xsi:type`, SOAP-ENC/envelope machinery, or data. */
export function attrRole(a: XmlAttr, scope: Scope): AttrRole {
  const i = a.name.indexOf(':');
  if (i < 0) {
    if (a.name === 'id') return 'id';
    if (a.name === 'href' && a.value.trim().startsWith('#')) return 'href';
    return 'other';
  }
  const prefix = a.name.slice(0, i);
  const local = a.name.slice(i + 1);
  if (prefix === 'xmlns') return 'other';
  const ns = prefixNs(prefix, scope);
  if (XSI_NSS.includes(ns)) return local === 'type' ? 'xsi-type' : 'other';
  if (SOAP_ENC_NSS.includes(ns)) return local === 'id' ? 'id' : local === 'ref' ? 'ref' : 'enc';
  if (SOAP_ENV_NSS.includes(ns)) return 'env';
  return 'other';
}

/** The attributes that carry data (everything but encoding machinery; `xsi:nil` stays). */
export function dataAttrs(attrs: readonly XmlAttr[], scope: Scope, refIds: ReadonlySet<string>): XmlAttr[] {
  return attrs.filter((a) => attrRole(a, scope) === 'other' && !(a.name === 'ref' && refIds.has(a.value.trim().replace(/^#/, ''))));
}

/** The id this element is known by (`id="id1"`, SOAP 1.2 `enc:id`), if any. */
export function idOf(el: XmlElement, scope: Scope): string | undefined {
  return el.attrs.find((a) => attrRole(a, scope) === 'id')?.value.trim() || undefined;
}

/**
 * The id an element refers to: `href="#id1"` (SOAP 1.1 §5.4.1), `enc:ref="id1"` (SOAP 1.2), or an
 * unprefixed `ref` naming a known id.
 */
export function refOf(el: XmlElement, scope: Scope, ids: ReadonlySet<string>): string | undefined {
  for (const a of el.attrs) {
    const role = attrRole(a, scope);
    const v = a.value.trim().replace(/^#/, '');
    if (role === 'href' || role === 'ref' || (a.name === 'ref' && ids.has(v))) return v;
  }
  return undefined;
}

/** Reads `xsi:type`, `arrayType` (`Point[2]`, `xsd:string[2]`), `itemType`/`arraySize` and `ArrayOfX` types. */
export function encodedInfo(el: XmlElement, scope: Scope): EncodedInfo | undefined {
  let typeName: string | undefined;
  let typeNs: string | undefined;
  let array: EncodedInfo['array'];
  for (const a of el.attrs) {
    const role = attrRole(a, scope);
    const local = a.name.slice(a.name.indexOf(':') + 1);
    if (role === 'xsi-type') {
      const q = qname(a.value, scope);
      if (SOAP_ENC_NSS.includes(q.ns) && q.name === 'Array') array = array ?? {};
      else ({ name: typeName, ns: typeNs } = q);
    } else if (role === 'enc' && local === 'arrayType') {
      const m = /^([^[\]]+)((?:\[[^\]]*\])+)$/.exec(a.value.trim());
      const nested = m ? (m[2].match(/\[/g) ?? []).length > 1 : true;
      array = m && !nested ? { item: qname(m[1], scope) } : {};
    } else if (role === 'enc' && local === 'itemType') array = { item: qname(a.value, scope) };
    else if (role === 'enc' && local === 'arraySize') array = array ?? {};
  }
  if (SOAP_ENC_NSS.includes(el.ns) && el.local === 'Array') array = array ?? {};
  if (!array && typeName && /^ArrayOf./.test(typeName) && el.children.every((c) => c.qname === el.children[0].qname)) {
    array = el.children.length > 0 ? {} : { item: { name: typeName.slice(7), ns: typeNs ?? '' } };
  }
  if (typeName === undefined && !array) return undefined;
  return { ...(typeName !== undefined ? { typeName, typeNs: typeNs ?? '' } : {}), ...(array ? { array } : {}) };
}
