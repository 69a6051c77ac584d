import { type SoapFeatures, type SoapRuntime, type SoapSession } from './runtime/client.js';
import type { PlusventaServiceV2ClientCallOptions, PlusventaServiceV2ClientOptions, PlusventaServiceV2ClientSessionHeaders } from './client.js';
import type { CreateInteractionHeadersIn, CreateInteractionRequest } from './types.js';
/** A connection to the service made by {@link connect}, passed to each operation function. */
export interface PlusventaServiceV2ClientConnection extends SoapRuntime {
    /** The SOAP headers kept between calls (with `session: true`). */
    readonly session: SoapSession<PlusventaServiceV2ClientSessionHeaders>;
}
export { useHooks } from './runtime/hooks.js';
export { useMtom } from './runtime/mtom.js';
export { useHttp } from './runtime/http.js';
/**
 * Connects to the PlusventaServiceV2 service: the options of `createClient`, no request is sent.
 * `parts`: `useHooks` for the `hooks` option, `useMtom` for `mtom: true`, `useHttp` for the
 * `http-get` and `http-post` protocols.
 */
export declare function connect(options?: PlusventaServiceV2ClientOptions, ...parts: SoapFeatures[]): PlusventaServiceV2ClientConnection;
/** `createInteraction` of the client as a function of a connection. */
export declare function createInteraction(connection: PlusventaServiceV2ClientConnection, input: CreateInteractionRequest, options?: PlusventaServiceV2ClientCallOptions<CreateInteractionHeadersIn>): Promise<void>;
