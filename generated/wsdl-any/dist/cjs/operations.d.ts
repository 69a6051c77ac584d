import { type SoapFeatures, type SoapRuntime, type SoapSession } from './runtime/client.js';
import type { AnyContentClientCallOptions, AnyContentClientOptions, AnyContentClientSessionHeaders } from './client.js';
import type { SayHi1HeadersIn, SayHi1Request, SayHiHeadersIn, SayHiRequest } from './types.js';
/** A connection to the service made by {@link connect}, passed to each operation function. */
export interface AnyContentClientConnection extends SoapRuntime {
    /** The SOAP headers kept between calls (with `session: true`). */
    readonly session: SoapSession<AnyContentClientSessionHeaders>;
}
export { useHooks } from './runtime/hooks.js';
export { useMtom } from './runtime/mtom.js';
/**
 * Connects to the AnyContent service: the options of `createClient`, no request is sent.
 * `parts`: `useHooks` for the `hooks` option, `useMtom` for `mtom: true`.
 */
export declare function connect(options?: AnyContentClientOptions, ...parts: SoapFeatures[]): AnyContentClientConnection;
/** `sayHi` of the client as a function of a connection. */
export declare function sayHi(connection: AnyContentClientConnection, input?: SayHiRequest, options?: AnyContentClientCallOptions<SayHiHeadersIn>): Promise<string>;
/** `sayHi1` of the client as a function of a connection. */
export declare function sayHi1(connection: AnyContentClientConnection, input?: SayHi1Request, options?: AnyContentClientCallOptions<SayHi1HeadersIn>): Promise<string>;
