import { type CallOptions, type ClientOptions, type RawResponse, type SoapSession } from './runtime/client.js';
import type { AnyCar, GetSedansHeadersIn, GetSedansHeadersOut, GetSedansRequest, TradeInHeadersIn, TradeInHeadersOut, TradeInRequest, TradeInResponse } from './types.js';
/** Options of {@link createClient}. */
export type CarDealerClientOptions = ClientOptions;
/** Per-call options of CarDealer operations. */
export interface CarDealerClientCallOptions<H> extends Omit<CallOptions, 'soapHeaders'> {
    /** SOAP headers to send, keyed by element local name. */
    soapHeaders?: H;
}
/** SOAP header blocks the service's responses return, kept between calls by a session (`session: true`). */
export interface CarDealerClientSessionHeaders {
}
/** Client of the CarDealer service: one method per operation. */
export interface CarDealerClient {
    /**
     * Protocols: soap11. SOAPAction: `""`.
     *
     * From specs/wsdl-abstract/cardealer.wsdl:68:9.
     */
    getSedans(input?: GetSedansRequest, options?: CarDealerClientCallOptions<GetSedansHeadersIn>): Promise<(AnyCar | null)[] | undefined>;
    /**
     * Protocols: soap11. SOAPAction: `""`.
     *
     * From specs/wsdl-abstract/cardealer.wsdl:72:9.
     */
    tradeIn(input?: TradeInRequest, options?: CarDealerClientCallOptions<TradeInHeadersIn>): Promise<TradeInResponse>;
    /** The same operations, resolving to the result with the response's SOAP headers, HTTP status and headers. */
    readonly $raw: {
        getSedans(input?: GetSedansRequest, options?: CarDealerClientCallOptions<GetSedansHeadersIn>): Promise<RawResponse<(AnyCar | null)[] | undefined, GetSedansHeadersOut>>;
        tradeIn(input?: TradeInRequest, options?: CarDealerClientCallOptions<TradeInHeadersIn>): Promise<RawResponse<TradeInResponse, TradeInHeadersOut>>;
    };
    /**
     * The SOAP headers kept between calls. With `session: true` each header block a response
     * returns is stored here and sent with the next call of an operation that takes it (unless the
     * call passes its own); without it the session stays empty.
     */
    readonly $session: SoapSession<CarDealerClientSessionHeaders>;
}
/**
 * Creates a CarDealer client.
 *
 * The default endpoint is `http://localhost:9070/jaxws-type_substitution/cardealer`; the default protocol is `soap11`.
 */
export declare function createClient(options?: CarDealerClientOptions): CarDealerClient;
