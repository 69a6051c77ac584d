/**
 * Hooks: functions the client calls around each request (async allowed), for logging, metrics,
 * signing or adjusting requests. `onRequest` sees the request exactly as it will be sent
 * (security already applied) and may return `{ headers, body }` to change it (or change
 * `ctx.headers` in place); `onResponse` sees every answer before it is read (faults and error
 * statuses included); `onError` sees the typed error a call rejects with. An exception thrown by
 * a hook rejects the call with a `HookError` (code `HOOK`) naming the hook, the exception as its
 * `cause`.
 */
import { SvcgenError } from './errors.js';
/** The request as it will be sent. */
export interface RequestContext {
    /** The operation's name (the wire name of a SOAP operation, the method name of a Web API call). */
    readonly operation: string;
    readonly url: string;
    readonly method: string;
    /** The request's headers; changes made here are sent. */
    readonly headers: Headers;
    /** The request body (an MTOM request: its XML root part); `undefined` for a GET. */
    readonly body: string | undefined;
}
/** What `onRequest` may change. */
export interface RequestChange {
    /** Replaces every header. */
    readonly headers?: Headers | Record<string, string>;
    /** Replaces the body. */
    readonly body?: string;
}
/** An answer, before it is read. */
export interface ResponseContext {
    readonly operation: string;
    readonly url: string;
    readonly status: number;
    readonly headers: Headers;
    /** The body as text (an MTOM answer: its XML root part). */
    readonly body: string;
}
/** A call that failed. */
export interface ErrorContext {
    readonly operation: string;
    readonly url: string;
    /** The error the call rejects with: a `SvcgenError` subclass, or the abort error of a time-out or cancellation. */
    readonly error: SvcgenError | DOMException | Error;
}
/** Functions called around each request; each may be async. */
export interface Hooks {
    onRequest?(ctx: RequestContext): void | RequestChange | Promise<void | RequestChange>;
    onResponse?(ctx: ResponseContext): void | Promise<void>;
    onError?(ctx: ErrorContext): void | Promise<void>;
}
/** A hook threw: `hook` names it, `cause` is what it threw. */
export declare class HookError extends SvcgenError {
    readonly hook: 'onRequest' | 'onResponse' | 'onError';
    constructor(hook: 'onRequest' | 'onResponse' | 'onError', cause: unknown);
}
/** The hooks as a part of a SOAP connection: `connect({ hooks }, useHooks)`. */
export declare const useHooks: {
    hooks: {
        request: typeof runOnRequest;
        response: typeof runOnResponse;
        error: typeof runOnError;
    };
};
/** Runs `onRequest` (when set); returns the headers and body to send. */
export declare function runOnRequest(hooks: Hooks | undefined, operation: string, url: string, method: string, headers: Record<string, string>, body: string | undefined): Promise<{
    headers: Record<string, string>;
    body: string | undefined;
}>;
/** Runs `onResponse` (when set). */
export declare function runOnResponse(hooks: Hooks | undefined, operation: string, url: string, res: Response, body: string): Promise<void>;
/** Runs `onError` (when set) for `error`; returns the error the call rejects with. */
export declare function runOnError(hooks: Hooks | undefined, operation: string, url: string, error: unknown): Promise<unknown>;
