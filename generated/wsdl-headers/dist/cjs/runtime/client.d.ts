/**
 * The transport behind every generated client method: picks the protocol (SOAP 1.1, SOAP 1.2,
 * HTTP GET or HTTP POST), validates the request, builds it, sends it with the global `fetch` (or
 * the one given in the options), and maps the answer: a SOAP fault (whatever the status) becomes
 * a `SoapFaultError`, another non-2xx answer an `HttpError`, an unreadable 2xx answer a
 * `ResponseError`. Time-outs (`timeoutMs`) and the caller's `AbortSignal` are combined into one
 * signal; either rejects the call with the platform's abort error. Works in Node 18+ and browsers.
 */
import type { OperationDesc, Protocol, ServiceDesc } from './schema.js';
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
export declare function createSoapRuntime(service: ServiceDesc, options?: ClientOptions): SoapRuntime;
