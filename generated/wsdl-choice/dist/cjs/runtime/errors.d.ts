/**
 * Errors thrown by this client. Every failure is a `SvcgenError` with a stable `code`:
 * `SOAP_FAULT` (the service answered with a SOAP fault), `HTTP_ERROR` (a non-2xx answer that is
 * not a fault), `VALIDATION` (the request was rejected before anything was sent: a value, an HTTP
 * header, a URL it cannot carry), `BAD_RESPONSE` (the answer could not be read: not XML,
 * truncated, unexpected elements, an unknown charset), `LIMIT` (the answer exceeds
 * `maxResponseBytes` or nests deeper than `maxDepth`), `TIMEOUT` (`timeoutMs` passed),
 * `NETWORK` (the connection failed: refused, reset, or the body cut off), `PROTOCOL` (the
 * operation does not support the chosen protocol) and `CONFIG` (no endpoint, a bad option).
 * The one exception is a cancellation by the caller's `AbortSignal`: the call rejects with the
 * signal's reason (the platform's `DOMException` named `AbortError` unless another was given).
 */
/** Base class of every error raised by the client. */
export declare class SvcgenError extends Error {
    /** Stable machine-readable error code. */
    readonly code: string;
    constructor(code: string, message: string, options?: {
        cause?: unknown;
    });
}
/** Version of a SOAP envelope. */
export type SoapVersion = 'soap11' | 'soap12';
/** Fields of a SOAP fault (SOAP 1.1 `faultcode`/`faultstring`, SOAP 1.2 `Code`/`Reason`). */
export interface SoapFaultInit {
    /** Fault code as written (`soap:Client`, `soap12:Sender`). */
    readonly faultCode: string;
    /** Fault string (1.1) or the reason text (1.2). */
    readonly faultString: string;
    /** `faultactor` (1.1) or `Role` (1.2), else the SOAP 1.2 `Node`. */
    readonly actor?: string;
    /** SOAP 1.2 `Node`: the URI of the node that faulted. */
    readonly node?: string;
    /** Inner XML of the `detail` / `Detail` element, as written. */
    readonly detail?: string;
    /** The declared fault (WSDL `wsdl:fault`) the detail holds, read by its schema type. */
    readonly fault?: DeclaredFault;
    /** The envelope version the fault was received in. */
    readonly soapVersion: SoapVersion;
    /** SOAP 1.2 `Subcode/Value` chain, outermost first. */
    readonly subcodes?: readonly string[];
    /** HTTP status of the response. */
    readonly status: number;
}
/** A fault the operation declares: the `wsdl:fault` name and the detail element read as its type. */
export interface DeclaredFault {
    readonly name: string;
    readonly detail: unknown;
}
/**
 * The service answered with a SOAP fault (SOAP 1.1 or 1.2 shape). `F`: the operation's declared
 * faults (each generated package names them per operation, e.g. `GetDataFault`), so that
 * `(e as SoapFaultError<GetDataFault>).fault` narrows on `name`.
 */
export declare class SoapFaultError<F extends DeclaredFault = DeclaredFault> extends SvcgenError {
    readonly faultCode: string;
    readonly faultString: string;
    readonly actor: string | undefined;
    readonly node: string | undefined;
    readonly detail: string | undefined;
    /** The declared fault the detail holds, read by its schema type (`undefined` when none matches). */
    readonly fault: F | undefined;
    /**
     * Header blocks of the fault response the operation declares (its response headers and
     * `soap:headerfault` blocks, which report errors about request headers), by local name.
     */
    soapHeaders: Record<string, unknown>;
    readonly soapVersion: SoapVersion;
    readonly subcodes: readonly string[];
    status: number;
    constructor(init: SoapFaultInit, note?: string);
    /** SOAP 1.2 name of `faultString`. */
    get reason(): string;
    /** SOAP 1.2 name of `actor`. */
    get role(): string | undefined;
}
/** A non-2xx HTTP answer that is not a SOAP fault. */
export declare class HttpError extends SvcgenError {
    readonly status: number;
    readonly statusText: string;
    /** The response body as text. */
    readonly body: string;
    readonly headers: Record<string, string>;
    constructor(status: number, statusText: string, body: string, headers: Record<string, string>);
}
/** One problem found in a request value. */
export interface Problem {
    /** Where the value is, e.g. `request.ChatRequest[1].UserName`. */
    readonly path: string;
    readonly message: string;
}
/** The request was rejected before anything was sent. */
export declare class ValidationError extends SvcgenError {
    readonly problems: readonly Problem[];
    constructor(problems: readonly Problem[]);
}
/** The response could not be read as the expected message. */
export declare class ResponseError extends SvcgenError {
    /** HTTP status of the response (0 when unknown). */
    status: number;
    /** The start of the response body. */
    readonly snippet: string;
    constructor(message: string, body: string, status?: number, code?: string);
}
/** Which limit a `LimitError` names. */
export type LimitName = 'maxResponseBytes' | 'maxDepth';
/**
 * The answer exceeds a limit of the client (`maxResponseBytes`: its size, checked while it
 * streams in; `maxDepth`: the nesting of its XML elements or JSON arrays and objects).
 */
export declare class LimitError extends ResponseError {
    /** The option whose limit was exceeded. */
    readonly limit: LimitName;
    /** The limit's value. */
    readonly max: number;
    constructor(message: string, body: string, limit: LimitName, max: number, status?: number);
}
/** The call did not complete within `timeoutMs` (sending, waiting and reading the body). */
export declare class TimeoutError extends SvcgenError {
    readonly timeoutMs: number;
    constructor(timeoutMs: number);
}
/** The connection failed: refused, reset, a name that does not resolve, or the body cut off. */
export declare class NetworkError extends SvcgenError {
    constructor(message: string, options?: {
        cause?: unknown;
    });
}
/** The first 200 characters of a body, for messages. */
export declare function snippet(body: string): string;
