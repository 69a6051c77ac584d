import { type SoapRuntime, type SoapSession } from './runtime/client.js';
import type { SelfReferencingClientCallOptions, SelfReferencingClientOptions, SelfReferencingClientSessionHeaders } from './client.js';
import type { GetNodesHeadersIn, GetNodesRequest, Node } from './types.js';
/** A connection to the service made by {@link connect}, passed to each operation function. */
export interface SelfReferencingClientConnection extends SoapRuntime {
    /** The SOAP headers kept between calls (with `session: true`). */
    readonly session: SoapSession<SelfReferencingClientSessionHeaders>;
}
/** Connects to the SelfReferencing service: the options of `createClient`, no request is sent. */
export declare function connect(options?: SelfReferencingClientOptions): SelfReferencingClientConnection;
/** `getNodes` of the client as a function of a connection. */
export declare function getNodes(connection: SelfReferencingClientConnection, input?: GetNodesRequest, options?: SelfReferencingClientCallOptions<GetNodesHeadersIn>): Promise<Node | undefined>;
