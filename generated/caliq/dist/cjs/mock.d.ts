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
/**
 * `T` with every member optional, at any depth: what is given replaces the fixture's value, the
 * rest is kept. Arrays, binary values and dates are replaced whole.
 */
export type DeepPartial<T> = T extends readonly unknown[] | Uint8Array | Date ? T : T extends object ? {
    [P in keyof T]?: DeepPartial<T[P]>;
} : T;
/** What one endpoint answers (each member optional; the default is its fixture). */
export interface MockAnswer<K extends keyof MockOperations> {
    /**
     * The result (what the client method resolves to), merged deeply over the fixture's (a partial
     * object changes only what it gives), or a function of the decoded request returning the whole result.
     */
    response?: DeepPartial<MockOperations[K]['response']> | ((request: MockRequest<K>) => MockOperations[K]['response'] | Promise<MockOperations[K]['response']>);
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
/** One request the mock received for endpoint `K`. */
export interface MockCallOf<K extends keyof MockOperations> {
    /** Client method name of the endpoint. */
    readonly operation: K;
    /** HTTP method and URL as sent. */
    readonly method: string;
    readonly url: string;
    /** Format the body was sent in (`undefined` without a body). */
    readonly format: RestFormat | undefined;
    /** Format of the answer, from the request's `Accept`. */
    readonly accept: 'json' | 'xml';
    /** Route and query parameters as decoded (`undefined` when the endpoint has none). */
    readonly params: MockOperations[K]['params'];
    /** The body as decoded (`undefined` when absent or unreadable). */
    readonly body: MockOperations[K]['body'] | undefined;
    /** Request headers, names in lower case. */
    readonly headers: Readonly<Record<string, string>>;
    /** Problems (`path: message`); the request was answered with 400 when not empty. */
    readonly problems: readonly string[];
}
/** One request the mock received (requests matching no endpoint are not recorded): `operation` narrows the rest. */
export type MockCall = {
    [K in keyof MockOperations]: MockCallOf<K>;
}[keyof MockOperations];
/** The mock: a `fetch` with its call log and a way to change answers between calls. */
export interface MockFetch {
    (input: string | URL | Request, init?: RequestInit): Promise<Response>;
    readonly calls: MockCall[];
    /** The calls of one endpoint, typed with its parameters and body. */
    callsTo<K extends keyof MockOperations>(operation: K): MockCallOf<K>[];
    /** Replaces the answer of one endpoint for every later call, until `reset()` or another `override`. */
    override<K extends keyof MockOperations>(operation: K, answer: MockAnswer<K>): void;
    /** Answers the next call of one endpoint only (queued: several `once` answer successive calls), before any `override`. */
    once<K extends keyof MockOperations>(operation: K, answer: MockAnswer<K>): void;
    /** Forgets the overrides, the one-shot answers and the calls. */
    reset(): void;
}
/** Creates a mock `fetch` answering every endpoint of Caliq. */
export declare function createMockFetch(options?: MockFetchOptions): MockFetch;
