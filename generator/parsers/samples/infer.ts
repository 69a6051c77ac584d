import type { PrimitiveName, TypeRef } from '../../ir/types.js';

/**
 * Type inference from sample values (sample-only specs). Rules, checked in order per value:
 * GUID → `guid`; integer → `int` (32-bit) / `long` (64-bit) / `integer`; decimal → `decimal`;
 * `true`/`false` → `boolean`; ISO 8601 (XSD lexical form) date-time / date / time → `dateTime` /
 * `date` / `time`; anything else → `string`, with a note describing a recognisable non-ISO
 * date/time format (`MM/DD/YYYY HH:mm:ss.fff`). Masks and placeholders (`*****`, `?`, `...`,
 * `[[Address Object]]`, the word `string`, empty) carry no type: `string` (or opaque XML for an
 * object placeholder), provenance `guessed`.
 */

/** The type read from a leaf's sample values, with its provenance and JSDoc notes. */
export interface Inferred {
  readonly type: TypeRef;
  readonly provenance: 'inferred-from-sample' | 'guessed';
  readonly notes: string[];
  /** Placeholder text when the type is a guess (for the summary warning). */
  readonly placeholder?: string;
}

const GUID = /^\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}?$/;
const INT = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(\d+\.\d*|\.\d+)$/;
const DOUBLE = /^[+-]?(\d+\.?\d*|\.\d+)[eE][+-]?\d+$/;
const ZONE = '(Z|[+-]\\d{2}:\\d{2})?';
const DATE_TIME = new RegExp(`^-?\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?${ZONE}$`);
const DATE = new RegExp(`^-?\\d{4}-\\d{2}-\\d{2}${ZONE}$`);
const TIME = new RegExp(`^\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?${ZONE}$`);
const TYPE_WORDS = new Set<PrimitiveName>([
  'int', 'long', 'short', 'boolean', 'dateTime', 'date', 'time', 'decimal', 'double', 'float', 'guid', 'base64Binary',
  'byte', 'unsignedByte', 'unsignedShort', 'unsignedInt', 'unsignedLong', 'char', 'duration', 'anyURI', 'QName',
]);

/** What a placeholder stands for, or undefined for a real value. */
export function placeholderKind(value: string): 'scalar' | 'xml' | undefined {
  const v = value.trim();
  if (v === '') return 'scalar';
  if (/^\[\[.*\]\]$/s.test(v) || /^\[[^\]]*\b(object|node|xml|record|element)s?\b[^\]]*\]$/i.test(v)) return 'xml';
  if (/^[*•x#]{3,}$/i.test(v) || /^\?+$/.test(v) || /^(\.{2,}|…)$/.test(v) || v === 'string') return 'scalar';
  if (/^\[[^\]]*\]$/.test(v) || /^\{[^{}]*\}$/.test(v) && !GUID.test(v)) return 'scalar';
  return undefined;
}

type Kind = PrimitiveName;

function kindOf(v: string): Kind {
  if (GUID.test(v)) return 'guid';
  if (INT.test(v)) {
    if (/^[+-]?0\d/.test(v)) return 'string'; // leading zeros are significant: a code, not a number
    const n = BigInt(v);
    if (n >= -(2n ** 31n) && n < 2n ** 31n) return 'int';
    if (n >= -(2n ** 63n) && n < 2n ** 63n) return 'long';
    return 'integer';
  }
  if (DECIMAL.test(v)) return 'decimal';
  if (DOUBLE.test(v)) return 'double';
  if (v === 'true' || v === 'false') return 'boolean';
  if (DATE_TIME.test(v)) return 'dateTime';
  if (DATE.test(v)) return 'date';
  if (TIME.test(v)) return 'time';
  return 'string';
}

const WIDENING: readonly (readonly Kind[])[] = [
  ['int', 'long', 'integer', 'decimal', 'double'],
];

function unify(kinds: readonly Kind[]): Kind {
  const set = [...new Set(kinds)];
  if (set.length === 1) return set[0];
  for (const ladder of WIDENING) {
    if (set.every((k) => ladder.includes(k))) return ladder[Math.max(...set.map((k) => ladder.indexOf(k)))];
  }
  return 'string';
}

function quote(v: string): string {
  const one = v.replace(/\s+/g, ' ');
  return one.length > 60 ? `${one.slice(0, 57)}...` : one;
}

/** Infers the type of a leaf from all values seen for it (in document order). */
export function inferValues(values: readonly string[]): Inferred {
  const trimmed = values.map((v) => v.replace(/\u00a0/g, ' ').trim());
  const real = trimmed.filter((v) => placeholderKind(v) === undefined);
  if (real.length === 0) return guessed(trimmed);
  const words = real.filter((v) => TYPE_WORDS.has(v as PrimitiveName));
  if (words.length === real.length && new Set(words).size === 1) {
    const name = words[0] as PrimitiveName;
    return { type: { kind: 'primitive', name }, provenance: 'inferred-from-sample', notes: [`inferred from a sample value: ${name} (a type-name placeholder)`] };
  }
  const kinds = real.map(kindOf);
  const kind = unify(kinds);
  const more = new Set(real).size - 1;
  const notes = [`inferred from a sample value: ${quote(real[0])}${more > 0 ? ` (and ${more} more)` : ''}`];
  if (kind === 'string' && new Set(kinds).size > 1) notes.push(`sample values disagree (${[...new Set(kinds)].join(', ')}): typed string`);
  if (kind === 'string') {
    const fmt = observedFormat(real);
    if (fmt) notes.push(`observed format: ${fmt} (sample: ${quote(real[0])})`);
    else if (kinds.includes('string') && /^[+-]?0\d+$/.test(real[0])) notes.push('leading zeros: kept as text');
  }
  return { type: { kind: 'primitive', name: kind }, provenance: 'inferred-from-sample', notes };
}

function guessed(values: readonly string[]): Inferred {
  const shown = values.find((v) => v !== '') ?? '';
  const xml = values.some((v) => placeholderKind(v) === 'xml');
  const what = shown === '' ? 'only empty values' : `the placeholder ${quote(shown)}`;
  return xml
    ? { type: { kind: 'xml' }, provenance: 'guessed', notes: [`the sample shows ${what} in place of child elements: kept as an XML fragment`], placeholder: shown }
    : { type: { kind: 'primitive', name: 'string' }, provenance: 'guessed', notes: [`the sample shows ${what}: typed string`], placeholder: shown || '(empty)' };
}

const NON_ISO = /^(\d{1,4})([/.\-])(\d{1,2})\2(\d{1,4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,7}))?)?(?:\s*([AaPp][Mm]))?)?$/;

/** Describes a non-ISO date/time format shared by the values (`MM/DD/YYYY HH:mm:ss.fff`). */
export function observedFormat(values: readonly string[]): string | undefined {
  const ms = values.map((v) => NON_ISO.exec(v));
  if (ms.some((m) => !m)) return undefined;
  const m = ms[0]!;
  const width = (s: string, long: string, short: string): string => (s.length >= 2 ? long : short);
  let date: string;
  if (m[1].length === 4) date = ['YYYY', width(m[3], 'MM', 'M'), width(m[4], 'DD', 'D')].join(m[2]);
  else {
    const dayFirst = ms.some((x) => Number(x![1]) > 12) && ms.every((x) => Number(x![3]) <= 12);
    const year = m[4].length === 4 ? 'YYYY' : 'YY';
    const a = dayFirst ? width(m[1], 'DD', 'D') : width(m[1], 'MM', 'M');
    const b = dayFirst ? width(m[3], 'MM', 'M') : width(m[3], 'DD', 'D');
    date = [a, b, year].join(m[2]);
  }
  if (m[5] === undefined) return date;
  const ampm = m[9] !== undefined;
  let time = `${ampm ? width(m[5], 'hh', 'h') : width(m[5], 'HH', 'H')}:mm`;
  if (m[7] !== undefined) time += ':ss';
  if (m[8] !== undefined) time += '.' + 'f'.repeat(m[8].length);
  if (ampm) time += ' A';
  return `${date} ${time}`;
}
