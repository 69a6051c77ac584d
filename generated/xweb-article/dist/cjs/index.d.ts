/**
 * Typed client for the netForumXML service.
 *
 * @packageDocumentation
 */
export { createClient } from './client.js';
export type { NetForumXMLClient, NetForumXMLClientOptions, NetForumXMLClientCallOptions, NetForumXMLClientSessionHeaders, } from './client.js';
export * from './types.js';
export * as descriptors from './descriptors.js';
export { SvcgenError, SoapFaultError, HttpError, ValidationError, ResponseError, } from './runtime/errors.js';
export type { RawResponse, ClientOptions, CallOptions, SoapSession } from './runtime/client.js';
export { fixtures } from './fixtures.js';
export { createMockFetch } from './mock.js';
export type { MockFetch, MockFetchOptions, MockAnswer, MockOverrides, MockCall, MockCallOf, MockOperations, DeepPartial, } from './mock.js';
