import type { EnumDesc, OperationDesc, ServiceDesc, TypeDesc } from './runtime/schema.js';
/** Where and how the service is served. */
export declare const SERVICE: ServiceDesc;
/**
 * Descriptor of {@link ArrayOfPoint}.
 */
export declare const ArrayOfPointSchema: TypeDesc;
/**
 * Descriptor of {@link Point}.
 */
export declare const PointSchema: TypeDesc;
/**
 * Descriptor of {@link Drawing}.
 */
export declare const DrawingSchema: TypeDesc;
/**
 * Descriptor of {@link Tint}.
 */
export declare const TintSchema: EnumDesc;
/**
 * Descriptor of {@link ArrayOfString}.
 */
export declare const ArrayOfStringSchema: TypeDesc;
/**
 * Descriptor of the `Mirror` body element.
 */
export declare const MirrorRequestSchema: TypeDesc;
/**
 * Descriptor of the `MirrorResponse` body element.
 */
export declare const MirrorResponseSchema: TypeDesc;
/**
 * Wire facts of the Mirror operation.
 */
export declare const MirrorOperation: OperationDesc;
/**
 * Descriptor of the `Concat` body element.
 */
export declare const ConcatRequestSchema: TypeDesc;
/**
 * Descriptor of the `ConcatResponse` body element.
 */
export declare const ConcatResponseSchema: TypeDesc;
/**
 * Wire facts of the Concat operation.
 */
export declare const ConcatOperation: OperationDesc;
/**
 * Descriptor of the `Redraw` body element.
 */
export declare const RedrawRequestSchema: TypeDesc;
/**
 * Descriptor of the `RedrawResponse` body element.
 */
export declare const RedrawResponseSchema: TypeDesc;
/**
 * Wire facts of the Redraw operation.
 */
export declare const RedrawOperation: OperationDesc;
/** Every operation's descriptor, keyed by client method name. */
export declare const OPERATIONS: {
    readonly mirror: OperationDesc;
    readonly concat: OperationDesc;
    readonly redraw: OperationDesc;
};
