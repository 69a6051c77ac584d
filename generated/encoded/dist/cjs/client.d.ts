import { type CallOptions, type ClientOptions, type RawResponse, type SoapSession } from './runtime/client.js';
import type { ConcatHeadersIn, ConcatHeadersOut, ConcatRequest, ConcatResponse, Drawing, MirrorHeadersIn, MirrorHeadersOut, MirrorRequest, Point, RedrawHeadersIn, RedrawHeadersOut, RedrawRequest } from './types.js';
/** Options of {@link createClient}. */
export type EncodedClientOptions = ClientOptions;
/** Per-call options of Encoded operations. */
export interface EncodedClientCallOptions<H> extends Omit<CallOptions, 'soapHeaders'> {
    /** SOAP headers to send, keyed by element local name. */
    soapHeaders?: H;
}
/** SOAP header blocks the service's responses return, kept between calls by a session (`session: true`). */
export interface EncodedClientSessionHeaders {
}
/** Client of the Encoded service: one method per operation. */
export interface EncodedClient {
    /**
     * Protocols: soap11, soap12. SOAPAction: `http://svcgen.test/encoded/Mirror`.
     *
     * From specs/encoded/Encoded.wsdl:71:5.
     */
    mirror(input: MirrorRequest, options?: EncodedClientCallOptions<MirrorHeadersIn>): Promise<Point[]>;
    /**
     * Protocols: soap11, soap12. SOAPAction: `http://svcgen.test/encoded/Concat`.
     *
     * From specs/encoded/Encoded.wsdl:75:5.
     */
    concat(input: ConcatRequest, options?: EncodedClientCallOptions<ConcatHeadersIn>): Promise<ConcatResponse>;
    /**
     * Protocols: soap11, soap12. SOAPAction: `http://svcgen.test/encoded/Redraw`.
     *
     * From specs/encoded/Encoded.wsdl:79:5.
     */
    redraw(input: RedrawRequest, options?: EncodedClientCallOptions<RedrawHeadersIn>): Promise<Drawing>;
    /** The same operations, resolving to the result with the response's SOAP headers, HTTP status and headers. */
    readonly $raw: {
        mirror(input: MirrorRequest, options?: EncodedClientCallOptions<MirrorHeadersIn>): Promise<RawResponse<Point[], MirrorHeadersOut>>;
        concat(input: ConcatRequest, options?: EncodedClientCallOptions<ConcatHeadersIn>): Promise<RawResponse<ConcatResponse, ConcatHeadersOut>>;
        redraw(input: RedrawRequest, options?: EncodedClientCallOptions<RedrawHeadersIn>): Promise<RawResponse<Drawing, RedrawHeadersOut>>;
    };
    /**
     * The SOAP headers kept between calls. With `session: true` each header block a response
     * returns is stored here and sent with the next call of an operation that takes it (unless the
     * call passes its own); without it the session stays empty.
     */
    readonly $session: SoapSession<EncodedClientSessionHeaders>;
}
/**
 * Creates a Encoded client.
 *
 * The default endpoint is `http://localhost:8080/Encoded.asmx`; the default protocol is `soap11`.
 */
export declare function createClient(options?: EncodedClientOptions): EncodedClient;
