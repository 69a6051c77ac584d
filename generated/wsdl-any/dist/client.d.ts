import { type CallOptions, type ClientOptions, type RawResponse, type SoapSession } from './runtime/client.js';
import type { SayHi1HeadersIn, SayHi1HeadersOut, SayHi1Request, SayHiHeadersIn, SayHiHeadersOut, SayHiRequest } from './types.js';
/** Options of {@link createClient}. */
export type AnyContentClientOptions = ClientOptions;
/** Per-call options of AnyContent operations. */
export interface AnyContentClientCallOptions<H> extends Omit<CallOptions, 'soapHeaders'> {
    /** SOAP headers to send, keyed by element local name. */
    soapHeaders?: H;
}
/** SOAP header blocks the service's responses return, kept between calls by a session (`session: true`). */
export interface AnyContentClientSessionHeaders {
}
/** Client of the AnyContent service: one method per operation. */
export interface AnyContentClient {
    /**
     * Protocols: soap11.
     *
     * From specs/wsdl-any/any.wsdl:71:9.
     */
    sayHi(input?: SayHiRequest, options?: AnyContentClientCallOptions<SayHiHeadersIn>): Promise<string>;
    /**
     * Protocols: soap11.
     *
     * From specs/wsdl-any/any.wsdl:75:9.
     */
    sayHi1(input?: SayHi1Request, options?: AnyContentClientCallOptions<SayHi1HeadersIn>): Promise<string>;
    /** The same operations, resolving to the result with the response's SOAP headers, HTTP status and headers. */
    readonly $raw: {
        sayHi(input?: SayHiRequest, options?: AnyContentClientCallOptions<SayHiHeadersIn>): Promise<RawResponse<string, SayHiHeadersOut>>;
        sayHi1(input?: SayHi1Request, options?: AnyContentClientCallOptions<SayHi1HeadersIn>): Promise<RawResponse<string, SayHi1HeadersOut>>;
    };
    /**
     * The SOAP headers kept between calls. With `session: true` each header block a response
     * returns is stored here and sent with the next call of an operation that takes it (unless the
     * call passes its own); without it the session stays empty.
     */
    readonly $session: SoapSession<AnyContentClientSessionHeaders>;
}
/**
 * Creates a AnyContent client.
 *
 * The default endpoint is `http://localhost:9000/SoapContext/SoapPort`; the default protocol is `soap11`.
 */
export declare function createClient(options?: AnyContentClientOptions): AnyContentClient;
