import { type CallOptions, type ClientOptions, type RawResponse, type SoapSession } from './runtime/client.js';
import type { Class2, ClassHeadersIn, ClassHeadersOut, ClassRequest, ClassResponse, ConstructorHeadersIn, ConstructorHeadersOut, ConstructorRequest, DeleteHeadersIn, DeleteHeadersOut, DeleteRequest, Enum, GetHeadersIn, GetHeadersOut, GetRequest, GetValueV2HeadersIn, GetValueV2HeadersOut, GetValueV2Request, Headers2, Item2HeadersIn, Item2HeadersOut, Item2Request, Item3, Item4, ItemHeadersIn, ItemHeadersOut, ItemRequest, Promise2, ProtoHeadersIn, ProtoHeadersOut, ProtoRequest, Request2HeadersIn, Request2HeadersOut, Request2Request, Response2, ToStringHeadersIn, ToStringHeadersOut, ToStringRequest, 名前HeadersIn, 名前HeadersOut, 名前Request } from './types.js';
/** Options of {@link createClient}. */
export type HostileClientOptions = ClientOptions;
/** Per-call options of Hostile operations. */
export interface HostileClientCallOptions<H> extends Omit<CallOptions, 'soapHeaders'> {
    /** SOAP headers to send, keyed by element local name. */
    soapHeaders?: H;
}
/** SOAP header blocks the service's responses return, kept between calls by a session (`session: true`). */
export interface HostileClientSessionHeaders {
}
/**
 * Client of the Hostile service: one method per operation.
 *
 * Service text: *​/ `tick` ${injected} <script>alert(1)</script> "quoted" 'single' back\slash
 */
export interface HostileClient {
    /**
     * Deletes *​/ `${x}` <script>
     *
     * Protocols: soap11. SOAPAction: `urn:hostile/delete`.
     *
     * From specs/hostile/hostile.wsdl:166:5.
     */
    delete(input?: DeleteRequest, options?: HostileClientCallOptions<DeleteHeadersIn>): Promise<Class2 | undefined>;
    /**
     * Protocols: soap11. SOAPAction: `urn:hostile/class`.
     *
     * From specs/hostile/hostile.wsdl:167:5.
     */
    class(input?: ClassRequest, options?: HostileClientCallOptions<ClassHeadersIn>): Promise<ClassResponse>;
    /**
     * Protocols: soap11. SOAPAction: `urn:hostile/constructor`.
     *
     * From specs/hostile/hostile.wsdl:168:5.
     */
    constructor2(input?: ConstructorRequest, options?: HostileClientCallOptions<ConstructorHeadersIn>): Promise<Enum>;
    /**
     * Protocols: soap11. SOAPAction: `urn:hostile/toString`.
     *
     * From specs/hostile/hostile.wsdl:169:5.
     */
    toString2(input?: ToStringRequest, options?: HostileClientCallOptions<ToStringHeadersIn>): Promise<Promise2 | undefined>;
    /**
     * Protocols: soap11. SOAPAction: `urn:hostile/__proto__`.
     *
     * From specs/hostile/hostile.wsdl:170:5.
     */
    proto(input?: ProtoRequest, options?: HostileClientCallOptions<ProtoHeadersIn>): Promise<string | undefined>;
    /**
     * Protocols: soap11. SOAPAction: `urn:hostile/Item`.
     *
     * From specs/hostile/hostile.wsdl:171:5.
     */
    item(input?: ItemRequest, options?: HostileClientCallOptions<ItemHeadersIn>): Promise<Item3 | undefined>;
    /**
     * Protocols: soap11. SOAPAction: `urn:hostile/item`.
     *
     * From specs/hostile/hostile.wsdl:172:5.
     */
    item2(input?: Item2Request, options?: HostileClientCallOptions<Item2HeadersIn>): Promise<Item4 | undefined>;
    /**
     * Protocols: soap11. SOAPAction: `urn:hostile/get-value.v2`.
     *
     * From specs/hostile/hostile.wsdl:173:5.
     */
    getValueV2(input?: GetValueV2Request, options?: HostileClientCallOptions<GetValueV2HeadersIn>): Promise<string | undefined>;
    /**
     * Protocols: soap11. SOAPAction: `urn:hostile/名前`.
     *
     * From specs/hostile/hostile.wsdl:174:5.
     */
    名前(input?: 名前Request, options?: HostileClientCallOptions<名前HeadersIn>): Promise<string | undefined>;
    /**
     * Protocols: soap11. SOAPAction: `urn:hostile/get`.
     *
     * From specs/hostile/hostile.wsdl:175:5.
     */
    get(input?: GetRequest, options?: HostileClientCallOptions<GetHeadersIn>): Promise<Response2 | undefined>;
    /**
     * Protocols: soap11. SOAPAction: `urn:hostile/Request`.
     *
     * From specs/hostile/hostile.wsdl:176:5.
     */
    request(input?: Request2Request, options?: HostileClientCallOptions<Request2HeadersIn>): Promise<Headers2>;
    /** The same operations, resolving to the result with the response's SOAP headers, HTTP status and headers. */
    readonly $raw: {
        delete(input?: DeleteRequest, options?: HostileClientCallOptions<DeleteHeadersIn>): Promise<RawResponse<Class2 | undefined, DeleteHeadersOut>>;
        class(input?: ClassRequest, options?: HostileClientCallOptions<ClassHeadersIn>): Promise<RawResponse<ClassResponse, ClassHeadersOut>>;
        constructor2(input?: ConstructorRequest, options?: HostileClientCallOptions<ConstructorHeadersIn>): Promise<RawResponse<Enum, ConstructorHeadersOut>>;
        toString2(input?: ToStringRequest, options?: HostileClientCallOptions<ToStringHeadersIn>): Promise<RawResponse<Promise2 | undefined, ToStringHeadersOut>>;
        proto(input?: ProtoRequest, options?: HostileClientCallOptions<ProtoHeadersIn>): Promise<RawResponse<string | undefined, ProtoHeadersOut>>;
        item(input?: ItemRequest, options?: HostileClientCallOptions<ItemHeadersIn>): Promise<RawResponse<Item3 | undefined, ItemHeadersOut>>;
        item2(input?: Item2Request, options?: HostileClientCallOptions<Item2HeadersIn>): Promise<RawResponse<Item4 | undefined, Item2HeadersOut>>;
        getValueV2(input?: GetValueV2Request, options?: HostileClientCallOptions<GetValueV2HeadersIn>): Promise<RawResponse<string | undefined, GetValueV2HeadersOut>>;
        名前(input?: 名前Request, options?: HostileClientCallOptions<名前HeadersIn>): Promise<RawResponse<string | undefined, 名前HeadersOut>>;
        get(input?: GetRequest, options?: HostileClientCallOptions<GetHeadersIn>): Promise<RawResponse<Response2 | undefined, GetHeadersOut>>;
        request(input?: Request2Request, options?: HostileClientCallOptions<Request2HeadersIn>): Promise<RawResponse<Headers2, Request2HeadersOut>>;
    };
    /**
     * The SOAP headers kept between calls. With `session: true` each header block a response
     * returns is stored here and sent with the next call of an operation that takes it (unless the
     * call passes its own); without it the session stays empty.
     */
    readonly $session: SoapSession<HostileClientSessionHeaders>;
}
/**
 * Creates a Hostile client.
 *
 * The default endpoint is `http://127.0.0.1:1/Hostile.asmx`; the default protocol is `soap11`.
 */
export declare function createClient(options?: HostileClientOptions): HostileClient;
