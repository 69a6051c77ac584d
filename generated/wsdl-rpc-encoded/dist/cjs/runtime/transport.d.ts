import type { Security } from './security.js';
/** The schemes of a `security` option, as a list. */
export declare function securityList<S extends Security>(security: S | readonly S[] | undefined): readonly S[];
/** The HTTP headers of the schemes (`Authorization`). */
export declare function securityHeaders(list: readonly Security[]): Promise<Record<string, string>>;
/** Merges header records; a later name replaces an earlier one whatever its case. */
export declare function mergeHeaders(...sets: (Record<string, string> | undefined)[]): Record<string, string>;
/**
 * HTTP header names and values `fetch` would refuse with a bare `TypeError` (a name that is not a
 * token; a value with CR, LF, NUL or a character above U+00FF), as one `ValidationError`.
 */
export declare function checkHeaders(headers: Record<string, string>): void;
/**
 * One signal that aborts when the caller's signal does (with its reason) or the time limit
 * passes (with a `TimeoutError`); by hand, since `AbortSignal.any` is missing on Node 18. `done`
 * releases the timer and listener.
 */
export declare function combineSignals(outer: AbortSignal | undefined, timeoutMs: number | undefined): {
    signal: AbortSignal;
    done: () => void;
};
/** A received answer: the response, and its body decoded by its charset (or its bytes, for MTOM). */
export interface Received {
    readonly res: Response;
    readonly text: string;
    /** The raw body of a `multipart/related` answer (`text` is then empty). */
    readonly bytes?: Uint8Array;
}
/**
 * Sends the request and reads the whole body under `signal`, at most `maxBytes` of it, then
 * decodes it (see {@link decodeBody}); a `multipart/related` body (MTOM) is returned as `bytes`
 * instead, since its binary parts are not text. The signal is checked before anything is sent. A
 * failure of the connection (refused, reset, a body cut off) is a `NetworkError`; an abort
 * rejects with the signal's reason (a `TimeoutError` for the time limit); a body above the limit
 * is a `LimitError`.
 */
export declare function transfer(send: () => Promise<Response>, signal: AbortSignal, url: string, maxBytes: number): Promise<Received>;
/**
 * Decodes a body with `TextDecoder`: by a byte-order mark, else the `charset` of `contentType`,
 * else (XML) the `encoding` of the XML declaration, else UTF-8. An unknown charset is a
 * `ResponseError`; so are bytes that are not valid in the charset when `strict` (2xx answers;
 * error pages are decoded leniently so that their status is not lost).
 */
export declare function decodeBody(bytes: Uint8Array, contentType: string, strict: boolean): string;
/**
 * Settles with `p`, or rejects with the signal's reason as soon as it aborts. `p`'s own rejection
 * is always handled, also when the signal was aborted before: no unhandled rejection is left.
 */
export declare function abortable<T>(p: Promise<T>, signal: AbortSignal): Promise<T>;
