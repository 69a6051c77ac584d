import type { OperationDesc, ServiceDesc, TypeDesc } from './runtime/schema.js';
/** Where and how the service is served. */
export declare const SERVICE: ServiceDesc;
/**
 * Descriptor of {@link OneWayRequest2}.
 */
export declare const OneWayRequest2Schema: TypeDesc;
/**
 * Descriptor of the `OneWayRequest` body element.
 */
export declare const OneWayRequestSchema: TypeDesc;
/**
 * Wire facts of the OneWay operation.
 */
export declare const OneWayOperation: OperationDesc;
/** Every operation's descriptor, keyed by client method name. */
export declare const OPERATIONS: {
    readonly oneWay: OperationDesc;
};
