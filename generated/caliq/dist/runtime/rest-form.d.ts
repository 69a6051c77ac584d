/**
 * `application/x-www-form-urlencoded` bodies, as ASP.NET Web API's form formatter and model
 * binder read them: `Name=value&…` in declared member order, each scalar in its XSD lexical
 * form; nested members as `Parent[Child]=…`, collection items as `Items[0]=…` /
 * `Items[0][Name]=…` (the jQuery notation Web API understands). `null` and `undefined` members
 * are left out.
 */
import type { ValueDesc } from './schema.js';
/** Encodes a body; throws `ValidationError` for values a form cannot carry. */
export declare function writeForm(desc: ValueDesc, value: unknown, array: boolean, path: string): string;
