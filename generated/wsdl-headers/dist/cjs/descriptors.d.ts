import type { OperationDesc, ServiceDesc, TypeDesc } from './runtime/schema.js';
/** Where and how the service is served. */
export declare const SERVICE: ServiceDesc;
/**
 * Descriptor of {@link SimpleAll}.
 */
export declare const SimpleAllSchema: TypeDesc;
/**
 * Descriptor of {@link SimpleStruct}.
 */
export declare const SimpleStructSchema: TypeDesc;
/**
 * Descriptor of {@link SimpleChoice}.
 */
export declare const SimpleChoiceSchema: TypeDesc;
/**
 * Descriptor of {@link TestHeader12}.
 */
export declare const TestHeader12Schema: TypeDesc;
/**
 * Descriptor of {@link TestHeader1Response2}.
 */
export declare const TestHeader1Response2Schema: TypeDesc;
/**
 * Descriptor of {@link TestHeader22}.
 */
export declare const TestHeader22Schema: TypeDesc;
/**
 * Descriptor of {@link TestHeader2Response2}.
 */
export declare const TestHeader2Response2Schema: TypeDesc;
/**
 * Descriptor of {@link TestHeader32}.
 */
export declare const TestHeader32Schema: TypeDesc;
/**
 * Descriptor of {@link TestHeader3Response2}.
 */
export declare const TestHeader3Response2Schema: TypeDesc;
/**
 * Descriptor of {@link TestHeader42}.
 */
export declare const TestHeader42Schema: TypeDesc;
/**
 * Descriptor of {@link TestHeader4Response2}.
 */
export declare const TestHeader4Response2Schema: TypeDesc;
/**
 * Descriptor of {@link TestHeaderMessage}.
 */
export declare const TestHeaderMessageSchema: TypeDesc;
/**
 * Descriptor of {@link TestHeader52}.
 */
export declare const TestHeader52Schema: TypeDesc;
/**
 * Descriptor of {@link TestHeader5ResponseBody}.
 */
export declare const TestHeader5ResponseBodySchema: TypeDesc;
/**
 * Descriptor of {@link TestHeader6}.
 */
export declare const TestHeader6Schema: TypeDesc;
/**
 * Descriptor of {@link TestHeader6Response}.
 */
export declare const TestHeader6ResponseSchema: TypeDesc;
/**
 * Descriptor of {@link TestHeader72}.
 */
export declare const TestHeader72Schema: TypeDesc;
/**
 * Descriptor of {@link TestHeader7Response2}.
 */
export declare const TestHeader7Response2Schema: TypeDesc;
/**
 * Descriptor of the `testHeader1` body element.
 */
export declare const TestHeader1RequestSchema: TypeDesc;
/**
 * Descriptor of the `testHeader1Response` body element.
 */
export declare const TestHeader1ResponseSchema: TypeDesc;
/**
 * Wire facts of the testHeader1 operation.
 */
export declare const TestHeader1Operation: OperationDesc;
/**
 * Descriptor of the `testHeader2` body element.
 */
export declare const TestHeader2RequestSchema: TypeDesc;
/**
 * Descriptor of the `testHeader2Response` body element.
 */
export declare const TestHeader2ResponseSchema: TypeDesc;
/**
 * Wire facts of the testHeader2 operation.
 */
export declare const TestHeader2Operation: OperationDesc;
/**
 * Descriptor of the `testHeader3` body element.
 */
export declare const TestHeader3RequestSchema: TypeDesc;
/**
 * Descriptor of the `testHeader3Response` body element.
 */
export declare const TestHeader3ResponseSchema: TypeDesc;
/**
 * Wire facts of the testHeader3 operation.
 */
export declare const TestHeader3Operation: OperationDesc;
/**
 * Descriptor of the `testHeader4` body element.
 */
export declare const TestHeader4RequestSchema: TypeDesc;
/**
 * Descriptor of the `testHeader4Response` body element.
 */
export declare const TestHeader4ResponseSchema: TypeDesc;
/**
 * Wire facts of the testHeader4 operation.
 */
export declare const TestHeader4Operation: OperationDesc;
/**
 * Descriptor of the `testHeader5` body element.
 */
export declare const TestHeader5RequestSchema: TypeDesc;
/**
 * Descriptor of the `testHeader5ResponseBody` body element.
 */
export declare const TestHeader5ResponseSchema: TypeDesc;
/**
 * Wire facts of the testHeader5 operation.
 */
export declare const TestHeader5Operation: OperationDesc;
/**
 * Descriptor of the `testHeader6` body element.
 */
export declare const TestHeaderPartBeforeBodyPartRequestSchema: TypeDesc;
/**
 * Descriptor of the `testHeader6Response` body element.
 */
export declare const TestHeaderPartBeforeBodyPartResponseSchema: TypeDesc;
/**
 * Wire facts of the testHeaderPartBeforeBodyPart operation.
 */
export declare const TestHeaderPartBeforeBodyPartOperation: OperationDesc;
/**
 * Descriptor of the `send_receive_any_type` body element.
 */
export declare const SendReceiveAnyTypeRequestSchema: TypeDesc;
/**
 * Descriptor of the `send_receive_any_typeResponse` body element.
 */
export declare const SendReceiveAnyTypeResponseSchema: TypeDesc;
/**
 * Wire facts of the send_receive_any_type operation.
 */
export declare const SendReceiveAnyTypeOperation: OperationDesc;
/**
 * Descriptor of the `testHeader7` body element.
 */
export declare const TestHeader7RequestSchema: TypeDesc;
/**
 * Descriptor of the `testHeader7Response` body element.
 */
export declare const TestHeader7ResponseSchema: TypeDesc;
/**
 * Wire facts of the testHeader7 operation.
 */
export declare const TestHeader7Operation: OperationDesc;
/** Every operation's descriptor, keyed by client method name. */
export declare const OPERATIONS: {
    readonly testHeader1: OperationDesc;
    readonly testHeader2: OperationDesc;
    readonly testHeader3: OperationDesc;
    readonly testHeader4: OperationDesc;
    readonly testHeader5: OperationDesc;
    readonly testHeaderPartBeforeBodyPart: OperationDesc;
    readonly sendReceiveAnyType: OperationDesc;
    readonly testHeader7: OperationDesc;
};
