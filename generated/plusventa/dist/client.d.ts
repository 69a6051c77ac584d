import { type CallOptions, type ClientOptions, type RawResponse, type SoapSession } from './runtime/client.js';
import type { CreateInteractionHeadersIn, CreateInteractionHeadersOut, CreateInteractionRequest } from './types.js';
/** Options of {@link createClient}. */
export type PlusventaServiceV2ClientOptions = ClientOptions;
/** Per-call options of PlusventaServiceV2 operations. */
export interface PlusventaServiceV2ClientCallOptions<H> extends Omit<CallOptions, 'soapHeaders'> {
    /** SOAP headers to send, keyed by element local name. */
    soapHeaders?: H;
}
/** SOAP header blocks the service's responses return, kept between calls by a session (`session: true`). */
export interface PlusventaServiceV2ClientSessionHeaders {
}
/** Client of the PlusventaServiceV2 service: one method per operation. */
export interface PlusventaServiceV2Client {
    /**
     * Protocols: soap11, soap12, http-get, http-post. SOAPAction: `http://tempuri.org/CreateInteraction`.
     *
     * From specs/plusventa/000_18db1e799f7d8e75.txt:28:1.
     */
    createInteraction(input: CreateInteractionRequest, options?: PlusventaServiceV2ClientCallOptions<CreateInteractionHeadersIn>): Promise<void>;
    /** The same operations, resolving to the result with the response's SOAP headers, HTTP status and headers. */
    readonly $raw: {
        createInteraction(input: CreateInteractionRequest, options?: PlusventaServiceV2ClientCallOptions<CreateInteractionHeadersIn>): Promise<RawResponse<void, CreateInteractionHeadersOut>>;
    };
    /**
     * The SOAP headers kept between calls. With `session: true` each header block a response
     * returns is stored here and sent with the next call of an operation that takes it (unless the
     * call passes its own); without it the session stays empty.
     */
    readonly $session: SoapSession<PlusventaServiceV2ClientSessionHeaders>;
}
/**
 * Creates a PlusventaServiceV2 client.
 *
 * The default endpoint is `https://api-sandbox.plusventa.com/PlusventaServiceV2.asmx`; the default protocol is `soap11`.
 */
export declare function createClient(options?: PlusventaServiceV2ClientOptions): PlusventaServiceV2Client;
