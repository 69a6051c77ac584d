/**
 * SOAP 1.1 and 1.2 messages. `buildSoapRequest` writes the envelope the way ASMX services expect
 * it (the `xsi` and `xsd` prefixes declared on the envelope, optional header blocks, the body's
 * root element in its own default namespace) together with the HTTP headers of the version
 * (SOAP 1.1: `text/xml` and a quoted `SOAPAction`; SOAP 1.2: `application/soap+xml` with an
 * `action` parameter). `readSoapResponse` reads the response envelope with the schema-driven
 * reader, and turns a fault of either shape (SOAP 1.1 `faultcode`/`faultstring`, SOAP 1.2
 * `Code`/`Reason`) into a `SoapFaultError`, whichever version was used for the request. A multipart
 * (SwA / MTOM) response is read from its root part (mime.ts).
 */

import { ResponseError, SoapFaultError, type DeclaredFault, type SoapVersion } from './errors.js';
import { soapEnvelopeText } from './mime.js';
import type { OperationDesc } from './schema.js';
import { XmlReader, type Opened } from './xml-reader.js';
import { SOAP11_ENC, SOAP12_ENC, type NsScope } from './xml-scan.js';
import { writeElement, XSD_NS, XSI_NS } from './xml-writer.js';

export const SOAP11_NS = 'http://schemas.xmlsoap.org/soap/envelope/';
export const SOAP12_NS = 'http://www.w3.org/2003/05/soap-envelope';

/** A request ready to send. */
export interface SoapRequest {
  readonly body: string;
  readonly headers: Record<string, string>;
}

/** A response read by its descriptors. */
export interface SoapResponse {
  /** The body's root element as an object (typed by `op.output.type`); `undefined` for one-way operations. */
  readonly value: unknown;
  /** Response header blocks by local name (those listed in `op.headersOut`). */
  readonly soapHeaders: Record<string, unknown>;
}

/** What the client adds to a request: header blocks written as given (WS-Security, WS-Addressing), MTOM parts. */
export interface RequestExtras {
  /** XML of header blocks written first in `soap:Header` (the envelope prefix is `soap` or `soap12`). */
  readonly headerXml?: string;
  /** MTOM: sets `base64Binary` values aside as parts (see `WriteOptions.attach`). */
  readonly attach?: (bytes: Uint8Array) => string;
}

/** Builds the envelope and HTTP headers of a SOAP request; throws `ValidationError` on bad values. */
export function buildSoapRequest(
  version: SoapVersion,
  op: OperationDesc,
  input: unknown,
  soapHeaders?: Record<string, unknown>,
  more: RequestExtras = {},
): SoapRequest {
  const p = version === 'soap12' ? 'soap12' : 'soap';
  const envNs = version === 'soap12' ? SOAP12_NS : SOAP11_NS;
  let xml = `<?xml version="1.0" encoding="utf-8"?><${p}:Envelope xmlns:xsi="${XSI_NS}" xmlns:xsd="${XSD_NS}" xmlns:${p}="${envNs}">`;
  let blocks = more.headerXml ?? '';
  if (op.headersIn && soapHeaders) {
    for (const h of op.headersIn) {
      const v = Object.prototype.hasOwnProperty.call(soapHeaders, h.name) ? soapHeaders[h.name] : undefined;
      if (v === undefined) continue;
      blocks += writeElement(h.name, h.ns ?? '', h.type, v, { xsiDeclared: true, path: `soapHeaders.${h.name}` });
    }
  }
  if (blocks) xml += `<${p}:Header>${blocks}</${p}:Header>`;
  xml += `<${p}:Body>`;
  // rpc/encoded: SOAP encoding (SOAP 1.1 §5, SOAP 1.2 Part 2 §3), declared on the body's root.
  const encoding = op.encoded ? version : undefined;
  const rootAttrs = op.encoded ? ` ${p}:encodingStyle="${version === 'soap12' ? SOAP12_ENC : SOAP11_ENC}"` : '';
  xml += writeElement(op.input.name, op.input.ns ?? '', op.input.type, input, { xsiDeclared: true, path: 'request', encoding, rootAttrs, attach: more.attach });
  xml += `</${p}:Body></${p}:Envelope>`;
  const action = actionHeader(op);
  const headers: Record<string, string> =
    version === 'soap12'
      ? { 'Content-Type': `application/soap+xml; charset=utf-8${op.action !== undefined ? `; action="${action}"` : ''}` }
      : { 'Content-Type': 'text/xml; charset=utf-8', SOAPAction: `"${action}"` };
  return { body: xml, headers };
}

const actions = new WeakMap<OperationDesc, string>();

/**
 * The operation's action as an HTTP header value, made once per operation. Header values carry
 * Latin-1 only: other characters of an IRI action are percent-encoded (RFC 3987 §3.1), which is
 * the URI the action names.
 */
function actionHeader(op: OperationDesc): string {
  let action = actions.get(op);
  if (action === undefined) {
    action = (op.action ?? '').replace(/[^\x20-\x7e]+/gu, (c) => encodeURIComponent(c));
    actions.set(op, action);
  }
  return action;
}

/** How a SOAP message is read. */
export interface ReadOptions {
  /** Elements nested deeper than this are a `LimitError` (default: `DEFAULT_LIMITS.maxDepth`). */
  readonly maxDepth?: number;
  /** MTOM/XOP: the parts of a multipart message an `xop:Include` may name, by Content-ID. */
  readonly attachments?: ReadonlyMap<string, Uint8Array>;
  /** Check values against their descriptors (default `true`; the mock reads requests with `false`). */
  readonly strict?: boolean;
}

/**
 * Reads a SOAP response. Throws `SoapFaultError` for a fault (any status), `ResponseError` when
 * the text is not a SOAP envelope holding the expected body element, or a value is not what its
 * descriptor declares. `options.strict: false` leaves the value checks to a validator run
 * afterwards (the mock reads requests so).
 */
export function readSoapResponse(
  version: SoapVersion,
  op: OperationDesc,
  text: string,
  status: number,
  contentType: string,
  options: ReadOptions = {},
): SoapResponse {
  try {
    if (/html/i.test(contentType)) throw new ResponseError(`expected an XML response, got content type ${contentType}`, text);
    const r = new XmlReader(soapEnvelopeText(text, contentType), options.maxDepth);
    r.strict = options.strict ?? true;
    // SOAP encoding: values may be multi-reference (`href="#id"`, SOAP 1.2 `enc:ref`).
    if (op.encoded) r.multiRef = true;
    r.attachments = options.attachments;
    const env = r.openRoot();
    if (!r.isNamed(env, 'Envelope') || (env.ns !== SOAP11_NS && env.ns !== SOAP12_NS)) {
      throw r.error(`unexpected root element <${text.slice(env.qs, env.qe)}>${env.ns ? ` in ${env.ns}` : ''}, expected a SOAP Envelope`);
    }
    let soapHeaders: Record<string, unknown> = {};
    let value: unknown;
    let sawBody = false;
    for (let c = r.first(env); c; c = r.next(env)) {
      if (c.ns === env.ns && r.isNamed(c, 'Header')) soapHeaders = readHeaders(r, c, op);
      else if (c.ns === env.ns && r.isNamed(c, 'Body')) {
        if (sawBody) throw r.error('SOAP envelope with a second Body');
        try {
          value = readBody(r, c, op, version, env.ns === SOAP12_NS ? 'soap12' : 'soap11', status);
        } catch (e) {
          // A fault keeps the header blocks read before it (soap:headerfault entries).
          if (e instanceof SoapFaultError) e.soapHeaders = soapHeaders;
          throw e;
        }
        sawBody = true;
      } else r.skip(c);
    }
    if (!sawBody) throw r.error('SOAP envelope without Body');
    r.epilog();
    return { value, soapHeaders };
  } catch (e) {
    if (e instanceof ResponseError || e instanceof SoapFaultError) e.status = status;
    throw e;
  }
}

function readHeaders(r: XmlReader, header: Opened, op: OperationDesc): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const known = (d: { name: string; ns?: string }, c: Opened) => r.isNamed(c, d.name) && (d.ns === undefined || d.ns === c.ns);
  for (let c = r.first(header); c; c = r.next(header)) {
    const h = op.headersOut?.find((d) => known(d, c)) ?? op.headerFaults?.find((d) => known(d, c));
    if (!h) {
      r.skip(c);
      continue;
    }
    r.path.push(h.name);
    Object.defineProperty(out, h.name, { value: r.value(c, h.type), writable: true, enumerable: true, configurable: true });
    r.path.pop();
  }
  return out;
}

function readBody(r: XmlReader, body: Opened, op: OperationDesc, called: SoapVersion, got: SoapVersion, status: number): unknown {
  let c = r.first(body);
  // SOAP 1.1 encoding: multi-reference targets (`id`, not marked `soapenc:root="1"`) may come
  // before the response's root element (§5.1, §7.1).
  while (op.encoded && c && r.attr('id', '') !== undefined && r.attr('root', SOAP11_ENC)?.trim() !== '1') {
    r.skip(c);
    c = r.next(body);
  }
  const out = op.output;
  if (!c) {
    if (out) throw r.error(`empty SOAP Body, expected <${out.name}>`);
    return undefined;
  }
  if (isFault(r, c)) {
    const fault = readFault(r, c, c.ns === SOAP12_NS ? 'soap12' : got, called, status, op);
    // SOAP 1.2 Part 1 §5.4: a fault is the only child of the Body.
    if (r.next(body)) throw r.error('SOAP Fault is not the only element of the Body');
    throw fault;
  }
  let value: unknown;
  if (!out) r.skip(c);
  else {
    if (!acceptsRoot(r, c, op)) {
      const got = `<${r.localName(c)}>${c.ns ? ` in ${c.ns}` : ''}`;
      throw r.error(`unexpected body element ${got}, expected <${out.name}> in ${out.ns || 'no namespace'}`);
    }
    r.path.push(out.name);
    value = r.value(c, out.type);
    r.path.pop();
  }
  for (let rest = r.next(body); rest; rest = r.next(body)) {
    if (isFault(r, rest)) throw r.error('SOAP Fault after the response element: a Fault must be the only element of the Body');
    // SOAP encoding: multi-reference targets follow the root; a literal body holds one element.
    if (out && !op.encoded) throw r.error(`unexpected element <${r.localName(rest)}> after <${out.name}> in the SOAP Body`);
    r.skip(rest);
  }
  return value;
}

function isFault(r: XmlReader, c: Opened): boolean {
  return r.isNamed(c, 'Fault') && (c.ns === SOAP11_NS || c.ns === SOAP12_NS);
}

/**
 * Whether body element `c` is the operation's response root. Document style: the element named
 * by the output part, in its namespace. RPC style: any name, because WSDL 1.1 §3.5 does not fix
 * the name of the response wrapper (`{op}Response` is a convention that servers such as ATL
 * Server or Delphi do not follow), in the namespace of `soap:body` (none where it names none).
 */
function acceptsRoot(r: XmlReader, c: Opened, op: OperationDesc): boolean {
  const out = op.output;
  if (!out) return false;
  if (c.ns !== (out.ns ?? '')) return false;
  return op.style === 'rpc' || r.isNamed(c, out.name);
}

/** Reads a `Fault` element of either shape. */
function readFault(r: XmlReader, fault: Opened, got: SoapVersion, called: SoapVersion, status: number, op?: OperationDesc): SoapFaultError {
  let declared: DeclaredFault | undefined;
  let faultCode = '';
  let faultString = '';
  let actor: string | undefined;
  let node: string | undefined;
  let detail: string | undefined;
  const subcodes: string[] = [];
  for (let c = r.first(fault); c; c = r.next(fault)) {
    switch (r.localName(c)) {
      case 'faultcode':
        faultCode = r.text(c).trim();
        break;
      case 'faultstring':
        faultString = r.text(c).trim();
        break;
      case 'faultactor':
      case 'Role':
        actor = r.text(c).trim();
        break;
      case 'Node':
        node = r.text(c).trim();
        break;
      case 'detail':
      case 'Detail': {
        const at = c.start;
        const scope = r.scopeOutside(c);
        detail = r.inner(c);
        if (op?.faults?.length) declared = readDeclaredFault(r, at, scope, op);
        break;
      }
      case 'Code':
        faultCode = readCode(r, c, subcodes);
        break;
      case 'Reason':
        for (let t = r.first(c); t; t = r.next(c)) {
          const s = r.text(t).trim();
          if (!faultString) faultString = s;
        }
        break;
      default:
        r.skip(c);
    }
  }
  const note =
    got !== called ? `${got === 'soap12' ? 'SOAP 1.2' : 'SOAP 1.1'} fault received for a ${called === 'soap12' ? 'SOAP 1.2' : 'SOAP 1.1'} request` : undefined;
  // ASP.NET writes SoapException.Actor as the SOAP 1.2 `Node`; `actor` falls back to it.
  return new SoapFaultError({ faultCode, faultString, actor: actor ?? node, node, detail, fault: declared, soapVersion: got, subcodes, status }, note);
}

/**
 * The first detail entry that is a fault the operation declares, read by its type. A detail that
 * does not match its declaration leaves `fault` unset: the fault itself must still come through.
 */
function readDeclaredFault(outer: XmlReader, at: number, scope: NsScope | undefined, op: OperationDesc): DeclaredFault | undefined {
  const r = new XmlReader(outer.src, outer.maxDepth);
  // The detail element sits in Envelope/Body/Fault.
  r.seek(at, scope, 3);
  const detail = r.open();
  try {
    for (let c = r.first(detail); c; c = r.next(detail)) {
      const f = op.faults!.find((d) => r.isNamed(c, d.element) && (d.ns ?? '') === c.ns);
      if (!f) {
        r.skip(c);
        continue;
      }
      r.path.push(f.element);
      return { name: f.name, detail: r.value(c, f.type) };
    }
  } catch (e) {
    if (!(e instanceof ResponseError)) throw e;
  }
  return undefined;
}

/** SOAP 1.2 `Code`: its `Value`, with the `Subcode/Value` chain collected into `subcodes`. */
function readCode(r: XmlReader, code: Opened, subcodes: string[]): string {
  let value = '';
  for (let c = r.first(code); c; c = r.next(code)) {
    if (r.isNamed(c, 'Value')) value = r.text(c).trim();
    else if (r.isNamed(c, 'Subcode')) {
      const at = subcodes.length;
      subcodes.splice(at, 0, readCode(r, c, subcodes));
    }
    else r.skip(c);
  }
  return value;
}
