/**
 * Request validation, run before anything is sent (turn it off with `validate: false`). Checks
 * every value against its descriptor: required fields present, JavaScript types matching the wire
 * types, integers within their range (32-bit for `int`, 64-bit for `long`, or the declared
 * bounds), enumeration members, the XSD facets (`minLength`/`maxLength`, `pattern` matched
 * against the whole value, numeric bounds compared exactly, also for decimal strings of any
 * length, `totalDigits`/`fractionDigits`) and characters XML 1.0 cannot carry. A member the type
 * does not declare is a problem too (it would not be sent), with the closest declared name. Every
 * problem is reported with its path, e.g. `request.ChatRequest[1].UserName`.
 */
import type { Problem } from './errors.js';
import { compareDecimal } from './lexical.js';
import { type FieldDesc, type ValueDesc } from './schema.js';
/** Problems of `value` as a `desc` (a field's facets and null/array rules when `field` is given). */
export declare function validateValue(desc: ValueDesc, value: unknown, path: string, field?: FieldDesc): Problem[];
/** The problem of an undeclared member `key` at `path`, naming the closest of `known` when one is close. */
export declare function undeclared(key: string, known: Iterable<string>, path: string, owner: string, noun?: string): Problem;
export { compareDecimal };
