/**
 * The transport behind every generated client method: picks the protocol (SOAP 1.1, SOAP 1.2,
 * HTTP GET or HTTP POST), validates the request, builds it, sends it with the global `fetch` (or
 * the one given in the options), and maps the answer: a SOAP fault (whatever the status) becomes
 * a `SoapFaultError`, another non-2xx answer an `HttpError`, an unreadable 2xx answer a
 * `ResponseError`. Time-outs (`timeoutMs`) and the caller's `AbortSignal` are combined into one
 * signal; either rejects the call with the platform's abort error. Works in Node 18+ and browsers.
 */

import { HttpError, SoapFaultError, SvcgenError, ValidationError } from './errors.js';
import { buildFormQuery, readBareResponse } from './http.js';
import { checkRules } from './rules.js';
import type { OperationDesc, Protocol, ServiceDesc } from './schema.js';
import { buildSoapRequest, readSoapResponse } from './soap.js';
import { combineSignals, mergeHeaders, transfer } from './transport.js';
import { validateValue } from './validate.js';

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
  /** Time limit of each call, in milliseconds. */
  timeoutMs?: number;
  /** Validate requests before sending (default `true`). */
  validate?: boolean;
  /**
   * Keep a session of SOAP headers (default `false`): every header block a response returns
   * (e.g. a rotating `AuthorizationToken`) is stored, and sent with each later call of an
   * operation that takes that header, unless the call passes its own in `soapHeaders`. The
   * stored blocks are on the client's `$session`.
   */
  session?: boolean;
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
}

/** A call's result with the response's SOAP headers, HTTP status and HTTP headers. */
export interface RawResponse<R = unknown, H = Record<string, unknown>> {
  result: R;
  soapHeaders: H;
  status: number;
  headers: Record<string, string>;
}

/** The runtime a generated client delegates to. */
export interface SoapRuntime {
  invoke(op: OperationDesc, input: object, call?: CallOptions): Promise<RawResponse>;
  /** The stored SOAP headers (always empty unless the client was created with `session: true`). */
  readonly session: SoapSession;
}

/** Creates the runtime for a service; `options` as given to the generated client's constructor. */
export function createSoapRuntime(service: ServiceDesc, options: ClientOptions = {}): SoapRuntime {
  const session = createSession();
  return {
    invoke: async (op, input, call = {}) => {
      if (!options.session) return invoke(service, options, op, input, call);
      const res = await invoke(service, options, op, input, withSession(op, call, session.soapHeaders));
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

async function invoke(service: ServiceDesc, options: ClientOptions, op: OperationDesc, given: object | undefined, call: CallOptions): Promise<RawResponse> {
  const input = given ?? {};
  const protocol = options.protocol ?? service.defaultProtocol;
  if (!op.protocols.includes(protocol)) {
    throw new SvcgenError('PROTOCOL', `${op.name} does not support ${protocol}; supported: ${op.protocols.join(', ')}`);
  }
  const endpoint = options.endpoint ?? service.endpoints[protocol];
  if (!endpoint) {
    throw new SvcgenError('CONFIG', `no endpoint for ${service.name} (${protocol}): pass { endpoint: 'https://…/Service.asmx' } in the client options`);
  }
  if (options.validate !== false) validateRequest(op, input, call.soapHeaders);
  const soap = protocol === 'soap11' || protocol === 'soap12';
  let url = endpoint;
  let method = 'POST';
  let body: string | undefined;
  let protoHeaders: Record<string, string>;
  if (soap) {
    const req = buildSoapRequest(protocol, op, input, call.soapHeaders);
    body = req.body;
    protoHeaders = req.headers;
  } else {
    const query = buildFormQuery(op, input);
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
  const headers = mergeHeaders(protoHeaders, options.headers, call.headers);
  const doFetch = options.fetch ?? globalThis.fetch;
  const { signal, done } = combineSignals(call.signal, options.timeoutMs);
  try {
    const { res, text } = await transfer(() => doFetch(url, { method, headers, body, signal }), signal, url);
    const resHeaders: Record<string, string> = {};
    res.headers.forEach((v, k) => {
      resHeaders[k] = v;
    });
    const contentType = res.headers.get('content-type') ?? '';
    const ok = res.status >= 200 && res.status < 300;
    let value: unknown;
    let soapHeaders: Record<string, unknown> = {};
    if (soap) {
      if (!ok) throw faultOr(() => readSoapResponse(protocol, op, text, res.status, contentType), res, text, resHeaders);
      // A one-way operation's answer is usually empty (202 Accepted): nothing to read.
      if (op.output || text.trim() !== '') ({ value, soapHeaders } = readSoapResponse(protocol, op, text, res.status, contentType));
    } else {
      if (!ok) throw new HttpError(res.status, res.statusText, text, resHeaders);
      value = readBareResponse(op, text, res.status, contentType);
    }
    return { result: unwrap(op, value), soapHeaders, status: res.status, headers: resHeaders };
  } finally {
    done();
  }
}

/** Validates the input and SOAP headers; throws one `ValidationError` listing every problem. */
function validateRequest(op: OperationDesc, input: object, soapHeaders: Record<string, unknown> | undefined): void {
  const problems = validateValue(op.input.type, input, 'request');
  problems.push(...checkRules(op, input));
  if (soapHeaders && op.headersIn) {
    for (const h of op.headersIn) {
      const v = Object.prototype.hasOwnProperty.call(soapHeaders, h.name) ? soapHeaders[h.name] : undefined;
      if (v !== undefined) problems.push(...validateValue(h.type, v, `soapHeaders.${h.name}`));
    }
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
