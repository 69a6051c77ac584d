import { type CallOptions, type ClientOptions, type RawResponse, type SoapSession } from './runtime/client.js';
import type { AddDecimalsHeadersIn, AddDecimalsHeadersOut, AddDecimalsRequest, AnyShape, DelayHeadersIn, DelayHeadersOut, DelayRequest, DivideHeadersIn, DivideHeadersOut, DivideRequest, DivideResponse, EchoGuidHeadersIn, EchoGuidHeadersOut, EchoGuidRequest, EchoNullablesHeadersIn, EchoNullablesHeadersOut, EchoNullablesRequest, EchoOrderHeadersIn, EchoOrderHeadersOut, EchoOrderRequest, EchoPriorityHeadersIn, EchoPriorityHeadersOut, EchoPriorityRequest, EchoScalarsHeadersIn, EchoScalarsHeadersOut, EchoScalarsRequest, Fail2HeadersIn, Fail2HeadersOut, Fail2Request, ListPrioritiesHeadersIn, ListPrioritiesHeadersOut, ListPrioritiesRequest, NullableResult, Order, Priority, ReverseBytesHeadersIn, ReverseBytesHeadersOut, ReverseBytesRequest, Scalars, SessionHeader, SwapHeadersIn, SwapHeadersOut, SwapRequest, SwapResponse, TouchHeadersIn, TouchHeadersOut, TouchRequest, TransformHeadersIn, TransformHeadersOut, TransformRequest } from './types.js';
/** Options of {@link createClient}. */
export type InteropClientOptions = ClientOptions;
/** Per-call options of Interop operations. */
export interface InteropClientCallOptions<H> extends Omit<CallOptions, 'soapHeaders'> {
    /** SOAP headers to send, keyed by element local name. */
    soapHeaders?: H;
}
/** SOAP header blocks the service's responses return, kept between calls by a session (`session: true`). */
export interface InteropClientSessionHeaders {
    Session?: SessionHeader;
}
/** Client of the Interop service: one method per operation. */
export interface InteropClient {
    /**
     * Protocols: soap11, soap12, http-get, http-post. SOAPAction: `http://svcgen.test/interop/EchoPriority`.
     *
     * From specs/interop/Interop.wsdl:535:5.
     */
    echoPriority(input: EchoPriorityRequest, options?: InteropClientCallOptions<EchoPriorityHeadersIn>): Promise<Priority>;
    /**
     * Protocols: soap11, soap12, http-get, http-post. SOAPAction: `http://svcgen.test/interop/ListPriorities`.
     *
     * From specs/interop/Interop.wsdl:539:5.
     */
    listPriorities(input?: ListPrioritiesRequest, options?: InteropClientCallOptions<ListPrioritiesHeadersIn>): Promise<Priority[] | undefined>;
    /**
     * Protocols: soap11, soap12. SOAPAction: `http://svcgen.test/interop/EchoOrder`.
     *
     * From specs/interop/Interop.wsdl:543:5.
     */
    echoOrder(input?: EchoOrderRequest, options?: InteropClientCallOptions<EchoOrderHeadersIn>): Promise<Order | undefined>;
    /**
     * Protocols: soap11, soap12. SOAPAction: `http://svcgen.test/interop/EchoNullables`.
     *
     * From specs/interop/Interop.wsdl:547:5.
     */
    echoNullables(input: EchoNullablesRequest, options?: InteropClientCallOptions<EchoNullablesHeadersIn>): Promise<NullableResult | undefined>;
    /**
     * Protocols: soap11, soap12. SOAPAction: `http://svcgen.test/interop/Transform`.
     *
     * From specs/interop/Interop.wsdl:551:5.
     */
    transform(input?: TransformRequest, options?: InteropClientCallOptions<TransformHeadersIn>): Promise<(AnyShape | null)[] | undefined>;
    /**
     * Protocols: soap11, soap12. SOAPAction: `http://svcgen.test/interop/EchoGuid`.
     *
     * From specs/interop/Interop.wsdl:555:5.
     */
    echoGuid(input: EchoGuidRequest, options?: InteropClientCallOptions<EchoGuidHeadersIn>): Promise<string>;
    /**
     * Protocols: soap11, soap12, http-get, http-post. SOAPAction: `http://svcgen.test/interop/AddDecimals`.
     *
     * From specs/interop/Interop.wsdl:559:5.
     */
    addDecimals(input: AddDecimalsRequest, options?: InteropClientCallOptions<AddDecimalsHeadersIn>): Promise<string>;
    /**
     * Protocols: soap11, soap12, http-get, http-post. SOAPAction: `http://svcgen.test/interop/ReverseBytes`.
     *
     * From specs/interop/Interop.wsdl:563:5.
     */
    reverseBytes(input?: ReverseBytesRequest, options?: InteropClientCallOptions<ReverseBytesHeadersIn>): Promise<Uint8Array | undefined>;
    /**
     * Protocols: soap11, soap12. SOAPAction: `http://svcgen.test/interop/EchoScalars`.
     *
     * From specs/interop/Interop.wsdl:567:5.
     */
    echoScalars(input?: EchoScalarsRequest, options?: InteropClientCallOptions<EchoScalarsHeadersIn>): Promise<Scalars | undefined>;
    /**
     * Protocols: soap11, soap12. SOAPAction: `http://svcgen.test/interop/Divide`.
     *
     * From specs/interop/Interop.wsdl:571:5.
     */
    divide(input: DivideRequest, options?: InteropClientCallOptions<DivideHeadersIn>): Promise<DivideResponse>;
    /**
     * Protocols: soap11, soap12. SOAPAction: `http://svcgen.test/interop/Swap`.
     *
     * From specs/interop/Interop.wsdl:575:5.
     */
    swap(input?: SwapRequest, options?: InteropClientCallOptions<SwapHeadersIn>): Promise<SwapResponse>;
    /**
     * Protocols: soap11, soap12, http-get, http-post. SOAPAction: `http://svcgen.test/interop/Touch`.
     *
     * From specs/interop/Interop.wsdl:579:5.
     */
    touch(input?: TouchRequest, options?: InteropClientCallOptions<TouchHeadersIn>): Promise<string | undefined>;
    /**
     * Protocols: soap11, soap12, http-get, http-post. SOAPAction: `http://svcgen.test/interop/Fail`.
     *
     * From specs/interop/Interop.wsdl:583:5.
     */
    fail(input?: Fail2Request, options?: InteropClientCallOptions<Fail2HeadersIn>): Promise<void>;
    /**
     * Protocols: soap11, soap12, http-get, http-post. SOAPAction: `http://svcgen.test/interop/Delay`.
     *
     * From specs/interop/Interop.wsdl:587:5.
     */
    delay(input: DelayRequest, options?: InteropClientCallOptions<DelayHeadersIn>): Promise<number>;
    /** The same operations, resolving to the result with the response's SOAP headers, HTTP status and headers. */
    readonly $raw: {
        echoPriority(input: EchoPriorityRequest, options?: InteropClientCallOptions<EchoPriorityHeadersIn>): Promise<RawResponse<Priority, EchoPriorityHeadersOut>>;
        listPriorities(input?: ListPrioritiesRequest, options?: InteropClientCallOptions<ListPrioritiesHeadersIn>): Promise<RawResponse<Priority[] | undefined, ListPrioritiesHeadersOut>>;
        echoOrder(input?: EchoOrderRequest, options?: InteropClientCallOptions<EchoOrderHeadersIn>): Promise<RawResponse<Order | undefined, EchoOrderHeadersOut>>;
        echoNullables(input: EchoNullablesRequest, options?: InteropClientCallOptions<EchoNullablesHeadersIn>): Promise<RawResponse<NullableResult | undefined, EchoNullablesHeadersOut>>;
        transform(input?: TransformRequest, options?: InteropClientCallOptions<TransformHeadersIn>): Promise<RawResponse<(AnyShape | null)[] | undefined, TransformHeadersOut>>;
        echoGuid(input: EchoGuidRequest, options?: InteropClientCallOptions<EchoGuidHeadersIn>): Promise<RawResponse<string, EchoGuidHeadersOut>>;
        addDecimals(input: AddDecimalsRequest, options?: InteropClientCallOptions<AddDecimalsHeadersIn>): Promise<RawResponse<string, AddDecimalsHeadersOut>>;
        reverseBytes(input?: ReverseBytesRequest, options?: InteropClientCallOptions<ReverseBytesHeadersIn>): Promise<RawResponse<Uint8Array | undefined, ReverseBytesHeadersOut>>;
        echoScalars(input?: EchoScalarsRequest, options?: InteropClientCallOptions<EchoScalarsHeadersIn>): Promise<RawResponse<Scalars | undefined, EchoScalarsHeadersOut>>;
        divide(input: DivideRequest, options?: InteropClientCallOptions<DivideHeadersIn>): Promise<RawResponse<DivideResponse, DivideHeadersOut>>;
        swap(input?: SwapRequest, options?: InteropClientCallOptions<SwapHeadersIn>): Promise<RawResponse<SwapResponse, SwapHeadersOut>>;
        touch(input?: TouchRequest, options?: InteropClientCallOptions<TouchHeadersIn>): Promise<RawResponse<string | undefined, TouchHeadersOut>>;
        fail(input?: Fail2Request, options?: InteropClientCallOptions<Fail2HeadersIn>): Promise<RawResponse<void, Fail2HeadersOut>>;
        delay(input: DelayRequest, options?: InteropClientCallOptions<DelayHeadersIn>): Promise<RawResponse<number, DelayHeadersOut>>;
    };
    /**
     * The SOAP headers kept between calls. With `session: true` each header block a response
     * returns is stored here and sent with the next call of an operation that takes it (unless the
     * call passes its own); without it the session stays empty.
     */
    readonly $session: SoapSession<InteropClientSessionHeaders>;
}
/**
 * Creates a Interop client.
 *
 * The default endpoint is `http://localhost:8080/Interop.asmx`; the default protocol is `soap11`.
 */
export declare function createClient(options?: InteropClientOptions): InteropClient;
