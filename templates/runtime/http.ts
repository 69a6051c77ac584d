/**
 * The ASMX HTTP GET and HTTP POST protocols. Requests carry the parameters as
 * `name=value&…` (in the query string for GET, as an `application/x-www-form-urlencoded` body
 * for POST), each scalar in its XSD lexical form and arrays repeating the name. Responses are
 * the bare return value: one root element (named after the CLR type, e.g. `<string>`,
 * `<ArrayOfInt>`, `<ChatResult>`, not after the result field, and checked against the root the
 * spec shows) read as the type of the result
 * field; for a wrapped array result the root is the wrapper; an XmlNode result is the root
 * element itself, kept whole. A void operation answers with an empty body.
 */

import { encodeComponent, scalarText } from './codec.js';
import { ResponseError, ValidationError } from './errors.js';
import type { OperationDesc } from './schema.js';
import { XmlReader } from './xml-reader.js';

/** HTTP GET and POST as a part of a SOAP connection (the operations entry adds them where the service has them). */
export const useHttp = { http: { query: buildFormQuery, read: readBareResponse } };

/** `a=1&b=x` for an operation's input; throws `ValidationError` for values the protocol cannot carry. */
export function buildFormQuery(op: OperationDesc, input: unknown): string {
  const parts: string[] = [];
  const obj = (input ?? {}) as Record<string, unknown>;
  for (const f of op.input.type.fields) {
    const v = Object.prototype.hasOwnProperty.call(obj, f.key) ? obj[f.key] : undefined;
    if (v === undefined || v === null) continue;
    const path = `request.${f.key}`;
    const listEnum = typeof f.type === 'object' && f.type.kind === 'enum' && f.type.list;
    const values = Array.isArray(v) && (f.array || !listEnum) ? v : [v];
    values.forEach((x: unknown, i: number) => {
      if (x === undefined || x === null) return;
      const at = Array.isArray(v) && values === v ? `${path}[${i}]` : path;
      const fail = (message: string): never => {
        throw new ValidationError([{ path: at, message }]);
      };
      const t = f.type;
      if (typeof t !== 'string' && t.kind !== 'enum') fail('only simple values can be sent with HTTP GET/POST');
      const text = scalarText(t as Exclude<typeof t, { kind: 'complex' | 'map' | 'xml' }>, x, fail);
      parts.push(`${encodeComponent(f.key, fail)}=${encodeComponent(text, fail)}`);
    });
  }
  return parts.join('&');
}

/**
 * Reads an HTTP GET/POST response: returns the response object (`{ [resultKey]: value }`, `{}`
 * for a void operation). Throws `ResponseError` when the body cannot be read.
 */
export function readBareResponse(op: OperationDesc, text: string, status = 0, contentType = '', maxDepth?: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const key = op.resultKey;
  const f = key === undefined ? undefined : op.output?.type.fields.find((x) => x.key === key);
  // A response the spec does not describe: the answer's root element, kept as raw XML.
  const open = op.returns === 'object' && op.output?.type.fields.length === 0 ? op.output.type.openKey : undefined;
  if (open === undefined && (op.returns === 'void' || !f || key === undefined)) return out;
  try {
    if (/html/i.test(contentType)) throw new ResponseError(`expected an XML response, got content type ${contentType}`, text);
    if (text.trim() === '') {
      if (open !== undefined || f?.optional || f?.array) return out;
      throw new ResponseError(`empty response, expected the ${key} value`, text);
    }
    const r = new XmlReader(text, maxDepth);
    r.unqualifiedInParent = op.encoded === true;
    r.prolog();
    const root = r.open();
    /** The root element as written (consumed). */
    const outer = (): string => {
      r.inner(root);
      return r.src.slice(root.start, r.pos);
    };
    const name = r.src.slice(root.ls, root.qe);
    if (op.bare && (name !== op.bare.name || (op.bare.ns !== undefined && root.ns !== op.bare.ns))) {
      throw new ResponseError(`unexpected root element <${name}>${root.ns ? ` in namespace ${root.ns}` : ''}, expected <${op.bare.name}>${op.bare.ns ? ` in namespace ${op.bare.ns}` : ''}`, text);
    }
    if (open !== undefined) {
      Object.defineProperty(out, open, { value: [outer()], writable: true, enumerable: true, configurable: true });
      return out;
    }
    if (!f || key === undefined) return out;
    r.path.push(key);
    let value: unknown;
    if (f.array) {
      // ASMX answers HTTP GET/POST with XmlSerializer's document shape also for rpc/encoded
      // services (`<ArrayOfString><string>…`): a SOAP-ENC array's item name is any child's.
      value = r.wrapped(root, f, !f.item || f.item.encoded === true);
    } else if (typeof f.type === 'object' && f.type.kind === 'xml') {
      // An XmlNode result is the root element itself (SOAP wraps it in the result element).
      value = outer();
    } else value = r.value(root, f.type);
    Object.defineProperty(out, key, { value, writable: true, enumerable: true, configurable: true });
    return out;
  } catch (e) {
    if (e instanceof ResponseError) e.status = status;
    throw e;
  }
}
