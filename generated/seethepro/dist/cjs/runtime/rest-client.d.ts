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
import { type Problem } from './errors.js';
import { type Hooks } from './hooks.js';
import type { RestFormat, RestOperationDesc, RestServiceDesc } from './rest-schema.js';
import type { HttpSecurity } from './security.js';
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
/** Creates the runtime for a service; `options` as given to the generated client's constructor. */
export declare function createRestRuntime(service: RestServiceDesc, options?: RestClientOptions): RestRuntime;
/**
 * A ModelState key as a request path: `id` → `params.id` (a route or query parameter);
 * `adjustment.Lines[0].Sku` → `body.Lines[0].Sku` (the first segment names the action's body
 * parameter; members are matched case-insensitively to the body's fields and written with their
 * JSON keys); `adjustment` alone → `body`. `undefined` when a segment names no known member.
 */
export declare function modelStatePath(op: RestOperationDesc, key: string): string | undefined;
/** Every problem of a request's parameters (paths `params.x`) and body (paths `body.X`). */
export declare function requestProblems(op: RestOperationDesc, params: object | undefined, body: unknown): Problem[];
