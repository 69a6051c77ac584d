/**
 * Typed client for the AnyContent service.
 *
 * @packageDocumentation
 */
export { createClient } from './client.js';
export type { AnyContentClient, AnyContentClientOptions, AnyContentClientCallOptions, AnyContentClientSessionHeaders, } from './client.js';
export * from './types.js';
export * as descriptors from './descriptors.js';
export { SvcgenError, SoapFaultError, HttpError, ValidationError, ResponseError, } from './runtime/errors.js';
export type { RawResponse, ClientOptions, CallOptions, SoapSession } from './runtime/client.js';
export { fixtures } from './fixtures.js';
export { createMockFetch } from './mock.js';
export type { MockFetch, MockFetchOptions, MockAnswer, MockOverrides, MockCall, MockCallOf, MockOperations, DeepPartial, } from './mock.js';
