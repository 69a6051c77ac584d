import { type SoapFeatures, type SoapRuntime, type SoapSession } from './runtime/client.js';
import type { NetForumXMLClientCallOptions, NetForumXMLClientOptions, NetForumXMLClientSessionHeaders } from './client.js';
import type { AuthenticateHeadersIn, AuthenticateRequest, InsertFacadeObjectHeadersIn, InsertFacadeObjectRequest, InsertFacadeObjectResponseInsertFacadeObjectResult } from './types.js';
/** A connection to the service made by {@link connect}, passed to each operation function. */
export interface NetForumXMLClientConnection extends SoapRuntime {
    /** The SOAP headers kept between calls (with `session: true`). */
    readonly session: SoapSession<NetForumXMLClientSessionHeaders>;
}
export { useHooks } from './runtime/hooks.js';
export { useMtom } from './runtime/mtom.js';
export { useHttp } from './runtime/http.js';
/**
 * Connects to the netForumXML service: the options of `createClient`, no request is sent.
 * `parts`: `useHooks` for the `hooks` option, `useMtom` for `mtom: true`, `useHttp` for the
 * `http-get` and `http-post` protocols.
 */
export declare function connect(options?: NetForumXMLClientOptions, ...parts: SoapFeatures[]): NetForumXMLClientConnection;
/** `authenticate` of the client as a function of a connection. */
export declare function authenticate(connection: NetForumXMLClientConnection, input: AuthenticateRequest, options?: NetForumXMLClientCallOptions<AuthenticateHeadersIn>): Promise<string | undefined>;
/** `insertFacadeObject` of the client as a function of a connection. */
export declare function insertFacadeObject(connection: NetForumXMLClientConnection, input?: InsertFacadeObjectRequest, options?: NetForumXMLClientCallOptions<InsertFacadeObjectHeadersIn>): Promise<InsertFacadeObjectResponseInsertFacadeObjectResult | undefined>;
