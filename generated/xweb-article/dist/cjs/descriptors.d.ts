import type { OperationDesc, ServiceDesc, TypeDesc } from './runtime/schema.js';
/** Where and how the service is served. */
export declare const SERVICE: ServiceDesc;
/**
 * Descriptor of {@link AuthorizationToken}.
 */
export declare const AuthorizationTokenSchema: TypeDesc;
/**
 * Descriptor of {@link ONode}.
 */
export declare const ONodeSchema: TypeDesc;
/**
 * Descriptor of {@link CustomerMessagingActivityObjects}.
 */
export declare const CustomerMessagingActivityObjectsSchema: TypeDesc;
/**
 * Descriptor of {@link CustomerMessagingActivityObject}.
 */
export declare const CustomerMessagingActivityObjectSchema: TypeDesc;
/**
 * Descriptor of {@link InsertFacadeObjectResult}.
 */
export declare const InsertFacadeObjectResultSchema: TypeDesc;
/**
 * Descriptor of {@link InsertFacadeObjectResultCustomerMessagingActivityObjects}.
 */
export declare const InsertFacadeObjectResultCustomerMessagingActivityObjectsSchema: TypeDesc;
/**
 * Descriptor of {@link CustomerMessagingActivityObjectsCustomerMessagingActivityObject}.
 */
export declare const CustomerMessagingActivityObjectsCustomerMessagingActivityObjectSchema: TypeDesc;
/**
 * Descriptor of the `InsertFacadeObject` body element.
 */
export declare const InsertFacadeObjectRequestSchema: TypeDesc;
/**
 * Descriptor of the `InsertFacadeObjectResponse` body element.
 */
export declare const InsertFacadeObjectResponseSchema: TypeDesc;
/**
 * Wire facts of the InsertFacadeObject operation.
 */
export declare const InsertFacadeObjectOperation: OperationDesc;
/** Every operation's descriptor, keyed by client method name. */
export declare const OPERATIONS: {
    readonly insertFacadeObject: OperationDesc;
};
