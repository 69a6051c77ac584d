import type { OperationDesc, ServiceDesc, TypeDesc } from './runtime/schema.js';
/** Where and how the service is served. */
export declare const SERVICE: ServiceDesc;
/**
 * Descriptor of {@link ArrayOfstring}.
 */
export declare const ArrayOfstringSchema: TypeDesc;
/**
 * Descriptor of {@link ArrayOfint}.
 */
export declare const ArrayOfintSchema: TypeDesc;
/**
 * Descriptor of {@link ArrayOffloat}.
 */
export declare const ArrayOffloatSchema: TypeDesc;
/**
 * Descriptor of {@link ArrayOfSOAPStruct}.
 */
export declare const ArrayOfSOAPStructSchema: TypeDesc;
/**
 * Descriptor of {@link SOAPStruct}.
 */
export declare const SOAPStructSchema: TypeDesc;
/**
 * Descriptor of {@link SOAPStructStruct}.
 */
export declare const SOAPStructStructSchema: TypeDesc;
/**
 * Descriptor of {@link SOAPArrayStruct}.
 */
export declare const SOAPArrayStructSchema: TypeDesc;
/**
 * Descriptor of {@link ArrayOfString2D}.
 */
export declare const ArrayOfString2DSchema: TypeDesc;
/**
 * Descriptor of the `echoStructAsSimpleTypes` body element.
 */
export declare const EchoStructAsSimpleTypesRequestSchema: TypeDesc;
/**
 * Descriptor of the `echoStructAsSimpleTypesResponse` body element.
 */
export declare const EchoStructAsSimpleTypesResponseSchema: TypeDesc;
/**
 * Wire facts of the echoStructAsSimpleTypes operation.
 */
export declare const EchoStructAsSimpleTypesOperation: OperationDesc;
/**
 * Descriptor of the `echoSimpleTypesAsStruct` body element.
 */
export declare const EchoSimpleTypesAsStructRequestSchema: TypeDesc;
/**
 * Descriptor of the `echoSimpleTypesAsStructResponse` body element.
 */
export declare const EchoSimpleTypesAsStructResponseSchema: TypeDesc;
/**
 * Wire facts of the echoSimpleTypesAsStruct operation.
 */
export declare const EchoSimpleTypesAsStructOperation: OperationDesc;
/**
 * Descriptor of the `echo2DStringArray` body element.
 */
export declare const Echo2DStringArrayRequestSchema: TypeDesc;
/**
 * Descriptor of the `echo2DStringArrayResponse` body element.
 */
export declare const Echo2DStringArrayResponseSchema: TypeDesc;
/**
 * Wire facts of the echo2DStringArray operation.
 */
export declare const Echo2DStringArrayOperation: OperationDesc;
/**
 * Descriptor of the `echoNestedStruct` body element.
 */
export declare const EchoNestedStructRequestSchema: TypeDesc;
/**
 * Descriptor of the `echoNestedStructResponse` body element.
 */
export declare const EchoNestedStructResponseSchema: TypeDesc;
/**
 * Wire facts of the echoNestedStruct operation.
 */
export declare const EchoNestedStructOperation: OperationDesc;
/**
 * Descriptor of the `echoNestedArray` body element.
 */
export declare const EchoNestedArrayRequestSchema: TypeDesc;
/**
 * Descriptor of the `echoNestedArrayResponse` body element.
 */
export declare const EchoNestedArrayResponseSchema: TypeDesc;
/**
 * Wire facts of the echoNestedArray operation.
 */
export declare const EchoNestedArrayOperation: OperationDesc;
/** Every operation's descriptor, keyed by client method name. */
export declare const OPERATIONS: {
    readonly echoStructAsSimpleTypes: OperationDesc;
    readonly echoSimpleTypesAsStruct: OperationDesc;
    readonly echo2DStringArray: OperationDesc;
    readonly echoNestedStruct: OperationDesc;
    readonly echoNestedArray: OperationDesc;
};
