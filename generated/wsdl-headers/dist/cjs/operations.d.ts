import { type SoapFeatures, type SoapRuntime, type SoapSession } from './runtime/client.js';
import type { SoapHeadersClientCallOptions, SoapHeadersClientOptions, SoapHeadersClientSessionHeaders } from './client.js';
import type { SendReceiveAnyTypeHeadersIn, SendReceiveAnyTypeRequest, SendReceiveAnyTypeResponse, TestHeader1HeadersIn, TestHeader1Request, TestHeader2HeadersIn, TestHeader2Request, TestHeader3HeadersIn, TestHeader3Request, TestHeader4HeadersIn, TestHeader4Request, TestHeader5HeadersIn, TestHeader5Request, TestHeader7HeadersIn, TestHeader7Request, TestHeaderPartBeforeBodyPartHeadersIn, TestHeaderPartBeforeBodyPartRequest } from './types.js';
/** A connection to the service made by {@link connect}, passed to each operation function. */
export interface SoapHeadersClientConnection extends SoapRuntime {
    /** The SOAP headers kept between calls (with `session: true`). */
    readonly session: SoapSession<SoapHeadersClientSessionHeaders>;
}
export { useHooks } from './runtime/hooks.js';
export { useMtom } from './runtime/mtom.js';
/**
 * Connects to the SoapHeaders service: the options of `createClient`, no request is sent.
 * `parts`: `useHooks` for the `hooks` option, `useMtom` for `mtom: true`.
 */
export declare function connect(options?: SoapHeadersClientOptions, ...parts: SoapFeatures[]): SoapHeadersClientConnection;
/** `testHeader1` of the client as a function of a connection. */
export declare function testHeader1(connection: SoapHeadersClientConnection, input?: TestHeader1Request, options?: SoapHeadersClientCallOptions<TestHeader1HeadersIn>): Promise<string>;
/** `testHeader2` of the client as a function of a connection. */
export declare function testHeader2(connection: SoapHeadersClientConnection, input: TestHeader2Request, options?: SoapHeadersClientCallOptions<TestHeader2HeadersIn>): Promise<string>;
/** `testHeader3` of the client as a function of a connection. */
export declare function testHeader3(connection: SoapHeadersClientConnection, input: TestHeader3Request, options?: SoapHeadersClientCallOptions<TestHeader3HeadersIn>): Promise<string | null>;
/** `testHeader4` of the client as a function of a connection. */
export declare function testHeader4(connection: SoapHeadersClientConnection, input: TestHeader4Request, options?: SoapHeadersClientCallOptions<TestHeader4HeadersIn>): Promise<void>;
/** `testHeader5` of the client as a function of a connection. */
export declare function testHeader5(connection: SoapHeadersClientConnection, input: TestHeader5Request, options?: SoapHeadersClientCallOptions<TestHeader5HeadersIn>): Promise<number>;
/** `testHeaderPartBeforeBodyPart` of the client as a function of a connection. */
export declare function testHeaderPartBeforeBodyPart(connection: SoapHeadersClientConnection, input: TestHeaderPartBeforeBodyPartRequest, options?: SoapHeadersClientCallOptions<TestHeaderPartBeforeBodyPartHeadersIn>): Promise<string | null>;
/** `sendReceiveAnyType` of the client as a function of a connection. */
export declare function sendReceiveAnyType(connection: SoapHeadersClientConnection, input: SendReceiveAnyTypeRequest, options?: SoapHeadersClientCallOptions<SendReceiveAnyTypeHeadersIn>): Promise<SendReceiveAnyTypeResponse>;
/** `testHeader7` of the client as a function of a connection. */
export declare function testHeader7(connection: SoapHeadersClientConnection, input?: TestHeader7Request, options?: SoapHeadersClientCallOptions<TestHeader7HeadersIn>): Promise<string | null>;
