/**
 * The JSON writer of Web API clients (see rest-json.ts): members in declared order, `long` and
 * `decimal` as bare JSON numbers in their exact decimal text, dates as strings, bytes as base64,
 * enums by name or by number (`jsonAs: 'number'`), `null` as `null`, `undefined` left out.
 */

import { describe, numberText, scalarText } from './codec.js';
import { ValidationError } from './errors.js';
import type { EnumDesc, FieldDesc, ScalarKind, TypeDesc, ValueDesc } from './schema.js';

/** Writes `value` (an array of items when `array`) as JSON; throws `ValidationError` on bad values. */
export function writeJson(desc: ValueDesc, value: unknown, array: boolean, path: string): string {
  const segs: (string | number)[] = [path];
  const fail = (message: string): never => {
    throw new ValidationError([{ path: pathText(segs), message }]);
  };
  const w = (d: ValueDesc, v: unknown): string => writeValue(d, v, segs, fail);
  if (!array || value === null) return w(desc, value);
  if (!Array.isArray(value)) return fail(`expected an array, got ${describe(value)}`);
  return `[${value.map((x: unknown, i: number) => withSeg(segs, i, () => w(desc, x))).join(',')}]`;
}

type Fail = (message: string) => never;

function withSeg<T>(segs: (string | number)[], seg: string | number, f: () => T): T {
  segs.push(seg);
  try {
    return f();
  } finally {
    segs.pop();
  }
}

function writeValue(desc: ValueDesc, v: unknown, segs: (string | number)[], fail: Fail): string {
  if (v === null) return 'null';
  if (typeof desc === 'string') return writeScalar(desc, v, fail);
  switch (desc.kind) {
    case 'enum':
      return writeEnum(desc, v, fail);
    case 'xml':
      return typeof v === 'string' ? JSON.stringify(v) : fail(`expected a string, got ${describe(v)}`);
    case 'map': {
      if (typeof v !== 'object' || Array.isArray(v)) return fail(`expected an object, got ${describe(v)}`);
      const parts: string[] = [];
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
        if (x !== undefined) parts.push(`${JSON.stringify(k)}:${withSeg(segs, k, () => writeValue(desc.value, x, segs, fail))}`);
      }
      return `{${parts.join(',')}}`;
    }
    case 'complex':
      return writeObject(desc, v, segs, fail);
  }
}

function writeObject(t: TypeDesc, v: unknown, segs: (string | number)[], fail: Fail): string {
  if (typeof v !== 'object' || v === null || Array.isArray(v) || v instanceof Date || v instanceof Uint8Array) {
    return fail(`expected an object (${t.name}), got ${describe(v)}`);
  }
  const obj = v as Record<string, unknown>;
  const parts: string[] = [];
  for (const f of t.fields) {
    const x = Object.prototype.hasOwnProperty.call(obj, f.key) ? obj[f.key] : undefined;
    if (x === undefined) continue;
    parts.push(`${JSON.stringify(f.key)}:${withSeg(segs, f.key, () => writeField(f, x, segs, fail))}`);
  }
  return `{${parts.join(',')}}`;
}

function writeField(f: FieldDesc, x: unknown, segs: (string | number)[], fail: Fail): string {
  if (!f.array || x === null) return writeValue(f.type, x, segs, fail);
  if (!Array.isArray(x)) return fail(`expected an array, got ${describe(x)}`);
  return `[${x.map((item: unknown, i: number) => withSeg(segs, i, () => writeValue(f.type, item, segs, fail))).join(',')}]`;
}

function writeScalar(kind: ScalarKind, v: unknown, fail: Fail): string {
  switch (kind) {
    case 'int':
    case 'float':
    case 'double': {
      const t = scalarText(kind, v, fail);
      // Json.NET writes non-finite doubles as strings ("NaN", "Infinity", "-Infinity").
      if (t === 'NaN') return '"NaN"';
      if (t === 'INF') return '"Infinity"';
      if (t === '-INF') return '"-Infinity"';
      return t;
    }
    case 'long':
    case 'decimal':
      return jsonNumber(scalarText(kind, v, fail));
    case 'boolean':
      return scalarText(kind, v, fail);
    case 'anyType':
      if (typeof v === 'bigint') return v.toString();
      if (typeof v === 'number') return Number.isFinite(v) ? numberText(v) : JSON.stringify(numberText(v));
      if (typeof v === 'string' || typeof v === 'boolean') return JSON.stringify(v);
      return JSON.stringify(v) ?? fail(`cannot send ${describe(v)} as JSON`);
    default:
      return JSON.stringify(scalarText(kind, v, fail));
  }
}

/** A decimal text in JSON number syntax: no `+`, no leading zeros, digits on both sides of `.`. */
function jsonNumber(t: string): string {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(t);
  if (!m) return t;
  const int = m[2].replace(/^0+(?=\d)/, '') || '0';
  const frac = m[3] ? `.${m[3]}` : '';
  return `${m[1] === '-' ? '-' : ''}${int}${frac}`;
}

function writeEnum(e: EnumDesc, v: unknown, fail: Fail): string {
  const name = scalarText(e, v, fail);
  if (e.jsonAs === 'number' && e.numbers) {
    const i = e.values.indexOf(name);
    if (i >= 0) return String(e.numbers[i]);
  }
  return JSON.stringify(name);
}

export function pathText(segs: readonly (string | number)[]): string {
  let s = '';
  for (const p of segs) s += typeof p === 'number' ? `[${p}]` : s === '' ? p : `.${p}`;
  return s;
}
