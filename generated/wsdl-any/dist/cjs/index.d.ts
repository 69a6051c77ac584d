/**
 * Typed client for the AnyContent service.
 *
 * @packageDocumentation
 */
export { createClient } from './client.js';
export type { AnyContentClient, AnyContentClientOptions, AnyContentClientCallOptions, AnyContentClientSessionHeaders, } from './client.js';
export * from './types.js';
export * as descriptors from './descriptors.js';
export { SvcgenError, SoapFaultError, HttpError, ValidationError, ResponseError, LimitError, TimeoutError, NetworkError, } from './runtime/errors.js';
export { DEFAULT_LIMITS } from './runtime/limits.js';
export type { RawResponse, ClientOptions, CallOptions, SoapSession } from './runtime/client.js';
export { wsSecurity, basicAuth, bearerToken } from './runtime/security.js';
export type { Security, WsSecurity, WsSecurityOptions, BasicAuth, BearerToken, } from './runtime/security.js';
export { HookError } from './runtime/hooks.js';
export type { Hooks, RequestContext, RequestChange, ResponseContext, ErrorContext, } from './runtime/hooks.js';
export { fixtures } from './fixtures.js';
export { createMockFetch } from './mock.js';
export type { MockFetch, MockFetchOptions, MockAnswer, MockOverrides, MockCall, MockCallOf, MockOperations, DeepPartial, } from './mock.js';
export { connect, useHooks, useMtom } from './operations.js';
export type { AnyContentClientConnection } from './operations.js';
