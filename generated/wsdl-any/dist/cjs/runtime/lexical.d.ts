/**
 * What a response value must look like to be returned as its declared type: the lexical forms of
 * the XSD date and duration types and of GUIDs (for JSON also the forms Json.NET writes), exact
 * decimal comparison, and the per-field range and digit checks the readers run on every value
 * (built once per descriptor, so reading stays one comparison per value).
 */
import type { EnumDesc, FacetsDesc, FieldDesc, ValueDesc } from './schema.js';
/** Every GUID form .NET's `Guid` parser accepts: `D`, `N` (digits only), `B` (braces), `P` (parentheses). */
export declare const GUID_ANY: RegExp;
/**
 * `LEXICAL.guid.test(s)` (`anyForm` false) or `GUID_ANY.test(s)` (`anyForm` true), checked
 * character by character.
 */
export declare function isGuid(s: string, anyForm: boolean): boolean;
/** XSD lexical forms (XML Schema 1.0 Part 2 §3.2.6–3.2.9) and the Microsoft `guid` pattern. */
export declare const LEXICAL: {
    readonly dateTime: RegExp;
    readonly date: RegExp;
    readonly time: RegExp;
    readonly duration: RegExp;
    readonly guid: RegExp;
};
export type LexicalKind = keyof typeof LEXICAL;
/** Whether `s` is an xsd:dateTime (this runs once per date of every response: the usual form first). */
export declare function isDateTime(s: string): boolean;
/** Whether `s` (trimmed) is in the XML lexical form of `kind`. */
export declare function isLexical(kind: LexicalKind, s: string): boolean;
/**
 * Whether a JSON string is a value of `kind` as Json.NET writes it: ISO 8601 (the XSD forms) or
 * the Microsoft date form for dates, a `TimeSpan` or an XSD duration for durations.
 */
export declare function isJsonLexical(kind: LexicalKind, s: string): boolean;
/** Whether `v` (a string, or a number for enums read from JSON) names a member of `e`. */
export declare function isEnumMember(e: EnumDesc, v: string): boolean;
/** Sign, integer digits without leading zeros, fraction digits without trailing zeros. */
export declare function splitDecimal(d: string): {
    neg: boolean;
    int: string;
    frac: string;
};
/** Exact comparison of two decimal strings (any number of digits): -1, 0 or 1. */
export declare function compareDecimal(a: string, b: string): number;
/** A check of one value read from a response: the problem, or `undefined` when it is fine. */
export type ValueCheck = (v: unknown) => string | undefined;
export declare const INT_RANGE: readonly [string, string];
export declare const LONG_RANGE: readonly [string, string];
/**
 * The range in force: the declared bounds, else the default one of the kind (`int`: 32-bit,
 * `long`: 64-bit) when neither bound is declared.
 */
export declare function boundsOf(f: FacetsDesc | undefined, range: readonly [string, string] | undefined): [string | undefined, string | undefined];
/**
 * The range and digit check of a field's values (each item for arrays and lists), built once per
 * field descriptor; `undefined` when its type has none.
 */
export declare function fieldCheck(f: FieldDesc): ValueCheck | undefined;
/** The range and digit check of values of `desc` under `facets`; `undefined` when none applies. */
export declare function valueCheck(desc: ValueDesc, facets: FacetsDesc | undefined): ValueCheck | undefined;
