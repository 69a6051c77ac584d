/**
 * Typed client for the Caliq Web API.
 *
 * @packageDocumentation
 */
export { createClient } from './client.js';
export type { CaliqClient, CaliqClientOptions, CaliqClientCallOptions } from './client.js';
export * from './types.js';
export * as descriptors from './descriptors.js';
export { SvcgenError, HttpError, ValidationError, ResponseError, LimitError, TimeoutError, NetworkError, } from './runtime/errors.js';
export { DEFAULT_LIMITS } from './runtime/limits.js';
export { ApiError, readApiErrorBody, type ApiErrorBody } from './runtime/rest-errors.js';
export type { RestResponse, RestClientOptions, RestCallOptions } from './runtime/rest-client.js';
export { basicAuth, bearerToken } from './runtime/security.js';
export type { HttpSecurity, BasicAuth, BearerToken } from './runtime/security.js';
export { HookError } from './runtime/hooks.js';
export type { Hooks, RequestContext, RequestChange, ResponseContext, ErrorContext, } from './runtime/hooks.js';
export { fixtures } from './fixtures.js';
export { createMockFetch } from './mock.js';
export type { MockFetch, MockFetchOptions, MockAnswer, MockApiError, MockHttpError, MockOverrides, MockCall, MockCallOf, MockOperations, MockRequest, DeepPartial, } from './mock.js';
export { connect } from './operations.js';
export type { CaliqClientConnection } from './operations.js';
