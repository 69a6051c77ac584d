import { type SoapFeatures, type SoapRuntime, type SoapSession } from './runtime/client.js';
import type { EncodedClientCallOptions, EncodedClientOptions, EncodedClientSessionHeaders } from './client.js';
import type { ConcatHeadersIn, ConcatRequest, ConcatResponse, Drawing, MirrorHeadersIn, MirrorRequest, Point, RedrawHeadersIn, RedrawRequest } from './types.js';
/** A connection to the service made by {@link connect}, passed to each operation function. */
export interface EncodedClientConnection extends SoapRuntime {
    /** The SOAP headers kept between calls (with `session: true`). */
    readonly session: SoapSession<EncodedClientSessionHeaders>;
}
export { useHooks } from './runtime/hooks.js';
export { useMtom } from './runtime/mtom.js';
/**
 * Connects to the Encoded service: the options of `createClient`, no request is sent.
 * `parts`: `useHooks` for the `hooks` option, `useMtom` for `mtom: true`.
 */
export declare function connect(options?: EncodedClientOptions, ...parts: SoapFeatures[]): EncodedClientConnection;
/** `mirror` of the client as a function of a connection. */
export declare function mirror(connection: EncodedClientConnection, input: MirrorRequest, options?: EncodedClientCallOptions<MirrorHeadersIn>): Promise<Point[]>;
/** `concat` of the client as a function of a connection. */
export declare function concat(connection: EncodedClientConnection, input: ConcatRequest, options?: EncodedClientCallOptions<ConcatHeadersIn>): Promise<ConcatResponse>;
/** `redraw` of the client as a function of a connection. */
export declare function redraw(connection: EncodedClientConnection, input: RedrawRequest, options?: EncodedClientCallOptions<RedrawHeadersIn>): Promise<Drawing>;
