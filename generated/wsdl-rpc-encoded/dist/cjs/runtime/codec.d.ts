/**
 * Text codecs shared by the XML writer, the reader and the form encoder: XML escaping that
 * refuses characters XML 1.0 cannot carry, the lexical forms of the XSD scalar types this client
 * sends (numbers, `INF`/`NaN`, booleans, dates from `Date` objects, `long`/`decimal` from strings,
 * numbers or bigints), and base64 / hex encoding of bytes. Nothing here depends on Node-only
 * globals, so the same code runs in browsers.
 */
import type { EnumDesc, ScalarKind } from './schema.js';
/** Receives an encoding problem; never returns. */
export type Fail = (message: string) => never;
/** Escapes element text (`&`, `<`, `>`, `\r`); fails on characters XML 1.0 cannot carry. */
export declare function escapeText(s: string, fail: Fail): string;
/** Escapes an attribute value (`&`, `<`, `>`, `"`, `\t`, `\n`, `\r`); fails like `escapeText`. */
export declare function escapeAttr(s: string, fail: Fail): string;
/** Index of the first character XML 1.0 cannot carry, or -1. */
export declare function invalidXmlCharIndex(s: string): number;
/**
 * `encodeURIComponent`, with a lone surrogate (which it cannot encode: a `URIError`) reported
 * through `fail` instead.
 */
export declare function encodeComponent(s: string, fail: Fail): string;
/** xsd:float/double lexical form: `INF`, `-INF`, `NaN`, `-0`, else `String(n)`. */
export declare function numberText(n: number): string;
/** The shortest decimal of a finite number (as `String(n)`), written without exponent. */
export declare function decimalOfNumber(n: number): string;
/** Lexical forms of xsd:integer (long and friends) and xsd:decimal. */
export declare const INTEGER_RE: RegExp;
export declare const DECIMAL_RE: RegExp;
/**
 * The lexical text of a scalar value (not yet escaped). Accepted forms: see the README table
 * "Types"; anything else is reported through `fail`.
 */
export declare function scalarText(kind: ScalarKind | EnumDesc, v: unknown, fail: Fail): string;
/** A short description of a value for messages. */
export declare function describe(v: unknown): string;
/** Standard base64 (with padding) of any bytes. */
export declare function toBase64(b: Uint8Array): string;
/** Decodes base64 (whitespace ignored); `undefined` when the text is not base64. */
export declare function fromBase64(s: string): Uint8Array | undefined;
/** Upper-case hex of any bytes (as .NET writes xsd:hexBinary). */
export declare function toHex(b: Uint8Array): string;
/** Decodes hex; `undefined` when the text is not hex. */
export declare function fromHex(s: string): Uint8Array | undefined;
