import { type RestCallOptions, type RestClientOptions, type RestResponse } from './runtime/rest-client.js';
import type { InteractionAddResults, InteractionCreateParams } from './types.js';
/** Options of {@link createClient}. */
export type CaliqClientOptions = Omit<RestClientOptions, 'baseUrl'> & {
    /** Base URL of the API (the part before `api/…`): the spec names no host, so it must be given. */
    baseUrl: string;
};
/** Per-call options of Caliq endpoints: `signal`, `headers`, `validate` and the limits (`timeoutMs`, `maxResponseBytes`, `maxDepth`). */
export type CaliqClientCallOptions = RestCallOptions;
/** Client of the Caliq Web API: one method per endpoint, named after its route (see the README). */
export interface CaliqClient {
    /**
     * Create a new customer interaction in Caliq. Must be created on an already existing customer
     *
     * `POST api/v1/InteractionCreate`. Arguments: `body`, `options`.
     *
     * Documented status codes (non-2xx ones reject with an `ApiError`):
     * - 200: OK
     * - 400: Bad Request - parameters supplied cannot be properly interpreted
     * - 401: Not Authorised if supplied api key is not valid
     * - 503: Service Unavailable
     *
     * From specs/caliq/002_4b29a305a994e0e0.txt:1:1.
     */
    interactionCreate(body: InteractionCreateParams, options?: CaliqClientCallOptions): Promise<InteractionAddResults>;
    /** The same endpoints, resolving to the result with the HTTP status and headers. */
    readonly $raw: {
        interactionCreate(body: InteractionCreateParams, options?: CaliqClientCallOptions): Promise<RestResponse<InteractionAddResults>>;
    };
}
/**
 * Creates a Caliq client.
 *
 * The spec names no host: `baseUrl` is required. Requests are sent as JSON unless `format` says
 * `xml` or `form`.
 */
export declare function createClient(options: CaliqClientOptions): CaliqClient;
