/**
 * The XML scanner under the schema-driven reader: a hand-written, allocation-light tokenizer over
 * the response text (`indexOf`/`charCodeAt`, substrings only for values). It reads start tags and
 * their attributes, resolves namespace prefixes through a stack of the `xmlns` declarations in
 * scope, checks end tags, decodes the five predefined entities and character references,
 * normalizes line ends, and skips comments, processing instructions and unknown subtrees. It
 * refuses any DOCTYPE (so entity expansion and external entities can never happen) and reports
 * malformed or truncated input as a `ResponseError` naming the element path.
 */
import { ResponseError } from './errors.js';
/** The XML Schema instance namespace (`xsi:nil`, `xsi:type`). */
export declare const XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";
/** SOAP 1.1 encoding (SOAP 1.1 §5): `soapenc:arrayType`, `soapenc:root`. */
export declare const SOAP11_ENC = "http://schemas.xmlsoap.org/soap/encoding/";
/** SOAP 1.2 encoding (SOAP 1.2 Part 2 §3): `enc:id`, `enc:ref`, `enc:itemType`, `enc:arraySize`. */
export declare const SOAP12_ENC = "http://www.w3.org/2003/05/soap-encoding";
/** A start tag that has been read; the element's content follows at the reader position. */
export interface Opened {
    /** Qualified name range in the source. */
    readonly qs: number;
    readonly qe: number;
    /** Start of the local name. */
    readonly ls: number;
    /** Resolved namespace URI (`''` = none). */
    readonly ns: string;
    /** `<x/>`. */
    readonly empty: boolean;
    /** Namespace bindings in scope before this element. */
    readonly mark: number;
    /** Offset of the `<` of the start tag. */
    readonly start: number;
}
/** Tokenizer over one XML document; `XmlReader` adds the schema-driven reading. */
export declare class XmlScanner {
    readonly src: string;
    pos: number;
    private readonly len;
    private nextAmp;
    private nextCr;
    /** Namespace bindings in scope: `nsPrefix[k]` → `nsUri[k]` for k < `nsTop` (entries above are stale). */
    private readonly nsPrefix;
    private readonly nsUri;
    private nsTop;
    /** Attribute ranges of the last start tag: nameStart, nameEnd, colon, valueStart, valueEnd. */
    private readonly attrs;
    protected attrN: number;
    private readonly skipStack;
    /** Element path for messages. */
    readonly path: string[];
    constructor(src: string);
    /** A `ResponseError` naming the current element path. */
    error(message: string): ResponseError;
    private truncated;
    /** Skips the XML declaration, comments, PIs and whitespace up to the root element; refuses DOCTYPE. */
    prolog(): void;
    /** Reads the start tag at the reader position (which must be `<name`). */
    open(): Opened;
    /** Reads one attribute starting at `i`; returns the offset after it. */
    private attribute;
    /** The namespace bound to the prefix in `[ps, pe)` (`prefixed` false: the default namespace). */
    private resolve;
    /**
     * The namespace `prefix` is bound to in the scope of the last start tag (`''`: the default
     * namespace), for QName-valued content such as `xsi:type`; `undefined` when unbound.
     */
    namespaceOf(prefix: string): string | undefined;
    /** The namespace bindings in scope, outermost first (for reading a subtree again later). */
    bindings(): [string, string][];
    /** Positions the scanner at `pos` (a start tag) with these namespace bindings in scope. */
    seek(pos: number, bindings: readonly (readonly [string, string])[]): void;
    /** Adds a namespace binding (slots are reused: the stack never shrinks its arrays). */
    private bind;
    /** A namespace declaration's value: a URI seen before is found without making a string. */
    private uriValue;
    private attrText;
    /** Value of the attribute of the last start tag with this local name (and namespace, if given). */
    attr(local: string, ns?: string): string | undefined;
    /** True when the last start tag has `xsi:nil="true"` (any prefix bound to the XSI namespace). */
    protected isNil(): boolean;
    /** True when the opened element's local name is `name`. */
    isNamed(o: Opened, name: string): boolean;
    /** The opened element's local name. */
    localName(o: Opened): string;
    /** Decodes entity and character references in `s`. */
    private decode;
    private entity;
    /** Text of `[a, b)` with line ends normalized and references decoded. */
    protected segment(a: number, b: number): string;
    /** Skips a comment, CDATA section, PI or refuses a declaration at `lt`; returns the offset after it. */
    private special;
    /** Reads the end tag at the reader position, which must close `o`. */
    protected close(o: Opened): void;
    private pop;
    /**
     * Moves to the next child element of `o` and opens it (returns it), or reads `o`'s end tag
     * (returns `undefined`). Text between children is ignored.
     */
    next(o: Opened): Opened | undefined;
    /**
     * The first child element of an opened element (opened), or `undefined` after consuming an
     * element without children; loop with `for (let c = r.first(o); c; c = r.next(o))`, reading or
     * skipping each child before moving on.
     */
    first(o: Opened): Opened | undefined;
    /** Skips the rest of an opened element (its content and end tag); returns the end tag offset. */
    skip(o: Opened): number;
    /** Inner XML of an opened element, as written; consumes the element. */
    inner(o: Opened): string;
    /** Text content of an opened element (child elements skipped; `rawIfMixed`: inner XML instead). */
    text(o: Opened, rawIfMixed?: boolean): string;
}
/** XML white space. */
export declare function isSpace(c: number): boolean;
