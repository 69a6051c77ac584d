/**
 * Errors of Web API clients. A non-2xx answer with a status the help page documents becomes an
 * `ApiError` (an `HttpError` carrying the documented meaning and the parsed body); any other
 * non-2xx answer stays an `HttpError`. ASP.NET's error body, JSON
 * `{"Message": …, "ModelState": {"model.Field": ["…"]}}` or XML
 * `<Error><Message>…</Message><ModelState><model.Field>…</model.Field></ModelState></Error>`,
 * is read into `apiMessage` and `fieldErrors`. In XML, ModelState keys are element names encoded
 * the way .NET's `XmlConvert.EncodeLocalName` does (`body[0]` → `body_x005B_0_x005D_`); they are
 * decoded back. {@link writeApiErrorBody} writes such a body (for the package's mock).
 *
 * ASP.NET answers a request its model validation refuses with status 400 and that body whatever
 * the help page documents, so any 4xx answer carrying `ModelState` is an `ApiError` too. Its keys
 * (`adjustment.Amount`: the action parameter, then the member path) are also mapped to the
 * request's own paths (`body.Amount`, `params.id`) in `requestErrors` where the endpoint's
 * descriptors name them.
 */

import { HttpError } from './errors.js';
import { parseJsonLoose } from './rest-json.js';
import { XmlReader } from './xml-reader.js';

/** ASP.NET Web API's error body (`HttpError`), read from JSON or XML. */
export interface ApiErrorBody {
  /** `Message`. */
  readonly message?: string;
  /** ModelState entries: field key as the server writes it (e.g. `model.AccountNo`) → messages. */
  readonly fieldErrors: Readonly<Record<string, readonly string[]>>;
  /** The body as parsed: a JSON value, or for XML the `Error` element's children by name. */
  readonly data: unknown;
  /** The body has a `ModelState` member (ASP.NET's model validation errors). */
  readonly hasModelState?: boolean;
}

/** A documented error status. */
export class ApiError extends HttpError {
  /** What the help page says the status means. */
  readonly meaning: string;
  /** The body's `Message`, when the body is an ASP.NET error. */
  readonly apiMessage: string | undefined;
  /** ModelState errors by field key (`model.AccountNo`); empty when the body has none. */
  readonly fieldErrors: Readonly<Record<string, readonly string[]>>;
  /** The parsed body (see `ApiErrorBody.data`); `undefined` when it is neither JSON nor XML. */
  readonly data: unknown;
  /**
   * The ModelState errors by the request path they concern (`body.Amount`, `body.Lines[0].Sku`,
   * `params.id`), for the keys that could be mapped to the request; the others are only in
   * `fieldErrors`.
   */
  readonly requestErrors: Readonly<Record<string, readonly string[]>>;

  constructor(
    status: number,
    statusText: string,
    body: string,
    headers: Record<string, string>,
    meaning: string,
    requestPath?: (key: string) => string | undefined,
    parsedBody?: ApiErrorBody,
  ) {
    super(status, statusText, body, headers);
    this.name = 'ApiError';
    this.meaning = meaning;
    const parsed = parsedBody ?? readApiErrorBody(body, headers['content-type'] ?? '');
    this.apiMessage = parsed.message;
    this.fieldErrors = parsed.fieldErrors;
    this.data = parsed.data;
    const byPath: Record<string, string[]> = {};
    for (const [key, messages] of Object.entries(parsed.fieldErrors)) {
      const path = requestPath?.(key);
      if (path !== undefined) (byPath[path] ??= []).push(...messages);
    }
    this.requestErrors = byPath;
    this.message = `HTTP ${status} (${meaning})${parsed.message ? `: ${parsed.message}` : ''}${fieldSummary(parsed.fieldErrors)}`;
  }
}

function fieldSummary(errors: Readonly<Record<string, readonly string[]>>): string {
  const lines = Object.entries(errors).map(([k, v]) => `\n  ${k}: ${v.join(' ')}`);
  return lines.join('');
}

/**
 * Reads an ASP.NET error body (JSON or XML); unknown shapes give `{ fieldErrors: {} }`. Keyed
 * data (`fieldErrors`, the XML `data`) are null-prototype objects.
 */
export function readApiErrorBody(text: string, contentType = ''): ApiErrorBody {
  const t = text.trim();
  if (t.startsWith('<') && !/html/i.test(contentType)) return readXmlError(t);
  const data = t ? parseJsonLoose(t) : undefined;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { fieldErrors: dictionary(), data };
  const rec = data as Record<string, unknown>;
  const fieldErrors = dictionary<string[]>();
  const ms = ownMember(rec, 'ModelState') ?? ownMember(rec, 'modelState');
  const hasModelState = typeof ms === 'object' && ms !== null && !Array.isArray(ms);
  if (hasModelState) {
    for (const [k, v] of Object.entries(ms as Record<string, unknown>)) {
      fieldErrors[k] = Array.isArray(v) ? v.map((x) => String(x)) : [String(v)];
    }
  }
  const m = ownMember(rec, 'Message') ?? ownMember(rec, 'message');
  return { message: typeof m === 'string' ? m : undefined, fieldErrors, data, hasModelState };
}

function readXmlError(text: string): ApiErrorBody {
  try {
    const r = new XmlReader(text);
    r.prolog();
    const root = r.open();
    const data = dictionary<string>();
    const fieldErrors = dictionary<string[]>();
    let hasModelState = false;
    for (let c = r.first(root); c; c = r.next(root)) {
      const name = r.localName(c);
      if (name !== 'ModelState') {
        data[name] = r.text(c, true);
        continue;
      }
      hasModelState = true;
      for (let e = r.first(c); e; e = r.next(c)) {
        const key = decodeName(r.localName(e));
        (fieldErrors[key] ??= []).push(r.text(e, true));
      }
    }
    return { message: data.Message, fieldErrors, data, hasModelState: hasModelState && r.localName(root) === 'Error' };
  } catch {
    return { fieldErrors: dictionary(), data: undefined };
  }
}

/** A null-prototype object for keys read from the wire: `__proto__` or `toString` are data. */
function dictionary<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

function ownMember(rec: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(rec, key) ? rec[key] : undefined;
}

/** `XmlConvert.DecodeName`: `_xHHHH_` (and `_xHHHHHHHH_`) escapes back to their characters. */
function decodeName(name: string): string {
  return name.replace(/_x([0-9A-Fa-f]{4}|[0-9A-Fa-f]{8})_/g, (all: string, hex: string) => {
    const code = parseInt(hex, 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : all;
  });
}

/** `XmlConvert.EncodeLocalName`: characters an XML name cannot hold as `_xHHHH_`. */
function encodeName(key: string): string {
  const chars = [...key];
  let out = '';
  chars.forEach((ch, i) => {
    // A literal `_x…_` that would read as an escape gets its underscore escaped.
    const literal = ch === '_' && /^_x([0-9A-Fa-f]{4}|[0-9A-Fa-f]{8})_/.test(chars.slice(i).join(''));
    const ok = !literal && (/[A-Za-z_\u00C0-\uFFFD]/.test(ch) || (i > 0 && /[\d.-]/.test(ch)));
    out += ok ? ch : `_x${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(ch.length > 1 ? 8 : 4, '0')}_`;
  });
  return out || '_';
}

/**
 * ASP.NET Web API's error body (`HttpError`) in JSON (`{"Message": …, "ModelState": {…}}`) or
 * XML (`<Error><Message>…</Message><ModelState><key>…</key></ModelState></Error>`, one element
 * per message); `ModelState` only when given; `extra` adds members such as `MessageDetail` or
 * `ExceptionMessage`.
 */
export function writeApiErrorBody(
  format: 'json' | 'xml',
  message: string,
  modelState?: Readonly<Record<string, readonly string[]>>,
  extra: Readonly<Record<string, string>> = {},
): string {
  if (format === 'json') return JSON.stringify({ Message: message, ...extra, ...(modelState ? { ModelState: modelState } : {}) });
  const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const more = Object.entries(extra).map(([k, v]) => `<${encodeName(k)}>${esc(v)}</${encodeName(k)}>`).join('');
  let ms = '';
  for (const [k, list] of Object.entries(modelState ?? {})) {
    const n = encodeName(k);
    for (const m of list) ms += `<${n}>${esc(m)}</${n}>`;
  }
  return `<Error><Message>${esc(message)}</Message>${more}${modelState ? `<ModelState>${ms}</ModelState>` : ''}</Error>`;
}
