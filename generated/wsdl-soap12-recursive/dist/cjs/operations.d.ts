import { type SoapFeatures, type SoapRuntime, type SoapSession } from './runtime/client.js';
import type { SelfReferencingClientCallOptions, SelfReferencingClientOptions, SelfReferencingClientSessionHeaders } from './client.js';
import type { GetNodesHeadersIn, GetNodesRequest, Node } from './types.js';
/** A connection to the service made by {@link connect}, passed to each operation function. */
export interface SelfReferencingClientConnection extends SoapRuntime {
    /** The SOAP headers kept between calls (with `session: true`). */
    readonly session: SoapSession<SelfReferencingClientSessionHeaders>;
}
export { useHooks } from './runtime/hooks.js';
export { useMtom } from './runtime/mtom.js';
/**
 * Connects to the SelfReferencing service: the options of `createClient`, no request is sent.
 * `parts`: `useHooks` for the `hooks` option, `useMtom` for `mtom: true`.
 */
export declare function connect(options?: SelfReferencingClientOptions, ...parts: SoapFeatures[]): SelfReferencingClientConnection;
/** `getNodes` of the client as a function of a connection. */
export declare function getNodes(connection: SelfReferencingClientConnection, input?: GetNodesRequest, options?: SelfReferencingClientCallOptions<GetNodesHeadersIn>): Promise<Node | undefined>;
