import { type CallOptions, type ClientOptions, type RawResponse, type SoapSession } from './runtime/client.js';
import type { DataList, GetDataHeadersIn, GetDataHeadersOut, GetDataRequest } from './types.js';
/** Options of {@link createClient}. */
export type MixedSequenceClientOptions = ClientOptions;
/** Per-call options of MixedSequence operations. */
export interface MixedSequenceClientCallOptions<H> extends Omit<CallOptions, 'soapHeaders'> {
    /** SOAP headers to send, keyed by element local name. */
    soapHeaders?: H;
}
/** SOAP header blocks the service's responses return, kept between calls by a session (`session: true`). */
export interface MixedSequenceClientSessionHeaders {
}
/** Client of the MixedSequence service: one method per operation. */
export interface MixedSequenceClient {
    /**
     * Protocols: soap11. SOAPAction: `http://test-soap.com/api/mixedsequence#getData`.
     *
     * From specs/wsdl-choice/mixed-sequence.wsdl:99:9.
     */
    getData(input: GetDataRequest, options?: MixedSequenceClientCallOptions<GetDataHeadersIn>): Promise<DataList>;
    /** The same operations, resolving to the result with the response's SOAP headers, HTTP status and headers. */
    readonly $raw: {
        getData(input: GetDataRequest, options?: MixedSequenceClientCallOptions<GetDataHeadersIn>): Promise<RawResponse<DataList, GetDataHeadersOut>>;
    };
    /**
     * The SOAP headers kept between calls. With `session: true` each header block a response
     * returns is stored here and sent with the next call of an operation that takes it (unless the
     * call passes its own); without it the session stays empty.
     */
    readonly $session: SoapSession<MixedSequenceClientSessionHeaders>;
}
/**
 * Creates a MixedSequence client.
 *
 * The default endpoint is `http://api.acme.com/TestService.php`; the default protocol is `soap11`.
 */
export declare function createClient(options?: MixedSequenceClientOptions): MixedSequenceClient;
