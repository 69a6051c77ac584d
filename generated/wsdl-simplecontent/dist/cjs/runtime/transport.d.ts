/** Merges header records; a later name replaces an earlier one whatever its case. */
export declare function mergeHeaders(...sets: (Record<string, string> | undefined)[]): Record<string, string>;
/**
 * One signal that aborts when the caller's signal does or the time limit passes (by hand:
 * `AbortSignal.any` is missing on Node 18). `done` releases the timer and listener.
 */
export declare function combineSignals(outer: AbortSignal | undefined, timeoutMs: number | undefined): {
    signal: AbortSignal;
    done: () => void;
};
/**
 * Sends the request and reads the whole body. A failure of the connection (refused, reset, a
 * body cut off) is a `SvcgenError` with code `NETWORK`; a time-out or abort stays the signal's
 * abort error.
 */
export declare function transfer(send: () => Promise<Response>, signal: AbortSignal, url: string): Promise<{
    res: Response;
    text: string;
}>;
/** Settles with `p`, or rejects with the signal's reason as soon as it aborts. */
export declare function abortable<T>(p: Promise<T>, signal: AbortSignal): Promise<T>;
