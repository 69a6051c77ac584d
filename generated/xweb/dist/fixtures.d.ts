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
    authenticate: {
        request: {
            userName: string;
            password: string;
        };
        response: {};
        samples: {};
    };
    insertFacadeObject: {
        request: {};
        response: {};
        samples: {
            soap11: {
                request: string;
                response: string;
            };
        };
    };
    insertCustomerMessagingActivity: {
        request: {
            szObjectName: string;
            oNode: {
                CustomerMessagingActivityObjects: {
                    CustomerMessagingActivityObject: {
                        cma_cst_key: string;
                        cma_activity_id: number;
                        cma_message_id: number;
                        cma_recipient_id: number;
                        cma_activity_code: string;
                        cma_activity_subcode: string;
                        cma_eml_address: string;
                        cma_activity_date: string;
                    }[];
                };
            };
        };
        response: {
            InsertFacadeObjectResult: {
                CustomerMessagingActivityObjects: {
                    recordReturn: number;
                    CustomerMessagingActivityObject: {
                        cma_key: string;
                    }[];
                };
            };
        };
        samples: {
            soap11: {
                request: string;
                response: string;
            };
        };
    };
};
