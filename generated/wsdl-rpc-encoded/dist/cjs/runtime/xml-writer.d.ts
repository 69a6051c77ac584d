/**
 * The XML writer: turns a request value into XML by walking its descriptor (schema.ts), straight
 * into a string, without an intermediate document tree. Element names are the descriptor's wire
 * names (so keys such as `__proto__` or `constructor` are ordinary names); a child whose namespace
 * differs from the namespace in scope gets `xmlns="…"` (`xmlns=""` for unqualified children);
 * namespaced attributes get a declared prefix; `null` on a field is `xsi:nil="true"`, `undefined`
 * leaves the field out (so does `null` on an optional field that is not nillable). Text is escaped, and characters XML 1.0 cannot carry are refused with a
 * `ValidationError` naming the field, before anything is sent. Only own properties of a value are
 * written; raw XML members (`xs:any`, `$extra`) only when they are well-formed, balanced fragments.
 */
import { XSI_NS } from './xml-scan.js';
import { type ValueDesc } from './schema.js';
export declare const XSD_NS = "http://www.w3.org/2001/XMLSchema";
export { XSI_NS };
/** Options of `writeElement`. */
export interface WriteOptions {
    /** Default namespace in scope where the element is written (`''` when none). */
    readonly defaultNs?: string;
    /** True when an ancestor declares the prefix `xsi` (SOAP envelopes do). */
    readonly xsiDeclared?: boolean;
    /** Path of the value in error messages (e.g. `request`). */
    readonly path?: string;
    /**
     * SOAP encoding (rpc/encoded operations): every value carries `xsi:type` (scalars where the
     * descriptor names their XSD type), SOAP-ENC arrays their array type, in the SOAP 1.1 or 1.2
     * encoding. The `xsd` prefix must be declared by an ancestor (SOAP envelopes do).
     */
    readonly encoding?: 'soap11' | 'soap12';
    /** Attributes added to the root element's start tag as written (e.g. `soap:encodingStyle`). */
    readonly rootAttrs?: string;
    /**
     * MTOM: stores a `base64Binary` value as a MIME part and returns its Content-ID; the element
     * then holds an `xop:Include` naming it instead of base64 text (mtom.ts).
     */
    readonly attach?: (bytes: Uint8Array) => string;
}
/** Writes one element for `value` described by `desc`; throws `ValidationError` on bad values. */
export declare function writeElement(name: string, ns: string, desc: ValueDesc, value: unknown, options?: WriteOptions): string;
/** String-building writer; `path` tracks the field being written for error messages. */
export declare class XmlWriter {
    private readonly xsiDeclared;
    private readonly encoding?;
    private readonly attach?;
    out: string;
    private readonly path;
    /** No record written yet: the next one is the root (an RPC wrapper gets no `xsi:type`). */
    private atRoot;
    readonly fail: (message: string) => never;
    constructor(xsiDeclared: boolean, root: string, encoding?: "soap11" | "soap12" | undefined, attach?: ((bytes: Uint8Array) => string) | undefined);
    private nil;
    /**
     * Writes `<name>` for a value (null = nil element). `xsd`: the XSD type of a scalar (its
     * `xsi:type` in SOAP encoding); `attrs`: further attributes of the start tag.
     */
    element(name: string, ns: string, scope: string, desc: ValueDesc, value: unknown, xsd?: string, attrs?: string): void;
    private complex;
    /**
     * Raw XML given by the caller (`xs:any` content, `$extra`): written as is when it is a
     * well-formed, balanced fragment, so that it can never close the elements around it.
     */
    private raw;
    /** The type a record is written as (see `sentType`); fails like the validator would. */
    private actualType;
    /** `xs:list`: the items' texts joined by single spaces. */
    private listText;
    private textOf;
    private attributes;
    /**
     * Writes a field's element(s): one element, repeated elements, or a wrapper with items. `plain`:
     * the field is no `xs:list` and heads no substitution group (the common, fast case).
     */
    private field;
    /**
     * One occurrence of a field's element. When the element heads a substitution group, a value
     * whose `$type` is a member's type is written as that member element (no `xsi:type`); one whose
     * `$type` derives from a member's type, as that member with `xsi:type`.
     */
    private one;
    /** SOAP encoding: the `xsi:type` attribute of a scalar or enumeration value (see `FieldDesc.xsd`). */
    private scalarType;
    /** A `FieldDesc.xsd` value as a prefixed name: `xsd:` for built-ins, else `prefix` declared here. */
    private qname;
    /** A QName value (`xsi:type`, array types): `prefix:local` with `prefix` declared for `ns`. */
    private prefixed;
    /**
     * The array-type attributes of a SOAP-ENC array of `n` items: SOAP 1.1 `soapenc:arrayType`
     * (`xsd:int[3]`, with `xsi:type="soapenc:Array"`), SOAP 1.2 `enc:itemType` and `enc:arraySize`.
     */
    private arrayAttrs;
    private map;
}
/** `request.ChatRequest[1].UserName` from path segments. */
export declare function formatPath(segments: readonly (string | number)[]): string;
