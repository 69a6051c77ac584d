import type { OperationDesc, ServiceDesc, TypeDesc } from './runtime/schema.js';
/** Where and how the service is served. */
export declare const SERVICE: ServiceDesc;
/**
 * Descriptor of {@link Response2}.
 */
export declare const Response2Schema: TypeDesc;
/**
 * Descriptor of {@link ChatRequest}.
 */
export declare const ChatRequestSchema: TypeDesc;
/**
 * Descriptor of {@link GetChatRequestByConnectionIdResult}.
 */
export declare const GetChatRequestByConnectionIdResultSchema: TypeDesc;
/**
 * Descriptor of the `GetChatRequestByConnectionId` body element.
 */
export declare const GetChatRequestByConnectionIdRequestSchema: TypeDesc;
/**
 * Descriptor of the `GetChatRequestByConnectionIdResponse` body element.
 */
export declare const GetChatRequestByConnectionIdResponseSchema: TypeDesc;
/**
 * Wire facts of the GetChatRequestByConnectionId operation.
 */
export declare const GetChatRequestByConnectionIdOperation: OperationDesc;
/** Every operation's descriptor, keyed by client method name. */
export declare const OPERATIONS: {
    readonly getChatRequestByConnectionId: OperationDesc;
};
