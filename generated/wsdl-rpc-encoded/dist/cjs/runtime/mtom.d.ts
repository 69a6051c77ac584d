/**
 * MTOM/XOP (W3C SOAP Message Transmission Optimization Mechanism, XML-binary Optimized
 * Packaging). An MTOM message is a `multipart/related; type="application/xop+xml"` body: the SOAP
 * envelope is the root part, and each optimized `base64Binary` value is an
 * `<xop:Include href="cid:…"/>` element naming another part, whose bytes are the value. Responses
 * are read from their bytes (binary parts are never decoded as text): parts in any order,
 * parameters quoted or not, `binary`, `8bit`, `7bit` or `base64` transfer encodings, as WCF and
 * Axis send them. An `xop:Include` that names no part is a `ResponseError`. Requests are written
 * the same way when the client is created with `mtom: true`.
 */
import type { XmlReader } from './xml-reader.js';
import type { Opened } from './xml-scan.js';
export declare const XOP_NS = "http://www.w3.org/2004/08/xop/include";
/** The root part of a multipart answer and its other parts by Content-ID. */
export interface MultipartMessage {
    /** The root part decoded as text (its charset, UTF-8 by default). */
    readonly text: string;
    /** The root part's content type. */
    readonly contentType: string;
    /** The bytes of every other part, by Content-ID (without angle brackets). */
    readonly attachments: ReadonlyMap<string, Uint8Array>;
}
/** Whether a response of this content type is read from its bytes (a MIME multipart body). */
export declare function isMultipart(contentType: string | null): boolean;
/** A parameter of a header value (`name=value` or `name="value"`, backslash escapes in quotes). */
export declare function headerParam(header: string, name: string): string | undefined;
/** Reads a `multipart/related` body; throws `ResponseError` when it is not one. */
export declare function readMultipart(bytes: Uint8Array, contentType: string, status?: number): MultipartMessage;
/**
 * `<xop:Include href="cid:…"/>` as the content of a `base64Binary` element (`o`, just opened):
 * the bytes of the part it names. Returns `undefined` (nothing consumed) when the content does not
 * start with an element.
 */
export declare function readXopInclude(r: XmlReader, o: Opened, attachments: ReadonlyMap<string, Uint8Array> | undefined): Uint8Array | undefined;
/** MTOM requests as a part of a SOAP connection: `connect({ mtom: true }, useMtom)`. */
export declare const useMtom: {
    mtom: () => MtomWriter;
};
/** An MTOM request being written: the parts the XML writer sets aside. */
export declare class MtomWriter {
    readonly parts: {
        readonly id: string;
        readonly bytes: Uint8Array;
    }[];
    private readonly tag;
    /** Stores `bytes` as a part; returns its Content-ID. */
    readonly attach: (bytes: Uint8Array) => string;
    /**
     * The `Content-Type` of the multipart request (`start-info` is the envelope's type: `text/xml`
     * for SOAP 1.1, `application/soap+xml` for SOAP 1.2, with its `action`).
     */
    contentType(version: 'soap11' | 'soap12', action: string | undefined): string;
    /** The multipart body around the envelope text. */
    body(version: 'soap11' | 'soap12', envelope: string, action: string | undefined): ArrayBuffer;
    private boundary;
}
