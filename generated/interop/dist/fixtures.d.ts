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
    echoPriority: {
        request: {
            priority: "Low";
        };
        response: {
            EchoPriorityResult: "Low";
        };
        samples: {};
    };
    listPriorities: {
        request: {};
        response: {};
        samples: {};
    };
    echoOrder: {
        request: {};
        response: {};
        samples: {};
    };
    echoNullables: {
        request: {
            count: number;
            when: string;
            amount: string;
        };
        response: {};
        samples: {};
    };
    echoGuid: {
        request: {
            id: string;
        };
        response: {
            EchoGuidResult: string;
        };
        samples: {};
    };
    addDecimals: {
        request: {
            a: string;
            b: string;
        };
        response: {
            AddDecimalsResult: string;
        };
        samples: {};
    };
    reverseBytes: {
        request: {};
        response: {};
        samples: {};
    };
    echoScalars: {
        request: {};
        response: {};
        samples: {};
    };
    divide: {
        request: {
            dividend: number;
            divisor: number;
        };
        response: {
            DivideResult: number;
            remainder: number;
        };
        samples: {};
    };
    swap: {
        request: {};
        response: {};
        samples: {};
    };
    touch: {
        request: {};
        response: {};
        samples: {};
    };
    fail: {
        request: {};
        response: {};
        samples: {};
    };
    delay: {
        request: {
            milliseconds: number;
        };
        response: {
            DelayResult: number;
        };
        samples: {};
    };
};
