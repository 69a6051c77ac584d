/**
 * SOAP 1.1 and 1.2 messages. `buildSoapRequest` writes the envelope the way ASMX services expect
 * it (the `xsi` and `xsd` prefixes declared on the envelope, optional header blocks, the body's
 * root element in its own default namespace) together with the HTTP headers of the version
 * (SOAP 1.1: `text/xml` and a quoted `SOAPAction`; SOAP 1.2: `application/soap+xml` with an
 * `action` parameter). `readSoapResponse` reads the response envelope with the schema-driven
 * reader, and turns a fault of either shape (SOAP 1.1 `faultcode`/`faultstring`, SOAP 1.2
 * `Code`/`Reason`) into a `SoapFaultError`, whichever version was used for the request. A multipart
 * (SwA / MTOM) response is read from its root part (mime.ts).
 */
import { type SoapVersion } from './errors.js';
import type { OperationDesc } from './schema.js';
export declare const SOAP11_NS = "http://schemas.xmlsoap.org/soap/envelope/";
export declare const SOAP12_NS = "http://www.w3.org/2003/05/soap-envelope";
/** A request ready to send. */
export interface SoapRequest {
    readonly body: string;
    readonly headers: Record<string, string>;
}
/** A response read by its descriptors. */
export interface SoapResponse {
    /** The body's root element as an object (typed by `op.output.type`); `undefined` for one-way operations. */
    readonly value: unknown;
    /** Response header blocks by local name (those listed in `op.headersOut`). */
    readonly soapHeaders: Record<string, unknown>;
}
/** What the client adds to a request: header blocks written as given (WS-Security, WS-Addressing), MTOM parts. */
export interface RequestExtras {
    /** XML of header blocks written first in `soap:Header` (the envelope prefix is `soap` or `soap12`). */
    readonly headerXml?: string;
    /** MTOM: sets `base64Binary` values aside as parts (see `WriteOptions.attach`). */
    readonly attach?: (bytes: Uint8Array) => string;
}
/** Builds the envelope and HTTP headers of a SOAP request; throws `ValidationError` on bad values. */
export declare function buildSoapRequest(version: SoapVersion, op: OperationDesc, input: unknown, soapHeaders?: Record<string, unknown>, more?: RequestExtras): SoapRequest;
/** How a SOAP message is read. */
export interface ReadOptions {
    /** Elements nested deeper than this are a `LimitError` (default: `DEFAULT_LIMITS.maxDepth`). */
    readonly maxDepth?: number;
    /** MTOM/XOP: the parts of a multipart message an `xop:Include` may name, by Content-ID. */
    readonly attachments?: ReadonlyMap<string, Uint8Array>;
    /** Check values against their descriptors (default `true`; the mock reads requests with `false`). */
    readonly strict?: boolean;
}
/**
 * Reads a SOAP response. Throws `SoapFaultError` for a fault (any status), `ResponseError` when
 * the text is not a SOAP envelope holding the expected body element, or a value is not what its
 * descriptor declares. `options.strict: false` leaves the value checks to a validator run
 * afterwards (the mock reads requests so).
 */
export declare function readSoapResponse(version: SoapVersion, op: OperationDesc, text: string, status: number, contentType: string, options?: ReadOptions): SoapResponse;
