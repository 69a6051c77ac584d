/**
 * The XML scanner under the schema-driven reader: a hand-written, allocation-light tokenizer over
 * the response text (`indexOf`/`charCodeAt`, substrings only for values). It reads start tags and
 * their attributes (refusing duplicates), resolves namespace prefixes through a stack of the
 * `xmlns` declarations in scope (indexed by prefix, so a lookup costs the same however many are
 * in scope), checks end tags, decodes the five predefined entities and character references
 * (refusing references to characters XML 1.0 forbids), normalizes line ends, and skips comments,
 * processing instructions and unknown subtrees. It refuses any DOCTYPE (so entity expansion and
 * external entities can never happen) and elements nested deeper than `maxDepth` (a
 * `LimitError`), and reports malformed or truncated input as a `ResponseError` naming the
 * element path. Every operation is linear in the input.
 */
import { LimitError, ResponseError } from './errors.js';
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
/**
 * The namespace bindings in scope at some point of a document, kept to read a subtree again later
 * (multi-reference targets, fault details): the bindings one element declared, and the scope
 * around that element. A chain is at most as long as the nesting, and scopes are shared, so
 * keeping one per target costs constant memory and time.
 */
export interface NsScope {
    readonly own: ReadonlyMap<string, string>;
    readonly parent: NsScope | undefined;
}
/** Tokenizer over one XML document; `XmlReader` adds the schema-driven reading. */
export declare class XmlScanner {
    readonly src: string;
    readonly maxDepth: number;
    pos: number;
    private readonly len;
    private nextAmp;
    private nextCr;
    /** Namespace bindings in scope: `nsPrefix[k]` → `nsUri[k]` for k < `nsTop` (entries above are stale). */
    private readonly nsPrefix;
    private readonly nsUri;
    private nsTop;
    /** Per binding: the index of the binding of the same prefix it shadows (-1: none). */
    private readonly nsPrev;
    /**
     * Prefix → index of its binding in scope: the lookup once many bindings are in scope, made the
     * first time more than `FEW_BINDINGS` are (a small document never pays for it), kept from then on.
     */
    private nsIndex;
    /** Per binding: where the bindings of the element that declared it start. */
    private readonly nsGroup;
    /** Per binding: a number no other binding of this scanner gets (slots are reused). */
    private readonly nsId;
    private nextId;
    /** Per binding: the scope ending with it, once asked for, and the binding id it was made for. */
    private readonly scopes;
    private readonly scopeIds;
    /** The scope around the subtree being read again (after `seek`). */
    private outer;
    /** The mark of the start tag being read (its bindings form one group). */
    private tagMark;
    /** Qualified-name ranges of every attribute of the last start tag, `xmlns` ones included. */
    private readonly names;
    /** Open elements (the one being read included). */
    protected depth: number;
    /** Text is looked at segment by segment, not through the forward caches (see `segment`). */
    protected localText: boolean;
    /** Unbound prefixes resolve to no namespace instead of failing (checking fragments). */
    protected unboundOk: boolean;
    /** Attribute ranges of the last start tag: nameStart, nameEnd, colon, valueStart, valueEnd. */
    private readonly attrs;
    protected attrN: number;
    private nameN;
    private readonly skipStack;
    /** Element path for messages. */
    readonly path: string[];
    /** The start tag read last: qualified name range, start of the local name, namespace. */
    protected tQs: number;
    protected tQe: number;
    protected tLs: number;
    protected tNs: string;
    /** It is `<x/>`. */
    protected tEmpty: boolean;
    /** Namespace bindings in scope before it. */
    protected tMark: number;
    /** Offset of its `<`. */
    protected tStart: number;
    constructor(src: string, maxDepth?: number);
    /** A `ResponseError` naming the current element path. */
    error(message: string): ResponseError;
    /** The `LimitError` of an element nested deeper than `maxDepth`. */
    protected tooDeep(): LimitError;
    protected truncated(): ResponseError;
    /** Skips the XML declaration, comments, PIs and whitespace up to the root element; refuses DOCTYPE. */
    prolog(): void;
    /**
     * `prolog` and `open` of the root element. A document that begins with the same text up to the
     * end of the root's start tag as the one read before (a service's responses share their XML
     * declaration and envelope start tag) gets the bindings that text declared without reading it
     * again: the same text always reads the same way.
     */
    openRoot(): Opened;
    /** Reads the start tag at the reader position (which must be `<name`). */
    open(): Opened;
    /**
     * The start tag read last (by `open`, `next`, `nextTag`), as an `Opened`: readers that step
     * through children with `nextTag` look at the tag fields (`tQs`…) and make this object only
     * for a child they hand on.
     */
    protected opened(): Opened;
    /**
     * Reads the start tag at the reader position (which must be `<name`) into the tag fields
     * (`tQs`, `tQe`, `tLs`, `tNs`, `tEmpty`, `tMark`, `tStart`), making no object.
     */
    protected openTag(): void;
    /** The default namespace in scope (`''`: none). */
    protected defaultNs(): string;
    /**
     * The expected-next-element fast path: when the next markup is the start tag `<name>` (no
     * prefix, no attributes), reads it into the tag fields (as `openTag` would) and returns true;
     * else returns false with nothing consumed. `name` must be an XML name without a colon, and
     * `ns` the default namespace in scope (the caller's check: an unprefixed name is in it).
     */
    protected openNamed(name: string, ns: string): boolean;
    /** Reads one attribute starting at `i`; returns the offset after it. */
    private attribute;
    /** The namespace bound to the prefix in `[ps, pe)` (`prefixed` false: the default namespace). */
    private resolve;
    /**
     * Refuses two attributes of the last start tag with the same qualified name, or (namespace
     * well-formedness) the same local name in the same namespace.
     */
    private duplicates;
    /**
     * The namespace `prefix` is bound to in the scope of the last start tag (`''`: the default
     * namespace), for QName-valued content such as `xsi:type`; `undefined` when unbound.
     */
    namespaceOf(prefix: string): string | undefined;
    /** The namespace scope around opened element `o` (to read it again later with `seek`). */
    scopeOutside(o: Opened): NsScope | undefined;
    /** The scope of the bindings below `top`, made once per group of bindings and shared. */
    private scopeAt;
    /**
     * Positions the scanner at `pos` (a start tag) with the namespace scope `outer` around it and
     * `depth` elements open around it.
     */
    seek(pos: number, outer: NsScope | undefined, depth?: number): void;
    /** The index of the binding of `prefix` in scope, -1 when none. */
    private bindingOf;
    /** Adds a namespace binding (slots are reused: the stack never shrinks its arrays). */
    private bind;
    /** Drops the bindings from `mark` up (each binding is dropped once: linear overall). */
    private unbind;
    /** A namespace declaration's value: a URI seen before is found without making a string. */
    private uriValue;
    /** Decodes every attribute value of the last start tag (which checks them). */
    protected checkAttrs(): void;
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
    protected special(lt: number, c1: number): number;
    /** Reads the end tag at the reader position, which must close `o`. */
    protected close(o: Opened): void;
    /**
     * Reads the end tag at the reader position, which must close the element whose qualified name
     * is `[qs, qe)` (`mark`: the bindings in scope before it).
     */
    protected closeTag(qs: number, qe: number, mark: number): void;
    /**
     * `closeTag` for an element whose local name is known to be `name`: an unprefixed end tag
     * `</name>` is compared in one step.
     */
    protected closeNamed(name: string, qs: number, qe: number, mark: number): void;
    protected pop(o: Opened): void;
    /**
     * Moves to the next child element of `o` and opens it (returns it), or reads `o`'s end tag
     * (returns `undefined`). Text between children is ignored.
     */
    next(o: Opened): Opened | undefined;
    /**
     * `next` without the object: moves to the next child element of `o` and reads its start tag
     * into the tag fields (true), or reads `o`'s end tag (false).
     */
    protected nextTag(o: Opened): boolean;
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
    /**
     * Text content of an opened element (child elements skipped; `rawIfMixed`: inner XML instead;
     * `simple`: a child element is an error, as in a value of a simple type).
     */
    text(o: Opened, rawIfMixed?: boolean, simple?: boolean): string;
}
/**
 * Why `xml` is not a well-formed, balanced XML fragment (element content: text, elements,
 * comments, CDATA sections, processing instructions), or `undefined` when it is one. Prefixes the
 * fragment does not declare are allowed: they may be declared where it is written.
 */
export declare function fragmentProblem(xml: string): string | undefined;
/**
 * True when `t` is written in `s` at `i`. (Comparing a slice is faster in V8 than `startsWith`
 * with a position, which compares character by character.)
 */
export declare function textAt(s: string, i: number, t: string): boolean;
/** XML white space. */
export declare function isSpace(c: number): boolean;
