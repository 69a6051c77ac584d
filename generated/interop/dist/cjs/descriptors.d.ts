import type { EnumDesc, OperationDesc, ServiceDesc, TypeDesc, ValueDesc } from './runtime/schema.js';
/** Where and how the service is served. */
export declare const SERVICE: ServiceDesc;
/**
 * Descriptor of {@link Priority}.
 */
export declare const PrioritySchema: EnumDesc;
/**
 * Descriptor of {@link ArrayOfPriority}.
 */
export declare const ArrayOfPrioritySchema: TypeDesc;
/**
 * Descriptor of {@link Order}.
 */
export declare const OrderSchema: TypeDesc;
/**
 * Descriptor of {@link ArrayOfOrderLine}.
 */
export declare const ArrayOfOrderLineSchema: TypeDesc;
/**
 * Descriptor of {@link OrderLine}.
 */
export declare const OrderLineSchema: TypeDesc;
/**
 * Descriptor of {@link ArrayOfLineNote}.
 */
export declare const ArrayOfLineNoteSchema: TypeDesc;
/**
 * Descriptor of {@link LineNote}.
 */
export declare const LineNoteSchema: TypeDesc;
/**
 * Descriptor of {@link ArrayOfString}.
 */
export declare const ArrayOfStringSchema: TypeDesc;
/**
 * Descriptor of {@link ArrayOfArrayOfInt}.
 */
export declare const ArrayOfArrayOfIntSchema: TypeDesc;
/**
 * Descriptor of {@link ArrayOfInt}.
 */
export declare const ArrayOfIntSchema: TypeDesc;
/**
 * Descriptor of {@link NullableResult}.
 */
export declare const NullableResultSchema: TypeDesc;
/**
 * Descriptor of {@link ArrayOfShape}.
 */
export declare const ArrayOfShapeSchema: TypeDesc;
/**
 * Descriptor of {@link Shape}.
 */
export declare const ShapeSchema: TypeDesc;
/**
 * Descriptor of {@link Square}.
 */
export declare const SquareSchema: TypeDesc;
/**
 * Descriptor of {@link Tile}.
 */
export declare const TileSchema: TypeDesc;
/**
 * Descriptor of {@link Circle}.
 */
export declare const CircleSchema: TypeDesc;
/**
 * Descriptor of {@link Scalars}.
 */
export declare const ScalarsSchema: TypeDesc;
/**
 * Descriptor of {@link SessionHeader}.
 */
export declare const SessionHeaderSchema: TypeDesc;
/**
 * Descriptor of {@link Guid}.
 */
export declare const GuidSchema: ValueDesc;
/**
 * Descriptor of {@link Char}.
 */
export declare const CharSchema: ValueDesc;
/**
 * Descriptor of {@link StringArray}.
 */
export declare const StringArraySchema: TypeDesc;
/**
 * Descriptor of {@link EchoPriority2}.
 */
export declare const EchoPriority2Schema: TypeDesc;
/**
 * Descriptor of {@link EchoPriorityResponse2}.
 */
export declare const EchoPriorityResponse2Schema: TypeDesc;
/**
 * Descriptor of {@link ListPriorities2}.
 */
export declare const ListPriorities2Schema: TypeDesc;
/**
 * Descriptor of {@link ListPrioritiesResponse2}.
 */
export declare const ListPrioritiesResponse2Schema: TypeDesc;
/**
 * Descriptor of {@link EchoOrder2}.
 */
export declare const EchoOrder2Schema: TypeDesc;
/**
 * Descriptor of {@link EchoOrderResponse2}.
 */
export declare const EchoOrderResponse2Schema: TypeDesc;
/**
 * Descriptor of {@link EchoNullables2}.
 */
export declare const EchoNullables2Schema: TypeDesc;
/**
 * Descriptor of {@link EchoNullablesResponse2}.
 */
export declare const EchoNullablesResponse2Schema: TypeDesc;
/**
 * Descriptor of {@link Transform2}.
 */
export declare const Transform2Schema: TypeDesc;
/**
 * Descriptor of {@link TransformResponse2}.
 */
export declare const TransformResponse2Schema: TypeDesc;
/**
 * Descriptor of {@link EchoGuid2}.
 */
export declare const EchoGuid2Schema: TypeDesc;
/**
 * Descriptor of {@link EchoGuidResponse2}.
 */
export declare const EchoGuidResponse2Schema: TypeDesc;
/**
 * Descriptor of {@link AddDecimals2}.
 */
export declare const AddDecimals2Schema: TypeDesc;
/**
 * Descriptor of {@link AddDecimalsResponse2}.
 */
export declare const AddDecimalsResponse2Schema: TypeDesc;
/**
 * Descriptor of {@link ReverseBytes2}.
 */
export declare const ReverseBytes2Schema: TypeDesc;
/**
 * Descriptor of {@link ReverseBytesResponse2}.
 */
export declare const ReverseBytesResponse2Schema: TypeDesc;
/**
 * Descriptor of {@link EchoScalars2}.
 */
export declare const EchoScalars2Schema: TypeDesc;
/**
 * Descriptor of {@link EchoScalarsResponse2}.
 */
export declare const EchoScalarsResponse2Schema: TypeDesc;
/**
 * Descriptor of {@link Divide2}.
 */
export declare const Divide2Schema: TypeDesc;
/**
 * Descriptor of {@link DivideResponse2}.
 */
export declare const DivideResponse2Schema: TypeDesc;
/**
 * Descriptor of {@link Swap2}.
 */
export declare const Swap2Schema: TypeDesc;
/**
 * Descriptor of {@link SwapResponse2}.
 */
export declare const SwapResponse2Schema: TypeDesc;
/**
 * Descriptor of {@link Touch2}.
 */
export declare const Touch2Schema: TypeDesc;
/**
 * Descriptor of {@link TouchResponse2}.
 */
export declare const TouchResponse2Schema: TypeDesc;
/**
 * Descriptor of {@link Fail3}.
 */
export declare const Fail3Schema: TypeDesc;
/**
 * Descriptor of {@link FailResponse}.
 */
export declare const FailResponseSchema: TypeDesc;
/**
 * Descriptor of {@link Delay2}.
 */
export declare const Delay2Schema: TypeDesc;
/**
 * Descriptor of {@link DelayResponse2}.
 */
export declare const DelayResponse2Schema: TypeDesc;
/**
 * Descriptor of the `EchoPriority` body element.
 */
export declare const EchoPriorityRequestSchema: TypeDesc;
/**
 * Descriptor of the `EchoPriorityResponse` body element.
 */
export declare const EchoPriorityResponseSchema: TypeDesc;
/**
 * Wire facts of the EchoPriority operation.
 */
export declare const EchoPriorityOperation: OperationDesc;
/**
 * Descriptor of the `ListPriorities` body element.
 */
export declare const ListPrioritiesRequestSchema: TypeDesc;
/**
 * Descriptor of the `ListPrioritiesResponse` body element.
 */
export declare const ListPrioritiesResponseSchema: TypeDesc;
/**
 * Wire facts of the ListPriorities operation.
 */
export declare const ListPrioritiesOperation: OperationDesc;
/**
 * Descriptor of the `EchoOrder` body element.
 */
export declare const EchoOrderRequestSchema: TypeDesc;
/**
 * Descriptor of the `EchoOrderResponse` body element.
 */
export declare const EchoOrderResponseSchema: TypeDesc;
/**
 * Wire facts of the EchoOrder operation.
 */
export declare const EchoOrderOperation: OperationDesc;
/**
 * Descriptor of the `EchoNullables` body element.
 */
export declare const EchoNullablesRequestSchema: TypeDesc;
/**
 * Descriptor of the `EchoNullablesResponse` body element.
 */
export declare const EchoNullablesResponseSchema: TypeDesc;
/**
 * Wire facts of the EchoNullables operation.
 */
export declare const EchoNullablesOperation: OperationDesc;
/**
 * Descriptor of the `Transform` body element.
 */
export declare const TransformRequestSchema: TypeDesc;
/**
 * Descriptor of the `TransformResponse` body element.
 */
export declare const TransformResponseSchema: TypeDesc;
/**
 * Wire facts of the Transform operation.
 */
export declare const TransformOperation: OperationDesc;
/**
 * Descriptor of the `EchoGuid` body element.
 */
export declare const EchoGuidRequestSchema: TypeDesc;
/**
 * Descriptor of the `EchoGuidResponse` body element.
 */
export declare const EchoGuidResponseSchema: TypeDesc;
/**
 * Wire facts of the EchoGuid operation.
 */
export declare const EchoGuidOperation: OperationDesc;
/**
 * Descriptor of the `AddDecimals` body element.
 */
export declare const AddDecimalsRequestSchema: TypeDesc;
/**
 * Descriptor of the `AddDecimalsResponse` body element.
 */
export declare const AddDecimalsResponseSchema: TypeDesc;
/**
 * Wire facts of the AddDecimals operation.
 */
export declare const AddDecimalsOperation: OperationDesc;
/**
 * Descriptor of the `ReverseBytes` body element.
 */
export declare const ReverseBytesRequestSchema: TypeDesc;
/**
 * Descriptor of the `ReverseBytesResponse` body element.
 */
export declare const ReverseBytesResponseSchema: TypeDesc;
/**
 * Wire facts of the ReverseBytes operation.
 */
export declare const ReverseBytesOperation: OperationDesc;
/**
 * Descriptor of the `EchoScalars` body element.
 */
export declare const EchoScalarsRequestSchema: TypeDesc;
/**
 * Descriptor of the `EchoScalarsResponse` body element.
 */
export declare const EchoScalarsResponseSchema: TypeDesc;
/**
 * Wire facts of the EchoScalars operation.
 */
export declare const EchoScalarsOperation: OperationDesc;
/**
 * Descriptor of the `Divide` body element.
 */
export declare const DivideRequestSchema: TypeDesc;
/**
 * Descriptor of the `DivideResponse` body element.
 */
export declare const DivideResponseSchema: TypeDesc;
/**
 * Wire facts of the Divide operation.
 */
export declare const DivideOperation: OperationDesc;
/**
 * Descriptor of the `Swap` body element.
 */
export declare const SwapRequestSchema: TypeDesc;
/**
 * Descriptor of the `SwapResponse` body element.
 */
export declare const SwapResponseSchema: TypeDesc;
/**
 * Wire facts of the Swap operation.
 */
export declare const SwapOperation: OperationDesc;
/**
 * Descriptor of the `Touch` body element.
 */
export declare const TouchRequestSchema: TypeDesc;
/**
 * Descriptor of the `TouchResponse` body element.
 */
export declare const TouchResponseSchema: TypeDesc;
/**
 * Wire facts of the Touch operation.
 */
export declare const TouchOperation: OperationDesc;
/**
 * Descriptor of the `Fail` body element.
 */
export declare const Fail2RequestSchema: TypeDesc;
/**
 * Descriptor of the `FailResponse` body element.
 */
export declare const Fail2ResponseSchema: TypeDesc;
/**
 * Wire facts of the Fail operation.
 */
export declare const Fail2Operation: OperationDesc;
/**
 * Descriptor of the `Delay` body element.
 */
export declare const DelayRequestSchema: TypeDesc;
/**
 * Descriptor of the `DelayResponse` body element.
 */
export declare const DelayResponseSchema: TypeDesc;
/**
 * Wire facts of the Delay operation.
 */
export declare const DelayOperation: OperationDesc;
/** Every operation's descriptor, keyed by client method name. */
export declare const OPERATIONS: {
    readonly echoPriority: OperationDesc;
    readonly listPriorities: OperationDesc;
    readonly echoOrder: OperationDesc;
    readonly echoNullables: OperationDesc;
    readonly transform: OperationDesc;
    readonly echoGuid: OperationDesc;
    readonly addDecimals: OperationDesc;
    readonly reverseBytes: OperationDesc;
    readonly echoScalars: OperationDesc;
    readonly divide: OperationDesc;
    readonly swap: OperationDesc;
    readonly touch: OperationDesc;
    readonly fail: OperationDesc;
    readonly delay: OperationDesc;
};
