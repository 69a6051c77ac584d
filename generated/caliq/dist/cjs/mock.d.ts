import { type RestMockApiError, type RestMockHttpError } from './runtime/rest-mock.js';
import type { RestFormat } from './runtime/rest-schema.js';
import type { InteractionAddResults, InteractionCreateParams } from './types.js';
/** Parameters, body and result types per client method (`undefined` where an endpoint has none). */
export interface MockOperations {
    interactionCreate: {
        params: undefined;
        body: InteractionCreateParams;
        response: InteractionAddResults;
    };
}
/** A request as the mock decoded it. */
export interface MockRequest<K extends keyof MockOperations> {
    /** Route and query parameters (`undefined` when the endpoint has none). */
    readonly params: MockOperations[K]['params'];
    /** The body (`undefined` when the endpoint takes none). */
    readonly body: MockOperations[K]['body'];
}
/** What one endpoint answers (each member optional; the default is its fixture). */
export interface MockAnswer<K extends keyof MockOperations> {
    /** The result, or a function of the decoded request returning it. */
    response?: MockOperations[K]['response'] | ((request: MockRequest<K>) => MockOperations[K]['response'] | Promise<MockOperations[K]['response']>);
    /** Status of a successful answer (default 200, or 204 for an endpoint without a response). */
    status?: number;
    /** Headers added to a successful answer. */
    headers?: Record<string, string>;
    /** Answer with ASP.NET's error body (`Message`, `ModelState`) and this status. */
    apiError?: MockApiError;
    /** Answer with this HTTP status and raw body. */
    httpError?: MockHttpError;
    /** Wait this long before answering (honours the request's abort signal). */
    delayMs?: number;
}
/** An ASP.NET error answer: a documented status reaches the caller as an `ApiError`. */
export type MockApiError = RestMockApiError;
/** A raw HTTP answer. */
export type MockHttpError = RestMockHttpError;
export type MockOverrides = {
    [K in keyof MockOperations]?: MockAnswer<K>;
};
/** Options of {@link createMockFetch}. */
export interface MockFetchOptions {
    /** Answers per client method name. */
    overrides?: MockOverrides;
    /** Check requests with the validators (default `true`; unreadable requests get 400 anyway). */
    validate?: boolean;
}
/** One request the mock received (requests matching no endpoint are not recorded). */
export interface MockCall {
    /** Client method name of the endpoint. */
    readonly operation: keyof MockOperations;
    /** HTTP method and URL as sent. */
    readonly method: string;
    readonly url: string;
    /** Format the body was sent in (`undefined` without a body). */
    readonly format: RestFormat | undefined;
    /** Format of the answer, from the request's `Accept`. */
    readonly accept: 'json' | 'xml';
    /** Route and query parameters as decoded (`undefined` when the endpoint has none). */
    readonly params: unknown;
    /** The body as decoded (`undefined` when absent or unreadable). */
    readonly body: unknown;
    /** Request headers, names in lower case. */
    readonly headers: Readonly<Record<string, string>>;
    /** Problems (`path: message`); the request was answered with 400 when not empty. */
    readonly problems: readonly string[];
}
/** The mock: a `fetch` with its call log and a way to change answers between calls. */
export interface MockFetch {
    (input: string | URL | Request, init?: RequestInit): Promise<Response>;
    readonly calls: MockCall[];
    /** Replaces the answer of one endpoint. */
    override<K extends keyof MockOperations>(operation: K, answer: MockAnswer<K>): void;
    /** Forgets the overrides and the calls. */
    reset(): void;
}
/** Creates a mock `fetch` answering every endpoint of Caliq. */
export declare function createMockFetch(options?: MockFetchOptions): MockFetch;
