/**
 * The ASMX HTTP GET and HTTP POST protocols. Requests carry the parameters as
 * `name=value&…` (in the query string for GET, as an `application/x-www-form-urlencoded` body
 * for POST), each scalar in its XSD lexical form and arrays repeating the name. Responses are
 * the bare return value: one root element (named after the CLR type, e.g. `<string>`,
 * `<ArrayOfInt>`, `<ChatResult>`, not after the result field) read as the type of the result
 * field; for a wrapped array result the root is the wrapper. A void operation answers with an
 * empty body.
 */

import { encodeComponent, scalarText } from './codec.js';
import { ResponseError, ValidationError } from './errors.js';
import type { OperationDesc } from './schema.js';
import { XmlReader } from './xml-reader.js';

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
  if (op.returns === 'void' || !f || key === undefined) return out;
  try {
    if (/html/i.test(contentType)) throw new ResponseError(`expected an XML response, got content type ${contentType}`, text);
    if (text.trim() === '') {
      if (f.optional || f.array) return out;
      throw new ResponseError(`empty response, expected the ${key} value`, text);
    }
    const r = new XmlReader(text, maxDepth);
    r.prolog();
    const root = r.open();
    r.path.push(key);
    const value = f.array ? r.wrapped(root, f, !f.item) : r.value(root, f.type);
    Object.defineProperty(out, key, { value, writable: true, enumerable: true, configurable: true });
    return out;
  } catch (e) {
    if (e instanceof ResponseError) e.status = status;
    throw e;
  }
}
