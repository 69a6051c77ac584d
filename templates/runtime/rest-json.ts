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

import { fromBase64, fromHex, DECIMAL_RE, INTEGER_RE } from './codec.js';
import { LimitError, ResponseError } from './errors.js';
import { DEFAULT_LIMITS } from './limits.js';
import { pathText } from './rest-json-write.js';
import { fieldCheck, isEnumMember, isJsonLexical, valueCheck, type LexicalKind, type ValueCheck } from './lexical.js';
import type { EnumDesc, FieldDesc, ScalarKind, TypeDesc, ValueDesc } from './schema.js';

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
  if (desc !== undefined && what === 'response') {
    if (v === null) throw r.error(`null where ${array ? 'an array' : typeof desc === 'string' ? `a ${desc}` : `a ${desc.kind === 'complex' || desc.kind === 'enum' ? desc.name : desc.kind}`} value is declared`);
    const check = valueCheck(desc, undefined);
    if (check !== undefined) r.checked(check, v);
  }
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
const INT_TEXT = /^-?\d+$/;
/** The largest finite float (IEEE single precision), as a double. */
const FLT_MAX = 3.4028234663852886e38;

/** Required members of a record type, found once per type. */
const requiredOf = new WeakMap<TypeDesc, readonly FieldDesc[]>();

function required(t: TypeDesc): readonly FieldDesc[] {
  let r = requiredOf.get(t);
  if (!r) requiredOf.set(t, (r = t.fields.filter((f) => !f.optional && f.node !== 'text')));
  return r;
}

/**
 * The exact decimal text of a JSON number in exponent form (`1.5e3` → `1500`, `25E-3` →
 * `0.025`); `undefined` when its exponent is beyond ±1000 (no .NET number type comes near).
 */
export function expandExponent(raw: string): string | undefined {
  const m = /^(-?)(\d+)(?:\.(\d+))?[eE]([+-]?\d+)$/.exec(raw);
  if (!m) return raw;
  const exp = Number(m[4]);
  if (!(Math.abs(exp) <= 1000)) return undefined;
  const digits = (m[2] + (m[3] ?? '')).replace(/^0+(?=\d)/, '');
  const point = m[2].replace(/^0+(?=\d)/, '').length + exp;
  let int: string;
  let frac: string;
  if (point <= 0) {
    int = '0';
    frac = '0'.repeat(-point) + digits;
  } else if (point >= digits.length) {
    int = digits + '0'.repeat(point - digits.length);
    frac = '';
  } else {
    int = digits.slice(0, point);
    frac = digits.slice(point);
  }
  int = int.replace(/^0+(?=\d)/, '');
  frac = frac.replace(/0+$/, '');
  const text = frac ? `${int}.${frac}` : int;
  return m[1] && /[1-9]/.test(text) ? `-${text}` : text;
}

class JsonReader {
  i = 0;
  private readonly path: (string | number)[] = [];
  /** Arrays and objects open. */
  private depth = 0;
  /**
   * Check values against their descriptors; a request (read back by the mock) is left to the
   * validator, which reports every problem at once.
   */
  private readonly strict: boolean;

  constructor(
    private readonly s: string,
    private readonly status: number,
    private readonly what: string,
    private readonly maxDepth: number,
  ) {
    this.strict = what === 'response';
  }

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
        if (c === '"') return this.enumName(desc, this.str());
        if (c === '-' || (c >= '0' && c <= '9')) {
          const raw = this.num();
          const k = INT_TEXT.test(raw) ? (desc.numbers?.indexOf(Number(raw)) ?? -1) : -1;
          if (k >= 0) return desc.values[k];
          if (!this.strict) return raw;
          throw this.error(`${raw} is not a ${desc.name} value`);
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

  /**
   * An enumeration name as Json.NET's `StringEnumConverter` reads it: exactly, else ignoring case
   * (the declared spelling is returned); `[Flags]` lists as comma-separated names.
   */
  private enumName(e: EnumDesc, s: string): string {
    const one = (x: string): string => {
      if (!this.strict || isEnumMember(e, x)) return x;
      const lower = x.toLowerCase();
      const hit = e.values.find((v) => v.toLowerCase() === lower);
      if (hit === undefined) throw this.error(`${JSON.stringify(x.slice(0, 40))} is not a ${e.name} value`);
      return hit;
    };
    if (!e.list) return one(s.trim());
    return s
      .split(/[\s,]+/)
      .filter((x) => x !== '')
      .map(one)
      .join(' ');
  }

  /** Runs a range check on a value (each item of an array). */
  checked(check: ValueCheck, v: unknown): void {
    if (!this.strict) return;
    if (Array.isArray(v)) {
      for (const x of v) if (x !== null) this.checked(check, x);
      return;
    }
    const problem = check(v);
    if (problem !== undefined) throw this.error(problem);
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
      if (this.strict && Object.prototype.hasOwnProperty.call(out, f.key)) throw this.error(`member ${f.key} occurs more than once`);
      const v = f.array ? this.list(f.type) : this.value(f.type);
      if (v === null && !f.nillable) return;
      const check = v === null ? undefined : fieldCheck(f);
      if (check !== undefined) this.checked(check, v);
      put(out, f.key, v);
    });
    // A request (read by the mock) is checked by the validator, which reports every problem.
    if (this.strict) {
      for (const f of required(t)) {
        if (out[f.key] === undefined || !Object.prototype.hasOwnProperty.call(out, f.key)) throw this.error(`missing required member ${f.key} of ${t.name}`);
      }
    }
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
        let t: string;
        if (isNum) t = this.num();
        else {
          t = c === '"' ? this.str().trim() : '';
          if (kind !== 'int') {
            // Json.NET writes non-finite doubles as strings.
            if (t === 'NaN') return NaN;
            if (t === 'Infinity') return Infinity;
            if (t === '-Infinity') return -Infinity;
          }
          if (t === '' || !/^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(t)) throw this.error(kind === 'int' ? 'expected an integer' : 'expected a number');
        }
        if (kind === 'int' && !INT_TEXT.test(t)) throw this.error(`expected an integer, got ${t.slice(0, 40)}`);
        const n = Number(t);
        // `int` covers every 32-bit integer type; the field's own range is checked with the field.
        if (this.strict && (kind === 'int' ? n < -2147483648 || n > 4294967295 : n === Infinity || n === -Infinity || (kind === 'float' && (n > FLT_MAX || n < -FLT_MAX)))) {
          throw this.error(`${kind} ${t.slice(0, 40)} is out of range`);
        }
        return n;
      }
      case 'long':
      case 'decimal': {
        if (isNum) {
          const raw = this.num();
          if (kind === 'long') {
            if (!INT_TEXT.test(raw)) throw this.error(`expected an integer, got ${raw.slice(0, 40)}`);
            return raw;
          }
          const d = expandExponent(raw);
          if (d === undefined) throw this.error(`decimal ${raw.slice(0, 40)} is out of range`);
          return d;
        }
        const t = c === '"' ? this.str().trim() : '';
        if ((kind === 'long' ? INTEGER_RE : DECIMAL_RE).test(t)) return t;
        throw this.error(`expected a ${kind} number`);
      }
      case 'dateTime':
      case 'date':
      case 'time':
      case 'duration':
      case 'guid': {
        const t = c === '"' ? this.str() : undefined;
        if (t !== undefined && (!this.strict || isJsonLexical(kind as LexicalKind, t.trim()))) return t.trim();
        throw this.error(`expected a ${kind === 'guid' ? 'GUID' : kind} string${t === undefined ? '' : `, got ${JSON.stringify(t.slice(0, 40))}`}`);
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
