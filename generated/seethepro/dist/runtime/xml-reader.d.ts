/**
 * The schema-driven XML reader: reads a response straight into typed objects by walking the
 * descriptors (schema.ts), on top of the hand-written scanner of xml-scan.ts, with no generic
 * document tree in between. Child elements are matched to fields by (local name, namespace);
 * namespace prefixes are resolved through the `xmlns` declarations in scope; CDATA sections,
 * comments, processing instructions, the five predefined entities and character references are
 * understood. A DOCTYPE is always refused, so no entity expansion or external entity can ever
 * happen. Malformed or truncated XML, bad scalar text (lexical forms of numbers, dates,
 * durations and GUIDs, enumeration names), values out of their type's range or declared facets,
 * `xsi:nil` on an element that is not nillable, a singleton element written twice and missing
 * required elements raise a `ResponseError` naming the element path. Range checks are built once
 * per field (lexical.ts) and kept in the type's read plan. Unknown elements are skipped, or kept as
 * raw XML under a type's `openKey`.
 */
import { type ValueCheck } from './lexical.js';
import { type EnumDesc, type FieldDesc, type ScalarKind, type TypeDesc, type ValueDesc } from './schema.js';
import { XmlScanner, type Opened } from './xml-scan.js';
export type { Opened } from './xml-scan.js';
/** Scanner and schema-driven reader over one XML document. */
/** Schema-driven reader: reads opened elements as values of their descriptors. */
export declare class XmlReader extends XmlScanner {
    /**
     * SOAP encoding (SOAP 1.1 §5.4.1, SOAP 1.2 Part 2 §3.1.5): an element with `href="#id"` (SOAP
     * 1.1) or `enc:ref="id"` (SOAP 1.2) stands for the element carrying that id, wherever it is in
     * the document (multi-reference values, as .NET and Axis write them).
     */
    multiRef: boolean;
    /**
     * HTTP GET/POST answers of a SOAP-encoded service are XmlSerializer documents: members the
     * descriptors mark unqualified (`ns: ''`, as SOAP encoding writes them) are in their parent's
     * namespace there.
     */
    unqualifiedInParent: boolean;
    /** MTOM/XOP: the parts of a multipart response an `xop:Include` may name, by Content-ID (mtom.ts). */
    attachments: ReadonlyMap<string, Uint8Array> | undefined;
    /**
     * Check every value against its descriptor (ranges, enumerations, lexical forms, nil, a
     * singleton at most once). Off only where a request is read back to be validated afterwards
     * (the mock), so that every problem is reported by the validator at once.
     */
    strict: boolean;
    private targets;
    /**
     * Values already read from a multi-reference target, by id and how it was read: a target
     * referenced many times is read once (the references share the value, as they share it in the
     * document), so resolving costs time linear in the document, however the references fan out.
     */
    private refValues;
    /** Ids being resolved (a reference cycle cannot be a tree value). */
    private resolving;
    /** Reads an opened element as a value of `desc` (`null` for `xsi:nil`); consumes the element. */
    value(o: Opened, desc: ValueDesc): unknown;
    /**
     * When opened element `o` is a multi-reference (only read so in SOAP encoding), consumes it and
     * returns the id it points to.
     */
    private reference;
    /**
     * Reads the element a multi-reference id names with `read` (once per `how` and `key`: later
     * references get the value read first). The target is read as if it stood where the reference
     * is, so its depth counts from there.
     */
    private deref;
    /** Every element carrying an `id` (SOAP 1.1) or `enc:id` (SOAP 1.2), by id. */
    private indexTargets;
    /**
     * The type a record of declared type `t` (one with subtypes) is read as: the subtype its
     * `xsi:type` names, else `t` (also for an `xsi:type` the spec does not describe).
     */
    private xsiSubtype;
    /**
     * Reads `[ws][-+]digits[ws]</name>` straight from the source without making a string; returns
     * `undefined` (reader position unchanged) when the content has another shape.
     */
    private fastInt;
    /**
     * The integer `[ws][-+]digits[ws]` at `i` up to an end tag (`undefined` for another shape or
     * more than 10 digits); on success the reader position is at that end tag.
     */
    private intAt;
    /**
     * Text of an opened element whose content is character data only, up to its end tag (read);
     * `undefined` (reader position unchanged) when markup comes first.
     */
    private leafText;
    /** Converts scalar text to its result form. */
    scalar(kind: ScalarKind, text: string): unknown;
    /** An enumeration value: one of the declared names (each of them for a list enumeration). */
    enumValue(e: EnumDesc, t: string): string;
    /** Runs a field's range check on one value (each item of an `xs:list` value). */
    protected checked(check: ValueCheck, v: unknown): void;
    /**
     * After the root element: only whitespace, comments and processing instructions may follow
     * (XML 1.0 §2.1 `Misc*`); anything else is an error.
     */
    epilog(): void;
    /** A dictionary read from the wire: a null-prototype object, so any key (`__proto__`, `toString`) is data. */
    private map;
    /**
     * Reads an opened element as a record of type `t`. Where `t` has subtypes, the element's
     * `xsi:type` selects the type read, and `$type` says which it was.
     */
    complex(o: Opened, t: TypeDesc): Record<string, unknown>;
    /** Reads an opened element as a record of exactly type `t` (`plan`: its read plan). */
    private record;
    /** Reads the attributes of the start tag read last that are fields of `plan` into `obj`. */
    private attributes;
    /** Reads the text content of `o` as field `tf` into `obj`. */
    private simpleContent;
    /**
     * Reads the child elements of `o` into `obj`; returns the fields read (bit k for the k-th of
     * the first 31), so that absent fields are found without looking keys up again.
     */
    private elements;
    /** Reads the child whose start tag was read last, of field `f`, by the general path. */
    private child;
    /** Adds `v` to the array under `key` (made on the first occurrence). */
    private append;
    /**
     * A child (start tag read last) that is no field: a substitution-group member, kept under the
     * type's `openKey`, or skipped. Returns `seen` with the field a member stands for.
     */
    private unknownChild;
    /**
     * Applies absent-field rules: unwrapped arrays become `[]`, missing required elements fail.
     * `seen`: bit k set when the k-th element field (k < 31) was read.
     */
    private complete;
    private keep;
    /**
     * Reads child `c` when it is a member of a substitution group headed by a field: as the
     * member's type, with `$type` set, into that field. Returns the field's index, -1 when `c` is no
     * member.
     */
    private substitute;
    /**
     * Reads the plain leaf element whose start tag was read last (no attributes, not `<x/>`) as a
     * value of `type` (`leaf`: its `LEAF_…` code), or returns `NOT_LEAF` (nothing consumed) when its
     * content is not character data alone.
     */
    private leaf;
    /** Index of the field matching the start tag read last (by local name and namespace), or -1. */
    private matchTag;
    /**
     * Reads an opened wrapper element of an array field: its `item.name` children (any child when
     * `anyName`), in order; `null` when the wrapper is nil.
     */
    wrapped(o: Opened, f: FieldDesc, anyName: boolean): unknown[] | null;
    /** An element holding an `xs:list` value: its items (`null` for `xsi:nil`). */
    private listElement;
    /** The items of `xs:list` text (whitespace-separated), each converted by `item`. */
    private list;
    /** Converts attribute or simple-content text by a scalar or enum descriptor. */
    private simple;
}
