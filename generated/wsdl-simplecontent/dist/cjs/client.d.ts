import { type CallOptions, type ClientOptions, type RawResponse, type SoapSession } from './runtime/client.js';
import type { GetInfoSoapHeadersIn, GetInfoSoapHeadersOut, GetInfoSoapRequest } from './types.js';
/** Options of {@link createClient}. */
export type SimpleContentClientOptions = ClientOptions;
/** Per-call options of SimpleContent operations. */
export interface SimpleContentClientCallOptions<H> extends Omit<CallOptions, 'soapHeaders'> {
    /** SOAP headers to send, keyed by element local name. */
    soapHeaders?: H;
}
/** SOAP header blocks the service's responses return, kept between calls by a session (`session: true`). */
export interface SimpleContentClientSessionHeaders {
}
/**
 * Client of the SimpleContent service: one method per operation.
 *
 * MNB curreny exchange rate webservice.
 */
export interface SimpleContentClient {
    /**
     * Protocols: soap11.
     *
     * From specs/wsdl-simplecontent/test.wsdl:103:5.
     */
    getInfoSoap(input: GetInfoSoapRequest, options?: SimpleContentClientCallOptions<GetInfoSoapHeadersIn>): Promise<string | undefined>;
    /** The same operations, resolving to the result with the response's SOAP headers, HTTP status and headers. */
    readonly $raw: {
        getInfoSoap(input: GetInfoSoapRequest, options?: SimpleContentClientCallOptions<GetInfoSoapHeadersIn>): Promise<RawResponse<string | undefined, GetInfoSoapHeadersOut>>;
    };
    /**
     * The SOAP headers kept between calls. With `session: true` each header block a response
     * returns is stored here and sent with the next call of an operation that takes it (unless the
     * call passes its own); without it the session stays empty.
     */
    readonly $session: SoapSession<SimpleContentClientSessionHeaders>;
}
/**
 * Creates a SimpleContent client.
 *
 * The default endpoint is `http://example.org/`; the default protocol is `soap11`.
 */
export declare function createClient(options?: SimpleContentClientOptions): SimpleContentClient;
