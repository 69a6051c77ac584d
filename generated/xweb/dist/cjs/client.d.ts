import { type CallOptions, type ClientOptions, type RawResponse, type SoapSession } from './runtime/client.js';
import { type NetForumXMLClientObjects } from './objects.js';
import type { AuthenticateHeadersIn, AuthenticateHeadersOut, AuthenticateRequest, AuthorizationToken, InsertFacadeObjectHeadersIn, InsertFacadeObjectHeadersOut, InsertFacadeObjectRequest, InsertFacadeObjectResponseInsertFacadeObjectResult } from './types.js';
/** Options of {@link createClient}. */
export type NetForumXMLClientOptions = ClientOptions;
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
 * Avectra Xml Web Services with Authentication Token release: http://www.avectra.com/2005/ - For additional information or for questions concerning xWeb please navigate to netForum xWeb Online help at http://wiki.avectra.com/index.php?title=XWeb. Please note: all xWeb message exchanges are recommended to occur over SSL.
 */
export interface NetForumXMLClient extends NetForumXMLClientObjects {
    /**
     * Passing correct credentials to this method will return an authentication token - without an authentication token, the rest of the xWeb web methods will be inoperable. The authentication token is governed by the group privileges assigned to the account invoking the xWeb web methods. Please consult with the administrator of the netForum database to ensure your level of authorization. This method MUST be the first method invoked at xWeb, as the authentication token that is returned is required for every xWeb method.
     *
     * Protocols: soap11, http-get, http-post. SOAPAction: `http://www.avectra.com/2005/Authenticate`.
     *
     * From specs/xweb/xWeb-2010.wsdl:61563:5.
     */
    authenticate(input: AuthenticateRequest, options?: NetForumXMLClientCallOptions<AuthenticateHeadersIn>): Promise<string | undefined>;
    /**
     * Inserts a netForum Facade object and if successful returns the primary key of the Facade object record that was created.
     *
     * Protocols: soap11. SOAPAction: `http://www.avectra.com/2005/InsertFacadeObject`.
     *
     * From specs/xweb/xWeb-2010.wsdl:61623:5.
     */
    insertFacadeObject(input?: InsertFacadeObjectRequest, options?: NetForumXMLClientCallOptions<InsertFacadeObjectHeadersIn>): Promise<InsertFacadeObjectResponseInsertFacadeObjectResult | undefined>;
    /** The same operations, resolving to the result with the response's SOAP headers, HTTP status and headers. */
    readonly $raw: {
        authenticate(input: AuthenticateRequest, options?: NetForumXMLClientCallOptions<AuthenticateHeadersIn>): Promise<RawResponse<string | undefined, AuthenticateHeadersOut>>;
        insertFacadeObject(input?: InsertFacadeObjectRequest, options?: NetForumXMLClientCallOptions<InsertFacadeObjectHeadersIn>): Promise<RawResponse<InsertFacadeObjectResponseInsertFacadeObjectResult | undefined, InsertFacadeObjectHeadersOut>>;
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
 * The default endpoint is `https://upgradedemo.avectra.com/netFORUMUpgrade2010Demo/xweb/secure/netForumXML.asmx`; the default protocol is `soap11`.
 */
export declare function createClient(options?: NetForumXMLClientOptions): NetForumXMLClient;
