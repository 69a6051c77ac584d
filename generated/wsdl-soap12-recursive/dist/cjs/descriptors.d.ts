import type { OperationDesc, ServiceDesc, TypeDesc } from './runtime/schema.js';
/** Where and how the service is served. */
export declare const SERVICE: ServiceDesc;
/**
 * Descriptor of {@link Node}.
 */
export declare const NodeSchema: TypeDesc;
/**
 * Descriptor of {@link ArrayOfNode}.
 */
export declare const ArrayOfNodeSchema: TypeDesc;
/**
 * Descriptor of {@link GetNodes2}.
 */
export declare const GetNodes2Schema: TypeDesc;
/**
 * Descriptor of {@link GetNodesResponse2}.
 */
export declare const GetNodesResponse2Schema: TypeDesc;
/**
 * Descriptor of the `GetNodes` body element.
 */
export declare const GetNodesRequestSchema: TypeDesc;
/**
 * Descriptor of the `GetNodesResponse` body element.
 */
export declare const GetNodesResponseSchema: TypeDesc;
/**
 * Wire facts of the GetNodes operation.
 */
export declare const GetNodesOperation: OperationDesc;
/** Every operation's descriptor, keyed by client method name. */
export declare const OPERATIONS: {
    readonly getNodes: OperationDesc;
};
