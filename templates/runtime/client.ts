/**
 * The transport behind every generated client method: picks the protocol (SOAP 1.1, SOAP 1.2,
 * HTTP GET or HTTP POST), validates the request, builds it, sends it with the global `fetch` (or
 * the one given in the options), and maps the answer: a SOAP fault (whatever the status) becomes
 * a `SoapFaultError`, another non-2xx answer an `HttpError`, an unreadable 2xx answer a
 * `ResponseError`. Every call runs under the limits of limits.ts (`timeoutMs`, `maxResponseBytes`,
 * `maxDepth`), set per client and per call. The time limit rejects with a `TimeoutError`, the
 * caller's `AbortSignal` with its reason. Works in Node 20.19+ and browsers.
 */

import type { addressingHeaders } from './addressing.js';
import { HttpError, SoapFaultError, SvcgenError, ValidationError } from './errors.js';
import type { Hooks, runOnError, runOnRequest, runOnResponse } from './hooks.js';
import type { buildFormQuery, readBareResponse } from './http.js';
import type { MtomWriter } from './mtom.js';
import { readMultipart } from './mtom.js';
import type { checkRules } from './rules.js';
import type { OperationDesc, Protocol, ServiceDesc } from './schema.js';
import { buildSoapRequest, readSoapResponse } from './soap.js';
import { resolveLimits, stackSafe } from './limits.js';
import type { Security, WsSecurity } from './security.js';
import { useAddressing } from './addressing.js';
import { useHooks } from './hooks.js';
import { useHttp } from './http.js';
import { useMtom } from './mtom.js';
import { useRules } from './rules.js';
import { abortable, checkHeaders, combineSignals, mergeHeaders, securityHeaders, securityList, transfer } from './transport.js';
import { undeclared, validateValue } from './validate.js';

/** Options of a client. */
export interface ClientOptions {
  /** Endpoint URL (the `.asmx` address); defaults to the one in the spec for the protocol. */
  endpoint?: string;
  /** Protocol; defaults to the service's default protocol. */
  protocol?: Protocol;
  /** `fetch` implementation; defaults to the global one. */
  fetch?: typeof fetch;
  /** HTTP headers added to every request. */
  headers?: Record<string, string>;
  /** Time limit of each call in milliseconds, reading the answer included (default 100,000; `0`: none). */
  timeoutMs?: number;
  /** Largest answer in bytes, checked while it streams in (default 64 MiB; `Infinity`: none). */
  maxResponseBytes?: number;
  /** Deepest nesting of XML elements in an answer (default 256). */
  maxDepth?: number;
  /** Validate requests before sending (default `true`). */
  validate?: boolean;
  /**
   * Keep a session of SOAP headers (default `false`): every header block a response returns
   * (e.g. a rotating `AuthorizationToken`) is stored, and sent with each later call of an
   * operation that takes that header, unless the call passes its own in `soapHeaders`. The
   * stored blocks are on the client's `$session`.
   */
  session?: boolean;
  /**
   * Authentication: `wsSecurity({ … })` (a WS-Security UsernameToken header), `basicAuth(…)`,
   * `bearerToken(…)`, or an array of them.
   */
  security?: Security | readonly Security[];
  /** Functions called around each request: `onRequest`, `onResponse`, `onError` (async allowed). */
  hooks?: Hooks;
  /**
   * Send `base64Binary` values as MTOM/XOP attachments (a `multipart/related` request). Defaults
   * to what the service's WS-Policy asks. MTOM responses are read whatever this says.
   */
  mtom?: boolean;
}

/**
 * The SOAP headers a client keeps between calls (`session: true`). Calls run in order of their
 * responses: two calls in flight at once send the same stored header.
 */
export interface SoapSession<H = Record<string, unknown>> {
  /** The latest value of each header block a response returned, by local name. */
  readonly soapHeaders: Partial<H>;
  /** Stores a header block to send (or forgets it with `undefined`). */
  set<K extends keyof H>(name: K, value: H[K] | undefined): void;
  /** Forgets every stored header block. */
  clear(): void;
}

/** Options of one call. */
export interface CallOptions {
  /** SOAP header blocks by local name. */
  soapHeaders?: Record<string, unknown>;
  /** Cancels the call. */
  signal?: AbortSignal;
  /** HTTP headers added to this request. */
  headers?: Record<string, string>;
  /** This call's time limit in milliseconds (default: the client's `timeoutMs`; `0`: none). */
  timeoutMs?: number;
  /** This call's largest answer in bytes (default: the client's `maxResponseBytes`). */
  maxResponseBytes?: number;
  /** This call's deepest XML nesting (default: the client's `maxDepth`). */
  maxDepth?: number;
}

/** A call's result with the response's SOAP headers, HTTP status and HTTP headers. */
export interface RawResponse<R = unknown, H = Record<string, unknown>> {
  result: R;
  soapHeaders: H;
  status: number;
  headers: Record<string, string>;
}

/**
 * Optional parts of the SOAP runtime, each in its own module, so that a bundle carries only the
 * parts its connections use. `createSoapRuntime` (behind `createClient`) takes them all;
 * `createSoapConnection` (behind `connect` of `pkg/operations`) takes those the service's
 * bindings need and those the program passes (`useHooks`, `useMtom`).
 */
export interface SoapFeatures {
  /** Runs the `hooks` option (hooks.ts). */
  readonly hooks?: { readonly request: typeof runOnRequest; readonly response: typeof runOnResponse; readonly error: typeof runOnError };
  /** Writes MTOM requests (mtom.ts); MTOM responses are read without it. */
  readonly mtom?: () => MtomWriter;
  /** Writes WS-Addressing header blocks (addressing.ts). */
  readonly addressing?: typeof addressingHeaders;
  /** The HTTP GET and HTTP POST protocols (http.ts). */
  readonly http?: { readonly query: typeof buildFormQuery; readonly read: typeof readBareResponse };
  /** Checks the operations' rules across fields (rules.ts). */
  readonly rules?: typeof checkRules;
}

/** The runtime a generated client delegates to. */
export interface SoapRuntime {
  invoke(op: OperationDesc, input: object, call?: CallOptions): Promise<RawResponse>;
  /** The stored SOAP headers (always empty unless the client was created with `session: true`). */
  readonly session: SoapSession;
}

/** Creates the runtime for a service with every optional part; `options` as given to `createClient`. */
export function createSoapRuntime(service: ServiceDesc, options: ClientOptions = {}): SoapRuntime {
  return createSoapConnection(service, options, useHooks, useMtom, useAddressing, useHttp, useRules);
}

/**
 * Creates the runtime for a service with the optional parts `features` (merged from left to
 * right). An option that needs a part not given (`hooks`, `mtom: true`) is a `SvcgenError`
 * (code `CONFIG`) naming the part.
 */
export function createSoapConnection(service: ServiceDesc, options: ClientOptions = {}, ...features: SoapFeatures[]): SoapRuntime {
  const f: SoapFeatures = Object.assign({}, ...features) as SoapFeatures;
  if (options.hooks) need(f.hooks, 'the hooks option', 'useHooks');
  if (options.mtom) need(f.mtom, 'mtom: true', 'useMtom');
  const session = createSession();
  return {
    invoke: async (op, input, call = {}) => {
      if (!options.session) return invoke(service, options, f, op, input, call);
      const res = await invoke(service, options, f, op, input, withSession(op, call, session.soapHeaders));
      for (const [k, v] of Object.entries(res.soapHeaders)) if (v !== undefined) session.set(k, v);
      return res;
    },
    session,
  };
}

function createSession(): SoapSession {
  let stored: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  return {
    get soapHeaders() {
      return stored;
    },
    set(name, value) {
      if (value === undefined) delete stored[name];
      else stored[name] = value;
    },
    clear() {
      stored = Object.create(null) as Record<string, unknown>;
    },
  };
}

/** The call's SOAP headers, completed with the stored blocks of the headers `op` takes. */
function withSession(op: OperationDesc, call: CallOptions, stored: Partial<Record<string, unknown>>): CallOptions {
  const own = call.soapHeaders ?? {};
  const soapHeaders: Record<string, unknown> = { ...own };
  const has = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);
  for (const h of op.headersIn ?? []) {
    const given = has(own, h.name) ? own[h.name] : undefined;
    if (given === undefined && has(stored, h.name) && stored[h.name] !== undefined) soapHeaders[h.name] = stored[h.name];
  }
  return { ...call, soapHeaders };
}

/** Part `part` of the runtime, or a `CONFIG` error saying how to add it. */
function need<T>(part: T | undefined, what: string, use: string): T {
  if (part === undefined) throw new SvcgenError('CONFIG', `${what} needs ${use}: pass it to connect (connect(options, ${use}))`);
  return part;
}

async function invoke(service: ServiceDesc, options: ClientOptions, f: SoapFeatures, op: OperationDesc, given: object | undefined, call: CallOptions): Promise<RawResponse> {
  try {
    return await send(service, options, f, op, given, call);
  } catch (e) {
    if (!options.hooks) throw e;
    throw await f.hooks!.error(options.hooks, op.name, options.endpoint ?? service.endpoints[options.protocol ?? service.defaultProtocol] ?? '', e);
  }
}

async function send(service: ServiceDesc, options: ClientOptions, f: SoapFeatures, op: OperationDesc, given: object | undefined, call: CallOptions): Promise<RawResponse> {
  const input = given ?? {};
  const protocol = options.protocol ?? service.defaultProtocol;
  if (!op.protocols.includes(protocol)) {
    throw new SvcgenError('PROTOCOL', `${op.name} does not support ${protocol}; supported: ${op.protocols.join(', ')}`);
  }
  const endpoint = options.endpoint ?? service.endpoints[protocol];
  if (!endpoint) {
    throw new SvcgenError('CONFIG', `no endpoint for ${service.name} (${protocol}): pass { endpoint: 'https://…/Service.asmx' } in the client options`);
  }
  const limits = resolveLimits(options, call);
  if (options.validate !== false) validateRequest(f, op, input, call.soapHeaders);
  const soap = protocol === 'soap11' || protocol === 'soap12';
  let url = endpoint;
  let method = 'POST';
  let body: string | undefined;
  let protoHeaders: Record<string, string>;
  const security = securityList(options.security);
  const mtom = soap && (options.mtom ?? service.mtom?.includes(protocol)) ? need(f.mtom, 'MTOM', 'useMtom')() : undefined;
  if (soap) {
    const prefix = protocol === 'soap12' ? 'soap12' : 'soap';
    const tokens = security.filter((s): s is WsSecurity => s.kind === 'wsSecurity');
    const wsa = service.addressing?.[protocol];
    let headerXml = tokens.length ? await tokens[0].apply.soapHeader!(tokens, protocol, prefix) : '';
    if (wsa) headerXml += need(f.addressing, 'WS-Addressing', 'useAddressing')(wsa, op.action, url, protocol, prefix);
    const req = buildSoapRequest(protocol, op, input, call.soapHeaders, { headerXml, attach: mtom?.attach });
    body = req.body;
    protoHeaders = mtom ? { ...req.headers, 'Content-Type': mtom.contentType(protocol, op.action) } : req.headers;
  } else {
    if (security.some((s) => s.kind === 'wsSecurity')) throw new SvcgenError('CONFIG', `wsSecurity() needs a SOAP protocol; ${protocol} carries no SOAP header`);
    const query = need(f.http, protocol, 'useHttp').query(op, input);
    url = `${endpoint.replace(/\/+$/, '')}/${op.name}`;
    if (protocol === 'http-get') {
      method = 'GET';
      if (query) url += `${url.includes('?') ? '&' : '?'}${query}`;
      protoHeaders = {};
    } else {
      body = query;
      protoHeaders = { 'Content-Type': 'application/x-www-form-urlencoded' };
    }
  }
  const doFetch = options.fetch ?? globalThis.fetch;
  const { signal, done } = combineSignals(call.signal, limits.timeoutMs);
  try {
    // The time limit covers the token provider and the onRequest hook too.
    let headers = mergeHeaders(protoHeaders, security.length ? await abortable(securityHeaders(security), signal) : {}, options.headers, call.headers);
    if (options.hooks?.onRequest) ({ headers, body } = await abortable(f.hooks!.request(options.hooks, op.name, url, method, headers, body), signal));
    checkHeaders(headers);
    const sent = mtom && body !== undefined && protocol !== 'http-get' && protocol !== 'http-post' ? mtom.body(protocol, body, op.action) : body;
    const got = await transfer(() => doFetch(url, { method, headers, body: sent, signal }), signal, url, limits.maxResponseBytes);
    const res = got.res;
    let text = got.text;
    let contentType = res.headers.get('content-type') ?? '';
    let attachments: ReadonlyMap<string, Uint8Array> | undefined;
    if (got.bytes) ({ text, contentType, attachments } = multipart(got.bytes, contentType, res.status));
    if (options.hooks) await f.hooks!.response(options.hooks, op.name, url, res, text);
    const resHeaders: Record<string, string> = {};
    res.headers.forEach((v, k) => {
      resHeaders[k] = v;
    });
    const ok = res.status >= 200 && res.status < 300;
    let value: unknown;
    let soapHeaders: Record<string, unknown> = {};
    const depth = limits.maxDepth;
    if (soap) {
      if (!ok) throw faultOr(() => readSoapResponse(protocol, op, text, res.status, contentType, { maxDepth: depth }), res, text, resHeaders);
      // A one-way operation's answer is usually empty (202 Accepted): nothing to read.
      if (op.output || text.trim() !== '') ({ value, soapHeaders } = readSoapResponse(protocol, op, text, res.status, contentType, { maxDepth: depth, attachments }));
    } else {
      if (!ok) throw new HttpError(res.status, res.statusText, text, resHeaders);
      value = f.http!.read(op, text, res.status, contentType, depth);
    }
    return { result: unwrap(op, value), soapHeaders, status: res.status, headers: resHeaders };
  } catch (e) {
    throw stackSafe(e, limits.maxDepth);
  } finally {
    done();
  }
}

/**
 * A multipart answer's root part and attachments. A non-2xx answer that is not a readable
 * multipart message keeps its bytes as text, for the `HttpError`.
 */
function multipart(bytes: Uint8Array, contentType: string, status: number): { text: string; contentType: string; attachments?: ReadonlyMap<string, Uint8Array> } {
  try {
    return readMultipart(bytes, contentType, status);
  } catch (e) {
    if (status >= 200 && status < 300) throw e;
    return { text: new TextDecoder().decode(bytes), contentType };
  }
}

/** Validates the input and SOAP headers; throws one `ValidationError` listing every problem. */
function validateRequest(f: SoapFeatures, op: OperationDesc, input: object, soapHeaders: Record<string, unknown> | undefined): void {
  const problems = validateValue(op.input.type, input, 'request');
  if (op.rules?.length) problems.push(...need(f.rules, 'the rules of an operation', 'useRules')(op, input));
  if (soapHeaders && op.headersIn) {
    for (const h of op.headersIn) {
      const v = Object.prototype.hasOwnProperty.call(soapHeaders, h.name) ? soapHeaders[h.name] : undefined;
      if (v !== undefined) problems.push(...validateValue(h.type, v, `soapHeaders.${h.name}`));
    }
  }
  // A header the operation does not declare would be dropped silently.
  if (soapHeaders) {
    const names = (op.headersIn ?? []).map((h) => h.name);
    for (const [k, v] of Object.entries(soapHeaders)) if (v !== undefined && !names.includes(k)) problems.push(undeclared(k, names, 'soapHeaders', op.name, 'SOAP header'));
  }
  if (problems.length) throw new ValidationError(problems);
}

/** The fault in a non-2xx SOAP answer, or an `HttpError` when there is none. */
function faultOr(read: () => unknown, res: Response, text: string, headers: Record<string, string>): Error {
  try {
    read();
  } catch (e) {
    if (e instanceof SoapFaultError) return e;
  }
  return new HttpError(res.status, res.statusText, text, headers);
}

function unwrap(op: OperationDesc, value: unknown): unknown {
  if (op.returns === 'void') return undefined;
  if (op.returns === 'object') return value;
  if (op.resultKey === undefined || typeof value !== 'object' || value === null) return undefined;
  return Object.prototype.hasOwnProperty.call(value, op.resultKey) ? (value as Record<string, unknown>)[op.resultKey] : undefined;
}
