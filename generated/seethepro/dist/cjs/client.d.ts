import { type RestCallOptions, type RestClientOptions, type RestResponse } from './runtime/rest-client.js';
import type { CreateVspInteraction, VspInteraction } from './types.js';
/** Options of {@link createClient}. */
export type SeeTheProClientOptions = Omit<RestClientOptions, 'baseUrl'> & {
    /** Base URL of the API (the part before `api/…`): the spec names no host, so it must be given. */
    baseUrl: string;
};
/** Per-call options of SeeThePro endpoints: `signal`, `headers`, `validate` and the limits (`timeoutMs`, `maxResponseBytes`, `maxDepth`). */
export type SeeTheProClientCallOptions = RestCallOptions;
/** Client of the SeeThePro Web API: one method per endpoint, named after its route (see the README). */
export interface SeeTheProClient {
    /**
     * `POST api/vspinteraction/create`. Arguments: `body`, `options`.
     *
     * From specs/seethepro/001_4162bf955ea22d00.txt:1:1.
     */
    vspinteractionCreate(body: CreateVspInteraction, options?: SeeTheProClientCallOptions): Promise<VspInteraction>;
    /** The same endpoints, resolving to the result with the HTTP status and headers. */
    readonly $raw: {
        vspinteractionCreate(body: CreateVspInteraction, options?: SeeTheProClientCallOptions): Promise<RestResponse<VspInteraction>>;
    };
}
/**
 * Creates a SeeThePro client.
 *
 * The spec names no host: `baseUrl` is required. Requests are sent as JSON unless `format` says
 * `xml` or `form`.
 */
export declare function createClient(options: SeeTheProClientOptions): SeeTheProClient;
