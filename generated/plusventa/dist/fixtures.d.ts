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
    createInteraction: {
        request: {
            username: string;
            interactionTemplateCode: string;
            contactCode: string;
            evaluation: number;
            duration: string;
            description: string;
            comments: string;
            interactionDateTime: string;
            locationLatitude: string;
            locationLongitude: string;
            locationAddress: string;
        };
        response: {};
        samples: {
            soap11: {
                request: string;
                response: string;
            };
            soap12: {
                request: string;
                response: string;
            };
            'http-get': {
                request: string;
                response: string;
            };
            'http-post': {
                request: string;
                response: string;
            };
        };
    };
};
