import type { ClassRequest, ClassResponse, ConstructorRequest, ConstructorResponse, DeleteRequest, DeleteResponse, GetRequest, GetResponse, GetValueV2Request, GetValueV2Response, Item2Request, Item2Response, ItemRequest, ItemResponse, ProtoRequest, ProtoResponse, Request2Request, Request2Response, ToStringRequest, ToStringResponse, 名前Request, 名前Response } from './types.js';
/** Request and response types per client method. */
export interface MockOperations {
    delete: {
        request: DeleteRequest;
        response: DeleteResponse;
    };
    class: {
        request: ClassRequest;
        response: ClassResponse;
    };
    constructor2: {
        request: ConstructorRequest;
        response: ConstructorResponse;
    };
    toString2: {
        request: ToStringRequest;
        response: ToStringResponse;
    };
    proto: {
        request: ProtoRequest;
        response: ProtoResponse;
    };
    item: {
        request: ItemRequest;
        response: ItemResponse;
    };
    item2: {
        request: Item2Request;
        response: Item2Response;
    };
    getValueV2: {
        request: GetValueV2Request;
        response: GetValueV2Response;
    };
    名前: {
        request: 名前Request;
        response: 名前Response;
    };
    get: {
        request: GetRequest;
        response: GetResponse;
    };
    request: {
        request: Request2Request;
        response: Request2Response;
    };
}
/** What one operation answers (each member optional; the default is its fixture). */
export interface MockAnswer<K extends keyof MockOperations> {
    /** The response object, or a function of the decoded request returning it. */
    response?: MockOperations[K]['response'] | ((request: MockOperations[K]['request']) => MockOperations[K]['response'] | Promise<MockOperations[K]['response']>);
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
/** One request the mock received. */
export interface MockCall {
    readonly operation: keyof MockOperations;
    readonly protocol: 'soap11' | 'soap12';
    readonly request: unknown;
    readonly soapHeaders: Record<string, unknown>;
    /** Validation problems (`path: message`); the request was answered with a fault when not empty. */
    readonly problems: readonly string[];
}
/** The mock: a `fetch` with its call log and a way to change answers between calls. */
export interface MockFetch {
    (input: string | URL | Request, init?: RequestInit): Promise<Response>;
    readonly calls: MockCall[];
    /** Replaces the answer of one operation. */
    override<K extends keyof MockOperations>(operation: K, answer: MockAnswer<K>): void;
    /** Forgets the overrides and the calls. */
    reset(): void;
}
/** Creates a mock `fetch` answering every operation of Hostile. */
export declare function createMockFetch(options?: MockFetchOptions): MockFetch;
