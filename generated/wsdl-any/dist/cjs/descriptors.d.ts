import type { OperationDesc, ServiceDesc, TypeDesc } from './runtime/schema.js';
/** Where and how the service is served. */
export declare const SERVICE: ServiceDesc;
/**
 * Descriptor of {@link SayHi2}.
 */
export declare const SayHi2Schema: TypeDesc;
/**
 * Descriptor of {@link SayHiPort}.
 */
export declare const SayHiPortSchema: TypeDesc;
/**
 * Descriptor of {@link SayHi12}.
 */
export declare const SayHi12Schema: TypeDesc;
/**
 * Descriptor of {@link SayHi1Port}.
 */
export declare const SayHi1PortSchema: TypeDesc;
/**
 * Descriptor of {@link SayHiResponse2}.
 */
export declare const SayHiResponse2Schema: TypeDesc;
/**
 * Descriptor of the `sayHi` body element.
 */
export declare const SayHiRequestSchema: TypeDesc;
/**
 * Descriptor of the `sayHiResponse` body element.
 */
export declare const SayHiResponseSchema: TypeDesc;
/**
 * Wire facts of the sayHi operation.
 */
export declare const SayHiOperation: OperationDesc;
/**
 * Descriptor of the `sayHi1` body element.
 */
export declare const SayHi1RequestSchema: TypeDesc;
/**
 * Descriptor of the `sayHiResponse` body element.
 */
export declare const SayHi1ResponseSchema: TypeDesc;
/**
 * Wire facts of the sayHi1 operation.
 */
export declare const SayHi1Operation: OperationDesc;
/** Every operation's descriptor, keyed by client method name. */
export declare const OPERATIONS: {
    readonly sayHi: OperationDesc;
    readonly sayHi1: OperationDesc;
};
