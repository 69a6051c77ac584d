import type { AddDecimalsRequest, AddDecimalsResponse, DelayRequest, DelayResponse, DivideRequest, DivideResponse, EchoGuidRequest, EchoGuidResponse, EchoNullablesRequest, EchoNullablesResponse, EchoOrderRequest, EchoOrderResponse, EchoPriorityRequest, EchoPriorityResponse, EchoScalarsRequest, EchoScalarsResponse, Fail2Request, Fail2Response, ListPrioritiesRequest, ListPrioritiesResponse, ReverseBytesRequest, ReverseBytesResponse, SwapRequest, SwapResponse, TouchRequest, TouchResponse, TransformRequest, TransformResponse } from './types.js';
/** One operation's fixtures. */
export interface OperationFixture<Req, Res> {
    /** Typed request that serializes to the spec's sample request (its values, or canonical values for placeholders). */
    readonly request: Req;
    /** Typed response object the spec's sample response reads into (its values, or canonical values for placeholders). */
    readonly response: Res;
    /** The spec's sample messages per protocol, exactly as printed (body only, HTTP head removed). */
    readonly samples: Readonly<Record<string, {
        readonly request?: string;
        readonly response?: string;
    }>>;
}
export declare const fixtures: {
    readonly echoPriority: OperationFixture<EchoPriorityRequest, EchoPriorityResponse>;
    readonly listPriorities: OperationFixture<ListPrioritiesRequest, ListPrioritiesResponse>;
    readonly echoOrder: OperationFixture<EchoOrderRequest, EchoOrderResponse>;
    readonly echoNullables: OperationFixture<EchoNullablesRequest, EchoNullablesResponse>;
    readonly transform: OperationFixture<TransformRequest, TransformResponse>;
    readonly echoGuid: OperationFixture<EchoGuidRequest, EchoGuidResponse>;
    readonly addDecimals: OperationFixture<AddDecimalsRequest, AddDecimalsResponse>;
    readonly reverseBytes: OperationFixture<ReverseBytesRequest, ReverseBytesResponse>;
    readonly echoScalars: OperationFixture<EchoScalarsRequest, EchoScalarsResponse>;
    readonly divide: OperationFixture<DivideRequest, DivideResponse>;
    readonly swap: OperationFixture<SwapRequest, SwapResponse>;
    readonly touch: OperationFixture<TouchRequest, TouchResponse>;
    readonly fail: OperationFixture<Fail2Request, Fail2Response>;
    readonly delay: OperationFixture<DelayRequest, DelayResponse>;
};
