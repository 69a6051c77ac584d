import { type SoapFeatures, type SoapRuntime, type SoapSession } from './runtime/client.js';
import type { InteropBTypedClientCallOptions, InteropBTypedClientOptions, InteropBTypedClientSessionHeaders } from './client.js';
import type { Echo2DStringArrayHeadersIn, Echo2DStringArrayRequest, EchoNestedArrayHeadersIn, EchoNestedArrayRequest, EchoNestedStructHeadersIn, EchoNestedStructRequest, EchoSimpleTypesAsStructHeadersIn, EchoSimpleTypesAsStructRequest, EchoStructAsSimpleTypesHeadersIn, EchoStructAsSimpleTypesRequest, EchoStructAsSimpleTypesResponse, SOAPArrayStruct, SOAPStruct, SOAPStructStruct } from './types.js';
/** A connection to the service made by {@link connect}, passed to each operation function. */
export interface InteropBTypedClientConnection extends SoapRuntime {
    /** The SOAP headers kept between calls (with `session: true`). */
    readonly session: SoapSession<InteropBTypedClientSessionHeaders>;
}
export { useHooks } from './runtime/hooks.js';
export { useMtom } from './runtime/mtom.js';
/**
 * Connects to the InteropBTyped service: the options of `createClient`, no request is sent.
 * `parts`: `useHooks` for the `hooks` option, `useMtom` for `mtom: true`.
 */
export declare function connect(options?: InteropBTypedClientOptions, ...parts: SoapFeatures[]): InteropBTypedClientConnection;
/** `echoStructAsSimpleTypes` of the client as a function of a connection. */
export declare function echoStructAsSimpleTypes(connection: InteropBTypedClientConnection, input: EchoStructAsSimpleTypesRequest, options?: InteropBTypedClientCallOptions<EchoStructAsSimpleTypesHeadersIn>): Promise<EchoStructAsSimpleTypesResponse>;
/** `echoSimpleTypesAsStruct` of the client as a function of a connection. */
export declare function echoSimpleTypesAsStruct(connection: InteropBTypedClientConnection, input: EchoSimpleTypesAsStructRequest, options?: InteropBTypedClientCallOptions<EchoSimpleTypesAsStructHeadersIn>): Promise<SOAPStruct>;
/** `echo2DStringArray` of the client as a function of a connection. */
export declare function echo2DStringArray(connection: InteropBTypedClientConnection, input: Echo2DStringArrayRequest, options?: InteropBTypedClientCallOptions<Echo2DStringArrayHeadersIn>): Promise<string[]>;
/** `echoNestedStruct` of the client as a function of a connection. */
export declare function echoNestedStruct(connection: InteropBTypedClientConnection, input: EchoNestedStructRequest, options?: InteropBTypedClientCallOptions<EchoNestedStructHeadersIn>): Promise<SOAPStructStruct>;
/** `echoNestedArray` of the client as a function of a connection. */
export declare function echoNestedArray(connection: InteropBTypedClientConnection, input: EchoNestedArrayRequest, options?: InteropBTypedClientCallOptions<EchoNestedArrayHeadersIn>): Promise<SOAPArrayStruct>;
