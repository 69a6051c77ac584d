/**
 * Typed client for the Caliq Web API.
 *
 * @packageDocumentation
 */
export { createClient } from './client.js';
export type { CaliqClient, CaliqClientOptions, CaliqClientCallOptions } from './client.js';
export * from './types.js';
export * as descriptors from './descriptors.js';
export { SvcgenError, HttpError, ValidationError, ResponseError } from './runtime/errors.js';
export { ApiError, readApiErrorBody, type ApiErrorBody } from './runtime/rest-errors.js';
export type { RestResponse, RestClientOptions, RestCallOptions } from './runtime/rest-client.js';
export { fixtures } from './fixtures.js';
export { createMockFetch } from './mock.js';
export type { MockFetch, MockFetchOptions, MockAnswer, MockApiError, MockHttpError, MockOverrides, MockCall, MockCallOf, MockOperations, MockRequest, DeepPartial, } from './mock.js';
