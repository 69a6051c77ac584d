import type { EnumDesc, OperationDesc, ServiceDesc, TypeDesc } from './runtime/schema.js';
/** Where and how the service is served. */
export declare const SERVICE: ServiceDesc;
/**
 * Descriptor of {@link ResponseStatus}.
 */
export declare const ResponseStatusSchema: TypeDesc;
/**
 * Descriptor of {@link ResponseStatusStatus}.
 */
export declare const ResponseStatusStatusSchema: TypeDesc;
/**
 * Descriptor of {@link ResponseStatusStatusCode}.
 */
export declare const ResponseStatusStatusCodeSchema: EnumDesc;
/**
 * Descriptor of {@link ResponseStatusResponseCode}.
 */
export declare const ResponseStatusResponseCodeSchema: EnumDesc;
/**
 * Descriptor of {@link GetInfo}.
 */
export declare const GetInfoSchema: TypeDesc;
/**
 * Descriptor of {@link GetInfoResponse}.
 */
export declare const GetInfoResponseSchema: TypeDesc;
/**
 * Descriptor of {@link ElementWithLocalSimpleType}.
 */
export declare const ElementWithLocalSimpleTypeSchema: EnumDesc;
/**
 * Descriptor of the `GetInfo` body element.
 */
export declare const GetInfoSoapRequestSchema: TypeDesc;
/**
 * Descriptor of the `GetInfoResponse` body element.
 */
export declare const GetInfoSoapResponseSchema: TypeDesc;
/**
 * Wire facts of the GetInfoSoap operation.
 */
export declare const GetInfoSoapOperation: OperationDesc;
/** Every operation's descriptor, keyed by client method name. */
export declare const OPERATIONS: {
    readonly getInfoSoap: OperationDesc;
};
