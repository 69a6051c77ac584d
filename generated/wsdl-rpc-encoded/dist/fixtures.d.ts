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
    echoStructAsSimpleTypes: {
        request: {
            inputStruct: {
                varString: string;
                varInt: string;
                varFloat: string;
            };
        };
        response: {
            outputString: string;
            outputInteger: string;
            outputFloat: string;
        };
        samples: {};
    };
    echoSimpleTypesAsStruct: {
        request: {
            inputString: string;
            inputInteger: string;
            inputFloat: string;
        };
        response: {
            return: {
                varString: string;
                varInt: string;
                varFloat: string;
            };
        };
        samples: {};
    };
    echo2DStringArray: {
        request: {
            input2DStringArray: string[];
        };
        response: {
            return: string[];
        };
        samples: {};
    };
    echoNestedStruct: {
        request: {
            inputStruct: {
                varString: string;
                varInt: string;
                varFloat: string;
                varStruct: {
                    varString: string;
                    varInt: string;
                    varFloat: string;
                };
            };
        };
        response: {
            return: {
                varString: string;
                varInt: string;
                varFloat: string;
                varStruct: {
                    varString: string;
                    varInt: string;
                    varFloat: string;
                };
            };
        };
        samples: {};
    };
    echoNestedArray: {
        request: {
            inputStruct: {
                varString: string;
                varInt: string;
                varFloat: string;
                varArray: string[];
            };
        };
        response: {
            return: {
                varString: string;
                varInt: string;
                varFloat: string;
                varArray: string[];
            };
        };
        samples: {};
    };
};
