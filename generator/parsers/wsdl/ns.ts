import type { PrimitiveName, TypeRef } from '../../ir/types.js';
import {
  MS_SERIALIZATION_NS, MS_WSDL_TYPES_NS, SOAP11_ENC_NS, SOAP11_ENV_NS, SOAP12_ENC_NS, SOAP12_ENV_NS, WSDL2_NS, WSDL_HTTP_NS,
  WSDL_MIME_NS, WSDL_NS, WSDL_SOAP11_NS, WSDL_SOAP12_NS, XMIME_2004_NS, XMIME_NS, XML_NS, XOP_NS, XSD_NS, XSD_NSS,
} from '../../util/namespaces.js';

/** Namespace URIs of WSDL 1.1, its bindings, XML Schema and the SOAP/Microsoft type libraries. */
export const NS = {
  wsdl: WSDL_NS,
  wsdl2: WSDL2_NS,
  soap11: WSDL_SOAP11_NS,
  soap12: WSDL_SOAP12_NS,
  http: WSDL_HTTP_NS,
  mime: WSDL_MIME_NS,
  soapenc: SOAP11_ENC_NS,
  soapenc12: SOAP12_ENC_NS,
  msTypes: MS_WSDL_TYPES_NS,
  msSer: MS_SERIALIZATION_NS,
  xop: XOP_NS,
  xmime: XMIME_NS,
  xmime2004: XMIME_2004_NS,
} as const;

export { XML_NS, XSD_NSS };

export const XSD = XSD_NS;

/**
 * Namespaces whose definitions svcgen knows and never fetches, whatever `schemaLocation` says:
 * XML Schema, SOAP 1.1/1.2 encoding and envelopes, `xml:`, WSDL 1.1 and its bindings.
 */
export const BUILTIN_SCHEMA_NSS: ReadonlySet<string> = new Set([
  ...XSD_NSS, NS.soapenc, NS.soapenc12, XML_NS, NS.wsdl, NS.soap11, NS.soap12, NS.http,
  SOAP11_ENV_NS, SOAP12_ENV_NS, NS.mime,
]);

const PRIMS: ReadonlySet<string> = new Set<PrimitiveName>([
  'string', 'normalizedString', 'token', 'anyURI', 'QName', 'boolean', 'int', 'short', 'byte', 'unsignedShort',
  'unsignedByte', 'unsignedInt', 'float', 'double', 'long', 'unsignedLong', 'integer', 'nonNegativeInteger',
  'positiveInteger', 'nonPositiveInteger', 'negativeInteger', 'decimal', 'dateTime', 'date', 'time', 'duration',
  'base64Binary', 'hexBinary', 'anyType',
]);

/** XSD built-ins without a PrimitiveName of their own, mapped to the nearest one (XSD Part 2 §3/§4). */
const ALIASES: Readonly<Record<string, PrimitiveName>> = {
  anySimpleType: 'string', language: 'token', Name: 'token', NCName: 'token', ID: 'token', IDREF: 'token',
  IDREFS: 'string', ENTITY: 'token', ENTITIES: 'string', NMTOKEN: 'token', NMTOKENS: 'string', NOTATION: 'QName',
  gYear: 'string', gYearMonth: 'string', gMonth: 'string', gMonthDay: 'string', gDay: 'string',
  timeInstant: 'dateTime', timeDuration: 'duration', uriReference: 'anyURI', binary: 'base64Binary',
  base64: 'base64Binary', recurringDuration: 'string', timePeriod: 'string', dateTimeStamp: 'dateTime',
  yearMonthDuration: 'duration', dayTimeDuration: 'duration',
};

const prim = (name: PrimitiveName): TypeRef => ({ kind: 'primitive', name });

/**
 * Maps a built-in type QName to a TypeRef: XSD built-ins, SOAP-ENC types (SOAP 1.1 §5: same local
 * names as XSD, plus `base64`), Microsoft `guid`/`char`/`duration`, and the xmime base64 type.
 * Returns undefined for anything that is not a built-in.
 */
export function builtin(ns: string, local: string): TypeRef | undefined {
  if (XSD_NSS.includes(ns) || ns === NS.soapenc || ns === NS.soapenc12) {
    if (PRIMS.has(local)) return prim(local as PrimitiveName);
    const a = ALIASES[local];
    if (a) return prim(a);
    if (ns !== XSD && ns !== NS.soapenc) return undefined;
    return XSD_NSS.includes(ns) ? prim('string') : undefined;
  }
  if (ns === NS.msTypes || ns === NS.msSer) {
    if (local === 'guid') return prim('guid');
    if (local === 'char') return prim('char');
    if (ns === NS.msSer && local === 'duration') return prim('duration');
    if (ns === NS.msSer && PRIMS.has(local)) return prim(local as PrimitiveName);
    return undefined;
  }
  if ((ns === NS.xmime || ns === NS.xmime2004) && (local === 'base64Binary' || local === 'hexBinary')) {
    return prim(local);
  }
  return undefined;
}

/** `{ns}local`: the id form of schema components. */
export const qid = (ns: string, local: string): string => `{${ns}}${local}`;
