/**
 * MTOM/XOP (W3C SOAP Message Transmission Optimization Mechanism, XML-binary Optimized
 * Packaging). An MTOM message is a `multipart/related; type="application/xop+xml"` body: the SOAP
 * envelope is the root part, and each optimized `base64Binary` value is an
 * `<xop:Include href="cid:…"/>` element naming another part, whose bytes are the value. Responses
 * are read from their bytes (binary parts are never decoded as text): parts in any order,
 * parameters quoted or not, `binary`, `8bit`, `7bit` or `base64` transfer encodings, as WCF and
 * Axis send them. An `xop:Include` that names no part is a `ResponseError`. Requests are written
 * the same way when the client is created with `mtom: true`.
 */

import { fromBase64 } from './codec.js';
import { ResponseError } from './errors.js';
import type { XmlReader } from './xml-reader.js';
import type { Opened } from './xml-scan.js';

export const XOP_NS = 'http://www.w3.org/2004/08/xop/include';

/** The root part of a multipart answer and its other parts by Content-ID. */
export interface MultipartMessage {
  /** The root part decoded as text (its charset, UTF-8 by default). */
  readonly text: string;
  /** The root part's content type. */
  readonly contentType: string;
  /** The bytes of every other part, by Content-ID (without angle brackets). */
  readonly attachments: ReadonlyMap<string, Uint8Array>;
}

/** Whether a response of this content type is read from its bytes (a MIME multipart body). */
export function isMultipart(contentType: string | null): boolean {
  return /^\s*multipart\/related\b/i.test(contentType ?? '');
}

/** A parameter of a header value (`name=value` or `name="value"`, backslash escapes in quotes). */
export function headerParam(header: string, name: string): string | undefined {
  const re = new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"((?:[^"\\\\]|\\\\.)*)"|([^;\\s]*))`, 'i');
  const m = re.exec(header);
  if (!m) return undefined;
  return m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : m[2];
}

/** Reads a `multipart/related` body; throws `ResponseError` when it is not one. */
export function readMultipart(bytes: Uint8Array, contentType: string, status = 0): MultipartMessage {
  const fail = (message: string): never => {
    throw new ResponseError(`MTOM/multipart response: ${message}`, latin1(bytes, 0, Math.min(bytes.length, 400)), status);
  };
  let boundary = headerParam(contentType, 'boundary');
  if (!boundary) {
    // No parameter: the body's first line is the delimiter.
    const nl = bytes.indexOf(10);
    const first = latin1(bytes, 0, nl < 0 ? bytes.length : nl).trimEnd();
    if (!first.startsWith('--') || first.length < 3) fail(`no boundary parameter in content type ${JSON.stringify(contentType)}`);
    boundary = first.slice(2);
  }
  const delim = ascii(`--${boundary}`);
  const parts: { head: string; body: Uint8Array }[] = [];
  let at = find(bytes, delim, 0);
  if (at < 0) fail(`boundary ${JSON.stringify(boundary)} not found`);
  let closed = false;
  while (at >= 0) {
    let p = at + delim.length;
    if (bytes[p] === 45 && bytes[p + 1] === 45) {
      closed = true;
      break;
    }
    // Transport padding up to the end of the delimiter line.
    while (p < bytes.length && bytes[p] !== 10) p++;
    p++;
    const next = nextDelimiter(bytes, delim, p);
    if (next < 0) fail('the closing boundary is missing (truncated body)');
    let end = next;
    if (bytes[end - 1] === 10) end--;
    if (bytes[end - 1] === 13) end--;
    const { head, bodyAt } = splitHead(bytes, p, end);
    parts.push({ head, body: bytes.subarray(bodyAt, Math.max(bodyAt, end)) });
    at = next;
  }
  if (!closed) fail('the closing boundary is missing (truncated body)');
  if (parts.length === 0) fail('no parts');
  const start = headerParam(contentType, 'start')?.trim().replace(/^<|>$/g, '');
  const ids = parts.map((x) => {
    const v = headerValue(x.head, 'content-id');
    return v === undefined ? undefined : v.trim().replace(/^<|>$/g, '');
  });
  let root = 0;
  if (start !== undefined && start !== '') {
    root = ids.indexOf(start);
    if (root < 0) fail(`no part has the start Content-ID <${start}>`);
  }
  const attachments = new Map<string, Uint8Array>();
  parts.forEach((x, i) => {
    if (i === root || ids[i] === undefined) return;
    attachments.set(ids[i]!, decodePart(x.head, x.body, fail));
  });
  const rootType = headerValue(parts[root].head, 'content-type') ?? 'text/xml';
  const charset = headerParam(rootType, 'charset') ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    return fail(`unknown charset ${JSON.stringify(charset)} of the root part`);
  }
  const text = decoder.decode(decodePart(parts[root].head, parts[root].body, fail));
  return { text, contentType: rootType, attachments };
}

/**
 * `<xop:Include href="cid:…"/>` as the content of a `base64Binary` element (`o`, just opened):
 * the bytes of the part it names. Returns `undefined` (nothing consumed) when the content does not
 * start with an element.
 */
export function readXopInclude(r: XmlReader, o: Opened, attachments: ReadonlyMap<string, Uint8Array> | undefined): Uint8Array | undefined {
  const s = r.src;
  let i = r.pos;
  while (i < s.length && (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 9 || s.charCodeAt(i) === 10 || s.charCodeAt(i) === 13)) i++;
  const c1 = s.charCodeAt(i + 1);
  if (s.charCodeAt(i) !== 60 || c1 === 47 || c1 === 33 || c1 === 63) return undefined;
  const inc = r.first(o)!;
  if (!r.isNamed(inc, 'Include') || inc.ns !== XOP_NS) throw r.error(`unexpected element <${r.localName(inc)}> in a base64Binary value`);
  const href = r.attr('href', '')?.trim();
  r.skip(inc);
  if (r.next(o)) throw r.error('unexpected content after xop:Include');
  if (href === undefined || !/^cid:/i.test(href)) throw r.error(`xop:Include without a cid: href${href === undefined ? '' : ` (${JSON.stringify(href)})`}`);
  const raw = href.slice(4);
  let id = raw;
  try {
    id = decodeURIComponent(raw);
  } catch {
    // Not percent-encoded: used as written.
  }
  const bytes = attachments?.get(id) ?? attachments?.get(raw);
  if (!bytes) {
    throw r.error(attachments ? `xop:Include names the part <${id}>, which the response does not contain` : `xop:Include (cid:${id}) in a response that is not an MTOM multipart message`);
  }
  return bytes;
}

/** MTOM requests as a part of a SOAP connection: `connect({ mtom: true }, useMtom)`. */
export const useMtom = { mtom: (): MtomWriter => new MtomWriter() };

/** An MTOM request being written: the parts the XML writer sets aside. */
export class MtomWriter {
  readonly parts: { readonly id: string; readonly bytes: Uint8Array }[] = [];
  private readonly tag = Math.random().toString(36).slice(2, 10);

  /** Stores `bytes` as a part; returns its Content-ID. */
  readonly attach = (bytes: Uint8Array): string => {
    const id = `${this.parts.length + 1}.${this.tag}@svcgen`;
    this.parts.push({ id, bytes });
    return id;
  };

  /**
   * The `Content-Type` of the multipart request (`start-info` is the envelope's type: `text/xml`
   * for SOAP 1.1, `application/soap+xml` for SOAP 1.2, with its `action`).
   */
  contentType(version: 'soap11' | 'soap12', action: string | undefined): string {
    const info = version === 'soap12' ? 'application/soap+xml' : 'text/xml';
    const act = version === 'soap12' && action !== undefined ? `; action="${action.replace(/["\\]/g, '\\$&')}"` : '';
    return `multipart/related; type="application/xop+xml"; start="<root.${this.tag}@svcgen>"; start-info="${info}"; boundary="${this.boundary()}"${act}`;
  }

  /** The multipart body around the envelope text. */
  body(version: 'soap11' | 'soap12', envelope: string, action: string | undefined): ArrayBuffer {
    const enc = new TextEncoder();
    const info = version === 'soap12' ? `application/soap+xml${action !== undefined ? `; action=\\"${action.replace(/["\\]/g, '')}\\"` : ''}` : 'text/xml';
    const b = this.boundary();
    const chunks: Uint8Array[] = [
      enc.encode(
        `--${b}\r\nContent-Type: application/xop+xml; charset=utf-8; type="${info}"\r\nContent-Transfer-Encoding: 8bit\r\nContent-ID: <root.${this.tag}@svcgen>\r\n\r\n`,
      ),
      enc.encode(envelope),
    ];
    for (const p of this.parts) {
      chunks.push(enc.encode(`\r\n--${b}\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: binary\r\nContent-ID: <${p.id}>\r\n\r\n`), p.bytes);
    }
    chunks.push(enc.encode(`\r\n--${b}--\r\n`));
    const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out.buffer as ArrayBuffer;
  }

  private boundary(): string {
    return `uuid:${this.tag}-mtom-boundary`;
  }
}

function splitHead(bytes: Uint8Array, from: number, end: number): { head: string; bodyAt: number } {
  // Headers end at the first empty line (CRLF CRLF, or LF LF from lenient servers).
  for (let i = from; i < end; i++) {
    if (bytes[i] !== 10) continue;
    if (i === from || (i === from + 1 && bytes[from] === 13)) return { head: '', bodyAt: i + 1 };
    if (bytes[i + 1] === 10) return { head: latin1(bytes, from, i), bodyAt: i + 2 };
    if (bytes[i + 1] === 13 && bytes[i + 2] === 10) return { head: latin1(bytes, from, i), bodyAt: i + 3 };
  }
  return { head: latin1(bytes, from, end), bodyAt: end };
}

function headerValue(head: string, name: string): string | undefined {
  // Folded header lines (a line starting with white space) continue the previous one.
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const m = new RegExp(`^${name}[ \\t]*:[ \\t]*(.*?)[ \\t\\r]*$`, 'im').exec(unfolded);
  return m ? m[1] : undefined;
}

function decodePart(head: string, body: Uint8Array, fail: (message: string) => never): Uint8Array {
  const cte = (headerValue(head, 'content-transfer-encoding') ?? 'binary').trim().toLowerCase();
  if (cte === 'binary' || cte === '8bit' || cte === '7bit') return body;
  if (cte === 'base64') {
    const b = fromBase64(latin1(body, 0, body.length));
    if (!b) fail('a part declared base64 is not base64');
    return b!;
  }
  return fail(`unsupported Content-Transfer-Encoding ${JSON.stringify(cte)}`);
}

/** The next delimiter line: `delim` at the start of a line, after `from`. */
function nextDelimiter(bytes: Uint8Array, delim: Uint8Array, from: number): number {
  let i = from;
  for (;;) {
    const at = find(bytes, delim, i);
    if (at < 0) return -1;
    if (at === from || bytes[at - 1] === 10) return at;
    i = at + 1;
  }
}

/** First index of `needle` in `hay` at or after `from` (-1 when absent). */
function find(hay: Uint8Array, needle: Uint8Array, from: number): number {
  const first = needle[0];
  const last = hay.length - needle.length;
  for (let i = hay.indexOf(first, from); i >= 0 && i <= last; i = hay.indexOf(first, i + 1)) {
    let j = 1;
    while (j < needle.length && hay[i + j] === needle[j]) j++;
    if (j === needle.length) return i;
  }
  return -1;
}

function ascii(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 255;
  return out;
}

function latin1(b: Uint8Array, from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i += 8192) out += String.fromCharCode.apply(null, Array.from(b.subarray(i, Math.min(to, i + 8192))));
  return out;
}
