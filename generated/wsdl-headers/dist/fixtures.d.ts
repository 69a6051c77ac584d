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
    testHeader1: {
        request: {};
        response: {
            responseType: string;
        };
        samples: {};
    };
    testHeader2: {
        request: {
            requestType: string;
        };
        response: {
            responseType: string;
        };
        samples: {};
    };
    testHeader3: {
        request: {
            requestType: string;
        };
        response: {
            responseType: string;
        };
        samples: {};
    };
    testHeader4: {
        request: {
            requestType: string;
        };
        response: {};
        samples: {};
    };
    testHeader5: {
        request: {
            requestType: string;
        };
        response: {
            responseType: number;
        };
        samples: {};
    };
    testHeaderPartBeforeBodyPart: {
        request: {
            requestType: string;
        };
        response: {
            responseType: string;
        };
        samples: {};
    };
    sendReceiveAnyType: {
        request: {
            test_all: {
                varFloat: number;
                varInt: number;
                varString: string;
            };
            test_chc: {};
        };
        response: {
            test_all: {
                varFloat: number;
                varInt: number;
                varString: string;
            };
            test_seq: {
                varFloat: number;
                varInt: number;
                varString: string;
            };
        };
        samples: {};
    };
    testHeader7: {
        request: {};
        response: {
            responseType: string;
        };
        samples: {};
    };
};
