/**
 * The limits every call runs under, so that no answer can hang the client, exhaust its memory or
 * its stack: `timeoutMs` (the whole call: connecting, sending, waiting and reading the body; `0`
 * turns it off), `maxResponseBytes` (the body's size, counted while it streams in, before it
 * becomes a string; `Infinity` turns it off) and `maxDepth` (how deep XML elements or JSON arrays
 * and objects may nest). Each can be set per client and per call; a call's value wins.
 */
/** The limits of a call. */
export interface Limits {
    /** Time limit of the whole call in milliseconds; `0` turns it off. */
    readonly timeoutMs: number;
    /** Largest response body, in bytes (checked against `Content-Length` and while reading). */
    readonly maxResponseBytes: number;
    /** Deepest nesting of XML elements (the root counts 1) or of JSON arrays and objects. */
    readonly maxDepth: number;
}
/**
 * The defaults: 100 s, the time-out of .NET's own clients (`HttpClient`, the ASMX proxies'
 * `SoapHttpClientProtocol`); 64 MiB, well above real answers yet far from the heap a reader needs
 * for it (a few times the body); 256 levels, above any real document (the deepest ones nest a few
 * dozen levels) and far below the nesting at which a JavaScript stack overflows.
 */
export declare const DEFAULT_LIMITS: Limits;
/** The limits of a call: the call's options, else the client's, else the defaults. */
export declare function resolveLimits(client: Partial<Limits>, call: Partial<Limits>): Limits;
/**
 * `e`, or for a stack overflow (possible only with `maxDepth` raised far above its default) a
 * `LimitError` naming `maxDepth`, so that no answer ever surfaces as a bare `RangeError`.
 */
export declare function stackSafe(e: unknown, maxDepth: number): unknown;
