/** One endpoint's fixtures (`undefined` where the endpoint has no parameters, body or response). */
export interface RestFixture<P, B, R> {
    /** Route and query parameters (canonical values). */
    readonly params: P;
    /** Typed body read from the page's JSON request sample. */
    readonly body: B;
    /** Typed result read from the page's JSON response sample. */
    readonly response: R;
    /** The page's samples per format (`json`, `xml`, `form`), exactly as printed. */
    readonly samples: Readonly<Record<string, {
        readonly request?: string;
        readonly response?: string;
    }>>;
}
export declare const fixtures: {
    interactionCreate: {
        params: undefined;
        body: {
            apiKey: string;
            ChannelID: number;
            CustomerID: number;
            AccountNo: string;
            ContactID: number;
            UniqueID: string;
            Kind: string;
            ContactedBy: string;
            ContactedFirstName: string;
            ContactedSurname: string;
            OnDateTime: string;
            Notes: string;
            FollowUpDateTime: string;
            FollowUpBy: string;
            FollowUpNotes: string;
        };
        response: {
            InteractionAddData: {
                OK: true;
                InteractionCreateIssues: {
                    ID: number;
                    Message: string;
                    ExtraData: string;
                }[];
            };
        };
        samples: {
            json: {
                request: string;
                response: string;
            };
            xml: {
                request: string;
                response: string;
            };
        };
    };
};
