import fc from 'fast-check';
import type { FieldDesc, OperationDesc, ScalarKind, TypeDesc, ValueDesc } from '../../templates/runtime/schema.js';

/**
 * Values for generated descriptors: fast-check arbitraries of any valid typed value (in the form
 * the reader gives back, so a write → read round trip must return it unchanged), and helpers to
 * send a request through the runtime and read a response envelope built from it.
 */

/** Characters XML 1.0 can carry, with the ones that need escaping and astral characters over-represented. */
const CHARS = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('<', '>', '&', ']', ']]>', '"', "'", '\r', '\n', '\r\n', '\t', ' ', '${', '`', '*/', '\u0085', '\u2028', '\uFEFF', '𝄞', '🎉', 'ß', '名') },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 3 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
);

/** Strings XML 1.0 can carry (filtered: controls, lone surrogates, U+FFFE/U+FFFF excluded). */
export const xmlString = fc
  .oneof({ weight: 9, arbitrary: fc.array(CHARS, { maxLength: 12 }).map((a) => a.join('')) }, { weight: 1, arbitrary: fc.nat({ max: 200_000 }).map((n) => 'x<&'.repeat(n)) })
  .filter((s) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s));

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const zone = fc.oneof(fc.constant(''), fc.constant('Z'), fc.tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 14 }), fc.constantFrom(0, 30, 45)).map(([s, h, m]) => `${s}${pad(h)}:${pad(h === 14 ? 0 : m)}`));
const ymd = fc.tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`);
const hms = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 }), fc.option(fc.integer({ min: 0, max: 9999999 }), { nil: undefined }))
  .map(([h, m, s, f]) => `${pad(h)}:${pad(m)}:${pad(s)}${f === undefined ? '' : `.${pad(f, 7)}`}`);

const limitsDouble = fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, Number.MAX_SAFE_INTEGER, Number.EPSILON);
const limitsFloat = fc.constantFrom(NaN, Infinity, -Infinity, -0, 3.4028234663852886e38, 1.401298464324817e-45);

/** 1 to 30 digits, optionally with up to 30 more after the point. */
const decimal = fc
  .tuple(fc.constantFrom('', '-'), fc.stringMatching(/^[1-9]\d{0,29}$|^0$/), fc.option(fc.stringMatching(/^\d{1,30}$/), { nil: undefined }))
  .map(([s, i, f]) => `${s}${i}${f === undefined ? '' : `.${f}`}`);

/** Arbitrary of a scalar in its read-back form. */
export function scalarArb(kind: ScalarKind): fc.Arbitrary<unknown> {
  switch (kind) {
    case 'string':
      return xmlString;
    case 'anyType':
      return xmlString.filter((s) => s.trim() === s && !s.includes('<'));
    case 'boolean':
      return fc.boolean();
    case 'int':
      return fc.oneof(fc.integer({ min: -2147483648, max: 2147483647 }), fc.constantFrom(-2147483648, 2147483647, 0));
    case 'double':
      return fc.oneof(fc.double(), limitsDouble);
    case 'float':
      return fc.oneof(fc.float().map((n) => n), limitsFloat);
    case 'long':
      return fc.oneof(fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }), fc.constantFrom(-(2n ** 63n), 2n ** 63n - 1n)).map(String);
    case 'decimal':
      return decimal;
    case 'dateTime':
      return fc.tuple(ymd, hms, zone).map(([d, t, z]) => `${d}T${t}${z}`);
    case 'date':
      return fc.tuple(ymd, zone).map(([d, z]) => `${d}${z}`);
    case 'time':
      return fc.tuple(hms, zone).map(([t, z]) => `${t}${z}`);
    case 'duration':
      return fc.tuple(fc.constantFrom('', '-'), fc.nat(99), fc.nat(23), fc.nat(59)).map(([s, d, h, m]) => `${s}P${d}DT${h}H${m}M`);
    case 'guid':
      return fc.uuid();
    case 'base64Binary':
    case 'hexBinary':
      return fc.uint8Array({ maxLength: 40 });
  }
}

/** Arbitrary of any valid value of `desc` (read-back form), nested types to `depth` levels. */
export function valueArb(desc: ValueDesc, depth = 3): fc.Arbitrary<unknown> {
  if (typeof desc === 'string') return scalarArb(desc);
  switch (desc.kind) {
    case 'enum':
      return desc.values.length ? fc.constantFrom(...desc.values) : fc.constant('x');
    case 'xml':
      return xmlString.map((s) => `<v a="1">${s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\r/g, '&#13;')}</v>`);
    case 'map':
      return fc.constant({});
    case 'complex':
      return recordArb(desc, depth);
  }
}

function fieldArb(f: FieldDesc, depth: number): fc.Arbitrary<unknown> {
  const one = f.nillable ? fc.oneof({ weight: 4, arbitrary: valueArb(f.type, depth - 1) }, { weight: 1, arbitrary: fc.constant(null) }) : valueArb(f.type, depth - 1);
  if (!f.array) return one;
  return fc.array(valueArb(f.type, depth - 1), { maxLength: depth > 1 ? 3 : 1 });
}

/** A record of `t`: every required field, each optional one present or absent; nested types stop at `depth`. */
export function recordArb(t: TypeDesc, depth = 3): fc.Arbitrary<Record<string, unknown>> {
  const entries: [string, fc.Arbitrary<unknown>, boolean][] = [];
  for (const f of t.fields) {
    const nested = typeof f.type === 'object' && f.type.kind === 'complex';
    const required = !f.optional && !f.array;
    if (nested && depth <= 0 && !required) continue;
    entries.push([f.key, fieldArb(f, depth), required]);
  }
  return fc.tuple(...entries.map(([, a, req]) => (req ? a : fc.option(a, { nil: undefined, freq: 3 })))).map((values) => {
    const out: Record<string, unknown> = {};
    values.forEach((v, i) => {
      const key = entries[i][0];
      const f = t.fields.find((x) => x.key === key)!;
      // Unwrapped arrays always read back as arrays.
      const value = v === undefined && f.array && !f.item ? [] : v;
      if (value !== undefined) Object.defineProperty(out, key, { value, writable: true, enumerable: true, configurable: true });
    });
    return out;
  });
}

/** The `buildSoapRequest` / `readSoapResponse` pair of one generated package's runtime. */
export interface SoapModule {
  buildSoapRequest(version: 'soap11' | 'soap12', op: never, input: unknown): { body: string; headers: Record<string, string> };
  readSoapResponse(version: 'soap11' | 'soap12', op: never, text: string, status: number, contentType: string): { value: unknown };
}

/**
 * Sends `value` as the request of `op` with a package's runtime, and reads that very envelope
 * back as a response whose body element is the request's (same name, same type): the
 * write → read round trip of the operation's input.
 */
export function roundTrip(soap: SoapModule, op: OperationDesc, value: unknown, version: 'soap11' | 'soap12' = 'soap11'): { body: string; read: unknown } {
  const mirror: OperationDesc = { ...op, protocols: [version], output: op.input, returns: 'object' };
  const { body } = soap.buildSoapRequest(version, mirror as never, value);
  const read = soap.readSoapResponse(version, mirror as never, body, 200, version === 'soap12' ? 'application/soap+xml; charset=utf-8' : 'text/xml; charset=utf-8').value;
  return { body, read };
}
