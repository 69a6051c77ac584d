import { type SoapFeatures, type SoapRuntime, type SoapSession } from './runtime/client.js';
import type { SimpleContentClientCallOptions, SimpleContentClientOptions, SimpleContentClientSessionHeaders } from './client.js';
import type { GetInfoSoapHeadersIn, GetInfoSoapRequest } from './types.js';
/** A connection to the service made by {@link connect}, passed to each operation function. */
export interface SimpleContentClientConnection extends SoapRuntime {
    /** The SOAP headers kept between calls (with `session: true`). */
    readonly session: SoapSession<SimpleContentClientSessionHeaders>;
}
export { useHooks } from './runtime/hooks.js';
export { useMtom } from './runtime/mtom.js';
/**
 * Connects to the SimpleContent service: the options of `createClient`, no request is sent.
 * `parts`: `useHooks` for the `hooks` option, `useMtom` for `mtom: true`.
 */
export declare function connect(options?: SimpleContentClientOptions, ...parts: SoapFeatures[]): SimpleContentClientConnection;
/** `getInfoSoap` of the client as a function of a connection. */
export declare function getInfoSoap(connection: SimpleContentClientConnection, input: GetInfoSoapRequest, options?: SimpleContentClientCallOptions<GetInfoSoapHeadersIn>): Promise<string | undefined>;
