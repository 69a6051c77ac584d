/**
 * From specs/encoded/Encoded.wsdl:7:7 (namespace http://svcgen.test/encoded/).
 */
export interface ArrayOfPoint {
    /**
     * `null` is sent as `xsi:nil="true"`.
     *
     * From specs/encoded/Encoded.wsdl:9:11.
     */
    item: Point[] | null;
}
/**
 * From specs/encoded/Encoded.wsdl:14:7 (namespace http://svcgen.test/encoded/).
 */
export interface Point {
    /**
     * Wire type xs:int: an integer in [-2147483648, 2147483647].
     *
     * From specs/encoded/Encoded.wsdl:16:11.
     */
    X: number;
    /**
     * Wire type xs:int: an integer in [-2147483648, 2147483647].
     *
     * From specs/encoded/Encoded.wsdl:17:11.
     */
    Y: number;
    /**
     * Wire type xs:string.
     *
     * From specs/encoded/Encoded.wsdl:18:11.
     */
    Label?: string;
}
/**
 * Input shape: accepts the request forms of each scalar (see the field notes).
 *
 * From specs/encoded/Encoded.wsdl:14:7 (namespace http://svcgen.test/encoded/).
 */
export interface PointInput {
    /**
     * Wire type xs:int: an integer in [-2147483648, 2147483647].
     *
     * From specs/encoded/Encoded.wsdl:16:11.
     */
    X: number;
    /**
     * Wire type xs:int: an integer in [-2147483648, 2147483647].
     *
     * From specs/encoded/Encoded.wsdl:17:11.
     */
    Y: number;
    /**
     * Wire type xs:string.
     *
     * From specs/encoded/Encoded.wsdl:18:11.
     */
    Label?: string;
}
/**
 * From specs/encoded/Encoded.wsdl:21:7 (namespace http://svcgen.test/encoded/).
 */
export interface Drawing {
    /**
     * Wire type xs:string.
     *
     * From specs/encoded/Encoded.wsdl:23:11.
     */
    Name?: string;
    /**
     * From specs/encoded/Encoded.wsdl:24:11.
     */
    Tint: Tint;
    /**
     * Wire type xs:decimal: a string in results so no digit is lost; requests accept a string, number or bigint.
     *
     * From specs/encoded/Encoded.wsdl:25:11.
     */
    Scale: string;
    /**
     * Wire type xs:dateTime: the wire text in results; requests accept a string or a Date (sent as toISOString()).
     *
     * From specs/encoded/Encoded.wsdl:26:11.
     */
    Created: string;
    /**
     * From specs/encoded/Encoded.wsdl:27:11.
     */
    Origin?: Point;
    /**
     * Wrapped: each item is an `item` element inside `Path`.
     *
     * From specs/encoded/Encoded.wsdl:28:11.
     */
    Path?: Point[];
    /**
     * Wire type xs:string.
     * Wrapped: each item is an `item` element inside `Tags`.
     *
     * From specs/encoded/Encoded.wsdl:29:11.
     */
    Tags?: string[];
    /**
     * Wire type xs:base64Binary: bytes, base64-encoded on the wire.
     *
     * From specs/encoded/Encoded.wsdl:30:11.
     */
    Thumbnail?: Uint8Array;
}
/**
 * Input shape: accepts the request forms of each scalar (see the field notes).
 *
 * From specs/encoded/Encoded.wsdl:21:7 (namespace http://svcgen.test/encoded/).
 */
export interface DrawingInput {
    /**
     * Wire type xs:string.
     *
     * From specs/encoded/Encoded.wsdl:23:11.
     */
    Name?: string;
    /**
     * From specs/encoded/Encoded.wsdl:24:11.
     */
    Tint: Tint;
    /**
     * Wire type xs:decimal: a string in results so no digit is lost; requests accept a string, number or bigint.
     *
     * From specs/encoded/Encoded.wsdl:25:11.
     */
    Scale: string | number | bigint;
    /**
     * Wire type xs:dateTime: the wire text in results; requests accept a string or a Date (sent as toISOString()).
     *
     * From specs/encoded/Encoded.wsdl:26:11.
     */
    Created: string | Date;
    /**
     * From specs/encoded/Encoded.wsdl:27:11.
     */
    Origin?: PointInput;
    /**
     * Wrapped: each item is an `item` element inside `Path`.
     *
     * From specs/encoded/Encoded.wsdl:28:11.
     */
    Path?: PointInput[];
    /**
     * Wire type xs:string.
     * Wrapped: each item is an `item` element inside `Tags`.
     *
     * From specs/encoded/Encoded.wsdl:29:11.
     */
    Tags?: string[];
    /**
     * Wire type xs:base64Binary: bytes, base64-encoded on the wire.
     *
     * From specs/encoded/Encoded.wsdl:30:11.
     */
    Thumbnail?: Uint8Array;
}
/**
 * From specs/encoded/Encoded.wsdl:33:7 (namespace http://svcgen.test/encoded/).
 */
export type Tint = 'Red' | 'Green' | 'dark-blue';
/**
 * From specs/encoded/Encoded.wsdl:40:7 (namespace http://svcgen.test/encoded/).
 */
export interface ArrayOfString {
    /**
     * Wire type xs:string.
     * `null` is sent as `xsi:nil="true"`.
     *
     * From specs/encoded/Encoded.wsdl:42:11.
     */
    item: string[] | null;
}
/**
 * The request of Mirror: its parameters, keyed by their wire names.
 *
 * Sent as the `Mirror` element.
 */
export interface MirrorRequest {
    /**
     * Wrapped: each item is an `item` element inside `points`.
     *
     * From specs/encoded/Encoded.wsdl:50:5.
     */
    points: PointInput[];
    /**
     * Wire type xs:int: an integer in [-2147483648, 2147483647].
     *
     * From specs/encoded/Encoded.wsdl:51:5.
     */
    offset: number;
}
/**
 * The response of Mirror.
 */
export interface MirrorResponse {
    /**
     * Wrapped: each item is an `item` element inside `MirrorResult`.
     *
     * From specs/encoded/Encoded.wsdl:54:5.
     */
    MirrorResult: Point[];
}
/**
 * SOAP headers Mirror sends, keyed by element local name.
 */
export interface MirrorHeadersIn {
}
/**
 * SOAP headers Mirror receives, keyed by element local name.
 */
export interface MirrorHeadersOut {
}
/**
 * The request of Concat: its parameters, keyed by their wire names.
 *
 * Sent as the `Concat` element.
 */
export interface ConcatRequest {
    /**
     * Wire type xs:string.
     *
     * From specs/encoded/Encoded.wsdl:57:5.
     */
    a: string;
    /**
     * Wire type xs:string.
     *
     * From specs/encoded/Encoded.wsdl:58:5.
     */
    b: string;
}
/**
 * The response of Concat.
 */
export interface ConcatResponse {
    /**
     * Wire type xs:string.
     *
     * From specs/encoded/Encoded.wsdl:61:5.
     */
    ConcatResult: string;
    /**
     * Wire type xs:int: an integer in [-2147483648, 2147483647].
     *
     * From specs/encoded/Encoded.wsdl:62:5.
     */
    length: number;
}
/**
 * SOAP headers Concat sends, keyed by element local name.
 */
export interface ConcatHeadersIn {
}
/**
 * SOAP headers Concat receives, keyed by element local name.
 */
export interface ConcatHeadersOut {
}
/**
 * The request of Redraw: its parameters, keyed by their wire names.
 *
 * Sent as the `Redraw` element.
 */
export interface RedrawRequest {
    /**
     * From specs/encoded/Encoded.wsdl:65:5.
     */
    d: DrawingInput;
}
/**
 * The response of Redraw.
 */
export interface RedrawResponse {
    /**
     * From specs/encoded/Encoded.wsdl:68:5.
     */
    RedrawResult: Drawing;
}
/**
 * SOAP headers Redraw sends, keyed by element local name.
 */
export interface RedrawHeadersIn {
}
/**
 * SOAP headers Redraw receives, keyed by element local name.
 */
export interface RedrawHeadersOut {
}
