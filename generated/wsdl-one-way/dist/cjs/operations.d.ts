import { type SoapRuntime, type SoapSession } from './runtime/client.js';
import type { OneWayClientCallOptions, OneWayClientOptions, OneWayClientSessionHeaders } from './client.js';
import type { OneWayHeadersIn, OneWayRequest } from './types.js';
/** A connection to the service made by {@link connect}, passed to each operation function. */
export interface OneWayClientConnection extends SoapRuntime {
    /** The SOAP headers kept between calls (with `session: true`). */
    readonly session: SoapSession<OneWayClientSessionHeaders>;
}
/** Connects to the OneWay service: the options of `createClient`, no request is sent. */
export declare function connect(options?: OneWayClientOptions): OneWayClientConnection;
/** `oneWay` of the client as a function of a connection. */
export declare function oneWay(connection: OneWayClientConnection, input?: OneWayRequest, options?: OneWayClientCallOptions<OneWayHeadersIn>): Promise<void>;
