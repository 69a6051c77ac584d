import type { ClassRequest, ClassResponse, ConstructorRequest, ConstructorResponse, DeleteRequest, DeleteResponse, GetRequest, GetResponse, GetValueV2Request, GetValueV2Response, Item2Request, Item2Response, ItemRequest, ItemResponse, ProtoRequest, ProtoResponse, Request2Request, Request2Response, ToStringRequest, ToStringResponse, 名前Request, 名前Response } from './types.js';
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
    readonly delete: OperationFixture<DeleteRequest, DeleteResponse>;
    readonly class: OperationFixture<ClassRequest, ClassResponse>;
    readonly constructor2: OperationFixture<ConstructorRequest, ConstructorResponse>;
    readonly toString2: OperationFixture<ToStringRequest, ToStringResponse>;
    readonly proto: OperationFixture<ProtoRequest, ProtoResponse>;
    readonly item: OperationFixture<ItemRequest, ItemResponse>;
    readonly item2: OperationFixture<Item2Request, Item2Response>;
    readonly getValueV2: OperationFixture<GetValueV2Request, GetValueV2Response>;
    readonly 名前: OperationFixture<名前Request, 名前Response>;
    readonly get: OperationFixture<GetRequest, GetResponse>;
    readonly request: OperationFixture<Request2Request, Request2Response>;
};
