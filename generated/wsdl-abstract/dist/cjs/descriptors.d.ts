import type { OperationDesc, ServiceDesc, TypeDesc } from './runtime/schema.js';
/** Where and how the service is served. */
export declare const SERVICE: ServiceDesc;
/**
 * Descriptor of {@link Car}.
 */
export declare const CarSchema: TypeDesc;
/**
 * Descriptor of {@link Porsche}.
 */
export declare const PorscheSchema: TypeDesc;
/**
 * Descriptor of {@link GetSedans2}.
 */
export declare const GetSedans2Schema: TypeDesc;
/**
 * Descriptor of {@link GetSedansResponse2}.
 */
export declare const GetSedansResponse2Schema: TypeDesc;
/**
 * Descriptor of the `getSedans` body element.
 */
export declare const GetSedansRequestSchema: TypeDesc;
/**
 * Descriptor of the `getSedansResponse` body element.
 */
export declare const GetSedansResponseSchema: TypeDesc;
/**
 * Wire facts of the getSedans operation.
 */
export declare const GetSedansOperation: OperationDesc;
/**
 * Descriptor of the `tradeIn` body element.
 */
export declare const TradeInRequestSchema: TypeDesc;
/**
 * Descriptor of the `tradeInResponse` body element.
 */
export declare const TradeInResponseSchema: TypeDesc;
/**
 * Wire facts of the tradeIn operation.
 */
export declare const TradeInOperation: OperationDesc;
/** Every operation's descriptor, keyed by client method name. */
export declare const OPERATIONS: {
    readonly getSedans: OperationDesc;
    readonly tradeIn: OperationDesc;
};
