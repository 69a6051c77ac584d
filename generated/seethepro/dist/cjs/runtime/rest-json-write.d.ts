/**
 * The JSON writer of Web API clients (see rest-json.ts): members in declared order, `long` and
 * `decimal` as bare JSON numbers in their exact decimal text, dates as strings, bytes as base64,
 * enums by name or by number (`jsonAs: 'number'`), `null` as `null`, `undefined` left out.
 */
import type { ValueDesc } from './schema.js';
/** Writes `value` (an array of items when `array`) as JSON; throws `ValidationError` on bad values. */
export declare function writeJson(desc: ValueDesc, value: unknown, array: boolean, path: string): string;
export declare function pathText(segs: readonly (string | number)[]): string;
