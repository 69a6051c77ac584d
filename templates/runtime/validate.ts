/**
 * Request validation, run before anything is sent (turn it off with `validate: false`). Checks
 * every value against its descriptor: required fields present, JavaScript types matching the wire
 * types, integers within their range (32-bit for `int`, 64-bit for `long`, or the declared
 * bounds), enumeration members, the XSD facets (`minLength`/`maxLength`, `pattern` matched
 * against the whole value, numeric bounds compared exactly, also for decimal strings of any
 * length, `totalDigits`/`fractionDigits`) and characters XML 1.0 cannot carry. A member the type
 * does not declare is a problem too (it would not be sent), with the closest declared name. Every
 * problem is reported with its path, e.g. `request.ChatRequest[1].UserName`.
 */

import { DECIMAL_RE, decimalOfNumber, describe, INTEGER_RE, invalidXmlCharIndex } from './codec.js';
import type { Problem } from './errors.js';
import { boundsOf, compareDecimal, GUID_ANY, INT_RANGE, isDateTime, isGuid, LEXICAL, LONG_RANGE, splitDecimal } from './lexical.js';
import { sentType, type EnumDesc, type FacetsDesc, type FieldDesc, type ScalarKind, type TypeDesc, type ValueDesc } from './schema.js';

/** A request's GUID may be in any form the server's `Guid` parser reads. */
const notGuid = (s: string): string | undefined => (GUID_ANY.test(s.trim()) ? undefined : `${describe(s)} is not a GUID (e.g. 3f2504e0-4f89-11d3-9a0c-0305e82c3301)`);

/** Problems of `value` as a `desc` (a field's facets and null/array rules when `field` is given). */
export function validateValue(desc: ValueDesc, value: unknown, path: string, field?: FieldDesc): Problem[] {
  // A valid value (the usual case) is confirmed by the compiled checks below, which build no
  // paths or messages; the walk that reports each problem with its path runs only after they
  // found one.
  if (field ? okOfField(field)(value) : okOfValue(desc, undefined)(value)) return [];
  const out: Problem[] = [];
  if (field) checkField(field, value, path, out);
  else checkValue(desc, value, path, undefined, out);
  return out;
}

function checkField(f: FieldDesc, v: unknown, path: string, out: Problem[]): void {
  if (v === undefined || (v === null && !f.nillable)) {
    if (!f.optional) out.push({ path, message: v === null ? 'required (null given; the field is not nillable)' : 'required' });
    return;
  }
  if (v === null) return;
  if (!f.array) {
    checkOne(f, v, path, out);
    return;
  }
  if (!Array.isArray(v)) {
    out.push({ path, message: `expected an array, got ${describe(v)}` });
    return;
  }
  for (let i = 0; i < v.length; i++) {
    const x: unknown = v[i];
    const p = `${path}[${i}]`;
    if (x === null || x === undefined) {
      if (x === undefined || !(f.nillable || f.item?.nillable)) out.push({ path: p, message: `array item is ${String(x)}` });
    } else checkOne(f, x, p, out);
  }
}

/** One occurrence of a field: a value of its type, or for `xs:list` an array of such values. */
function checkOne(f: FieldDesc, v: unknown, path: string, out: Problem[]): void {
  if (!f.list) {
    checkValue(f.type, v, path, f.facets, out);
    return;
  }
  if (!Array.isArray(v)) {
    out.push({ path, message: `expected an array (an xs:list value), got ${describe(v)}` });
    return;
  }
  for (let i = 0; i < v.length; i++) checkValue(f.type, v[i], `${path}[${i}]`, f.facets, out);
}

function checkValue(desc: ValueDesc, v: unknown, path: string, facets: FacetsDesc | undefined, out: Problem[]): void {
  if (typeof desc === 'string') {
    checkScalar(desc, v, path, facets, out);
    return;
  }
  switch (desc.kind) {
    case 'enum':
      checkEnum(desc, v, path, facets, out);
      return;
    case 'xml':
      if (typeof v !== 'string') out.push({ path, message: `expected an XML string, got ${describe(v)}` });
      return;
    case 'map':
      if (!isRecord(v)) out.push({ path, message: `expected an object, got ${describe(v)}` });
      else for (const [k, x] of Object.entries(v)) if (x !== undefined) checkValue(desc.value, x, `${path}.${k}`, undefined, out);
      return;
    case 'complex':
      checkComplex(desc, v, path, out);
      return;
  }
}

function checkComplex(declared: TypeDesc, v: unknown, path: string, out: Problem[]): void {
  if (!isRecord(v)) {
    out.push({ path, message: `expected an object (${declared.name}), got ${describe(v)}` });
    return;
  }
  const t = actualType(declared, v, path, out);
  if (!t) return;
  for (const f of t.fields) {
    // Own properties only, as the writers read them (never one inherited from a polluted prototype).
    const x = Object.prototype.hasOwnProperty.call(v, f.key) ? v[f.key] : undefined;
    checkField(f, x, `${path}.${f.key}`, out);
  }
  checkChoices(t, v, path, out);
  checkUndeclared(t, v, path, out);
}

/** Members of `v` that `t` does not declare (and that are not `undefined`): they would not be sent. */
function checkUndeclared(t: TypeDesc, v: Record<string, unknown>, path: string, out: Problem[]): void {
  const keys = typeOkOf(t).keys;
  for (const k of Object.keys(v)) {
    if (keys.has(k) || v[k] === undefined) continue;
    out.push(undeclared(k, keys, path, t.name));
  }
}

/** The problem of an undeclared member `key` at `path`, naming the closest of `known` when one is close. */
export function undeclared(key: string, known: Iterable<string>, path: string, owner: string, noun = 'member'): Problem {
  const hint = closest(key, known);
  return { path: `${path}.${key}`, message: `${owner} has no ${noun} ${JSON.stringify(key)}${hint !== undefined ? `; did you mean ${JSON.stringify(hint)}?` : ''} (it would not be sent)` };
}

/** The name of `known` closest to `word`: the same but for case, or within a few edits. */
function closest(word: string, known: Iterable<string>): string | undefined {
  const w = word.toLowerCase();
  let best: string | undefined;
  let bestScore = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const k of known) {
    const score = k.toLowerCase() === w ? 0 : distance(w, k.toLowerCase(), bestScore);
    if (score < bestScore) {
      bestScore = score;
      best = k;
    }
  }
  return best;
}

/** Edit distance of `a` and `b`, or `limit` when it is at least `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let low = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (cur[j] < low) low = cur[j];
    }
    if (low >= limit) return limit;
    prev = cur;
  }
  return Math.min(prev[b.length], limit);
}

/**
 * XSD `xs:choice` groups of a record: the members set (an empty array counts as unset) must all
 * belong to one alternative, and a choice that is not optional needs one alternative set.
 */
/** One `xs:choice` group of a record type, prepared once per type. */
interface ChoiceGroup {
  /** Each wire name with the alternatives (0-based) it belongs to. */
  readonly branchesOf: ReadonlyMap<string, readonly number[]>;
  /** Names whose `null` is sent (as `xsi:nil`), so it counts as set. */
  readonly nillable: ReadonlySet<string>;
  /** The choice may be absent altogether. */
  readonly optional: boolean;
  /** The alternatives' names, for the "must be set" message. */
  readonly listed: string;
}

const choiceGroups = new WeakMap<TypeDesc, readonly ChoiceGroup[]>();

function groupsOf(t: TypeDesc): readonly ChoiceGroup[] {
  let out = choiceGroups.get(t);
  if (!out) {
    const byId = new Map<string, FieldDesc[]>();
    for (const f of t.fields) if (f.choice !== undefined) byId.set(f.choice, [...(byId.get(f.choice) ?? []), f]);
    out = [...byId.values()].map((fields) => {
      const branchesOf = new Map<string, number[]>();
      for (const f of fields) branchesOf.set(f.key, [...(branchesOf.get(f.key) ?? []), f.branch ?? 0]);
      const keysOf = new Map<number, string[]>();
      for (const f of fields) keysOf.set(f.branch ?? 0, [...new Set([...(keysOf.get(f.branch ?? 0) ?? []), f.key])]);
      const listed = [...keysOf].sort((a, b) => a[0] - b[0]).map(([b, keys]) => `${keys.join(', ')} (alternative ${b + 1})`).join(' or ');
      return { branchesOf, nillable: new Set(fields.filter((f) => f.nillable).map((f) => f.key)), optional: fields.some((f) => f.choiceOptional), listed };
    });
    choiceGroups.set(t, out);
  }
  return out;
}

function checkChoices(t: TypeDesc, v: Record<string, unknown>, path: string, out: Problem[]): void {
  const groups = groupsOf(t);
  for (let g = 0; g < groups.length; g++) {
    const { branchesOf, nillable, optional, listed } = groups[g];
    const alt = (key: string): string => `${key} (alternative ${branchesOf.get(key)!.map((b) => b + 1).join(' or ')})`;
    let possible: readonly number[] | undefined;
    let first: string | undefined;
    for (const [key, branches] of branchesOf) {
      const x = Object.prototype.hasOwnProperty.call(v, key) ? v[key] : undefined;
      // Unset: undefined, an empty array, and null unless it is sent as xsi:nil.
      if (x === undefined || (x === null && !nillable.has(key)) || (Array.isArray(x) && x.length === 0)) continue;
      const next: readonly number[] = possible ? possible.filter((b) => branches.includes(b)) : branches;
      if (!next.length) {
        out.push({ path, message: `only one alternative of the choice may be set: ${alt(first!)} and ${alt(key)}` });
        break;
      }
      possible = next;
      first ??= key;
    }
    if (!possible && !optional) out.push({ path, message: `one alternative of the choice must be set: ${listed}` });
  }
}

/** The type a record is sent as (`$type` names a subtype), or `undefined` after a problem. */
function actualType(t: TypeDesc, v: Record<string, unknown>, path: string, out: Problem[]): TypeDesc | undefined {
  if (t.tag === undefined) return t;
  const sent = sentType(t, v);
  if (!('problem' in sent)) return sent;
  out.push({ path: sent.atTag ? `${path}.$type` : path, message: sent.problem });
  return undefined;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date) && !(v instanceof Uint8Array);
}

function checkScalar(kind: ScalarKind, v: unknown, path: string, facets: FacetsDesc | undefined, out: Problem[]): void {
  const bad = (message: string): void => void out.push({ path, message });
  switch (kind) {
    case 'string':
    case 'anyType':
      if (typeof v === 'string') checkString(v, path, facets, out);
      else if (kind === 'string' || (typeof v !== 'number' && typeof v !== 'boolean' && typeof v !== 'bigint')) bad(`expected a string, got ${describe(v)}`);
      return;
    case 'guid':
      if (typeof v !== 'string') bad(`expected a string, got ${describe(v)}`);
      else {
        const problem = notGuid(v);
        if (problem !== undefined) bad(problem);
      }
      return;
    case 'duration':
      if (typeof v !== 'string') bad(`expected a string, got ${describe(v)}`);
      else if (!LEXICAL.duration.test(v)) bad(`${describe(v)} is not an xsd:duration (e.g. P1DT2H)`);
      return;
    case 'boolean':
      if (typeof v !== 'boolean') bad(`expected a boolean, got ${describe(v)}`);
      return;
    case 'int':
      if (typeof v !== 'number' || !Number.isInteger(v)) bad(`expected an integer, got ${describe(v)}`);
      else checkBounds(decimalOfNumber(v), path, facets, INT_RANGE, out);
      return;
    case 'float':
    case 'double':
      if (typeof v !== 'number') bad(`expected a number, got ${describe(v)}`);
      else if (Number.isFinite(v)) checkBounds(decimalOfNumber(v), path, facets, undefined, out);
      return;
    case 'long':
    case 'decimal': {
      const d = decimalText(kind, v);
      if (d === undefined) bad(`${describe(v)} is not a valid ${kind}`);
      else {
        checkBounds(d, path, facets, kind === 'long' ? LONG_RANGE : undefined, out);
        checkDigits(d, path, facets, out);
      }
      return;
    }
    case 'dateTime':
    case 'date':
    case 'time':
      if (v instanceof Date) {
        if (Number.isNaN(v.getTime())) bad('invalid Date');
      } else if (typeof v !== 'string') bad(`expected a string or a Date, got ${describe(v)}`);
      else if (!LEXICAL[kind].test(v.trim())) bad(`${describe(v)} is not an xsd:${kind}`);
      return;
    case 'base64Binary':
    case 'hexBinary':
      if (!(v instanceof Uint8Array)) bad(`expected a Uint8Array, got ${describe(v)}`);
      else checkLength(v.length, path, facets, out);
      return;
  }
}

function decimalText(kind: 'long' | 'decimal', v: unknown): string | undefined {
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') return Number.isFinite(v) && (kind === 'decimal' || Number.isInteger(v)) ? decimalOfNumber(v) : undefined;
  if (typeof v === 'string') {
    const t = v.trim();
    return (kind === 'long' ? INTEGER_RE : DECIMAL_RE).test(t) ? t : undefined;
  }
  return undefined;
}

function checkString(s: string, path: string, facets: FacetsDesc | undefined, out: Problem[]): void {
  const bad = invalidXmlCharIndex(s);
  if (bad >= 0) out.push({ path, message: `character U+${s.charCodeAt(bad).toString(16).toUpperCase().padStart(4, '0')} at index ${bad} cannot be sent in XML` });
  if (!facets) return;
  if (facets.notBlank && s.trim() === '') out.push({ path, message: 'required: an empty or blank string is refused ([Required])' });
  const guidProblem = facets.format === 'guid' ? notGuid(s) : undefined;
  if (guidProblem !== undefined) out.push({ path, message: guidProblem });
  checkLength(codePoints(s), path, facets, out);
  if (facets.pattern !== undefined) {
    const re = patternOf(facets.pattern);
    if (re && !re.test(s)) out.push({ path, message: `${describe(s)} does not match the pattern ${facets.pattern}` });
  }
}

function checkLength(n: number, path: string, facets: FacetsDesc | undefined, out: Problem[]): void {
  if (facets?.minLength !== undefined && n < facets.minLength) out.push({ path, message: `length ${n} is below the minimum ${facets.minLength}` });
  if (facets?.maxLength !== undefined && n > facets.maxLength) out.push({ path, message: `length ${n} is above the maximum ${facets.maxLength}` });
}

function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

function checkEnum(e: EnumDesc, v: unknown, path: string, facets: FacetsDesc | undefined, out: Problem[]): void {
  const one = (x: unknown, p: string): void => {
    if (typeof x === 'number' && e.numbers?.includes(x)) return;
    if (typeof x !== 'string' || !e.values.includes(x)) {
      const shown = e.values.length > 10 ? `${e.values.slice(0, 10).join(', ')}, …` : e.values.join(', ');
      out.push({ path: p, message: `${describe(x)} is not a ${e.name} value (${shown})` });
    }
  };
  if (e.list) {
    const items = Array.isArray(v) ? v : typeof v === 'string' ? v.split(/\s+/).filter(Boolean) : undefined;
    if (!items) out.push({ path, message: `expected a list of ${e.name} values, got ${describe(v)}` });
    else {
      items.forEach((x: unknown, i: number) => one(x, Array.isArray(v) ? `${path}[${i}]` : path));
      checkLength(items.length, path, facets, out);
    }
  } else one(v, path);
}

/** Numeric facets (and the default range) against a decimal string. */
function checkBounds(d: string, path: string, f: FacetsDesc | undefined, range: readonly [string, string] | undefined, out: Problem[]): void {
  const min = f?.minInclusive ?? (f?.maxInclusive === undefined ? range?.[0] : undefined);
  const max = f?.maxInclusive ?? (f?.minInclusive === undefined ? range?.[1] : undefined);
  if (min !== undefined && isDec(min) && compareDecimal(d, min) < 0) out.push({ path, message: `${d} is below the minimum ${min}` });
  if (max !== undefined && isDec(max) && compareDecimal(d, max) > 0) out.push({ path, message: `${d} is above the maximum ${max}` });
  if (f?.minExclusive !== undefined && isDec(f.minExclusive) && compareDecimal(d, f.minExclusive) <= 0) {
    out.push({ path, message: `${d} must be greater than ${f.minExclusive}` });
  }
  if (f?.maxExclusive !== undefined && isDec(f.maxExclusive) && compareDecimal(d, f.maxExclusive) >= 0) {
    out.push({ path, message: `${d} must be less than ${f.maxExclusive}` });
  }
}

function isDec(s: string): boolean {
  return DECIMAL_RE.test(s.trim());
}

function checkDigits(d: string, path: string, f: FacetsDesc | undefined, out: Problem[]): void {
  if (f?.totalDigits === undefined && f?.fractionDigits === undefined) return;
  const { int, frac } = splitDecimal(d);
  const total = Math.max(1, int.length + frac.length);
  if (f.totalDigits !== undefined && total > f.totalDigits) out.push({ path, message: `${d} has ${total} digits, at most ${f.totalDigits} allowed` });
  if (f.fractionDigits !== undefined && frac.length > f.fractionDigits) {
    out.push({ path, message: `${d} has ${frac.length} fraction digits, at most ${f.fractionDigits} allowed` });
  }
}

export { compareDecimal };

const patterns = new Map<string, RegExp | null>();

/** The XSD pattern as an anchored RegExp (`\i`/`\c` translated); `null` when it cannot be compiled. */
function patternOf(p: string): RegExp | null {
  let re = patterns.get(p);
  if (re === undefined) {
    const src = `^(?:${p.replace(/\\i/g, '[A-Za-z_:]').replace(/\\c/g, '[-.0-9A-Za-z_:]')})$`;
    try {
      re = new RegExp(src, 'u');
    } catch {
      try {
        re = new RegExp(src);
      } catch {
        re = null;
      }
    }
    patterns.set(p, re);
  }
  return re;
}

/**
 * Compiled checks: per descriptor, once, a predicate that is true only when the walk above would
 * report no problem for the value (false sends the value through that walk, which reports what
 * is wrong). The usual types get hand-written checks without strings; the others run the walk's
 * own check on their value.
 */
type Ok = (v: unknown) => boolean;

const hasOwn = Object.prototype.hasOwnProperty;
const fieldOks = new WeakMap<FieldDesc, Ok>();

function okOfField(f: FieldDesc): Ok {
  let ok = fieldOks.get(f);
  if (!ok) fieldOks.set(f, (ok = compileField(f)));
  return ok;
}

function compileField(f: FieldDesc): Ok {
  const one: Ok = f.list ? (v) => noProblem((out) => checkOne(f, v, '', out)) : okOfValue(f.type, f.facets);
  const optional = f.optional === true;
  const nullOk = f.nillable === true || optional;
  if (!f.array) return (v) => (v === undefined ? optional : v === null ? nullOk : one(v));
  const nullItemOk = f.nillable === true || f.item?.nillable === true;
  return (v) => {
    if (v === undefined) return optional;
    if (v === null) return nullOk;
    if (!Array.isArray(v)) return false;
    for (let i = 0; i < v.length; i++) {
      const x: unknown = v[i];
      if (x === null ? !nullItemOk : x === undefined || !one(x)) return false;
    }
    return true;
  };
}

/** Runs one of the walk's checks; true when it reported nothing. */
function noProblem(check: (out: Problem[]) => void): boolean {
  const out: Problem[] = [];
  check(out);
  return out.length === 0;
}

/** A decimal bound as a number when it is a safe integer (compared exactly as a number), else NaN. */
function safeIntBound(d: string | undefined, none: number): number {
  if (d === undefined || !DECIMAL_RE.test(d.trim())) return none;
  const t = d.trim();
  return INTEGER_RE.test(t) && Number.isSafeInteger(Number(t)) ? Number(t) : NaN;
}

const valueOks = new WeakMap<object, Map<ValueDesc, Ok>>();
const NO_FACETS = {};

function okOfValue(desc: ValueDesc, facets: FacetsDesc | undefined): Ok {
  const key = facets ?? NO_FACETS;
  let byDesc = valueOks.get(key);
  if (!byDesc) valueOks.set(key, (byDesc = new Map()));
  let ok = byDesc.get(desc);
  if (!ok) byDesc.set(desc, (ok = compileValue(desc, facets)));
  return ok;
}

function compileValue(desc: ValueDesc, facets: FacetsDesc | undefined): Ok {
  const walk: Ok = (v) => noProblem((out) => checkValue(desc, v, '', facets, out));
  if (typeof desc !== 'string') {
    switch (desc.kind) {
      case 'complex':
        return compileComplex(desc);
      case 'xml':
        return (v) => typeof v === 'string';
      case 'enum': {
        if (desc.list || facets !== undefined) return walk;
        const values = desc.values.length > 16 ? new Set(desc.values) : undefined;
        const numbers = desc.numbers;
        return (v) => (typeof v === 'string' ? (values ? values.has(v) : desc.values.includes(v)) : typeof v === 'number' && numbers !== undefined && numbers.includes(v));
      }
      default:
        return walk;
    }
  }
  const noRange = facets?.minInclusive === undefined && facets?.maxInclusive === undefined && facets?.minExclusive === undefined && facets?.maxExclusive === undefined;
  switch (desc) {
    case 'string':
      return facets === undefined ? (v) => typeof v === 'string' && invalidXmlCharIndex(v) < 0 : (v) => typeof v === 'string' && stringOk(v, facets);
    case 'anyType':
      return (v) => (typeof v === 'string' ? stringOk(v, facets) : typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint');
    case 'guid':
      return (v) => typeof v === 'string' && isGuid(v.trim(), true);
    case 'duration':
      return (v) => typeof v === 'string' && LEXICAL.duration.test(v);
    case 'boolean':
      return (v) => typeof v === 'boolean';
    case 'int': {
      if (facets?.minExclusive !== undefined || facets?.maxExclusive !== undefined) return walk;
      const [min, max] = boundsOf(facets, INT_RANGE);
      const lo = safeIntBound(min, -Infinity);
      const hi = safeIntBound(max, Infinity);
      if (Number.isNaN(lo) || Number.isNaN(hi)) return walk;
      return (v) => typeof v === 'number' && Number.isInteger(v) && v >= lo && v <= hi;
    }
    case 'float':
    case 'double':
      return noRange ? (v) => typeof v === 'number' : walk;
    case 'dateTime':
    case 'date':
    case 'time': {
      const lexical = desc === 'dateTime' ? isDateTime : (s: string) => LEXICAL[desc].test(s);
      return (v) => (typeof v === 'string' ? lexical(v.trim()) : v instanceof Date && !Number.isNaN(v.getTime()));
    }
    default:
      return walk;
  }
}

/** `checkString` reporting nothing, without building its messages. */
function stringOk(s: string, facets: FacetsDesc | undefined): boolean {
  if (invalidXmlCharIndex(s) >= 0) return false;
  if (!facets) return true;
  if (facets.notBlank && s.trim() === '') return false;
  if (facets.format === 'guid' && !isGuid(s.trim(), true)) return false;
  if (facets.minLength !== undefined || facets.maxLength !== undefined) {
    const n = codePoints(s);
    if ((facets.minLength !== undefined && n < facets.minLength) || (facets.maxLength !== undefined && n > facets.maxLength)) return false;
  }
  if (facets.pattern !== undefined) {
    const re = patternOf(facets.pattern);
    if (re && !re.test(s)) return false;
  }
  return true;
}

interface TypeOk {
  readonly fields: readonly FieldDesc[];
  readonly oks: readonly Ok[];
  readonly keys: ReadonlySet<string>;
  readonly choices: boolean;
  /** Field index by key (the first field of a key that several fields have). */
  readonly index: ReadonlyMap<string, number>;
  /** Every field's bit (see `complexOk`), or -1 when some fields get none (more than 31, or keys repeated). */
  readonly all: number;
}

const typeOks = new WeakMap<TypeDesc, TypeOk>();

function typeOkOf(t: TypeDesc): TypeOk {
  let plan = typeOks.get(t);
  if (!plan) {
    const fields = t.fields;
    const index = new Map<string, number>();
    fields.forEach((f, k) => index.has(f.key) || index.set(f.key, k));
    plan = {
      fields,
      oks: fields.map(okOfField),
      keys: new Set([...index.keys(), ...(t.openKey !== undefined ? [t.openKey] : []), ...(t.tag !== undefined ? ['$type'] : [])]),
      choices: fields.some((f) => f.choice !== undefined),
      index,
      all: index.size === fields.length && fields.length <= 31 ? 2 ** fields.length - 1 : -1,
    };
    typeOks.set(t, plan);
  }
  return plan;
}

/** The compiled check of records of type `t`. */
function compileComplex(t: TypeDesc): Ok {
  // The plan of `t` itself is kept here (a value naming a subtype looks its own up).
  let own: TypeOk | undefined;
  return (v) => complexOk(t, v, (own ??= typeOkOf(t)));
}

function complexOk(declared: TypeDesc, v: unknown, declaredPlan: TypeOk): boolean {
  // A plain object (the usual value) is a record without the `instanceof` checks.
  if (typeof v !== 'object' || v === null || Array.isArray(v) || (Object.getPrototypeOf(v) !== Object.prototype && !isRecord(v))) return false;
  let t = declared;
  let plan = declaredPlan;
  if (t.tag !== undefined) {
    const sent = sentType(t, v as Record<string, unknown>);
    if ('problem' in sent) return false;
    if (sent !== t) plan = typeOkOf((t = sent));
  }
  const { fields, oks, keys, index } = plan;
  const obj = v as Record<string, unknown>;
  // One pass over the own enumerable members: declared ones are checked (bit i for field i < 31),
  // others must be undefined. Fields not met (absent, inherited, not enumerable, or without a
  // bit) are checked after.
  let met = 0;
  for (const k in obj) {
    if (!hasOwn.call(obj, k)) continue;
    const x = obj[k];
    const i = index.get(k);
    if (i === undefined) {
      if (x !== undefined && !keys.has(k)) return false;
    } else {
      if (!oks[i](x)) return false;
      if (i < 31) met |= 1 << i;
    }
  }
  if (met !== plan.all) {
    for (let i = 0; i < fields.length; i++) {
      if (i < 31 && (met & (1 << i)) !== 0) continue;
      const key = fields[i].key;
      if (!oks[i](hasOwn.call(obj, key) ? obj[key] : undefined)) return false;
    }
  }
  return !plan.choices || noProblem((out) => checkChoices(t, obj, '', out));
}
