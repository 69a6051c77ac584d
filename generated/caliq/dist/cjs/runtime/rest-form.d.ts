/**
 * `application/x-www-form-urlencoded` bodies, as ASP.NET Web API's form formatter and model
 * binder read them: `Name=value&…` in declared member order, each scalar in its XSD lexical
 * form; nested members as `Parent[Child]=…`, collection items as `Items[0]=…` /
 * `Items[0][Name]=…` (the jQuery notation Web API understands). `null` and `undefined` members
 * are left out. {@link readForm} reads such a body back (the model binder's side), and
 * {@link readText} one URL or form value.
 */
import type { ValueDesc } from './schema.js';
/** Encodes a body; throws `ValidationError` for values a form cannot carry. */
export declare function writeForm(desc: ValueDesc, value: unknown, array: boolean, path: string): string;
/**
 * The typed value of a URL or form text, as ASP.NET's model binder reads it: numbers in invariant
 * form, booleans `true`/`false` in any case, `long`/`decimal` kept as their exact text, dates as
 * their text, bytes from base64, enumerations by name or by number. Throws `ValidationError`
 * (at `path`) for text the type cannot hold, with the binder's message.
 */
export declare function readText(desc: ValueDesc, text: string, path: string): unknown;
/**
 * Reads an `application/x-www-form-urlencoded` body as a value of `desc` (the notation
 * {@link writeForm} writes, `a.b` accepted too); member names match ignoring case, unknown
 * names are skipped. Throws `ValidationError` for values the declared types cannot hold.
 */
export declare function readForm(desc: ValueDesc, text: string, array: boolean, path: string): unknown;
