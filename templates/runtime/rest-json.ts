/**
 * JSON as Json.NET (ASP.NET Web API's formatter) reads and writes it, driven by descriptors.
 *
 * Writing: members in declared order; `long`/`decimal` as bare JSON numbers in their exact
 * decimal text (a string, number or bigint is accepted); dates as strings (`Date` objects as
 * `toISOString()`); bytes as base64 strings; enums by name, or by number where the descriptor
 * says `jsonAs: 'number'`; `null` as `null`; `undefined` members left out.
 *
 * Reading: a small lossless JSON reader (`JSON.parse` would round `12345678901234567.891`): for
 * fields whose descriptor says `long` or `decimal` the exact number text is kept as a string;
 * other numbers become JavaScript numbers. Members are matched by exact name, then ignoring
 * case (as Json.NET does); unknown members are skipped; `null` on a field that is not nillable
 * leaves the field out. Bad JSON raises a `ResponseError` naming the path.
 */

import { fromBase64, fromHex, DECIMAL_RE } from './codec.js';
import { LimitError, ResponseError } from './errors.js';
import { DEFAULT_LIMITS } from './limits.js';
import { pathText } from './rest-json-write.js';
import type { ScalarKind, TypeDesc, ValueDesc } from './schema.js';

export { writeJson } from './rest-json-write.js';

/**
 * Reads JSON `text` as a value of `desc` (an array of items when `array`); `what` names the text
 * in error messages (`response`, or `request` where a request body is read).
 */
export function readJson(text: string, desc: ValueDesc | undefined, array: boolean, status = 0, what = 'response', maxDepth: number = DEFAULT_LIMITS.maxDepth): unknown {
  const r = new JsonReader(text, status, what, maxDepth);
  r.ws();
  const v = array ? r.list(desc) : r.value(desc);
  r.ws();
  if (r.i < text.length) throw r.error('unexpected text after the JSON value');
  return v;
}

/** Reads any JSON text into plain values (numbers as JavaScript numbers); `undefined` when not JSON. */
export function parseJsonLoose(text: string): unknown {
  try {
    return readJson(text, undefined, false);
  } catch {
    return undefined;
  }
}

const NUMBER_RE = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

class JsonReader {
  i = 0;
  private readonly path: (string | number)[] = [];
  /** Arrays and objects open. */
  private depth = 0;

  constructor(
    private readonly s: string,
    private readonly status: number,
    private readonly what: string,
    private readonly maxDepth: number,
  ) {}

  /** Enters an array or object; nesting beyond `maxDepth` is a `LimitError`. */
  private enter(): void {
    if (++this.depth > this.maxDepth) {
      const where = pathText(this.path);
      throw new LimitError(`JSON ${this.what} nested deeper than ${this.maxDepth} levels (maxDepth)${where ? ` at ${where}` : ''}`, this.s, 'maxDepth', this.maxDepth, this.status);
    }
  }

  error(message: string): ResponseError {
    const where = pathText(this.path);
    return new ResponseError(`invalid JSON ${this.what}${where ? ` at ${where}` : ''}: ${message} (offset ${this.i})`, this.s, this.status);
  }

  ws(): void {
    const s = this.s;
    let c = s.charCodeAt(this.i);
    while (c === 32 || c === 10 || c === 13 || c === 9 || c === 0xfeff) c = s.charCodeAt(++this.i);
  }

  private peek(): string {
    this.ws();
    if (this.i >= this.s.length) throw this.error('unexpected end of text');
    return this.s[this.i];
  }

  private expect(ch: string): void {
    if (this.peek() !== ch) throw this.error(`expected '${ch}'`);
    this.i++;
  }

  private literal(word: string): void {
    if (!this.s.startsWith(word, this.i)) throw this.error('unexpected character');
    this.i += word.length;
  }

  /** A value of `desc` (`undefined`: any JSON). */
  value(desc: ValueDesc | undefined): unknown {
    const c = this.peek();
    if (c === 'n') {
      this.literal('null');
      return null;
    }
    if (desc === undefined) return this.any();
    if (typeof desc === 'string') return this.scalar(desc, c);
    switch (desc.kind) {
      case 'enum':
        if (c === '"') return this.str();
        if (c === '-' || (c >= '0' && c <= '9')) {
          const raw = this.num();
          const k = desc.numbers?.indexOf(Number(raw)) ?? -1;
          return k >= 0 ? desc.values[k] : raw;
        }
        throw this.error(`expected a ${desc.name} value`);
      case 'xml':
        return c === '"' ? this.str() : JSON.stringify(this.any());
      case 'map': {
        // Keyed data from the wire: a null-prototype object, so any key is data.
        const out = Object.create(null) as Record<string, unknown>;
        this.members((k) => put(out, k, this.value(desc.value)));
        return out;
      }
      case 'complex':
        return this.object(desc);
    }
  }

  /** A JSON array of `desc` values. */
  list(desc: ValueDesc | undefined): unknown[] | null {
    if (this.peek() === 'n') {
      this.literal('null');
      return null;
    }
    const out: unknown[] = [];
    this.expect('[');
    this.enter();
    if (this.peek() === ']') {
      this.i++;
      this.depth--;
      return out;
    }
    for (;;) {
      this.path.push(out.length);
      out.push(this.value(desc));
      const c = this.peek();
      if (c !== ',' && c !== ']') throw this.error("expected ',' or ']'");
      this.path.pop();
      this.i++;
      if (c === ']') {
        this.depth--;
        return out;
      }
    }
  }

  private object(t: TypeDesc): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    if (this.peek() !== '{') throw this.error(`expected an object (${t.name})`);
    this.members((k) => {
      const f = t.fields.find((x) => x.key === k) ?? t.fields.find((x) => x.key.toLowerCase() === k.toLowerCase());
      if (!f) {
        this.any();
        return;
      }
      const v = f.array ? this.list(f.type) : this.value(f.type);
      if (v !== null || f.nillable) put(out, f.key, v);
    });
    return out;
  }

  /** Reads `{ "k": v, … }`, calling `each(k)` positioned at each value. */
  private members(each: (key: string) => void): void {
    this.expect('{');
    this.enter();
    if (this.peek() === '}') {
      this.i++;
      this.depth--;
      return;
    }
    for (;;) {
      if (this.peek() !== '"') throw this.error('expected a member name');
      const k = this.str();
      this.expect(':');
      this.path.push(k);
      each(k);
      const c = this.peek();
      if (c !== ',' && c !== '}') throw this.error("expected ',' or '}'");
      this.path.pop();
      this.i++;
      if (c === '}') {
        this.depth--;
        return;
      }
    }
  }

  private scalar(kind: ScalarKind, c: string): unknown {
    const isNum = c === '-' || (c >= '0' && c <= '9');
    switch (kind) {
      case 'int':
      case 'float':
      case 'double': {
        if (isNum) {
          const raw = this.num();
          if (kind === 'int' && !/^-?\d+$/.test(raw)) throw this.error(`expected an integer, got ${raw}`);
          return Number(raw);
        }
        const t = c === '"' ? this.str() : '';
        if (t === 'NaN') return NaN;
        if (t === 'Infinity') return Infinity;
        if (t === '-Infinity') return -Infinity;
        if (t !== '' && /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(t)) return Number(t);
        throw this.error(`expected a number`);
      }
      case 'long':
      case 'decimal': {
        if (isNum) {
          const raw = this.num();
          if (kind === 'long' && !/^-?\d+$/.test(raw)) throw this.error(`expected an integer, got ${raw}`);
          return raw;
        }
        const t = c === '"' ? this.str().trim() : '';
        if (DECIMAL_RE.test(t)) return t;
        throw this.error(`expected a ${kind} number`);
      }
      case 'boolean':
        return this.bool(c);
      case 'base64Binary':
      case 'hexBinary': {
        const t = c === '"' ? this.str() : undefined;
        const b = t === undefined ? undefined : kind === 'base64Binary' ? fromBase64(t) : fromHex(t);
        if (!b) throw this.error(`expected ${kind === 'base64Binary' ? 'base64' : 'hex'} text`);
        return b;
      }
      case 'anyType':
        return this.any();
      default:
        if (c === '"') return this.str();
        if (isNum) return this.num();
        throw this.error('expected a string');
    }
  }

  /** Any JSON value into plain values. */
  private any(): unknown {
    const c = this.peek();
    if (c === '"') return this.str();
    if (c === '{') {
      const out: Record<string, unknown> = {};
      this.members((k) => put(out, k, this.any()));
      return out;
    }
    if (c === '[') return this.list(undefined);
    if (c === 't' || c === 'f') return this.bool(c);
    if (c === 'n') {
      this.literal('null');
      return null;
    }
    return Number(this.num());
  }

  private bool(c: string): boolean {
    if (c !== 't' && c !== 'f') throw this.error('expected true or false');
    this.literal(c === 't' ? 'true' : 'false');
    return c === 't';
  }

  private num(): string {
    NUMBER_RE.lastIndex = this.i;
    const m = NUMBER_RE.exec(this.s);
    if (!m) throw this.error('invalid number');
    this.i += m[0].length;
    return m[0];
  }

  private str(): string {
    const s = this.s;
    let i = this.i + 1;
    let out = '';
    let from = i;
    for (;;) {
      if (i >= s.length) {
        this.i = i;
        throw this.error('unterminated string');
      }
      const c = s.charCodeAt(i);
      if (c === 34) break;
      if (c < 32) {
        this.i = i;
        throw this.error('control character in a string');
      }
      if (c !== 92) {
        i++;
        continue;
      }
      out += s.slice(from, i);
      const e = s[i + 1];
      const simple = ESCAPES[e];
      if (simple !== undefined) {
        out += simple;
        i += 2;
      } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(s.slice(i + 2, i + 6))) {
        out += String.fromCharCode(parseInt(s.slice(i + 2, i + 6), 16));
        i += 6;
      } else {
        this.i = i;
        throw this.error('invalid escape');
      }
      from = i;
    }
    this.i = i + 1;
    return out + s.slice(from, i);
  }
}

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** Sets `obj[key]` as an own data property, also for keys such as `__proto__`. */
function put(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (key in Object.prototype) Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
  else obj[key] = value;
}
