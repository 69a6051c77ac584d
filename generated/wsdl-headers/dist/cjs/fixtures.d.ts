import type { SendReceiveAnyTypeRequest, SendReceiveAnyTypeResponse, TestHeader1Request, TestHeader1Response, TestHeader2Request, TestHeader2Response, TestHeader3Request, TestHeader3Response, TestHeader4Request, TestHeader4Response, TestHeader5Request, TestHeader5Response, TestHeader7Request, TestHeader7Response, TestHeaderPartBeforeBodyPartRequest, TestHeaderPartBeforeBodyPartResponse } from './types.js';
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
    readonly testHeader1: OperationFixture<TestHeader1Request, TestHeader1Response>;
    readonly testHeader2: OperationFixture<TestHeader2Request, TestHeader2Response>;
    readonly testHeader3: OperationFixture<TestHeader3Request, TestHeader3Response>;
    readonly testHeader4: OperationFixture<TestHeader4Request, TestHeader4Response>;
    readonly testHeader5: OperationFixture<TestHeader5Request, TestHeader5Response>;
    readonly testHeaderPartBeforeBodyPart: OperationFixture<TestHeaderPartBeforeBodyPartRequest, TestHeaderPartBeforeBodyPartResponse>;
    readonly sendReceiveAnyType: OperationFixture<SendReceiveAnyTypeRequest, SendReceiveAnyTypeResponse>;
    readonly testHeader7: OperationFixture<TestHeader7Request, TestHeader7Response>;
};
