import { type SoapFeatures, type SoapRuntime, type SoapSession } from './runtime/client.js';
import type { NetForumXMLClientCallOptions, NetForumXMLClientOptions, NetForumXMLClientSessionHeaders } from './client.js';
import type { InsertFacadeObjectHeadersIn, InsertFacadeObjectRequest, InsertFacadeObjectResult } from './types.js';
/** A connection to the service made by {@link connect}, passed to each operation function. */
export interface NetForumXMLClientConnection extends SoapRuntime {
    /** The SOAP headers kept between calls (with `session: true`). */
    readonly session: SoapSession<NetForumXMLClientSessionHeaders>;
}
export { useHooks } from './runtime/hooks.js';
export { useMtom } from './runtime/mtom.js';
/**
 * Connects to the netForumXML service: the options of `createClient`, no request is sent.
 * `parts`: `useHooks` for the `hooks` option, `useMtom` for `mtom: true`.
 */
export declare function connect(options: NetForumXMLClientOptions, ...parts: SoapFeatures[]): NetForumXMLClientConnection;
/** `insertFacadeObject` of the client as a function of a connection. */
export declare function insertFacadeObject(connection: NetForumXMLClientConnection, input?: InsertFacadeObjectRequest, options?: NetForumXMLClientCallOptions<InsertFacadeObjectHeadersIn>): Promise<InsertFacadeObjectResult | undefined>;
