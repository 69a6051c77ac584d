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
import type { Hooks, runOnError, runOnRequest, runOnResponse } from './hooks.js';
import type { buildFormQuery, readBareResponse } from './http.js';
import type { MtomWriter } from './mtom.js';
import type { checkRules } from './rules.js';
import type { OperationDesc, Protocol, ServiceDesc } from './schema.js';
import type { Security } from './security.js';
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
    readonly hooks?: {
        readonly request: typeof runOnRequest;
        readonly response: typeof runOnResponse;
        readonly error: typeof runOnError;
    };
    /** Writes MTOM requests (mtom.ts); MTOM responses are read without it. */
    readonly mtom?: () => MtomWriter;
    /** Writes WS-Addressing header blocks (addressing.ts). */
    readonly addressing?: typeof addressingHeaders;
    /** The HTTP GET and HTTP POST protocols (http.ts). */
    readonly http?: {
        readonly query: typeof buildFormQuery;
        readonly read: typeof readBareResponse;
    };
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
export declare function createSoapRuntime(service: ServiceDesc, options?: ClientOptions): SoapRuntime;
/**
 * Creates the runtime for a service with the optional parts `features` (merged from left to
 * right). An option that needs a part not given (`hooks`, `mtom: true`) is a `SvcgenError`
 * (code `CONFIG`) naming the part.
 */
export declare function createSoapConnection(service: ServiceDesc, options?: ClientOptions, ...features: SoapFeatures[]): SoapRuntime;
