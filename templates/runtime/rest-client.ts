/**
 * The transport behind every generated Web API client method: validates the parameters and the
 * body (unless `validate: false`), fills the route template (each value encoded with
 * `encodeURIComponent`), appends the query parameters, writes the body in the chosen format
 * (JSON, XML in the service's flavour, or a form), sends it with the global `fetch` (or the one
 * given), and reads the answer by its content type. A non-2xx answer is an `ApiError` when the
 * help page documents its status or when it is a 4xx carrying ASP.NET's `ModelState`, else an
 * `HttpError`; an unreadable 2xx answer is a `ResponseError`. Every call runs under the limits of
 * limits.ts (`timeoutMs`, `maxResponseBytes`, `maxDepth`), set per client and per call; a
 * connection failure is a `NetworkError`, the time limit a `TimeoutError`, the caller's
 * `AbortSignal` rejects with its reason. Works in Node 20.19+ and browsers.
 */

import { encodeComponent, scalarText } from './codec.js';
import { HttpError, ResponseError, SvcgenError, ValidationError, type Problem } from './errors.js';
import { runOnError, runOnRequest, runOnResponse, type Hooks } from './hooks.js';
import { ApiError, readApiErrorBody } from './rest-errors.js';
import { writeForm } from './rest-form.js';
import { readJson, writeJson } from './rest-json.js';
import type { RestBodyDesc, RestFormat, RestOperationDesc, RestServiceDesc } from './rest-schema.js';
import { readXml, writeXml } from './rest-xml.js';
import { resolveLimits, stackSafe } from './limits.js';
import type { HttpSecurity, Security } from './security.js';
import { abortable, checkHeaders, combineSignals, mergeHeaders, securityHeaders, securityList, transfer } from './transport.js';
import type { FieldDesc, ValueDesc } from './schema.js';
import { validateValue } from './validate.js';

/** Options of a client. */
export interface RestClientOptions {
  /** Base URL of the API (the part before `api/…`); defaults to the help page's address. */
  baseUrl?: string;
  /** Body format of requests and preferred response format (default `json`). */
  format?: RestFormat;
  /** `fetch` implementation; defaults to the global one. */
  fetch?: typeof fetch;
  /** HTTP headers added to every request. */
  headers?: Record<string, string>;
  /** Time limit of each call in milliseconds, reading the answer included (default 100,000; `0`: none). */
  timeoutMs?: number;
  /** Largest answer in bytes, checked while it streams in (default 64 MiB; `Infinity`: none). */
  maxResponseBytes?: number;
  /** Deepest nesting of XML elements or JSON arrays and objects in an answer (default 256). */
  maxDepth?: number;
  /** Validate requests before sending (default `true`). */
  validate?: boolean;
  /** Authentication: `basicAuth(…)`, `bearerToken(…)`, or an array of them. */
  security?: HttpSecurity | readonly HttpSecurity[];
  /** Functions called around each request: `onRequest`, `onResponse`, `onError` (async allowed). */
  hooks?: Hooks;
}

/** Options of one call. */
export interface RestCallOptions {
  /** Cancels the call. */
  signal?: AbortSignal;
  /** HTTP headers added to this request. */
  headers?: Record<string, string>;
  /** Validate this request before sending (default: the client's `validate`). */
  validate?: boolean;
  /** This call's time limit in milliseconds (default: the client's `timeoutMs`; `0`: none). */
  timeoutMs?: number;
  /** This call's largest answer in bytes (default: the client's `maxResponseBytes`). */
  maxResponseBytes?: number;
  /** This call's deepest nesting (default: the client's `maxDepth`). */
  maxDepth?: number;
}

/** A call's result with the HTTP status and headers. */
export interface RestResponse<R = unknown> {
  result: R;
  status: number;
  headers: Record<string, string>;
}

/** The runtime a generated client delegates to. */
export interface RestRuntime {
  invoke(op: RestOperationDesc, params: object | undefined, body: unknown, call?: RestCallOptions): Promise<RestResponse>;
}

const MEDIA: Record<RestFormat, string> = {
  json: 'application/json; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  form: 'application/x-www-form-urlencoded; charset=utf-8',
};

/** Creates the runtime for a service; `options` as given to the generated client's constructor. */
export function createRestRuntime(service: RestServiceDesc, options: RestClientOptions = {}): RestRuntime {
  return {
    invoke: async (op, params, body, call = {}) => {
      try {
        return await invoke(service, options, op, params, body, call);
      } catch (e) {
        throw await runOnError(options.hooks, op.name, options.baseUrl ?? service.baseUrl ?? '', e);
      }
    },
  };
}

async function invoke(
  service: RestServiceDesc,
  options: RestClientOptions,
  op: RestOperationDesc,
  params: object | undefined,
  body: unknown,
  call: RestCallOptions,
): Promise<RestResponse> {
  const base = options.baseUrl ?? service.baseUrl;
  if (!base) throw new SvcgenError('CONFIG', `no base URL for ${service.name}: pass { baseUrl: 'https://…/' } in the client options`);
  const limits = resolveLimits(options, call);
  if (call.validate ?? options.validate ?? true) validateRequest(op, params, body);
  const format = requestFormat(op, options.format ?? 'json');
  const url = joinUrl(base, fillRoute(op, params ?? {})) + queryString(op, params ?? {});
  const protoHeaders: Record<string, string> = { Accept: acceptOf(op, format) };
  let text: string | undefined;
  if (op.body) {
    text = writeBody(op, op.body, format, body);
    protoHeaders['Content-Type'] = MEDIA[format];
  }
  const security = securityList<Security>(options.security);
  if (security.some((s) => s.kind === 'wsSecurity')) throw new SvcgenError('CONFIG', 'wsSecurity() is for SOAP services; a Web API takes basicAuth() or bearerToken()');
  const doFetch = options.fetch ?? globalThis.fetch;
  const { signal, done } = combineSignals(call.signal, limits.timeoutMs);
  try {
    // The time limit covers the token provider and the onRequest hook too.
    let headers = mergeHeaders(protoHeaders, security.length ? await abortable(securityHeaders(security), signal) : {}, options.headers, call.headers);
    if (options.hooks?.onRequest) ({ headers, body: text } = await abortable(runOnRequest(options.hooks, op.name, url, op.method, headers, text), signal));
    checkHeaders(headers);
    const { res, text: answer } = await transfer(() => doFetch(url, { method: op.method, headers, body: text, signal }), signal, url, limits.maxResponseBytes);
    await runOnResponse(options.hooks, op.name, url, res, answer);
    const resHeaders: Record<string, string> = {};
    res.headers.forEach((v, k) => {
      resHeaders[k] = v;
    });
    if (res.status < 200 || res.status >= 300) throw statusError(op, res.status, res.statusText, answer, resHeaders);
    const result = op.response ? readBody(op.response, answer, res.status, res.headers.get('content-type') ?? '', format, limits.maxDepth) : undefined;
    return { result, status: res.status, headers: resHeaders };
  } catch (e) {
    throw stackSafe(e, limits.maxDepth);
  } finally {
    done();
  }
}

/**
 * The error of a non-2xx answer: an `ApiError` for a documented status, and for any 4xx whose
 * body is ASP.NET's error with `ModelState` (model validation refused the request); else an
 * `HttpError`.
 */
function statusError(op: RestOperationDesc, status: number, statusText: string, answer: string, headers: Record<string, string>): HttpError {
  const documented = op.statuses?.[status];
  const parsed = status >= 400 && status < 500 ? readApiErrorBody(answer, headers['content-type'] ?? '') : undefined;
  if (documented === undefined && !parsed?.hasModelState) return new HttpError(status, statusText, answer, headers);
  const meaning = documented ?? (statusText || 'the request is invalid');
  return new ApiError(status, statusText, answer, headers, meaning, (key) => modelStatePath(op, key), parsed);
}

/**
 * A ModelState key as a request path: `id` → `params.id` (a route or query parameter);
 * `adjustment.Lines[0].Sku` → `body.Lines[0].Sku` (the first segment names the action's body
 * parameter; members are matched case-insensitively to the body's fields and written with their
 * JSON keys); `adjustment` alone → `body`. `undefined` when a segment names no known member.
 */
export function modelStatePath(op: RestOperationDesc, key: string): string | undefined {
  const segments = key.match(/[^.[\]]+|\[\d+\]/g);
  if (!segments || segments.length === 0) return op.body ? 'body' : undefined;
  const param = op.params?.fields.find((f) => f.key.toLowerCase() === segments[0].toLowerCase());
  if (param && segments.length === 1) return `params.${param.key}`;
  if (!op.body) return undefined;
  let rest = segments.slice(1);
  let type: ValueDesc | undefined = op.body.type;
  // A key without the parameter prefix (`Amount`) names a member of the body directly.
  if (segments.length === 1 || !memberOf(type, segments[1])) {
    if (memberOf(type, segments[0])) rest = segments;
    else if (segments.length === 1) return 'body';
  }
  let path = 'body';
  let array = !!op.body.array;
  for (const seg of rest) {
    if (seg.startsWith('[')) {
      if (!array) return undefined;
      path += seg;
      array = false;
      continue;
    }
    const f = memberOf(type, seg);
    if (!f) return undefined;
    path += `.${f.key}`;
    type = f.type;
    array = !!f.array;
  }
  return path;
}

function memberOf(type: ValueDesc | undefined, name: string): FieldDesc | undefined {
  if (type === undefined || typeof type === 'string' || type.kind !== 'complex') return undefined;
  const lower = name.toLowerCase();
  return type.fields.find((f) => f.key === name) ?? type.fields.find((f) => f.key.toLowerCase() === lower || f.xmlName?.toLowerCase() === lower);
}

/** Validates parameters and body; throws one `ValidationError` listing every problem. */
function validateRequest(op: RestOperationDesc, params: object | undefined, body: unknown): void {
  const problems = requestProblems(op, params, body);
  if (problems.length) throw new ValidationError(problems);
}

/** Every problem of a request's parameters (paths `params.x`) and body (paths `body.X`). */
export function requestProblems(op: RestOperationDesc, params: object | undefined, body: unknown): Problem[] {
  const problems: Problem[] = [];
  if (op.params) problems.push(...validateValue(op.params, params ?? {}, 'params'));
  if (op.body) problems.push(...validateValue(op.body.type, body, 'body', { key: 'body', type: op.body.type, array: op.body.array }));
  return problems;
}

/** The format used for this endpoint: the chosen one when the page lists it, else JSON. */
function requestFormat(op: RestOperationDesc, wanted: RestFormat): RestFormat {
  if (!op.body || op.requestFormats.length === 0 || op.requestFormats.includes(wanted)) return wanted;
  return op.requestFormats.includes('json') ? 'json' : op.requestFormats[0];
}

function acceptOf(op: RestOperationDesc, format: RestFormat): string {
  const xml = format === 'xml' && (op.responseFormats.length === 0 || op.responseFormats.includes('xml'));
  return xml ? 'application/xml, text/xml' : 'application/json, text/json';
}

function writeBody(op: RestOperationDesc, b: RestBodyDesc, format: RestFormat, value: unknown): string {
  if (format === 'xml') return writeXml(b, op.xmlFlavour, value, 'body');
  if (format === 'form') return writeForm(b.type, value, !!b.array, 'body');
  return writeJson(b.type, value, !!b.array, 'body');
}

function readBody(b: RestBodyDesc, text: string, status: number, contentType: string, format: RestFormat, maxDepth: number): unknown {
  try {
    if (/html/i.test(contentType)) throw new ResponseError(`expected a JSON or XML response, got content type ${contentType}`, text, status);
    const t = text.trim();
    if (t === '') {
      if (status === 204) return undefined;
      throw new ResponseError('empty response', text, status);
    }
    const xml = /xml/i.test(contentType) || (!/json/i.test(contentType) && (format === 'xml' || t.startsWith('<')));
    return xml ? readXml(t, b, true, maxDepth) : readJson(t, b.type, !!b.array, status, 'response', maxDepth);
  } catch (e) {
    if (e instanceof ResponseError) e.status = status;
    throw e;
  }
}

function paramValue(params: object, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(params, key) ? (params as Record<string, unknown>)[key] : undefined;
}

/** A parameter's text, URL-encoded (`encodeURIComponent`); `ValidationError` for what a URL cannot carry. */
function paramText(op: RestOperationDesc, key: string, v: unknown): string {
  const f = op.params?.fields.find((x) => x.key === key);
  const d = f?.type ?? 'string';
  const fail = (message: string): never => {
    throw new ValidationError([{ path: `params.${key}`, message }]);
  };
  if (typeof d !== 'string' && d.kind !== 'enum') return fail('only simple values can be sent in a URL');
  return encodeComponent(scalarText(d, v, fail), fail);
}

/**
 * The route with `{name}` (also `{*name}`, `{name:int}`, `{name?}`) replaced by encoded values. A
 * path segment that comes out as `.` or `..` (also percent-encoded, which URL parsers treat
 * alike) would move the request to another resource: it is a `ValidationError`.
 */
function fillRoute(op: RestOperationDesc, params: object): string {
  const problems: Problem[] = [];
  const filled = op.path.replace(/\{\*?([^}:?=]+)[^}]*\}/g, (_, raw: string) => {
    const key = op.pathParams?.find((k) => k.toLowerCase() === raw.toLowerCase()) ?? raw;
    const v = paramValue(params, key);
    if (v === undefined || v === null) return '';
    const text = paramText(op, key, v);
    if (isDotSegment(text)) problems.push({ path: `params.${key}`, message: `${JSON.stringify(text)} cannot be a route value: it would change the URL's path` });
    return text;
  });
  if (problems.length === 0) {
    // Encoded values hold no `?`: the first one left starts the template's own query.
    const q = filled.indexOf('?');
    const template = op.path.split('/');
    for (const seg of (q < 0 ? filled : filled.slice(0, q)).split('/')) {
      if (isDotSegment(seg) && !template.includes(seg)) problems.push({ path: 'params', message: `the route values make a ${JSON.stringify(seg)} path segment` });
    }
  }
  if (problems.length) throw new ValidationError(problems);
  return filled;
}

/** `.` and `..`, also as `%2e` (the URL standard's single- and double-dot segments). */
function isDotSegment(seg: string): boolean {
  const s = seg.toLowerCase().replace(/%2e/g, '.');
  return s === '.' || s === '..';
}

function queryString(op: RestOperationDesc, params: object): string {
  const parts: string[] = [];
  const path = new Set((op.pathParams ?? []).map((k) => k.toLowerCase()));
  for (const f of op.params?.fields ?? []) {
    if (path.has(f.key.toLowerCase())) continue;
    const v = paramValue(params, f.key);
    if (v === undefined || v === null) continue;
    for (const x of Array.isArray(v) ? v : [v]) parts.push(`${encodeURIComponent(f.key)}=${paramText(op, f.key, x)}`);
  }
  return parts.length ? `?${parts.join('&')}` : '';
}

function joinUrl(base: string, route: string): string {
  return `${base.replace(/\/+$/, '')}/${route.replace(/^~?\/+/, '')}`;
}
