import { type SoapFeatures, type SoapRuntime, type SoapSession } from './runtime/client.js';
import type { OneWayClientCallOptions, OneWayClientOptions, OneWayClientSessionHeaders } from './client.js';
import type { OneWayHeadersIn, OneWayRequest } from './types.js';
/** A connection to the service made by {@link connect}, passed to each operation function. */
export interface OneWayClientConnection extends SoapRuntime {
    /** The SOAP headers kept between calls (with `session: true`). */
    readonly session: SoapSession<OneWayClientSessionHeaders>;
}
export { useHooks } from './runtime/hooks.js';
export { useMtom } from './runtime/mtom.js';
/**
 * Connects to the OneWay service: the options of `createClient`, no request is sent.
 * `parts`: `useHooks` for the `hooks` option, `useMtom` for `mtom: true`.
 */
export declare function connect(options?: OneWayClientOptions, ...parts: SoapFeatures[]): OneWayClientConnection;
/** `oneWay` of the client as a function of a connection. */
export declare function oneWay(connection: OneWayClientConnection, input?: OneWayRequest, options?: OneWayClientCallOptions<OneWayHeadersIn>): Promise<void>;
