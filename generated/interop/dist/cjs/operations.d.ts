import { type SoapFeatures, type SoapRuntime, type SoapSession } from './runtime/client.js';
import type { InteropClientCallOptions, InteropClientOptions, InteropClientSessionHeaders } from './client.js';
import type { AddDecimalsHeadersIn, AddDecimalsRequest, AnyShape, DelayHeadersIn, DelayRequest, DivideHeadersIn, DivideRequest, DivideResponse, EchoGuidHeadersIn, EchoGuidRequest, EchoNullablesHeadersIn, EchoNullablesRequest, EchoOrderHeadersIn, EchoOrderRequest, EchoPriorityHeadersIn, EchoPriorityRequest, EchoScalarsHeadersIn, EchoScalarsRequest, Fail2HeadersIn, Fail2Request, ListPrioritiesHeadersIn, ListPrioritiesRequest, NullableResult, Order, Priority, ReverseBytesHeadersIn, ReverseBytesRequest, Scalars, SwapHeadersIn, SwapRequest, SwapResponse, TouchHeadersIn, TouchRequest, TransformHeadersIn, TransformRequest } from './types.js';
/** A connection to the service made by {@link connect}, passed to each operation function. */
export interface InteropClientConnection extends SoapRuntime {
    /** The SOAP headers kept between calls (with `session: true`). */
    readonly session: SoapSession<InteropClientSessionHeaders>;
}
export { useHooks } from './runtime/hooks.js';
export { useMtom } from './runtime/mtom.js';
export { useHttp } from './runtime/http.js';
/**
 * Connects to the Interop service: the options of `createClient`, no request is sent.
 * `parts`: `useHooks` for the `hooks` option, `useMtom` for `mtom: true`, `useHttp` for the
 * `http-get` and `http-post` protocols.
 */
export declare function connect(options?: InteropClientOptions, ...parts: SoapFeatures[]): InteropClientConnection;
/** `echoPriority` of the client as a function of a connection. */
export declare function echoPriority(connection: InteropClientConnection, input: EchoPriorityRequest, options?: InteropClientCallOptions<EchoPriorityHeadersIn>): Promise<Priority>;
/** `listPriorities` of the client as a function of a connection. */
export declare function listPriorities(connection: InteropClientConnection, input?: ListPrioritiesRequest, options?: InteropClientCallOptions<ListPrioritiesHeadersIn>): Promise<Priority[] | undefined>;
/** `echoOrder` of the client as a function of a connection. */
export declare function echoOrder(connection: InteropClientConnection, input?: EchoOrderRequest, options?: InteropClientCallOptions<EchoOrderHeadersIn>): Promise<Order | undefined>;
/** `echoNullables` of the client as a function of a connection. */
export declare function echoNullables(connection: InteropClientConnection, input: EchoNullablesRequest, options?: InteropClientCallOptions<EchoNullablesHeadersIn>): Promise<NullableResult | undefined>;
/** `transform` of the client as a function of a connection. */
export declare function transform(connection: InteropClientConnection, input?: TransformRequest, options?: InteropClientCallOptions<TransformHeadersIn>): Promise<(AnyShape | null)[] | undefined>;
/** `echoGuid` of the client as a function of a connection. */
export declare function echoGuid(connection: InteropClientConnection, input: EchoGuidRequest, options?: InteropClientCallOptions<EchoGuidHeadersIn>): Promise<string>;
/** `addDecimals` of the client as a function of a connection. */
export declare function addDecimals(connection: InteropClientConnection, input: AddDecimalsRequest, options?: InteropClientCallOptions<AddDecimalsHeadersIn>): Promise<string>;
/** `reverseBytes` of the client as a function of a connection. */
export declare function reverseBytes(connection: InteropClientConnection, input?: ReverseBytesRequest, options?: InteropClientCallOptions<ReverseBytesHeadersIn>): Promise<Uint8Array | undefined>;
/** `echoScalars` of the client as a function of a connection. */
export declare function echoScalars(connection: InteropClientConnection, input?: EchoScalarsRequest, options?: InteropClientCallOptions<EchoScalarsHeadersIn>): Promise<Scalars | undefined>;
/** `divide` of the client as a function of a connection. */
export declare function divide(connection: InteropClientConnection, input: DivideRequest, options?: InteropClientCallOptions<DivideHeadersIn>): Promise<DivideResponse>;
/** `swap` of the client as a function of a connection. */
export declare function swap(connection: InteropClientConnection, input?: SwapRequest, options?: InteropClientCallOptions<SwapHeadersIn>): Promise<SwapResponse>;
/** `touch` of the client as a function of a connection. */
export declare function touch(connection: InteropClientConnection, input?: TouchRequest, options?: InteropClientCallOptions<TouchHeadersIn>): Promise<string | undefined>;
/** `fail` of the client as a function of a connection. */
export declare function fail(connection: InteropClientConnection, input?: Fail2Request, options?: InteropClientCallOptions<Fail2HeadersIn>): Promise<void>;
/** `delay` of the client as a function of a connection. */
export declare function delay2(connection: InteropClientConnection, input: DelayRequest, options?: InteropClientCallOptions<DelayHeadersIn>): Promise<number>;
