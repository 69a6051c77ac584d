/**
 * What a response value must look like to be returned as its declared type: the lexical forms of
 * the XSD date and duration types and of GUIDs (for JSON also the forms Json.NET writes), exact
 * decimal comparison, and the per-field range and digit checks the readers run on every value
 * (built once per descriptor, so reading stays one comparison per value).
 */

import type { EnumDesc, FacetsDesc, FieldDesc, ValueDesc } from './schema.js';

const YMD = '-?(?:[1-9]\\d{4,}|\\d{4})-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])';
const HMS = '(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?|24:00:00(?:\\.0+)?)';
const ZONE = '(?:Z|[+-](?:(?:0\\d|1[0-3]):[0-5]\\d|14:00))?';

/** A GUID in .NET's `D` form (dashes), the form serializers write. */
const GUID_D = '[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}';
/** Every GUID form .NET's `Guid` parser accepts: `D`, `N` (digits only), `B` (braces), `P` (parentheses). */
export const GUID_ANY = new RegExp(`^(?:[0-9A-Fa-f]{32}|${GUID_D}|\\{${GUID_D}\\}|\\(${GUID_D}\\))$`);

/** Whether `s` holds `n` hexadecimal digits from `from`. */
function hexRun(s: string, from: number, n: number): boolean {
  for (let i = from; i < from + n; i++) {
    const c = s.charCodeAt(i);
    const lower = c | 0x20;
    if (!((c >= 48 && c <= 57) || (lower >= 97 && lower <= 102))) return false;
  }
  return true;
}

/** Whether `s` holds a GUID in the `D` form (`8-4-4-4-12` hex digits) at `o`. */
function guidDAt(s: string, o: number): boolean {
  return (
    hexRun(s, o, 8) &&
    s.charCodeAt(o + 8) === 45 &&
    hexRun(s, o + 9, 4) &&
    s.charCodeAt(o + 13) === 45 &&
    hexRun(s, o + 14, 4) &&
    s.charCodeAt(o + 18) === 45 &&
    hexRun(s, o + 19, 4) &&
    s.charCodeAt(o + 23) === 45 &&
    hexRun(s, o + 24, 12)
  );
}

/**
 * `LEXICAL.guid.test(s)` (`anyForm` false) or `GUID_ANY.test(s)` (`anyForm` true), checked
 * character by character.
 */
export function isGuid(s: string, anyForm: boolean): boolean {
  if (s.length === 36) return guidDAt(s, 0);
  if (!anyForm) return false;
  if (s.length === 32) return hexRun(s, 0, 32);
  if (s.length !== 38) return false;
  const a = s.charCodeAt(0);
  const b = s.charCodeAt(37);
  return ((a === 123 && b === 125) || (a === 40 && b === 41)) && guidDAt(s, 1);
}

/** XSD lexical forms (XML Schema 1.0 Part 2 §3.2.6–3.2.9) and the Microsoft `guid` pattern. */
export const LEXICAL = {
  dateTime: new RegExp(`^${YMD}T${HMS}${ZONE}$`),
  date: new RegExp(`^${YMD}${ZONE}$`),
  time: new RegExp(`^${HMS}${ZONE}$`),
  duration: /^-?P(?!$)(?:\d+Y)?(?:\d+M)?(?:\d+D)?(?:T(?!$)(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d+)?S)?)?$/,
  guid: new RegExp(`^${GUID_D}$`),
} as const;

export type LexicalKind = keyof typeof LEXICAL;

/** What may follow the usual head of a dateTime: fraction and zone. */
const TAIL = new RegExp(`(?:\\.\\d+)?${ZONE}$`, 'y');

/** The digit at `i` of `s` (-100 for another character, so that a sum of digits goes out of range). */
function digit(s: string, i: number): number {
  const d = s.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : -100;
}

/**
 * Whether `s` starts with the usual head of a dateTime, `YYYY-MM-DDThh:mm:ss` (4-digit year,
 * month 01-12, day 01-31, hour 00-23, minutes and seconds 00-59), checked character by character.
 */
function hasUsualHead(s: string): boolean {
  if (s.length < 19 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return false;
  const year = digit(s, 0) + digit(s, 1) + digit(s, 2) + digit(s, 3);
  const month = digit(s, 5) * 10 + digit(s, 6);
  const day = digit(s, 8) * 10 + digit(s, 9);
  const hour = digit(s, 11) * 10 + digit(s, 12);
  const minute = digit(s, 14) * 10 + digit(s, 15);
  const second = digit(s, 17) * 10 + digit(s, 18);
  return year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59;
}

/** Whether `s` is an xsd:dateTime (this runs once per date of every response: the usual form first). */
export function isDateTime(s: string): boolean {
  if (!hasUsualHead(s)) return LEXICAL.dateTime.test(s);
  if (s.length === 19) return true;
  TAIL.lastIndex = 19;
  return TAIL.test(s);
}

/** Json.NET's `MicrosoftDateFormat` (`\/Date(ms±hhmm)\/`, the escapes already decoded). */
const MS_DATE = /^\/Date\(-?\d+(?:[+-]\d{4})?\)\/$/;
/** .NET `TimeSpan` as Json.NET writes it (`[-][d.]hh:mm:ss[.fffffff]`). */
const TIME_SPAN = /^-?(?:\d+\.)?(?:[01]?\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,7})?$/;

/** Whether `s` (trimmed) is in the XML lexical form of `kind`. */
export function isLexical(kind: LexicalKind, s: string): boolean {
  return LEXICAL[kind].test(s);
}

/**
 * Whether a JSON string is a value of `kind` as Json.NET writes it: ISO 8601 (the XSD forms) or
 * the Microsoft date form for dates, a `TimeSpan` or an XSD duration for durations.
 */
export function isJsonLexical(kind: LexicalKind, s: string): boolean {
  switch (kind) {
    case 'dateTime':
      return LEXICAL.dateTime.test(s) || MS_DATE.test(s);
    case 'date':
      return LEXICAL.date.test(s) || LEXICAL.dateTime.test(s) || MS_DATE.test(s);
    case 'duration':
      return TIME_SPAN.test(s) || LEXICAL.duration.test(s);
    default:
      return LEXICAL[kind].test(s);
  }
}

/** Whether `v` (a string, or a number for enums read from JSON) names a member of `e`. */
export function isEnumMember(e: EnumDesc, v: string): boolean {
  const values = e.values;
  if (values.length === 0) return true;
  if (values.length <= 16) return values.includes(v);
  let set = enumSets.get(e);
  if (!set) enumSets.set(e, (set = new Set(values)));
  return set.has(v);
}

const enumSets = new WeakMap<EnumDesc, ReadonlySet<string>>();

/** Sign, integer digits without leading zeros, fraction digits without trailing zeros. */
export function splitDecimal(d: string): { neg: boolean; int: string; frac: string } {
  let s = d.trim();
  let neg = false;
  if (s[0] === '-' || s[0] === '+') {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  const dot = s.indexOf('.');
  const int = (dot < 0 ? s : s.slice(0, dot)).replace(/^0+/, '');
  const frac = dot < 0 ? '' : s.slice(dot + 1).replace(/0+$/, '');
  if (!int && !frac) neg = false;
  return { neg, int, frac };
}

/** Exact comparison of two decimal strings (any number of digits): -1, 0 or 1. */
export function compareDecimal(a: string, b: string): number {
  const x = splitDecimal(a);
  const y = splitDecimal(b);
  if (x.neg !== y.neg) return x.neg ? -1 : 1;
  const sign = x.neg ? -1 : 1;
  if (x.int.length !== y.int.length) return x.int.length < y.int.length ? -sign : sign;
  if (x.int !== y.int) return x.int < y.int ? -sign : sign;
  const n = Math.max(x.frac.length, y.frac.length);
  const fa = x.frac.padEnd(n, '0');
  const fb = y.frac.padEnd(n, '0');
  if (fa === fb) return 0;
  return fa < fb ? -sign : sign;
}

/** A check of one value read from a response: the problem, or `undefined` when it is fine. */
export type ValueCheck = (v: unknown) => string | undefined;

export const INT_RANGE: readonly [string, string] = ['-2147483648', '2147483647'];
export const LONG_RANGE: readonly [string, string] = ['-9223372036854775808', '9223372036854775807'];

/**
 * The range in force: the declared bounds, else the default one of the kind (`int`: 32-bit,
 * `long`: 64-bit) when neither bound is declared.
 */
export function boundsOf(f: FacetsDesc | undefined, range: readonly [string, string] | undefined): [string | undefined, string | undefined] {
  const min = f?.minInclusive ?? (f?.maxInclusive === undefined ? range?.[0] : undefined);
  const max = f?.maxInclusive ?? (f?.minInclusive === undefined ? range?.[1] : undefined);
  return [min, max];
}

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const isDec = (s: string | undefined): s is string => s !== undefined && DECIMAL.test(s.trim());

const checks = new WeakMap<object, ValueCheck | null>();

/**
 * The range and digit check of a field's values (each item for arrays and lists), built once per
 * field descriptor; `undefined` when its type has none.
 */
export function fieldCheck(f: FieldDesc): ValueCheck | undefined {
  let c = checks.get(f);
  if (c === undefined) {
    c = valueCheck(f.type, f.facets) ?? null;
    checks.set(f, c);
  }
  return c ?? undefined;
}

/** The range and digit check of values of `desc` under `facets`; `undefined` when none applies. */
export function valueCheck(desc: ValueDesc, facets: FacetsDesc | undefined): ValueCheck | undefined {
  if (typeof desc !== 'string') return undefined;
  switch (desc) {
    case 'int':
    case 'float':
    case 'double': {
      const [min, max] = boundsOf(facets, desc === 'int' ? INT_RANGE : undefined);
      const lo = isDec(min) ? Number(min) : -Infinity;
      const hi = isDec(max) ? Number(max) : Infinity;
      const xlo = isDec(facets?.minExclusive) ? Number(facets!.minExclusive) : -Infinity;
      const xhi = isDec(facets?.maxExclusive) ? Number(facets!.maxExclusive) : Infinity;
      if (lo === -Infinity && hi === Infinity && xlo === -Infinity && xhi === Infinity) return undefined;
      return (v) => {
        if (typeof v !== 'number') return undefined;
        if (v < lo) return `${v} is below the minimum ${min}`;
        if (v > hi) return `${v} is above the maximum ${max}`;
        if (v <= xlo) return `${v} must be greater than ${facets!.minExclusive}`;
        if (v >= xhi) return `${v} must be less than ${facets!.maxExclusive}`;
        return undefined;
      };
    }
    case 'long':
    case 'decimal': {
      const [min, max] = boundsOf(facets, desc === 'long' ? LONG_RANGE : undefined);
      const lo = isDec(min) ? min : undefined;
      const hi = isDec(max) ? max : undefined;
      const xlo = isDec(facets?.minExclusive) ? facets!.minExclusive : undefined;
      const xhi = isDec(facets?.maxExclusive) ? facets!.maxExclusive : undefined;
      const total = facets?.totalDigits;
      const fraction = facets?.fractionDigits;
      if (lo === undefined && hi === undefined && xlo === undefined && xhi === undefined && total === undefined && fraction === undefined) return undefined;
      // Values this short are within the bounds whatever their digits (the common case: no compare).
      const simple = lo !== undefined && hi !== undefined && xlo === undefined && xhi === undefined && total === undefined && fraction === undefined;
      const loSign = lo === undefined ? 0 : compareDecimal(lo, '0');
      const nonNegative = loSign === 0;
      const short = simple && loSign <= 0 && compareDecimal(hi!, '0') > 0 ? Math.min(loSign < 0 ? digitsOf(lo!) - 1 : Infinity, digitsOf(hi!) - 1) : -1;
      return (v) => {
        if (typeof v !== 'string') return undefined;
        if (short > 0 && v.length <= short && (!nonNegative || v.charCodeAt(0) !== 45)) return undefined;
        if (lo !== undefined && compareDecimal(v, lo) < 0) return `${v} is below the minimum ${lo}`;
        if (hi !== undefined && compareDecimal(v, hi) > 0) return `${v} is above the maximum ${hi}`;
        if (xlo !== undefined && compareDecimal(v, xlo) <= 0) return `${v} must be greater than ${xlo}`;
        if (xhi !== undefined && compareDecimal(v, xhi) >= 0) return `${v} must be less than ${xhi}`;
        if (total !== undefined || fraction !== undefined) {
          const { int, frac } = splitDecimal(v);
          const n = Math.max(1, int.length + frac.length);
          if (total !== undefined && n > total) return `${v} has ${n} digits, at most ${total} allowed`;
          if (fraction !== undefined && frac.length > fraction) return `${v} has ${frac.length} fraction digits, at most ${fraction} allowed`;
        }
        return undefined;
      };
    }
    default:
      return undefined;
  }
}

/** Number of integer digits of a decimal bound (`0` counts as one). */
function digitsOf(d: string): number {
  return Math.max(1, splitDecimal(d).int.length);
}
