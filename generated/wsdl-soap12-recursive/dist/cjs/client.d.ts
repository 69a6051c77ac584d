import { type CallOptions, type ClientOptions, type RawResponse, type SoapSession } from './runtime/client.js';
import type { GetNodesHeadersIn, GetNodesHeadersOut, GetNodesRequest, Node } from './types.js';
/** Options of {@link createClient}. */
export type SelfReferencingClientOptions = ClientOptions;
/** Per-call options of SelfReferencing operations. */
export interface SelfReferencingClientCallOptions<H> extends Omit<CallOptions, 'soapHeaders'> {
    /** SOAP headers to send, keyed by element local name. */
    soapHeaders?: H;
}
/** SOAP header blocks the service's responses return, kept between calls by a session (`session: true`). */
export interface SelfReferencingClientSessionHeaders {
}
/** Client of the SelfReferencing service: one method per operation. */
export interface SelfReferencingClient {
    /**
     * Protocols: soap11, soap12. SOAPAction: `http://tempuri.org/GetNodes`.
     *
     * From specs/wsdl-soap12-recursive/self_referencing.wsdl:34:1.
     */
    getNodes(input?: GetNodesRequest, options?: SelfReferencingClientCallOptions<GetNodesHeadersIn>): Promise<Node | undefined>;
    /** The same operations, resolving to the result with the response's SOAP headers, HTTP status and headers. */
    readonly $raw: {
        getNodes(input?: GetNodesRequest, options?: SelfReferencingClientCallOptions<GetNodesHeadersIn>): Promise<RawResponse<Node | undefined, GetNodesHeadersOut>>;
    };
    /**
     * The SOAP headers kept between calls. With `session: true` each header block a response
     * returns is stored here and sent with the next call of an operation that takes it (unless the
     * call passes its own); without it the session stays empty.
     */
    readonly $session: SoapSession<SelfReferencingClientSessionHeaders>;
}
/**
 * Creates a SelfReferencing client.
 *
 * The default endpoint is `http://localhost:20400/Service1.asmx`; the default protocol is `soap11`.
 */
export declare function createClient(options?: SelfReferencingClientOptions): SelfReferencingClient;
