/**
 * The engine behind a Web API package's `createMockFetch()` (mock.ts): a `fetch` that plays the
 * service offline, in Node and browsers, the way ASP.NET Web API answers.
 *
 * - The endpoint is selected by route template, HTTP method and query string (rest-route.ts);
 *   an unknown URL gets 404 and a known route with another method 405, with ASP.NET's messages.
 * - The route and query values and the body (JSON, XML or form, by `Content-Type`; another
 *   media type gets 415) are read with the package's own descriptors and checked with the same
 *   validators the client uses; an unreadable or invalid request gets 400 with ASP.NET's
 *   ModelState body, `{"Message":"The request is invalid.","ModelState":{"body.Field":["…"]}}`.
 * - The answer is the endpoint's fixture, or the override's value (or a function of the decoded
 *   `{ params, body }`), written in the format the request's `Accept` asks for (JSON by default,
 *   XML when asked and the page lists it) by the package's own writers; an endpoint without a
 *   response answers 204. Overrides can also answer with an ASP.NET error body (`apiError`), any
 *   HTTP error (`httpError`), and wait first (`delayMs`, aborted with the request's signal).
 */

import type { Problem } from './errors.js';
import { requestProblems } from './rest-client.js';
import { writeApiErrorBody } from './rest-errors.js';
import { readForm } from './rest-form.js';
import { readJson, writeJson } from './rest-json.js';
import { matchRoute, readParams } from './rest-route.js';
import type { RestBodyDesc, RestFormat, RestOperationDesc } from './rest-schema.js';
import { readXml, writeXml } from './rest-xml.js';

/** An ASP.NET error answer: `{"Message": …, "ModelState": {…}}` in the negotiated format. */
export interface RestMockApiError {
  readonly status: number;
  readonly statusText?: string;
  /** `Message` (default `An error has occurred.`). */
  readonly message?: string;
  /** ModelState entries: key (e.g. `body.AccountNo`) → messages. */
  readonly modelState?: Readonly<Record<string, readonly string[]>>;
}

/** A raw HTTP answer. */
export interface RestMockHttpError {
  readonly status: number;
  readonly statusText?: string;
  readonly body?: string;
  readonly contentType?: string;
}

/** What one endpoint answers, types erased (mock.ts gives the typed view). */
export interface RestMockAnswer {
  /** The result, or a function of the decoded request returning it (default: the fixture). */
  readonly response?: unknown;
  /** Status of a successful answer (default 200, or 204 for an endpoint without a response). */
  readonly status?: number;
  /** Headers added to a successful answer. */
  readonly headers?: Readonly<Record<string, string>>;
  readonly apiError?: RestMockApiError;
  readonly httpError?: RestMockHttpError;
  /** Wait this long before answering (honours the request's abort signal). */
  readonly delayMs?: number;
}

/** One request the mock received (requests matching no endpoint are not recorded). */
export interface RestMockCall {
  /** Client method name of the endpoint. */
  readonly operation: string;
  readonly method: string;
  readonly url: string;
  /** Format the body was sent in (`undefined` without a body). */
  readonly format: RestFormat | undefined;
  /** Format of the answer, from the request's `Accept`. */
  readonly accept: 'json' | 'xml';
  /** Route and query parameters as decoded (`undefined` when the endpoint has none). */
  readonly params: unknown;
  /** Body as decoded (`undefined` when absent or unreadable). */
  readonly body: unknown;
  /** Request headers, names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  /** Problems (`path: message`); the request was answered with 400 when not empty. */
  readonly problems: readonly string[];
}

export interface RestMockOptions {
  /** Answers per client method name. */
  readonly overrides?: Readonly<Record<string, RestMockAnswer | undefined>>;
  /** Check requests with the validators (default `true`; unreadable requests get 400 anyway). */
  readonly validate?: boolean;
}

export interface RestMock {
  handle(input: string | URL | Request, init?: RequestInit): Promise<Response>;
  readonly calls: RestMockCall[];
  override(operation: string, answer: RestMockAnswer): void;
  once(operation: string, answer: RestMockAnswer): void;
  reset(): void;
}

const MEDIA = { json: 'application/json; charset=utf-8', xml: 'application/xml; charset=utf-8' } as const;

const REASONS: Readonly<Record<number, string>> = {
  200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No Content', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found',
  405: 'Method Not Allowed', 409: 'Conflict', 415: 'Unsupported Media Type', 429: 'Too Many Requests', 500: 'Internal Server Error', 503: 'Service Unavailable',
};

/** Creates the engine for a service's endpoints (keyed by client method name) and fixtures. */
export function createRestMock(
  operations: Readonly<Record<string, RestOperationDesc>>,
  fixtures: Readonly<Record<string, { readonly response?: unknown } | undefined>>,
  options: RestMockOptions = {},
): RestMock {
  let overrides: Record<string, RestMockAnswer | undefined> = { ...options.overrides };
  let queued: Record<string, RestMockAnswer[] | undefined> = {};
  const calls: RestMockCall[] = [];

  const handle = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const req = typeof Request !== 'undefined' && input instanceof Request ? input : undefined;
    const url = new URL(req ? req.url : String(input), 'http://mock.invalid/');
    const method = (init?.method ?? req?.method ?? 'GET').toUpperCase();
    const headers = new Headers(init?.headers ?? req?.headers);
    const text = await bodyText(init, req);
    const signal = init?.signal ?? req?.signal ?? undefined;
    const contentType = headers.get('content-type') ?? '';
    const found = matchRoute(operations, method, url);
    if (found.kind === 'none') return errorAnswer(404, negotiate(headers, contentType, undefined), `No HTTP resource was found that matches the request URI '${url.href}'.`);
    if (found.kind === 'method') {
      const res = errorAnswer(405, negotiate(headers, contentType, undefined), `The requested resource does not support http method '${method}'.`);
      res.headers.set('Allow', found.allowed.join(', '));
      return res;
    }
    const { name, op } = found;
    const accept = negotiate(headers, contentType, op);
    const { params, problems } = readParams(op, found.route, url.searchParams);
    let body: unknown;
    let format: RestFormat | undefined;
    if (op.body && text.trim() !== '') {
      format = /json/i.test(contentType) ? 'json' : /xml/i.test(contentType) ? 'xml' : /x-www-form-urlencoded/i.test(contentType) ? 'form' : undefined;
      if (!format || (op.requestFormats.length > 0 && !op.requestFormats.includes(format))) {
        const media = contentType.split(';')[0].trim() || 'application/octet-stream';
        return errorAnswer(415, accept, `The request entity's media type '${media}' is not supported for this resource.`);
      }
      try {
        body = readBody(op.body, format, text);
      } catch (e) {
        problems.push({ path: 'body', message: e instanceof Error ? e.message : String(e) });
      }
    }
    if (!problems.length && options.validate !== false) problems.push(...requestProblems(op, params, body));
    const seen: Record<string, string> = {};
    headers.forEach((v, k) => {
      seen[k] = v;
    });
    calls.push({ operation: name, method, url: url.href, format, accept, params, body, headers: seen, problems: problems.map((p) => `${p.path}: ${p.message}`) });
    if (problems.length) return errorAnswer(400, accept, 'The request is invalid.', modelState(problems));

    const answer = queued[name]?.shift() ?? overrides[name] ?? {};
    if (answer.delayMs) await delay(answer.delayMs, signal);
    if (answer.httpError) {
      const h = answer.httpError;
      return new Response(h.body ?? '', { status: h.status, statusText: h.statusText ?? REASONS[h.status] ?? '', headers: h.contentType ? { 'Content-Type': h.contentType } : {} });
    }
    if (answer.apiError) {
      const a = answer.apiError;
      return errorAnswer(a.status, accept, a.message ?? 'An error has occurred.', a.modelState, undefined, a.statusText);
    }
    try {
      const given = answer.response;
      const value = typeof given === 'function' ? await (given as (r: unknown) => unknown)({ params, body }) : merge(fixtures[name]?.response, given);
      const status = answer.status ?? (op.response ? 200 : 204);
      const out = op.response && !NULL_BODY.has(status) ? writeResult(op, op.response, accept, value) : null;
      const resHeaders: Record<string, string> = { ...(out !== null ? { 'Content-Type': MEDIA[accept] } : {}), ...answer.headers };
      return new Response(out, { status, statusText: REASONS[status] ?? '', headers: resHeaders });
    } catch (e) {
      return errorAnswer(500, accept, 'An error has occurred.', undefined, { ExceptionMessage: e instanceof Error ? e.message : String(e) });
    }
  };

  return {
    handle,
    calls,
    override(operation: string, answer: RestMockAnswer): void {
      overrides[operation] = answer;
    },
    once(operation: string, answer: RestMockAnswer): void {
      (queued[operation] ??= []).push(answer);
    },
    reset(): void {
      overrides = {};
      queued = {};
      calls.length = 0;
    },
  };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array) && !(v instanceof Date);
}

/** `patch` merged deeply over `base`: records member by member, anything else (arrays too) replaced. */
function merge(base: unknown, patch: unknown): unknown {
  if (patch === undefined) return base;
  if (!isRecord(patch) || !isRecord(base)) return patch;
  const out: Record<string, unknown> = { ...base };
  for (const key of Object.keys(patch)) {
    const value = merge(Object.prototype.hasOwnProperty.call(base, key) ? base[key] : undefined, patch[key]);
    Object.defineProperty(out, key, { value, writable: true, enumerable: true, configurable: true });
  }
  return out;
}

const NULL_BODY = new Set([101, 103, 204, 205, 304]);

/** The answer's format: the first of JSON or XML the `Accept` header names, else the request's. */
function negotiate(headers: Headers, contentType: string, op: RestOperationDesc | undefined): 'json' | 'xml' {
  const ranges = (headers.get('accept') ?? '').split(',').map((r) => r.split(';')[0].trim().toLowerCase());
  const first = ranges.find((r) => /json|xml/.test(r));
  const wanted = first ? (first.includes('json') ? 'json' : 'xml') : /xml/i.test(contentType) ? 'xml' : 'json';
  const listed = op?.responseFormats ?? [];
  if (listed.length === 0 || listed.includes(wanted)) return wanted;
  return listed.includes('json') ? 'json' : 'xml';
}

function readBody(b: RestBodyDesc, format: RestFormat, text: string): unknown {
  if (format === 'xml') return readXml(text.trim(), b, false);
  if (format === 'form') return readForm(b.type, text, !!b.array, 'body');
  return readJson(text, b.type, !!b.array, 0, 'request');
}

function writeResult(op: RestOperationDesc, b: RestBodyDesc, format: 'json' | 'xml', value: unknown): string {
  const v = value === undefined ? null : value;
  return format === 'xml' ? writeXml(b, op.xmlFlavour, v, 'response') : writeJson(b.type, v, !!b.array, 'response');
}

/** ModelState of validation problems: path → messages, in the order found. */
function modelState(problems: readonly Problem[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const p of problems) {
    if (!Object.prototype.hasOwnProperty.call(out, p.path)) Object.defineProperty(out, p.path, { value: [], writable: true, enumerable: true, configurable: true });
    out[p.path].push(p.message);
  }
  return out;
}

function errorAnswer(
  status: number,
  format: 'json' | 'xml',
  message: string,
  state?: Readonly<Record<string, readonly string[]>>,
  extra?: Readonly<Record<string, string>>,
  statusText?: string,
): Response {
  return new Response(writeApiErrorBody(format, message, state, extra), { status, statusText: statusText ?? REASONS[status] ?? '', headers: { 'Content-Type': MEDIA[format] } });
}

async function bodyText(init: RequestInit | undefined, req: Request | undefined): Promise<string> {
  const b = init?.body;
  if (b !== undefined && b !== null) return typeof b === 'string' ? b : await new Response(b).text();
  return req ? await req.text() : '';
}

function delay(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const t = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(t);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}
