import type { AnyCar, GetSedansRequest, GetSedansResponse, TradeInRequest, TradeInResponse } from './types.js';
/** Request, response and result types per client method (the result is what the method resolves to). */
export interface MockOperations {
    getSedans: {
        request: GetSedansRequest;
        response: GetSedansResponse;
        result: (AnyCar | null)[] | undefined;
    };
    tradeIn: {
        request: TradeInRequest;
        response: TradeInResponse;
        result: TradeInResponse;
    };
}
/**
 * `T` with every member optional, at any depth: what is given replaces the fixture's value, the
 * rest is kept. Arrays, binary values and dates are replaced whole.
 */
export type DeepPartial<T> = T extends readonly unknown[] | Uint8Array | Date ? T : T extends object ? {
    [P in keyof T]?: DeepPartial<T[P]>;
} : T;
/** What one operation answers (each member optional; the default is its fixture). */
export interface MockAnswer<K extends keyof MockOperations> {
    /**
     * The result the client method resolves to, merged deeply over the fixture's (`{ UserName: 'x' }`
     * changes that member only), or a function of the decoded request returning the whole result.
     */
    result?: DeepPartial<MockOperations[K]['result']> | ((request: MockOperations[K]['request']) => MockOperations[K]['result'] | Promise<MockOperations[K]['result']>);
    /** The whole response element, merged deeply over the fixture, or a function of the decoded request returning it. */
    response?: DeepPartial<MockOperations[K]['response']> | ((request: MockOperations[K]['request']) => MockOperations[K]['response'] | Promise<MockOperations[K]['response']>);
    /** Response SOAP header blocks by local name. */
    soapHeaders?: Record<string, unknown>;
    /** Answer with a SOAP fault (HTTP 500); `code` defaults to `soap:Server`. */
    fault?: {
        code?: string;
        message: string;
        detail?: string;
    };
    /** Answer with this HTTP status and body instead of SOAP. */
    httpError?: {
        status: number;
        statusText?: string;
        body?: string;
    };
    /** Wait this long before answering (honours the request's abort signal). */
    delayMs?: number;
}
export type MockOverrides = {
    [K in keyof MockOperations]?: MockAnswer<K>;
};
/** Options of {@link createMockFetch}. */
export interface MockFetchOptions {
    /** Answers per client method name. */
    overrides?: MockOverrides;
    /** Check requests with the validators (default `true`). */
    validate?: boolean;
}
/** One request the mock received for operation `K`. */
export interface MockCallOf<K extends keyof MockOperations> {
    readonly operation: K;
    readonly protocol: 'soap11' | 'soap12';
    /** The request as decoded from the wire. */
    readonly request: MockOperations[K]['request'];
    readonly soapHeaders: Record<string, unknown>;
    /** Validation problems (`path: message`); the request was answered with a fault when not empty. */
    readonly problems: readonly string[];
}
/** One request the mock received: `operation` tells which, and narrows `request` to its type. */
export type MockCall = {
    [K in keyof MockOperations]: MockCallOf<K>;
}[keyof MockOperations];
/** The mock: a `fetch` with its call log and a way to change answers between calls. */
export interface MockFetch {
    (input: string | URL | Request, init?: RequestInit): Promise<Response>;
    readonly calls: MockCall[];
    /** The calls of one operation, typed with its request. */
    callsTo<K extends keyof MockOperations>(operation: K): MockCallOf<K>[];
    /** Replaces the answer of one operation for every later call, until `reset()` or another `override`. */
    override<K extends keyof MockOperations>(operation: K, answer: MockAnswer<K>): void;
    /** Answers the next call of one operation only (queued: several `once` answer successive calls), before any `override`. */
    once<K extends keyof MockOperations>(operation: K, answer: MockAnswer<K>): void;
    /** Forgets the overrides, the one-shot answers and the calls. */
    reset(): void;
}
/** Creates a mock `fetch` answering every operation of CarDealer. */
export declare function createMockFetch(options?: MockFetchOptions): MockFetch;
