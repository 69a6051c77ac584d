import { type SoapFeatures, type SoapRuntime, type SoapSession } from './runtime/client.js';
import type { TPClientWebServicesAPIClientCallOptions, TPClientWebServicesAPIClientOptions, TPClientWebServicesAPIClientSessionHeaders } from './client.js';
import type { GetChatRequestByConnectionIdHeadersIn, GetChatRequestByConnectionIdRequest, GetChatRequestByConnectionIdResult } from './types.js';
/** A connection to the service made by {@link connect}, passed to each operation function. */
export interface TPClientWebServicesAPIClientConnection extends SoapRuntime {
    /** The SOAP headers kept between calls (with `session: true`). */
    readonly session: SoapSession<TPClientWebServicesAPIClientSessionHeaders>;
}
export { useHooks } from './runtime/hooks.js';
export { useMtom } from './runtime/mtom.js';
/**
 * Connects to the TPClientWebServicesAPI service: the options of `createClient`, no request is sent.
 * `parts`: `useHooks` for the `hooks` option, `useMtom` for `mtom: true`.
 */
export declare function connect(options?: TPClientWebServicesAPIClientOptions, ...parts: SoapFeatures[]): TPClientWebServicesAPIClientConnection;
/** `getChatRequestByConnectionId` of the client as a function of a connection. */
export declare function getChatRequestByConnectionId(connection: TPClientWebServicesAPIClientConnection, input?: GetChatRequestByConnectionIdRequest, options?: TPClientWebServicesAPIClientCallOptions<GetChatRequestByConnectionIdHeadersIn>): Promise<GetChatRequestByConnectionIdResult | undefined>;
