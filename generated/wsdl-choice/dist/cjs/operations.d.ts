import { type SoapFeatures, type SoapRuntime, type SoapSession } from './runtime/client.js';
import type { MixedSequenceClientCallOptions, MixedSequenceClientOptions, MixedSequenceClientSessionHeaders } from './client.js';
import type { DataList, GetDataHeadersIn, GetDataRequest } from './types.js';
/** A connection to the service made by {@link connect}, passed to each operation function. */
export interface MixedSequenceClientConnection extends SoapRuntime {
    /** The SOAP headers kept between calls (with `session: true`). */
    readonly session: SoapSession<MixedSequenceClientSessionHeaders>;
}
export { useHooks } from './runtime/hooks.js';
export { useMtom } from './runtime/mtom.js';
/**
 * Connects to the MixedSequence service: the options of `createClient`, no request is sent.
 * `parts`: `useHooks` for the `hooks` option, `useMtom` for `mtom: true`.
 */
export declare function connect(options?: MixedSequenceClientOptions, ...parts: SoapFeatures[]): MixedSequenceClientConnection;
/** `getData` of the client as a function of a connection. */
export declare function getData(connection: MixedSequenceClientConnection, input: GetDataRequest, options?: MixedSequenceClientCallOptions<GetDataHeadersIn>): Promise<DataList>;
