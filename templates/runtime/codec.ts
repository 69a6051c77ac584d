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

// Characters that need a closer look in element text: escapes, \r (kept through line-end
// normalization as a reference), controls XML 1.0 forbids, surrogates, U+FFFE/U+FFFF.
const TEXT_SPECIAL = /[\u0000-\u0008\u000B\u000C\u000D\u000E-\u001F&<>\uD800-\uDFFF\uFFFE\uFFFF]/;
const ATTR_SPECIAL = /[\u0000-\u001F&<>"\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Escapes element text (`&`, `<`, `>`, `\r`); fails on characters XML 1.0 cannot carry. */
export function escapeText(s: string, fail: Fail): string {
  return (s.length <= SHORT_TEXT ? hasTextSpecial(s) : TEXT_SPECIAL.test(s)) ? escapeSlow(s, false, fail) : s;
}

/**
 * Up to this length a text is looked at with a loop, beyond it with `TEXT_SPECIAL` (the regular
 * expression runs in native code; `charCodeAt` in a loop is dearer per character in V8).
 */
const SHORT_TEXT = 8;

/** `TEXT_SPECIAL.test(s)` as a loop (faster on very short texts). */
function hasTextSpecial(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 63 ? (c < 32 ? c !== 9 && c !== 10 : c === 38 || c === 60 || c === 62) : c >= 0xd800 && (c <= 0xdfff || c >= 0xfffe)) return true;
  }
  return false;
}

/** Escapes an attribute value (`&`, `<`, `>`, `"`, `\t`, `\n`, `\r`); fails like `escapeText`. */
export function escapeAttr(s: string, fail: Fail): string {
  return ATTR_SPECIAL.test(s) ? escapeSlow(s, true, fail) : s;
}

function escapeSlow(s: string, attr: boolean, fail: Fail): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let rep: string | undefined;
    if (c === 38) rep = '&amp;';
    else if (c === 60) rep = '&lt;';
    else if (c === 62) rep = '&gt;';
    else if (c === 13) rep = '&#13;';
    else if (attr && c === 34) rep = '&quot;';
    else if (attr && c === 10) rep = '&#10;';
    else if (attr && c === 9) rep = '&#9;';
    else if (c < 32) {
      if (c !== 9 && c !== 10) fail(`character U+${hex4(c)} at index ${i} cannot be sent in XML`);
    } else if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
      else fail(`lone surrogate U+${hex4(c)} at index ${i} cannot be sent in XML`);
    } else if ((c >= 0xdc00 && c <= 0xdfff) || c === 0xfffe || c === 0xffff) {
      fail(`character U+${hex4(c)} at index ${i} cannot be sent in XML`);
    }
    if (rep !== undefined) {
      out += s.slice(last, i) + rep;
      last = i + 1;
    }
  }
  return last === 0 ? s : out + s.slice(last);
}

function hex4(c: number): string {
  return c.toString(16).toUpperCase().padStart(4, '0');
}

/** Index of the first character XML 1.0 cannot carry, or -1. */
export function invalidXmlCharIndex(s: string): number {
  if (!(s.length <= SHORT_TEXT ? hasTextSpecial(s) : TEXT_SPECIAL.test(s))) return -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 32) {
      if (c !== 9 && c !== 10 && c !== 13) return i;
    } else if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
      else return i;
    } else if ((c >= 0xdc00 && c <= 0xdfff) || c === 0xfffe || c === 0xffff) return i;
  }
  return -1;
}

/**
 * `encodeURIComponent`, with a lone surrogate (which it cannot encode: a `URIError`) reported
 * through `fail` instead.
 */
export function encodeComponent(s: string, fail: Fail): string {
  try {
    return encodeURIComponent(s);
  } catch {
    const i = invalidXmlCharIndex(s);
    return fail(`lone surrogate U+${hex4(s.charCodeAt(i < 0 ? 0 : i))}${i < 0 ? '' : ` at index ${i}`} cannot be sent in a URL or form`);
  }
}

/** xsd:float/double lexical form: `INF`, `-INF`, `NaN`, `-0`, else `String(n)`. */
export function numberText(n: number): string {
  if (n !== n) return 'NaN';
  if (n === Infinity) return 'INF';
  if (n === -Infinity) return '-INF';
  if (n === 0 && 1 / n < 0) return '-0';
  return String(n);
}

/** The shortest decimal of a finite number (as `String(n)`), written without exponent. */
export function decimalOfNumber(n: number): string {
  const s = String(n);
  const m = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const digits = m[2] + (m[3] ?? '');
  const point = m[2].length + Number(m[4]);
  if (point <= 0) return `${m[1]}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return m[1] + digits + '0'.repeat(point - digits.length);
  return `${m[1]}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** Lexical forms of xsd:integer (long and friends) and xsd:decimal. */
export const INTEGER_RE: RegExp = /^[+-]?\d+$/;
export const DECIMAL_RE: RegExp = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * The lexical text of a scalar value (not yet escaped). Accepted forms: see the README table
 * "Types"; anything else is reported through `fail`.
 */
export function scalarText(kind: ScalarKind | EnumDesc, v: unknown, fail: Fail): string {
  if (typeof kind !== 'string') return enumText(kind, v, fail);
  switch (kind) {
    case 'string':
    case 'duration':
    case 'guid':
      if (typeof v === 'string') return v;
      return fail(`expected a string, got ${describe(v)}`);
    case 'boolean':
      if (typeof v === 'boolean') return v ? 'true' : 'false';
      return fail(`expected a boolean, got ${describe(v)}`);
    case 'int':
      if (typeof v === 'number' && Number.isInteger(v)) return numberText(v);
      return fail(`expected an integer, got ${describe(v)}`);
    case 'float':
    case 'double':
      if (typeof v === 'number') return numberText(v);
      return fail(`expected a number, got ${describe(v)}`);
    case 'long':
    case 'decimal':
      return bigText(kind, v, fail);
    case 'dateTime':
    case 'date':
    case 'time':
      return dateText(kind, v, fail);
    case 'base64Binary':
      if (v instanceof Uint8Array) return toBase64(v);
      return fail(`expected a Uint8Array, got ${describe(v)}`);
    case 'hexBinary':
      if (v instanceof Uint8Array) return toHex(v);
      return fail(`expected a Uint8Array, got ${describe(v)}`);
    case 'anyType':
      if (typeof v === 'string') return v;
      if (typeof v === 'number') return numberText(v);
      if (typeof v === 'boolean' || typeof v === 'bigint') return String(v);
      return fail(`expected a string for an untyped value, got ${describe(v)}`);
  }
}

function bigText(kind: 'long' | 'decimal', v: unknown, fail: Fail): string {
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return fail(`${numberText(v)} is not a valid ${kind}`);
    if (kind === 'long' && !Number.isInteger(v)) return fail(`expected an integer, got ${v}`);
    return decimalOfNumber(v);
  }
  if (typeof v === 'string') {
    const t = v.trim();
    if ((kind === 'long' ? INTEGER_RE : DECIMAL_RE).test(t)) return t;
    return fail(`${JSON.stringify(v)} is not a valid ${kind}`);
  }
  return fail(`expected a string, number or bigint, got ${describe(v)}`);
}

function dateText(kind: 'dateTime' | 'date' | 'time', v: unknown, fail: Fail): string {
  if (typeof v === 'string') return v;
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return fail('invalid Date');
    const iso = v.toISOString();
    if (kind === 'dateTime') return iso;
    const t = iso.indexOf('T');
    return kind === 'date' ? iso.slice(0, t) : iso.slice(t + 1);
  }
  return fail(`expected a string or a Date, got ${describe(v)}`);
}

function enumText(e: EnumDesc, v: unknown, fail: Fail): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && e.numbers) {
    const i = e.numbers.indexOf(v);
    if (i >= 0) return e.values[i];
  }
  if (e.list && Array.isArray(v)) {
    return v.map((x) => (typeof x === 'string' ? x : fail(`expected a string in the list, got ${describe(x)}`))).join(' ');
  }
  return fail(`expected one of ${e.name} values, got ${describe(v)}`);
}

/** A short description of a value for messages. */
export function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (v instanceof Date) return 'a Date';
  if (typeof v === 'string') return v.length > 40 ? `"${v.slice(0, 40)}…"` : JSON.stringify(v);
  if (typeof v === 'object') return 'an object';
  return `${typeof v} ${String(v)}`;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_CODES = Array.from(B64, (c) => c.charCodeAt(0));
const B64_INDEX = (() => {
  const t = new Int16Array(128).fill(-1);
  for (let i = 0; i < 64; i++) t[B64.charCodeAt(i)] = i;
  return t;
})();

/** Standard base64 (with padding) of any bytes. */
export function toBase64(b: Uint8Array): string {
  const codes: number[] = [];
  let out = '';
  const n = b.length;
  let i = 0;
  for (; i + 2 < n; i += 3) {
    const x = (b[i] << 16) | (b[i + 1] << 8) | b[i + 2];
    codes.push(B64_CODES[x >> 18], B64_CODES[(x >> 12) & 63], B64_CODES[(x >> 6) & 63], B64_CODES[x & 63]);
    if (codes.length >= 8192) {
      out += String.fromCharCode.apply(null, codes);
      codes.length = 0;
    }
  }
  if (i < n) {
    const x = (b[i] << 16) | (i + 1 < n ? b[i + 1] << 8 : 0);
    codes.push(B64_CODES[x >> 18], B64_CODES[(x >> 12) & 63], i + 1 < n ? B64_CODES[(x >> 6) & 63] : 61, 61);
  }
  return out + String.fromCharCode.apply(null, codes);
}

/** Decodes base64 (whitespace ignored); `undefined` when the text is not base64. */
export function fromBase64(s: string): Uint8Array | undefined {
  const vals: number[] = [];
  let pad = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) continue;
    if (c === 61) {
      pad++;
      continue;
    }
    const v = c < 128 ? B64_INDEX[c] : -1;
    if (v < 0 || pad > 0) return undefined;
    vals.push(v);
  }
  if (pad > 2 || vals.length % 4 === 1 || (pad > 0 && (vals.length + pad) % 4 !== 0)) return undefined;
  const out = new Uint8Array(Math.floor((vals.length * 6) / 8));
  let o = 0;
  for (let i = 0; i < vals.length; i += 4) {
    const x = (vals[i] << 18) | (vals[i + 1] << 12) | ((vals[i + 2] ?? 0) << 6) | (vals[i + 3] ?? 0);
    if (o < out.length) out[o++] = x >> 16;
    if (o < out.length) out[o++] = (x >> 8) & 255;
    if (o < out.length) out[o++] = x & 255;
  }
  return out;
}

/** Upper-case hex of any bytes (as .NET writes xsd:hexBinary). */
export function toHex(b: Uint8Array): string {
  let out = '';
  for (let i = 0; i < b.length; i++) out += (b[i] < 16 ? '0' : '') + b[i].toString(16).toUpperCase();
  return out;
}

/** Decodes hex; `undefined` when the text is not hex. */
export function fromHex(s: string): Uint8Array | undefined {
  const t = s.trim();
  if (t.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(t)) return undefined;
  const out = new Uint8Array(t.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(t.substr(i * 2, 2), 16);
  return out;
}
