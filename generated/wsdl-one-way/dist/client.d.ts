import { type CallOptions, type ClientOptions, type RawResponse, type SoapSession } from './runtime/client.js';
import type { OneWayHeadersIn, OneWayHeadersOut, OneWayRequest } from './types.js';
/** Options of {@link createClient}. */
export type OneWayClientOptions = ClientOptions;
/** Per-call options of OneWay operations. */
export interface OneWayClientCallOptions<H> extends Omit<CallOptions, 'soapHeaders'> {
    /** SOAP headers to send, keyed by element local name. */
    soapHeaders?: H;
}
/** SOAP header blocks the service's responses return, kept between calls by a session (`session: true`). */
export interface OneWayClientSessionHeaders {
}
/** Client of the OneWay service: one method per operation. */
export interface OneWayClient {
    /**
     * Protocols: soap11. SOAPAction: `http://www.OneWay.com#OneWay`.
     *
     * From specs/wsdl-one-way/one-way.wsdl:23:9.
     */
    oneWay(input?: OneWayRequest, options?: OneWayClientCallOptions<OneWayHeadersIn>): Promise<void>;
    /** The same operations, resolving to the result with the response's SOAP headers, HTTP status and headers. */
    readonly $raw: {
        oneWay(input?: OneWayRequest, options?: OneWayClientCallOptions<OneWayHeadersIn>): Promise<RawResponse<void, OneWayHeadersOut>>;
    };
    /**
     * The SOAP headers kept between calls. With `session: true` each header block a response
     * returns is stored here and sent with the next call of an operation that takes it (unless the
     * call passes its own); without it the session stays empty.
     */
    readonly $session: SoapSession<OneWayClientSessionHeaders>;
}
/**
 * Creates a OneWay client.
 *
 * The default endpoint is `http://www.OneWay.com/`; the default protocol is `soap11`.
 */
export declare function createClient(options?: OneWayClientOptions): OneWayClient;
