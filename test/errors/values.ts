import fc from 'fast-check';
import type { FacetsDesc, FieldDesc, OperationDesc, ScalarKind, TypeDesc, ValueDesc } from '../../templates/runtime/schema.js';

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

/** Strings for facet-constrained fields: one unit is one code point. */
const FACET_UNIT = fc.constantFrom('a', 'Z', '0', '<', '&', ' ', 'é', '名', '𝄞');

const num = (s: string | undefined): number | undefined => (s !== undefined && /^[+-]?\d+(\.\d+)?$/.test(s.trim()) ? Number(s) : undefined);
const int = (s: string | undefined): bigint | undefined => (s !== undefined && /^[+-]?\d+$/.test(s.trim()) ? BigInt(s.trim()) : undefined);

/**
 * Arbitrary of a scalar honouring a field's facets: numeric bounds (integer types' ranges are
 * facets), total and fraction digits, lengths, and patterns where JavaScript can generate them.
 * Without facets, as `scalarArb`.
 */
export function facetArb(kind: ScalarKind, facets: FacetsDesc | undefined): fc.Arbitrary<unknown> {
  if (!facets) return scalarArb(kind);
  switch (kind) {
    case 'int': {
      const lo = Math.max(num(facets.minInclusive) ?? -2147483648, (num(facets.minExclusive) ?? -Infinity) + 1, -2147483648);
      const hi = Math.min(num(facets.maxInclusive) ?? (facets.minInclusive === undefined ? 2147483647 : 4294967295), (num(facets.maxExclusive) ?? Infinity) - 1, 4294967295);
      return fc.oneof(fc.integer({ min: Math.ceil(lo), max: Math.floor(hi) }), fc.constantFrom(Math.ceil(lo), Math.floor(hi)));
    }
    case 'long': {
      const noBounds = facets.minInclusive === undefined && facets.maxInclusive === undefined;
      const lo = int(facets.minInclusive) ?? (noBounds ? -(2n ** 63n) : (int(facets.maxInclusive) ?? 0n) - 10n ** 30n);
      const hi = int(facets.maxInclusive) ?? (noBounds ? 2n ** 63n - 1n : lo + 10n ** 30n);
      return fc.oneof(fc.bigInt({ min: lo, max: hi }), fc.constantFrom(lo, hi)).map(String);
    }
    case 'decimal': {
      const lo = num(facets.minInclusive);
      const hi = num(facets.maxInclusive);
      if (lo !== undefined || hi !== undefined) return fc.integer({ min: Math.ceil(lo ?? -1e9), max: Math.floor(hi ?? 1e9) }).map(String);
      const total = facets.totalDigits ?? 30;
      const fraction = Math.min(facets.fractionDigits ?? 10, total - 1);
      return fc
        .tuple(fc.constantFrom('', '-'), fc.integer({ min: 1, max: total - fraction }), fc.nat(fraction))
        .chain(([sign, i, f]) => fc.tuple(fc.constant(sign), fc.stringMatching(new RegExp(`^[1-9]\\d{${i - 1}}$`)), f ? fc.stringMatching(new RegExp(`^\\d{${f}}$`)) : fc.constant('')))
        .map(([sign, i, f]) => `${sign}${i}${f ? `.${f}` : ''}`);
    }
    case 'float':
    case 'double': {
      const lo = num(facets.minInclusive);
      const hi = num(facets.maxInclusive);
      if (lo === undefined && hi === undefined) return scalarArb(kind);
      return fc.double({ min: lo ?? -1e9, max: hi ?? 1e9, noNaN: true, noDefaultInfinity: true }).map((n) => (kind === 'float' ? Math.fround(n) : n)).filter((n) => (lo === undefined || n >= lo) && (hi === undefined || n <= hi));
    }
    case 'string': {
      const minLength = facets.minLength ?? 0;
      const maxLength = Math.max(minLength, facets.maxLength ?? minLength + 12);
      if (facets.pattern !== undefined) {
        const re = jsPattern(facets.pattern);
        if (!re) return fc.constant(undefined);
        return fc.stringMatching(re).filter((x) => [...x].length >= minLength && [...x].length <= maxLength && !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/.test(x) && !/^\s|\s$/.test(x));
      }
      if (facets.minLength === undefined && facets.maxLength === undefined) return scalarArb(kind);
      return fc.array(FACET_UNIT, { minLength, maxLength: Math.min(maxLength, minLength + 40) }).map((a) => a.join(''));
    }
    default:
      return scalarArb(kind);
  }
}

/** An XSD pattern as an anchored JavaScript RegExp, when it is one (no `\i`, `\c`, `\p{…}` subtraction). */
function jsPattern(p: string): RegExp | undefined {
  if (/\\[icIC]|-\[/.test(p)) return undefined;
  try {
    return new RegExp(`^(?:${p})$`);
  } catch {
    return undefined;
  }
}

/** Arbitrary of any valid value of `desc` (read-back form), nested types to `depth` levels. */
export function valueArb(desc: ValueDesc, depth = 3, facets?: FacetsDesc): fc.Arbitrary<unknown> {
  if (typeof desc === 'string') return facetArb(desc, facets);
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
  const item = f.list ? fc.array(valueArb(f.type, depth - 1, f.facets), { minLength: 1, maxLength: 3 }) : valueArb(f.type, depth - 1, f.facets);
  const one = f.nillable ? fc.oneof({ weight: 4, arbitrary: item }, { weight: 1, arbitrary: fc.constant(null) }) : item;
  if (!f.array) return one;
  return fc.array(item, { maxLength: depth > 1 ? 3 : 1 });
}

/**
 * A record of `t`: every required field, each optional one present or absent; nested types stop at
 * `depth`. A type with subtypes gives a value of itself (unless abstract) or of one of its subtypes,
 * with `$type` set as the reader sets it.
 */
export function recordArb(t: TypeDesc, depth = 3): fc.Arbitrary<Record<string, unknown>> {
  if (t.subtypes !== undefined) {
    const concrete = [...(t.abstract ? [] : [t]), ...t.subtypes.filter((s) => !s.abstract)];
    if (concrete.length === 0) return fc.constant({});
    return fc.constantFrom(...concrete).chain((c) =>
      exactRecordArb(c, depth).map((v) => {
        if (c.tag !== undefined) v.$type = c.tag;
        return v;
      }),
    );
  }
  return exactRecordArb(t, depth);
}

function exactRecordArb(t: TypeDesc, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const entries: [string, fc.Arbitrary<unknown>, boolean][] = [];
  for (const f of t.fields) {
    const nested = typeof f.type === 'object' && f.type.kind === 'complex';
    const required = !f.optional && !f.array;
    if (nested && depth <= 0 && !required) {
      // Unwrapped arrays always read back as arrays.
      if (f.array && !f.item) entries.push([f.key, fc.constant([]), true]);
      continue;
    }
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
