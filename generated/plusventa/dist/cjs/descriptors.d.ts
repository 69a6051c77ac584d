import type { OperationDesc, ServiceDesc, TypeDesc } from './runtime/schema.js';
/** Where and how the service is served. */
export declare const SERVICE: ServiceDesc;
/**
 * Descriptor of the `CreateInteraction` body element.
 */
export declare const CreateInteractionRequestSchema: TypeDesc;
/**
 * Descriptor of the `CreateInteractionResponse` body element.
 */
export declare const CreateInteractionResponseSchema: TypeDesc;
/**
 * Wire facts of the CreateInteraction operation.
 */
export declare const CreateInteractionOperation: OperationDesc;
/** Every operation's descriptor, keyed by client method name. */
export declare const OPERATIONS: {
    readonly createInteraction: OperationDesc;
};
