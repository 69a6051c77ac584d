import type { EnumDesc, OperationDesc, ServiceDesc, TypeDesc } from './runtime/schema.js';
/** Where and how the service is served. */
export declare const SERVICE: ServiceDesc;
/**
 * Descriptor of {@link Enum}.
 */
export declare const EnumSchema: EnumDesc;
/**
 * Descriptor of {@link Class2}.
 */
export declare const Class2Schema: TypeDesc;
/**
 * Descriptor of {@link Interface}.
 */
export declare const InterfaceSchema: TypeDesc;
/**
 * Descriptor of {@link Item3}.
 */
export declare const Item3Schema: TypeDesc;
/**
 * Descriptor of {@link Item4}.
 */
export declare const Item4Schema: TypeDesc;
/**
 * Descriptor of {@link Promise2}.
 */
export declare const Promise2Schema: TypeDesc;
/**
 * Descriptor of {@link Date2}.
 */
export declare const Date2Schema: TypeDesc;
/**
 * Descriptor of {@link Response2}.
 */
export declare const Response2Schema: TypeDesc;
/**
 * Descriptor of {@link Headers2}.
 */
export declare const Headers2Schema: EnumDesc;
/**
 * Descriptor of {@link Request3}.
 */
export declare const Request3Schema: TypeDesc;
/**
 * Descriptor of {@link URL2}.
 */
export declare const URL2Schema: TypeDesc;
/**
 * Descriptor of {@link AbortSignal2}.
 */
export declare const AbortSignal2Schema: TypeDesc;
/**
 * Descriptor of {@link TextDecoder2}.
 */
export declare const TextDecoder2Schema: TypeDesc;
/**
 * Descriptor of {@link ValidateValue}.
 */
export declare const ValidateValueSchema: TypeDesc;
/**
 * Descriptor of {@link MockFetch2}.
 */
export declare const MockFetch2Schema: TypeDesc;
/**
 * Descriptor of {@link Get2}.
 */
export declare const Get2Schema: TypeDesc;
/**
 * Descriptor of {@link GetResponse2}.
 */
export declare const GetResponse2Schema: TypeDesc;
/**
 * Descriptor of {@link Request22}.
 */
export declare const Request22Schema: TypeDesc;
/**
 * Descriptor of {@link RequestResponse}.
 */
export declare const RequestResponseSchema: TypeDesc;
/**
 * Descriptor of {@link Delete2}.
 */
export declare const Delete2Schema: TypeDesc;
/**
 * Descriptor of {@link DeleteResponse2}.
 */
export declare const DeleteResponse2Schema: TypeDesc;
/**
 * Descriptor of {@link Class22}.
 */
export declare const Class22Schema: TypeDesc;
/**
 * Descriptor of {@link ClassResponse2}.
 */
export declare const ClassResponse2Schema: TypeDesc;
/**
 * Descriptor of {@link Constructor2}.
 */
export declare const Constructor2Schema: TypeDesc;
/**
 * Descriptor of {@link ConstructorResponse2}.
 */
export declare const ConstructorResponse2Schema: TypeDesc;
/**
 * Descriptor of {@link ToString2}.
 */
export declare const ToString2Schema: TypeDesc;
/**
 * Descriptor of {@link ToStringResponse2}.
 */
export declare const ToStringResponse2Schema: TypeDesc;
/**
 * Descriptor of {@link Proto2}.
 */
export declare const Proto2Schema: TypeDesc;
/**
 * Descriptor of {@link ProtoResponse2}.
 */
export declare const ProtoResponse2Schema: TypeDesc;
/**
 * Descriptor of {@link Item22}.
 */
export declare const Item22Schema: TypeDesc;
/**
 * Descriptor of {@link ItemResponse2}.
 */
export declare const ItemResponse2Schema: TypeDesc;
/**
 * Descriptor of {@link Item23}.
 */
export declare const Item23Schema: TypeDesc;
/**
 * Descriptor of {@link ItemResponse3}.
 */
export declare const ItemResponse3Schema: TypeDesc;
/**
 * Descriptor of {@link GetValueV22}.
 */
export declare const GetValueV22Schema: TypeDesc;
/**
 * Descriptor of {@link GetValueV2Response2}.
 */
export declare const GetValueV2Response2Schema: TypeDesc;
/**
 * Descriptor of {@link 名前2}.
 */
export declare const 名前2Schema: TypeDesc;
/**
 * Descriptor of {@link 名前Response2}.
 */
export declare const 名前Response2Schema: TypeDesc;
/**
 * Descriptor of the `delete` body element.
 */
export declare const DeleteRequestSchema: TypeDesc;
/**
 * Descriptor of the `deleteResponse` body element.
 */
export declare const DeleteResponseSchema: TypeDesc;
/**
 * Wire facts of the delete operation.
 */
export declare const DeleteOperation: OperationDesc;
/**
 * Descriptor of the `class` body element.
 */
export declare const ClassRequestSchema: TypeDesc;
/**
 * Descriptor of the `classResponse` body element.
 */
export declare const ClassResponseSchema: TypeDesc;
/**
 * Wire facts of the class operation.
 */
export declare const ClassOperation: OperationDesc;
/**
 * Descriptor of the `constructor` body element.
 */
export declare const ConstructorRequestSchema: TypeDesc;
/**
 * Descriptor of the `constructorResponse` body element.
 */
export declare const ConstructorResponseSchema: TypeDesc;
/**
 * Wire facts of the constructor operation.
 */
export declare const ConstructorOperation: OperationDesc;
/**
 * Descriptor of the `toString` body element.
 */
export declare const ToStringRequestSchema: TypeDesc;
/**
 * Descriptor of the `toStringResponse` body element.
 */
export declare const ToStringResponseSchema: TypeDesc;
/**
 * Wire facts of the toString operation.
 */
export declare const ToStringOperation: OperationDesc;
/**
 * Descriptor of the `__proto__` body element.
 */
export declare const ProtoRequestSchema: TypeDesc;
/**
 * Descriptor of the `__proto__Response` body element.
 */
export declare const ProtoResponseSchema: TypeDesc;
/**
 * Wire facts of the __proto__ operation.
 */
export declare const ProtoOperation: OperationDesc;
/**
 * Descriptor of the `Item` body element.
 */
export declare const ItemRequestSchema: TypeDesc;
/**
 * Descriptor of the `ItemResponse` body element.
 */
export declare const ItemResponseSchema: TypeDesc;
/**
 * Wire facts of the Item operation.
 */
export declare const ItemOperation: OperationDesc;
/**
 * Descriptor of the `item` body element.
 */
export declare const Item2RequestSchema: TypeDesc;
/**
 * Descriptor of the `itemResponse` body element.
 */
export declare const Item2ResponseSchema: TypeDesc;
/**
 * Wire facts of the item operation.
 */
export declare const Item2Operation: OperationDesc;
/**
 * Descriptor of the `get-value.v2` body element.
 */
export declare const GetValueV2RequestSchema: TypeDesc;
/**
 * Descriptor of the `get-value.v2Response` body element.
 */
export declare const GetValueV2ResponseSchema: TypeDesc;
/**
 * Wire facts of the get-value.v2 operation.
 */
export declare const GetValueV2Operation: OperationDesc;
/**
 * Descriptor of the `名前` body element.
 */
export declare const 名前RequestSchema: TypeDesc;
/**
 * Descriptor of the `名前Response` body element.
 */
export declare const 名前ResponseSchema: TypeDesc;
/**
 * Wire facts of the 名前 operation.
 */
export declare const 名前Operation: OperationDesc;
/**
 * Descriptor of the `get` body element.
 */
export declare const GetRequestSchema: TypeDesc;
/**
 * Descriptor of the `getResponse` body element.
 */
export declare const GetResponseSchema: TypeDesc;
/**
 * Wire facts of the get operation.
 */
export declare const GetOperation: OperationDesc;
/**
 * Descriptor of the `Request` body element.
 */
export declare const Request2RequestSchema: TypeDesc;
/**
 * Descriptor of the `RequestResponse` body element.
 */
export declare const Request2ResponseSchema: TypeDesc;
/**
 * Wire facts of the Request operation.
 */
export declare const Request2Operation: OperationDesc;
/** Every operation's descriptor, keyed by client method name. */
export declare const OPERATIONS: {
    readonly delete: OperationDesc;
    readonly class: OperationDesc;
    readonly constructor2: OperationDesc;
    readonly toString2: OperationDesc;
    readonly proto: OperationDesc;
    readonly item: OperationDesc;
    readonly item2: OperationDesc;
    readonly getValueV2: OperationDesc;
    readonly 名前: OperationDesc;
    readonly get: OperationDesc;
    readonly request: OperationDesc;
};
