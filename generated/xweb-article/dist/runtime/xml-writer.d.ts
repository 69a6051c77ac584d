/**
 * The XML writer: turns a request value into XML by walking its descriptor (schema.ts), straight
 * into a string, without an intermediate document tree. Element names are the descriptor's wire
 * names (so keys such as `__proto__` or `constructor` are ordinary names); a child whose namespace
 * differs from the namespace in scope gets `xmlns="…"` (`xmlns=""` for unqualified children);
 * namespaced attributes get a declared prefix; `null` on a field is `xsi:nil="true"`, `undefined`
 * leaves the field out (so does `null` on an optional field that is not nillable). Text is escaped, and characters XML 1.0 cannot carry are refused with a
 * `ValidationError` naming the field, before anything is sent.
 */
import { type ValueDesc } from './schema.js';
export declare const XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";
export declare const XSD_NS = "http://www.w3.org/2001/XMLSchema";
/** Options of `writeElement`. */
export interface WriteOptions {
    /** Default namespace in scope where the element is written (`''` when none). */
    readonly defaultNs?: string;
    /** True when an ancestor declares the prefix `xsi` (SOAP envelopes do). */
    readonly xsiDeclared?: boolean;
    /** Path of the value in error messages (e.g. `request`). */
    readonly path?: string;
}
/** Writes one element for `value` described by `desc`; throws `ValidationError` on bad values. */
export declare function writeElement(name: string, ns: string, desc: ValueDesc, value: unknown, options?: WriteOptions): string;
/** String-building writer; `path` tracks the field being written for error messages. */
export declare class XmlWriter {
    private readonly xsiDeclared;
    out: string;
    private readonly path;
    readonly fail: (message: string) => never;
    constructor(xsiDeclared: boolean, root: string);
    private nil;
    /** Writes `<name>` for a value (null = nil element). */
    element(name: string, ns: string, scope: string, desc: ValueDesc, value: unknown): void;
    private complex;
    /**
     * The type a record is written as: the subtype its `$type` names (written with `xsi:type`), or
     * the declared type, which must then not be abstract.
     */
    private actualType;
    private textOf;
    private attributes;
    /** Writes a field's element(s): one element, repeated elements, or a wrapper with items. */
    private field;
    /**
     * One occurrence of a field's element. When the element heads a substitution group, a value
     * whose `$type` is a member's type is written as that member element (no `xsi:type`); one whose
     * `$type` derives from a member's type, as that member with `xsi:type`.
     */
    private one;
    private map;
}
/** `request.ChatRequest[1].UserName` from path segments. */
export declare function formatPath(segments: readonly (string | number)[]): string;
