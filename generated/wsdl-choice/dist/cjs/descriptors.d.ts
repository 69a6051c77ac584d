import type { OperationDesc, ServiceDesc, TypeDesc, ValueDesc } from './runtime/schema.js';
/** Where and how the service is served. */
export declare const SERVICE: ServiceDesc;
/**
 * Descriptor of {@link Id}.
 */
export declare const IdSchema: ValueDesc;
/**
 * Descriptor of {@link DataList}.
 */
export declare const DataListSchema: TypeDesc;
/**
 * Descriptor of {@link AbstractData}.
 */
export declare const AbstractDataSchema: TypeDesc;
/**
 * Descriptor of {@link Data1}.
 */
export declare const Data1Schema: TypeDesc;
/**
 * Descriptor of {@link Data2}.
 */
export declare const Data2Schema: TypeDesc;
/**
 * Descriptor of {@link GetData2}.
 */
export declare const GetData2Schema: TypeDesc;
/**
 * Descriptor of {@link GetDataResponse2}.
 */
export declare const GetDataResponse2Schema: TypeDesc;
/**
 * Descriptor of {@link CustomFault}.
 */
export declare const CustomFaultSchema: TypeDesc;
/**
 * Descriptor of the `getData` body element.
 */
export declare const GetDataRequestSchema: TypeDesc;
/**
 * Descriptor of the `getDataResponse` body element.
 */
export declare const GetDataResponseSchema: TypeDesc;
/**
 * Wire facts of the getData operation.
 */
export declare const GetDataOperation: OperationDesc;
/** Every operation's descriptor, keyed by client method name. */
export declare const OPERATIONS: {
    readonly getData: OperationDesc;
};
