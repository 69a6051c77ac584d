import type { Echo2DStringArrayRequest, Echo2DStringArrayResponse, EchoNestedArrayRequest, EchoNestedArrayResponse, EchoNestedStructRequest, EchoNestedStructResponse, EchoSimpleTypesAsStructRequest, EchoSimpleTypesAsStructResponse, EchoStructAsSimpleTypesRequest, EchoStructAsSimpleTypesResponse } from './types.js';
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
    readonly echoStructAsSimpleTypes: OperationFixture<EchoStructAsSimpleTypesRequest, EchoStructAsSimpleTypesResponse>;
    readonly echoSimpleTypesAsStruct: OperationFixture<EchoSimpleTypesAsStructRequest, EchoSimpleTypesAsStructResponse>;
    readonly echo2DStringArray: OperationFixture<Echo2DStringArrayRequest, Echo2DStringArrayResponse>;
    readonly echoNestedStruct: OperationFixture<EchoNestedStructRequest, EchoNestedStructResponse>;
    readonly echoNestedArray: OperationFixture<EchoNestedArrayRequest, EchoNestedArrayResponse>;
};
