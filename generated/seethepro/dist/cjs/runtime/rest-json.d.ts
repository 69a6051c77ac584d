/**
 * JSON as Json.NET (ASP.NET Web API's formatter) reads and writes it, driven by descriptors.
 *
 * Writing: members in declared order; `long`/`decimal` as bare JSON numbers in their exact
 * decimal text (a string, number or bigint is accepted); dates as strings (`Date` objects as
 * `toISOString()`); bytes as base64 strings; enums by name, or by number where the descriptor
 * says `jsonAs: 'number'`; `null` as `null`; `undefined` members left out.
 *
 * Reading: a small lossless JSON reader (`JSON.parse` would round `12345678901234567.891`): for
 * fields whose descriptor says `long` or `decimal` the exact number text is kept as a string (a
 * decimal in exponent form, `1.5e3`, becomes the exact decimal `1500`); other numbers become
 * JavaScript numbers. Members are matched by exact name, then ignoring case (as Json.NET does);
 * unknown members are skipped; `null` on a field that is not nillable leaves the field out. Every
 * value is checked against its descriptor: integers (no fraction, no exponent) within their range,
 * `long` within 64 bits, no number overflowing to an infinity, enumeration names or numbers the
 * type declares, dates, durations and GUIDs in the forms Json.NET writes, required members
 * present, a member at most once, and a response that is `null` where a value is declared. Any
 * violation raises a `ResponseError` naming the path.
 */
import type { ValueDesc } from './schema.js';
export { writeJson } from './rest-json-write.js';
/**
 * Reads JSON `text` as a value of `desc` (an array of items when `array`); `what` names the text
 * in error messages (`response`, or `request` where a request body is read).
 */
export declare function readJson(text: string, desc: ValueDesc | undefined, array: boolean, status?: number, what?: string, maxDepth?: number): unknown;
/** Reads any JSON text into plain values (numbers as JavaScript numbers); `undefined` when not JSON. */
export declare function parseJsonLoose(text: string): unknown;
/**
 * The exact decimal text of a JSON number in exponent form (`1.5e3` → `1500`, `25E-3` →
 * `0.025`); `undefined` when its exponent is beyond ±1000 (no .NET number type comes near).
 */
export declare function expandExponent(raw: string): string | undefined;
