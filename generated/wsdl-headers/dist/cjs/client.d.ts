import { type CallOptions, type ClientOptions, type RawResponse, type SoapSession } from './runtime/client.js';
import type { SendReceiveAnyTypeHeadersIn, SendReceiveAnyTypeHeadersOut, SendReceiveAnyTypeRequest, SendReceiveAnyTypeResponse, TestHeader1HeadersIn, TestHeader1HeadersOut, TestHeader1Request, TestHeader2HeadersIn, TestHeader2HeadersOut, TestHeader2Request, TestHeader2Response2, TestHeader32, TestHeader3HeadersIn, TestHeader3HeadersOut, TestHeader3Request, TestHeader4HeadersIn, TestHeader4HeadersOut, TestHeader4Request, TestHeader52, TestHeader5HeadersIn, TestHeader5HeadersOut, TestHeader5Request, TestHeader7HeadersIn, TestHeader7HeadersOut, TestHeader7Request, TestHeaderMessage, TestHeaderPartBeforeBodyPartHeadersIn, TestHeaderPartBeforeBodyPartHeadersOut, TestHeaderPartBeforeBodyPartRequest } from './types.js';
/** Options of {@link createClient}. */
export type SoapHeadersClientOptions = ClientOptions;
/** Per-call options of SoapHeaders operations. */
export interface SoapHeadersClientCallOptions<H> extends Omit<CallOptions, 'soapHeaders'> {
    /** SOAP headers to send, keyed by element local name. */
    soapHeaders?: H;
}
/** SOAP header blocks the service's responses return, kept between calls by a session (`session: true`). */
export interface SoapHeadersClientSessionHeaders {
    testHeader2Response?: TestHeader2Response2;
    testHeader3?: TestHeader32;
    testHeaderMessage?: TestHeaderMessage;
    testHeader5?: TestHeader52;
}
/** Client of the SoapHeaders service: one method per operation. */
export interface SoapHeadersClient {
    /**
     * Protocols: soap11.
     *
     * From specs/wsdl-headers/soapheader.wsdl:214:9.
     */
    testHeader1(input?: TestHeader1Request, options?: SoapHeadersClientCallOptions<TestHeader1HeadersIn>): Promise<string>;
    /**
     * Protocols: soap11.
     *
     * From specs/wsdl-headers/soapheader.wsdl:218:9.
     */
    testHeader2(input: TestHeader2Request, options?: SoapHeadersClientCallOptions<TestHeader2HeadersIn>): Promise<string>;
    /**
     * Protocols: soap11.
     *
     * From specs/wsdl-headers/soapheader.wsdl:222:9.
     */
    testHeader3(input: TestHeader3Request, options?: SoapHeadersClientCallOptions<TestHeader3HeadersIn>): Promise<string | null>;
    /**
     * Protocols: soap11.
     *
     * From specs/wsdl-headers/soapheader.wsdl:226:9.
     */
    testHeader4(input: TestHeader4Request, options?: SoapHeadersClientCallOptions<TestHeader4HeadersIn>): Promise<void>;
    /**
     * Protocols: soap11.
     *
     * From specs/wsdl-headers/soapheader.wsdl:230:9.
     */
    testHeader5(input: TestHeader5Request, options?: SoapHeadersClientCallOptions<TestHeader5HeadersIn>): Promise<number>;
    /**
     * Protocols: soap11.
     *
     * From specs/wsdl-headers/soapheader.wsdl:234:9.
     */
    testHeaderPartBeforeBodyPart(input: TestHeaderPartBeforeBodyPartRequest, options?: SoapHeadersClientCallOptions<TestHeaderPartBeforeBodyPartHeadersIn>): Promise<string | null>;
    /**
     * Protocols: soap11. SOAPAction: `""`.
     *
     * From specs/wsdl-headers/soapheader.wsdl:238:9.
     */
    sendReceiveAnyType(input: SendReceiveAnyTypeRequest, options?: SoapHeadersClientCallOptions<SendReceiveAnyTypeHeadersIn>): Promise<SendReceiveAnyTypeResponse>;
    /**
     * Protocols: soap11.
     *
     * From specs/wsdl-headers/soapheader.wsdl:242:9.
     */
    testHeader7(input?: TestHeader7Request, options?: SoapHeadersClientCallOptions<TestHeader7HeadersIn>): Promise<string | null>;
    /** The same operations, resolving to the result with the response's SOAP headers, HTTP status and headers. */
    readonly $raw: {
        testHeader1(input?: TestHeader1Request, options?: SoapHeadersClientCallOptions<TestHeader1HeadersIn>): Promise<RawResponse<string, TestHeader1HeadersOut>>;
        testHeader2(input: TestHeader2Request, options?: SoapHeadersClientCallOptions<TestHeader2HeadersIn>): Promise<RawResponse<string, TestHeader2HeadersOut>>;
        testHeader3(input: TestHeader3Request, options?: SoapHeadersClientCallOptions<TestHeader3HeadersIn>): Promise<RawResponse<string | null, TestHeader3HeadersOut>>;
        testHeader4(input: TestHeader4Request, options?: SoapHeadersClientCallOptions<TestHeader4HeadersIn>): Promise<RawResponse<void, TestHeader4HeadersOut>>;
        testHeader5(input: TestHeader5Request, options?: SoapHeadersClientCallOptions<TestHeader5HeadersIn>): Promise<RawResponse<number, TestHeader5HeadersOut>>;
        testHeaderPartBeforeBodyPart(input: TestHeaderPartBeforeBodyPartRequest, options?: SoapHeadersClientCallOptions<TestHeaderPartBeforeBodyPartHeadersIn>): Promise<RawResponse<string | null, TestHeaderPartBeforeBodyPartHeadersOut>>;
        sendReceiveAnyType(input: SendReceiveAnyTypeRequest, options?: SoapHeadersClientCallOptions<SendReceiveAnyTypeHeadersIn>): Promise<RawResponse<SendReceiveAnyTypeResponse, SendReceiveAnyTypeHeadersOut>>;
        testHeader7(input?: TestHeader7Request, options?: SoapHeadersClientCallOptions<TestHeader7HeadersIn>): Promise<RawResponse<string | null, TestHeader7HeadersOut>>;
    };
    /**
     * The SOAP headers kept between calls. With `session: true` each header block a response
     * returns is stored here and sent with the next call of an operation that takes it (unless the
     * call passes its own); without it the session stays empty.
     */
    readonly $session: SoapSession<SoapHeadersClientSessionHeaders>;
}
/**
 * Creates a SoapHeaders client.
 *
 * The default endpoint is `http://localhost:9104/SoapHeaderContext/SoapHeaderPort`; the default protocol is `soap11`.
 */
export declare function createClient(options?: SoapHeadersClientOptions): SoapHeadersClient;
