import type { InteractionAddResults, InteractionCreateParams } from './types.js';
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
    readonly interactionCreate: RestFixture<undefined, InteractionCreateParams, InteractionAddResults>;
};
