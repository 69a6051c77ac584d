import { type CallOptions, type ClientOptions, type RawResponse, type SoapSession } from './runtime/client.js';
import type { GetChatRequestByConnectionIdHeadersIn, GetChatRequestByConnectionIdHeadersOut, GetChatRequestByConnectionIdRequest, GetChatRequestByConnectionIdResult } from './types.js';
/** Options of {@link createClient}. */
export type TPClientWebServicesAPIClientOptions = ClientOptions;
/** Per-call options of TPClientWebServicesAPI operations. */
export interface TPClientWebServicesAPIClientCallOptions<H> extends Omit<CallOptions, 'soapHeaders'> {
    /** SOAP headers to send, keyed by element local name. */
    soapHeaders?: H;
}
/** SOAP header blocks the service's responses return, kept between calls by a session (`session: true`). */
export interface TPClientWebServicesAPIClientSessionHeaders {
}
/** Client of the TPClientWebServicesAPI service: one method per operation. */
export interface TPClientWebServicesAPIClient {
    /**
     * Protocols: soap11, soap12. SOAPAction: `http://tempuri.org/GetChatRequestByConnectionId`.
     *
     * From specs/tpclient/003_2ef636b388e450eb.txt:16:1.
     */
    getChatRequestByConnectionId(input?: GetChatRequestByConnectionIdRequest, options?: TPClientWebServicesAPIClientCallOptions<GetChatRequestByConnectionIdHeadersIn>): Promise<GetChatRequestByConnectionIdResult | undefined>;
    /** The same operations, resolving to the result with the response's SOAP headers, HTTP status and headers. */
    readonly $raw: {
        getChatRequestByConnectionId(input?: GetChatRequestByConnectionIdRequest, options?: TPClientWebServicesAPIClientCallOptions<GetChatRequestByConnectionIdHeadersIn>): Promise<RawResponse<GetChatRequestByConnectionIdResult | undefined, GetChatRequestByConnectionIdHeadersOut>>;
    };
    /**
     * The SOAP headers kept between calls. With `session: true` each header block a response
     * returns is stored here and sent with the next call of an operation that takes it (unless the
     * call passes its own); without it the session stays empty.
     */
    readonly $session: SoapSession<TPClientWebServicesAPIClientSessionHeaders>;
}
/**
 * Creates a TPClientWebServicesAPI client.
 *
 * The default endpoint is `https://semp.teleperformance.com.br/semp/TPClientWebServicesAPI.asmx`; the default protocol is `soap11`.
 */
export declare function createClient(options?: TPClientWebServicesAPIClientOptions): TPClientWebServicesAPIClient;
