/**
 * The transport behind every generated Web API client method: validates the parameters and the
 * body (unless `validate: false`), fills the route template (each value encoded with
 * `encodeURIComponent`), appends the query parameters, writes the body in the chosen format
 * (JSON, XML in the service's flavour, or a form), sends it with the global `fetch` (or the one
 * given), and reads the answer by its content type. A non-2xx answer is an `ApiError` when the
 * help page documents its status or when it is a 4xx carrying ASP.NET's `ModelState`, else an
 * `HttpError`; an unreadable 2xx answer is a
 * `ResponseError`. Time-outs (`timeoutMs`) and the caller's `AbortSignal` reject the call with the
 * platform's abort error. Works in Node 18+ and browsers.
 */

import { scalarText } from './codec.js';
import { HttpError, ResponseError, SvcgenError, ValidationError, type Problem } from './errors.js';
import { ApiError, readApiErrorBody } from './rest-errors.js';
import { writeForm } from './rest-form.js';
import { readJson, writeJson } from './rest-json.js';
import type { RestBodyDesc, RestFormat, RestOperationDesc, RestServiceDesc } from './rest-schema.js';
import { readXml, writeXml } from './rest-xml.js';
import { abortable, combineSignals, mergeHeaders } from './transport.js';
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
  /** Time limit of each call, in milliseconds. */
  timeoutMs?: number;
  /** Validate requests before sending (default `true`). */
  validate?: boolean;
}

/** Options of one call. */
export interface RestCallOptions {
  /** Cancels the call. */
  signal?: AbortSignal;
  /** HTTP headers added to this request. */
  headers?: Record<string, string>;
  /** Validate this request before sending (default: the client's `validate`). */
  validate?: boolean;
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
  return { invoke: (op, params, body, call = {}) => invoke(service, options, op, params, body, call) };
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
  if (call.validate ?? options.validate ?? true) validateRequest(op, params, body);
  const format = requestFormat(op, options.format ?? 'json');
  const url = joinUrl(base, fillRoute(op, params ?? {})) + queryString(op, params ?? {});
  const protoHeaders: Record<string, string> = { Accept: acceptOf(op, format) };
  let text: string | undefined;
  if (op.body) {
    text = writeBody(op, op.body, format, body);
    protoHeaders['Content-Type'] = MEDIA[format];
  }
  const headers = mergeHeaders(protoHeaders, options.headers, call.headers);
  const doFetch = options.fetch ?? globalThis.fetch;
  const { signal, done } = combineSignals(call.signal, options.timeoutMs);
  try {
    const res = await abortable(doFetch(url, { method: op.method, headers, body: text, signal }), signal);
    const answer = await abortable(res.text(), signal);
    const resHeaders: Record<string, string> = {};
    res.headers.forEach((v, k) => {
      resHeaders[k] = v;
    });
    if (res.status < 200 || res.status >= 300) throw statusError(op, res.status, res.statusText, answer, resHeaders);
    const result = op.response ? readBody(op.response, answer, res.status, res.headers.get('content-type') ?? '', format) : undefined;
    return { result, status: res.status, headers: resHeaders };
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

function readBody(b: RestBodyDesc, text: string, status: number, contentType: string, format: RestFormat): unknown {
  try {
    if (/html/i.test(contentType)) throw new ResponseError(`expected a JSON or XML response, got content type ${contentType}`, text, status);
    const t = text.trim();
    if (t === '') {
      if (status === 204) return undefined;
      throw new ResponseError('empty response', text, status);
    }
    const xml = /xml/i.test(contentType) || (!/json/i.test(contentType) && (format === 'xml' || t.startsWith('<')));
    return xml ? readXml(t, b) : readJson(t, b.type, !!b.array, status);
  } catch (e) {
    if (e instanceof ResponseError) e.status = status;
    throw e;
  }
}

function paramValue(params: object, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(params, key) ? (params as Record<string, unknown>)[key] : undefined;
}

function paramText(op: RestOperationDesc, key: string, v: unknown): string {
  const f = op.params?.fields.find((x) => x.key === key);
  const d = f?.type ?? 'string';
  const fail = (message: string): never => {
    throw new ValidationError([{ path: `params.${key}`, message }]);
  };
  if (typeof d !== 'string' && d.kind !== 'enum') return fail('only simple values can be sent in a URL');
  return scalarText(d, v, fail);
}

/** The route with `{name}` (also `{*name}`, `{name:int}`, `{name?}`) replaced by encoded values. */
function fillRoute(op: RestOperationDesc, params: object): string {
  return op.path.replace(/\{\*?([^}:?=]+)[^}]*\}/g, (_, raw: string) => {
    const key = op.pathParams?.find((k) => k.toLowerCase() === raw.toLowerCase()) ?? raw;
    const v = paramValue(params, key);
    if (v === undefined || v === null) return '';
    return encodeURIComponent(paramText(op, key, v));
  });
}

function queryString(op: RestOperationDesc, params: object): string {
  const parts: string[] = [];
  const path = new Set((op.pathParams ?? []).map((k) => k.toLowerCase()));
  for (const f of op.params?.fields ?? []) {
    if (path.has(f.key.toLowerCase())) continue;
    const v = paramValue(params, f.key);
    if (v === undefined || v === null) continue;
    for (const x of Array.isArray(v) ? v : [v]) parts.push(`${encodeURIComponent(f.key)}=${encodeURIComponent(paramText(op, f.key, x))}`);
  }
  return parts.length ? `?${parts.join('&')}` : '';
}

function joinUrl(base: string, route: string): string {
  return `${base.replace(/\/+$/, '')}/${route.replace(/^~?\/+/, '')}`;
}
