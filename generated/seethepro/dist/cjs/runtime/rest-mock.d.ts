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
import type { RestFormat, RestOperationDesc } from './rest-schema.js';
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
/** Creates the engine for a service's endpoints (keyed by client method name) and fixtures. */
export declare function createRestMock(operations: Readonly<Record<string, RestOperationDesc>>, fixtures: Readonly<Record<string, {
    readonly response?: unknown;
} | undefined>>, options?: RestMockOptions): RestMock;
