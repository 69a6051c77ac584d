import { type SoapFeatures, type SoapRuntime, type SoapSession } from './runtime/client.js';
import type { HostileClientCallOptions, HostileClientOptions, HostileClientSessionHeaders } from './client.js';
import type { Class2, ClassHeadersIn, ClassRequest, ClassResponse, ConstructorHeadersIn, ConstructorRequest, DeleteHeadersIn, DeleteRequest, Enum, GetHeadersIn, GetRequest, GetValueV2HeadersIn, GetValueV2Request, Headers2, Item2HeadersIn, Item2Request, Item3, Item4, ItemHeadersIn, ItemRequest, Promise2, ProtoHeadersIn, ProtoRequest, Request2HeadersIn, Request2Request, Response2, ToStringHeadersIn, ToStringRequest, 名前HeadersIn, 名前Request } from './types.js';
/** A connection to the service made by {@link connect}, passed to each operation function. */
export interface HostileClientConnection extends SoapRuntime {
    /** The SOAP headers kept between calls (with `session: true`). */
    readonly session: SoapSession<HostileClientSessionHeaders>;
}
export { useHooks } from './runtime/hooks.js';
export { useMtom } from './runtime/mtom.js';
/**
 * Connects to the Hostile service: the options of `createClient`, no request is sent.
 * `parts`: `useHooks` for the `hooks` option, `useMtom` for `mtom: true`.
 */
export declare function connect(options?: HostileClientOptions, ...parts: SoapFeatures[]): HostileClientConnection;
/** `delete` of the client as a function of a connection. */
export declare function delete_(connection: HostileClientConnection, input?: DeleteRequest, options?: HostileClientCallOptions<DeleteHeadersIn>): Promise<Class2 | undefined>;
/** `class` of the client as a function of a connection. */
export declare function class_(connection: HostileClientConnection, input?: ClassRequest, options?: HostileClientCallOptions<ClassHeadersIn>): Promise<ClassResponse>;
/** `constructor2` of the client as a function of a connection. */
export declare function constructor_(connection: HostileClientConnection, input?: ConstructorRequest, options?: HostileClientCallOptions<ConstructorHeadersIn>): Promise<Enum>;
/** `toString2` of the client as a function of a connection. */
export declare function toString(connection: HostileClientConnection, input?: ToStringRequest, options?: HostileClientCallOptions<ToStringHeadersIn>): Promise<Promise2 | undefined>;
/** `proto` of the client as a function of a connection. */
export declare function proto(connection: HostileClientConnection, input?: ProtoRequest, options?: HostileClientCallOptions<ProtoHeadersIn>): Promise<string | undefined>;
/** `item` of the client as a function of a connection. */
export declare function item(connection: HostileClientConnection, input?: ItemRequest, options?: HostileClientCallOptions<ItemHeadersIn>): Promise<Item3 | undefined>;
/** `item2` of the client as a function of a connection. */
export declare function item2(connection: HostileClientConnection, input?: Item2Request, options?: HostileClientCallOptions<Item2HeadersIn>): Promise<Item4 | undefined>;
/** `getValueV2` of the client as a function of a connection. */
export declare function getValueV2(connection: HostileClientConnection, input?: GetValueV2Request, options?: HostileClientCallOptions<GetValueV2HeadersIn>): Promise<string | undefined>;
/** `名前` of the client as a function of a connection. */
export declare function 名前3(connection: HostileClientConnection, input?: 名前Request, options?: HostileClientCallOptions<名前HeadersIn>): Promise<string | undefined>;
/** `get` of the client as a function of a connection. */
export declare function get_(connection: HostileClientConnection, input?: GetRequest, options?: HostileClientCallOptions<GetHeadersIn>): Promise<Response2 | undefined>;
/** `request` of the client as a function of a connection. */
export declare function request(connection: HostileClientConnection, input?: Request2Request, options?: HostileClientCallOptions<Request2HeadersIn>): Promise<Headers2>;
