import { type CallOptions, type ClientOptions, type RawResponse, type SoapSession } from './runtime/client.js';
import type { AuthorizationToken, InsertFacadeObjectHeadersIn, InsertFacadeObjectHeadersOut, InsertFacadeObjectRequest, InsertFacadeObjectResult } from './types.js';
/** Options of {@link createClient}. */
export type NetForumXMLClientOptions = Omit<ClientOptions, 'endpoint'> & {
    /** The service URL: the spec names no host, so it must be given. */
    endpoint: string;
};
/** Per-call options of netForumXML operations. */
export interface NetForumXMLClientCallOptions<H> extends Omit<CallOptions, 'soapHeaders'> {
    /** SOAP headers to send, keyed by element local name. */
    soapHeaders?: H;
}
/** SOAP header blocks the service's responses return, kept between calls by a session (`session: true`). */
export interface NetForumXMLClientSessionHeaders {
    AuthorizationToken?: AuthorizationToken;
}
/**
 * Client of the netForumXML service: one method per operation.
 *
 * Customer Messaging Activity in xWeb
 *
 * This topic illustrates how to insert Customer Messaging Activity records in xWeb.
 */
export interface NetForumXMLClient {
    /**
     * This request shows two records being added in one request. You may set the values of additional columns if needed.
     *
     * The following fields are required:
     * - cma_cst_key
     * - cma_activity_date
     * - Either cma_eml_key or cma_eml_address
     *
     * Protocols: soap11. SOAPAction: `http://www.avectra.com/2005/InsertFacadeObject` (derived by convention, not given by the spec).
     *
     * From specs/xweb/004_8931eb82c0deeb06.txt:24:1.
     */
    insertFacadeObject(input?: InsertFacadeObjectRequest, options?: NetForumXMLClientCallOptions<InsertFacadeObjectHeadersIn>): Promise<InsertFacadeObjectResult | undefined>;
    /** The same operations, resolving to the result with the response's SOAP headers, HTTP status and headers. */
    readonly $raw: {
        insertFacadeObject(input?: InsertFacadeObjectRequest, options?: NetForumXMLClientCallOptions<InsertFacadeObjectHeadersIn>): Promise<RawResponse<InsertFacadeObjectResult | undefined, InsertFacadeObjectHeadersOut>>;
    };
    /**
     * The SOAP headers kept between calls. With `session: true` each header block a response
     * returns is stored here and sent with the next call of an operation that takes it (unless the
     * call passes its own); without it the session stays empty.
     */
    readonly $session: SoapSession<NetForumXMLClientSessionHeaders>;
}
/**
 * Creates a netForumXML client.
 *
 * The spec names no host: `endpoint` is required. The default protocol is `soap11`.
 */
export declare function createClient(options: NetForumXMLClientOptions): NetForumXMLClient;
