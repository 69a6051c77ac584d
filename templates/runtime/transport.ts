/**
 * Transport helpers shared by the SOAP and Web API clients: header merging and checking, one
 * abort signal for the caller's signal plus the time limit, reading a response body under that
 * signal and within `maxResponseBytes`, decoding it by its charset, and the `security` option
 * (whose schemes carry their own code, security.ts). Plain `fetch` and `TextDecoder`, no
 * Node-only API.
 */
import { LimitError, NetworkError, ResponseError, SvcgenError, TimeoutError, ValidationError, type Problem } from './errors.js';
import { headerParam, isMultipart } from './mtom.js';
import type { Security } from './security.js';

/** The schemes of a `security` option, as a list. */
export function securityList<S extends Security>(security: S | readonly S[] | undefined): readonly S[] {
  if (security === undefined) return [];
  const list = Array.isArray(security) ? (security as readonly S[]) : [security as S];
  for (const s of list) {
    if (typeof s !== 'object' || s === null || !/^(wsSecurity|basicAuth|bearerToken)$/.test(s.kind) || typeof s.apply !== 'object' || s.apply === null) {
      throw new SvcgenError('CONFIG', 'security: expected the result of wsSecurity(), basicAuth() or bearerToken(), or an array of them');
    }
  }
  return list;
}

/** The HTTP headers of the schemes (`Authorization`). */
export async function securityHeaders(list: readonly Security[]): Promise<Record<string, string>> {
  let out: Record<string, string> = {};
  for (const s of list) if (s.apply.httpHeaders) out = { ...out, ...(await s.apply.httpHeaders()) };
  return out;
}

/** Merges header records; a later name replaces an earlier one whatever its case. */
export function mergeHeaders(...sets: (Record<string, string> | undefined)[]): Record<string, string> {
  const out: Record<string, string> = {};
  const names = new Map<string, string>();
  for (const set of sets) {
    if (!set) continue;
    for (const [k, v] of Object.entries(set)) {
      const prev = names.get(k.toLowerCase());
      if (prev !== undefined) delete out[prev];
      names.set(k.toLowerCase(), k);
      out[k] = v;
    }
  }
  return out;
}

/**
 * HTTP header names and values `fetch` would refuse with a bare `TypeError` (a name that is not a
 * token; a value with CR, LF, NUL or a character above U+00FF), as one `ValidationError`.
 */
export function checkHeaders(headers: Record<string, string>): void {
  const problems: Problem[] = [];
  for (const [k, v] of Object.entries(headers)) {
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(k)) problems.push({ path: `headers.${k}`, message: 'not a valid HTTP header name' });
    else if (typeof v !== 'string') problems.push({ path: `headers.${k}`, message: `expected a string, got ${typeof v}` });
    else {
      const bad = /[\0\r\n]|[^\0-\u00ff]/.exec(v);
      if (bad) problems.push({ path: `headers.${k}`, message: `U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} at index ${bad.index} cannot be sent in an HTTP header` });
    }
  }
  if (problems.length) throw new ValidationError(problems);
}

/** Longest delay `setTimeout` honours (a longer one would fire at once). */
const MAX_TIMER = 2_147_483_647;

/**
 * One signal that aborts when the caller's signal does (with its reason) or the time limit
 * passes (with a `TimeoutError`); by hand, since `AbortSignal.any` is missing on Node 18. `done`
 * releases the timer and listener.
 */
export function combineSignals(outer: AbortSignal | undefined, timeoutMs: number | undefined): { signal: AbortSignal; done: () => void } {
  const ctrl = new AbortController();
  const onAbort = (): void => ctrl.abort(outer?.reason);
  if (outer) {
    if (outer.aborted) ctrl.abort(outer.reason);
    else outer.addEventListener('abort', onAbort, { once: true });
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (timeoutMs !== undefined && timeoutMs > 0 && timeoutMs <= MAX_TIMER && !ctrl.signal.aborted) {
    timer = setTimeout(() => ctrl.abort(new TimeoutError(timeoutMs)), timeoutMs);
  }
  return {
    signal: ctrl.signal,
    done: () => {
      if (timer !== undefined) clearTimeout(timer);
      outer?.removeEventListener('abort', onAbort);
    },
  };
}

/** A received answer: the response, and its body decoded by its charset (or its bytes, for MTOM). */
export interface Received {
  readonly res: Response;
  readonly text: string;
  /** The raw body of a `multipart/related` answer (`text` is then empty). */
  readonly bytes?: Uint8Array;
}

/**
 * Sends the request and reads the whole body under `signal`, at most `maxBytes` of it, then
 * decodes it (see {@link decodeBody}); a `multipart/related` body (MTOM) is returned as `bytes`
 * instead, since its binary parts are not text. The signal is checked before anything is sent. A
 * failure of the connection (refused, reset, a body cut off) is a `NetworkError`; an abort
 * rejects with the signal's reason (a `TimeoutError` for the time limit); a body above the limit
 * is a `LimitError`.
 */
export async function transfer(send: () => Promise<Response>, signal: AbortSignal, url: string, maxBytes: number): Promise<Received> {
  if (signal.aborted) throw signal.reason;
  let res: Response;
  let bytes: Uint8Array | string;
  try {
    res = await abortable(send(), signal);
    bytes = await readBytes(res, signal, maxBytes);
  } catch (e) {
    if (signal.aborted) throw signal.reason;
    if (e instanceof SvcgenError) throw e;
    const cause = e instanceof Error && e.cause instanceof Error ? e.cause : e;
    throw new NetworkError(`request to ${url} failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause: e });
  }
  const ok = res.status >= 200 && res.status < 300;
  if (isMultipart(res.headers.get('content-type'))) {
    return { res, text: '', bytes: typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes };
  }
  try {
    const text = typeof bytes === 'string' ? bytes : decodeBody(bytes, res.headers.get('content-type') ?? '', ok);
    return { res, text };
  } catch (e) {
    if (e instanceof ResponseError) e.status = res.status;
    throw e;
  }
}

/** The body's bytes, refused past `max` (by `Content-Length` first, then while reading). */
async function readBytes(res: Response, signal: AbortSignal, max: number): Promise<Uint8Array | string> {
  const tooBig = (n: string): LimitError =>
    new LimitError(`response body of ${n} bytes exceeds maxResponseBytes (${max})`, '', 'maxResponseBytes', max, res.status);
  const declared = res.headers.get('content-length')?.trim();
  const body = res.body;
  if (declared !== undefined && /^\d+$/.test(declared) && Number(declared) > max) {
    body?.cancel().catch(() => undefined);
    throw tooBig(declared);
  }
  if (!body) {
    // A `fetch` without streams (some test doubles): the text, checked afterwards.
    const text = typeof res.text === 'function' ? await abortable(res.text(), signal) : '';
    if (text.length > max) throw tooBig(`more than ${max}`);
    return text;
  }
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await abortable(reader.read(), signal);
      if (done) break;
      total += value.byteLength;
      if (total > max) throw tooBig(`more than ${max}`);
      chunks.push(value);
    }
  } catch (e) {
    reader.cancel().catch(() => undefined);
    throw e;
  }
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/**
 * Decodes a body with `TextDecoder`: by a byte-order mark, else the `charset` of `contentType`,
 * else (XML) the `encoding` of the XML declaration, else UTF-8. An unknown charset is a
 * `ResponseError`; so are bytes that are not valid in the charset when `strict` (2xx answers;
 * error pages are decoded leniently so that their status is not lost).
 */
export function decodeBody(bytes: Uint8Array, contentType: string, strict: boolean): string {
  let label = bomCharset(bytes) ?? (headerParam(contentType, 'charset')?.trim() || undefined) ?? xmlDeclCharset(bytes) ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: strict });
  } catch {
    if (!strict) return new TextDecoder().decode(bytes);
    throw new ResponseError(`unsupported charset ${JSON.stringify(label)} in the response`, '');
  }
  label = decoder.encoding;
  if (label === 'windows-1252') return windows1252(bytes);
  try {
    return decoder.decode(bytes);
  } catch {
    throw new ResponseError(`the response body is not valid ${label}`, '');
  }
}

/** windows-1252 between 0x80 and 0x9F (the WHATWG table); every other byte is its own code point. */
const CP1252 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/**
 * windows-1252 (which the labels `iso-8859-1`, `latin1` and `us-ascii` also name), decoded by
 * hand: some `TextDecoder`s (Node 20's among them) map 0x80–0x9F to C1 controls.
 */
function windows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    units[i] = b >= 0x80 && b < 0xa0 ? CP1252[b - 0x80] : b;
  }
  let out = '';
  for (let i = 0; i < units.length; i += 8192) out += String.fromCharCode(...units.subarray(i, i + 8192));
  return out;
}

function bomCharset(b: Uint8Array): string | undefined {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** The `encoding` of an XML declaration (UTF-16 recognized by `<?` itself, XML 1.0 Appendix F). */
function xmlDeclCharset(b: Uint8Array): string | undefined {
  if (b[0] === 0x3c && b[1] === 0 && b[2] === 0x3f && b[3] === 0) return 'utf-16le';
  if (b[0] === 0 && b[1] === 0x3c && b[2] === 0 && b[3] === 0x3f) return 'utf-16be';
  if (b[0] !== 0x3c || b[1] !== 0x3f) return undefined;
  let head = '';
  for (let i = 0; i < b.length && i < 256 && b[i] !== 0x3e; i++) head += String.fromCharCode(b[i]);
  return /^<\?xml\s[^?]*\bencoding\s*=\s*["']([A-Za-z][A-Za-z0-9._-]*)["']/.exec(head)?.[1];
}

/**
 * Settles with `p`, or rejects with the signal's reason as soon as it aborts. `p`'s own rejection
 * is always handled, also when the signal was aborted before: no unhandled rejection is left.
 */
export function abortable<T>(p: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    p.catch(() => undefined);
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}
