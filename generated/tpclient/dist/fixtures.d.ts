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
    getChatRequestByConnectionId: {
        request: {
            PublicKey1: string;
            EncryptedUser: string;
            EncryptedPassword: string;
            EncryptedSignature: string;
            ChatConnectionIDBD: string;
        };
        response: {
            GetChatRequestByConnectionIdResult: {
                response: {
                    responseCode: number;
                    responseDescription: string;
                    encryptedSymmetrickey: string;
                };
                ChatRequest: {
                    IdRequest: number;
                    CaseNumber: number;
                    CreationDate: string;
                    IdQueue: number;
                    KeepAliveRouterDate: string;
                    AssignAgentRouterDate: string;
                    IdConnection: number;
                    IdRequestTransfer: number;
                    UserName: string;
                    UserLastName: string;
                    UserEmail: string;
                    UserOffsetTime: number;
                    EncryptedChatRequestId: string;
                };
            };
        };
        samples: {
            soap11: {
                request: string;
                response: string;
            };
            soap12: {
                request: string;
                response: string;
            };
        };
    };
};
