import { type CallOptions, type ClientOptions, type RawResponse, type SoapSession } from './runtime/client.js';
import type { Echo2DStringArrayHeadersIn, Echo2DStringArrayHeadersOut, Echo2DStringArrayRequest, EchoNestedArrayHeadersIn, EchoNestedArrayHeadersOut, EchoNestedArrayRequest, EchoNestedStructHeadersIn, EchoNestedStructHeadersOut, EchoNestedStructRequest, EchoSimpleTypesAsStructHeadersIn, EchoSimpleTypesAsStructHeadersOut, EchoSimpleTypesAsStructRequest, EchoStructAsSimpleTypesHeadersIn, EchoStructAsSimpleTypesHeadersOut, EchoStructAsSimpleTypesRequest, EchoStructAsSimpleTypesResponse, SOAPArrayStruct, SOAPStruct, SOAPStructStruct } from './types.js';
/** Options of {@link createClient}. */
export type InteropBTypedClientOptions = ClientOptions;
/** Per-call options of InteropBTyped operations. */
export interface InteropBTypedClientCallOptions<H> extends Omit<CallOptions, 'soapHeaders'> {
    /** SOAP headers to send, keyed by element local name. */
    soapHeaders?: H;
}
/** SOAP header blocks the service's responses return, kept between calls by a session (`session: true`). */
export interface InteropBTypedClientSessionHeaders {
}
/** Client of the InteropBTyped service: one method per operation. */
export interface InteropBTypedClient {
    /**
     * Protocols: soap11. SOAPAction: `http://soapinterop.org/`.
     *
     * From specs/wsdl-rpc-encoded/InteropBtyped.wsdl:104:3.
     */
    echoStructAsSimpleTypes(input: EchoStructAsSimpleTypesRequest, options?: InteropBTypedClientCallOptions<EchoStructAsSimpleTypesHeadersIn>): Promise<EchoStructAsSimpleTypesResponse>;
    /**
     * Protocols: soap11. SOAPAction: `http://soapinterop.org/`.
     *
     * From specs/wsdl-rpc-encoded/InteropBtyped.wsdl:108:3.
     */
    echoSimpleTypesAsStruct(input: EchoSimpleTypesAsStructRequest, options?: InteropBTypedClientCallOptions<EchoSimpleTypesAsStructHeadersIn>): Promise<SOAPStruct>;
    /**
     * Protocols: soap11. SOAPAction: `http://soapinterop.org/`.
     *
     * From specs/wsdl-rpc-encoded/InteropBtyped.wsdl:112:3.
     */
    echo2DStringArray(input: Echo2DStringArrayRequest, options?: InteropBTypedClientCallOptions<Echo2DStringArrayHeadersIn>): Promise<string[]>;
    /**
     * Protocols: soap11. SOAPAction: `http://soapinterop.org/`.
     *
     * From specs/wsdl-rpc-encoded/InteropBtyped.wsdl:116:3.
     */
    echoNestedStruct(input: EchoNestedStructRequest, options?: InteropBTypedClientCallOptions<EchoNestedStructHeadersIn>): Promise<SOAPStructStruct>;
    /**
     * Protocols: soap11. SOAPAction: `http://soapinterop.org/`.
     *
     * From specs/wsdl-rpc-encoded/InteropBtyped.wsdl:120:3.
     */
    echoNestedArray(input: EchoNestedArrayRequest, options?: InteropBTypedClientCallOptions<EchoNestedArrayHeadersIn>): Promise<SOAPArrayStruct>;
    /** The same operations, resolving to the result with the response's SOAP headers, HTTP status and headers. */
    readonly $raw: {
        echoStructAsSimpleTypes(input: EchoStructAsSimpleTypesRequest, options?: InteropBTypedClientCallOptions<EchoStructAsSimpleTypesHeadersIn>): Promise<RawResponse<EchoStructAsSimpleTypesResponse, EchoStructAsSimpleTypesHeadersOut>>;
        echoSimpleTypesAsStruct(input: EchoSimpleTypesAsStructRequest, options?: InteropBTypedClientCallOptions<EchoSimpleTypesAsStructHeadersIn>): Promise<RawResponse<SOAPStruct, EchoSimpleTypesAsStructHeadersOut>>;
        echo2DStringArray(input: Echo2DStringArrayRequest, options?: InteropBTypedClientCallOptions<Echo2DStringArrayHeadersIn>): Promise<RawResponse<string[], Echo2DStringArrayHeadersOut>>;
        echoNestedStruct(input: EchoNestedStructRequest, options?: InteropBTypedClientCallOptions<EchoNestedStructHeadersIn>): Promise<RawResponse<SOAPStructStruct, EchoNestedStructHeadersOut>>;
        echoNestedArray(input: EchoNestedArrayRequest, options?: InteropBTypedClientCallOptions<EchoNestedArrayHeadersIn>): Promise<RawResponse<SOAPArrayStruct, EchoNestedArrayHeadersOut>>;
    };
    /**
     * The SOAP headers kept between calls. With `session: true` each header block a response
     * returns is stored here and sent with the next call of an operation that takes it (unless the
     * call passes its own); without it the session stays empty.
     */
    readonly $session: SoapSession<InteropBTypedClientSessionHeaders>;
}
/**
 * Creates a InteropBTyped client.
 *
 * The default endpoint is `http://mssoapinterop.org/stkV3/interopBTyped.wsdl`; the default protocol is `soap11`.
 */
export declare function createClient(options?: InteropBTypedClientOptions): InteropBTypedClient;
