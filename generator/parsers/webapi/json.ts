/**
 * A lenient JSON reader for help-page samples (docs/formats/webapi.md §JSON):
 * keeps key order (even for numeric-looking keys), keeps number text (`5.0` stays `5.0`), and
 * closes whatever a cut-off sample leaves open instead of failing.
 */

import type { SampleJson } from '../../ir/types.js';

/** A JSON value as read (the IR's sample JSON form). */
export type JsonValue = SampleJson;

/** Result of a lenient parse: the value (if any) and whether the text ended early. */
export interface JsonParse {
  readonly value: JsonValue | null;
  readonly truncated: boolean;
  /** Offset just past the value (where trailing text, if any, starts). */
  readonly end?: number;
}

/** Parses a JSON sample; returns `{ value: null }` for text that is not JSON at all. */
export function parseJsonLenient(text: string): JsonParse {
  const p = { s: text, i: 0, truncated: false };
  skipWs(p);
  if (p.i >= p.s.length || !/[[{"\-\dtfn]/.test(p.s[p.i])) return { value: null, truncated: false };
  const value = readValue(p, 0);
  return { value, truncated: p.truncated, end: p.i };
}

interface P {
  s: string;
  i: number;
  truncated: boolean;
}

function skipWs(p: P): void {
  while (p.i < p.s.length && /\s/.test(p.s[p.i])) p.i++;
}

function readValue(p: P, depth: number): JsonValue | null {
  skipWs(p);
  if (p.i >= p.s.length) {
    p.truncated = true;
    return null;
  }
  if (depth > 200) return null;
  const c = p.s[p.i];
  if (c === '{') return readObject(p, depth);
  if (c === '[') return readArray(p, depth);
  if (c === '"') return { t: 'str', v: readString(p) };
  const m = /^(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|true|false|null)/.exec(p.s.slice(p.i, p.i + 64));
  if (m) {
    p.i += m[0].length;
    if (m[0] === 'true' || m[0] === 'false') return { t: 'bool', v: m[0] === 'true' };
    if (m[0] === 'null') return { t: 'null' };
    return { t: 'num', raw: m[0] };
  }
  const rest = p.s.slice(p.i);
  if (/^(t(r(ue?)?)?|f(a(l(se?)?)?)?|n(u(ll?)?)?)$/.test(rest.trim())) p.truncated = true;
  p.i = p.s.length;
  return null;
}

function readString(p: P): string {
  p.i++;
  let out = '';
  while (p.i < p.s.length) {
    const c = p.s[p.i++];
    if (c === '"') return out;
    if (c === '\\' && p.i < p.s.length) {
      const e = p.s[p.i++];
      if (e === 'u') {
        const hex = p.s.slice(p.i, p.i + 4);
        p.i += 4;
        const n = parseInt(hex, 16);
        out += Number.isFinite(n) ? String.fromCharCode(n) : '';
      } else out += ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[e] ?? e;
    } else out += c;
  }
  p.truncated = true;
  return out;
}

function readObject(p: P, depth: number): JsonValue {
  p.i++;
  const entries: [string, JsonValue][] = [];
  for (;;) {
    skipWs(p);
    if (p.i >= p.s.length) {
      p.truncated = true;
      break;
    }
    if (p.s[p.i] === '}') {
      p.i++;
      break;
    }
    if (p.s[p.i] === ',') {
      p.i++;
      continue;
    }
    if (p.s[p.i] !== '"') {
      p.i = p.s.length;
      p.truncated = true;
      break;
    }
    const key = readString(p);
    skipWs(p);
    if (p.s[p.i] !== ':') {
      p.truncated = p.truncated || p.i >= p.s.length;
      if (p.i >= p.s.length) break;
      continue;
    }
    p.i++;
    const v = readValue(p, depth + 1);
    if (v) entries.push([key, v]);
  }
  return { t: 'obj', entries };
}

function readArray(p: P, depth: number): JsonValue {
  p.i++;
  const items: JsonValue[] = [];
  for (;;) {
    skipWs(p);
    if (p.i >= p.s.length) {
      p.truncated = true;
      break;
    }
    if (p.s[p.i] === ']') {
      p.i++;
      break;
    }
    if (p.s[p.i] === ',') {
      p.i++;
      continue;
    }
    const before = p.i;
    const v = readValue(p, depth + 1);
    if (v) items.push(v);
    if (p.i === before) p.i++;
  }
  return { t: 'arr', items };
}

/** The value of `key` in an object (exact match first, then case-insensitive). */
export function jsonGet(obj: JsonValue | null | undefined, key: string): readonly [string, JsonValue] | undefined {
  if (!obj || obj.t !== 'obj') return undefined;
  return obj.entries.find(([k]) => k === key) ?? obj.entries.find(([k]) => k.toLowerCase() === key.toLowerCase());
}
