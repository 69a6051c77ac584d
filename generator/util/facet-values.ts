import type { Facets } from '../ir/types.js';

/**
 * Values that satisfy XSD facets, for fixtures and mock answers: a string matching a `pattern`
 * (XML Schema regular expressions, Part 2 Appendix F: branches, pieces with `?`, `*`, `+`,
 * `{n,m}`, character classes with ranges, negation and subtraction, the escapes `\d \w \s \i \c`
 * and their complements, `\p{…}` categories) within `minLength`/`maxLength`, and numbers within
 * the numeric bounds and digit counts. Each candidate is checked the way the package's validator
 * checks it; `undefined` when no candidate fits.
 */

type Node =
  | { readonly t: 'alt'; readonly branches: readonly Node[][] }
  | { readonly t: 'char'; readonly test: (c: string) => boolean; readonly prefer?: string }
  | { readonly t: 'rep'; readonly node: Node; readonly min: number; readonly max: number };

/** Characters tried for a class, in order of preference (readable ASCII first). */
const CANDIDATES = [...'aA0xX1_-. bcdefghijklmnopqrstuvwyzBCDEFGHIJKLMNOPQRSTUVWYZ23456789:/@+,;=!*#$%&()[]{}~^?\'"<>|\\`', 'é', 'ä'];

class Parser {
  private i = 0;
  constructor(private readonly src: string) {}

  parse(): Node {
    const n = this.alternation();
    if (this.i < this.src.length) throw new Error(`unexpected ${this.src[this.i]}`);
    return n;
  }

  private alternation(): Node {
    const branches: Node[][] = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    return { t: 'alt', branches };
  }

  private sequence(): Node[] {
    const out: Node[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom();
      out.push(this.quantified(atom));
    }
    return out;
  }

  private quantified(atom: Node): Node {
    const c = this.src[this.i];
    if (c === '?') return this.i++, { t: 'rep', node: atom, min: 0, max: 1 };
    if (c === '*') return this.i++, { t: 'rep', node: atom, min: 0, max: Infinity };
    if (c === '+') return this.i++, { t: 'rep', node: atom, min: 1, max: Infinity };
    if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) throw new Error('bad quantifier');
      this.i += m[0].length;
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      return { t: 'rep', node: atom, min, max };
    }
    return atom;
  }

  private atom(): Node {
    const c = this.src[this.i++];
    if (c === '(') {
      const n = this.alternation();
      if (this.src[this.i++] !== ')') throw new Error('unclosed group');
      return n;
    }
    if (c === '[') return { t: 'char', test: this.classBody() };
    if (c === '.') return { t: 'char', test: (x) => x !== '\n' && x !== '\r' };
    // Not XSD, but .NET `[RegularExpression]` patterns carry anchors, which the validator's
    // JavaScript RegExp reads as anchors too: they match the empty string.
    if (c === '^' || c === '$') return { t: 'alt', branches: [[]] };
    if (c === '\\') return { t: 'char', ...this.escape() };
    if ('?*+{}'.includes(c)) throw new Error(`unexpected ${c}`);
    return { t: 'char', test: (x) => x === c, prefer: c };
  }

  /** After `\`: a single-character or multi-character escape. */
  private escape(): { test: (c: string) => boolean; prefer?: string } {
    const c = this.src[this.i++];
    const single: Record<string, string> = { n: '\n', r: '\r', t: '\t' };
    if (c in single) return { test: (x) => x === single[c], prefer: single[c] };
    const multi = MULTI[c];
    if (multi) return { test: multi };
    if (c === 'p' || c === 'P') {
      const m = /^\{([^}]*)\}/.exec(this.src.slice(this.i));
      if (!m) throw new Error('bad \\p');
      this.i += m[0].length;
      let re: RegExp;
      try {
        re = /^Is/.test(m[1]) ? /[\s\S]/u : new RegExp(`^\\p{${m[1]}}$`, 'u');
      } catch {
        throw new Error(`unknown category ${m[1]}`);
      }
      return c === 'p' ? { test: (x) => re.test(x) } : { test: (x) => !re.test(x) };
    }
    if (c === undefined) throw new Error('trailing backslash');
    return { test: (x) => x === c, prefer: c };
  }

  /** After `[`: the class up to its `]`, as a membership test (negation and subtraction included). */
  private classBody(): (c: string) => boolean {
    let negate = false;
    if (this.src[this.i] === '^') {
      negate = true;
      this.i++;
    }
    const items: ((c: string) => boolean)[] = [];
    let subtract: ((c: string) => boolean) | undefined;
    let first = true;
    while (this.i < this.src.length) {
      const c = this.src[this.i];
      if (c === ']' && !first) break;
      first = false;
      if (c === '-' && this.src[this.i + 1] === '[') {
        this.i += 2;
        subtract = this.classBody();
        continue;
      }
      const from = this.classChar();
      if (typeof from !== 'string') {
        items.push(from);
        continue;
      }
      if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']' && this.src[this.i + 1] !== '[') {
        this.i++;
        const to = this.classChar();
        if (typeof to !== 'string') throw new Error('bad range');
        const lo = from.codePointAt(0)!;
        const hi = to.codePointAt(0)!;
        items.push((x) => x.codePointAt(0)! >= lo && x.codePointAt(0)! <= hi);
      } else items.push((x) => x === from);
    }
    if (this.src[this.i++] !== ']') throw new Error('unclosed class');
    const inSet = (x: string) => items.some((f) => f(x));
    return (x) => (negate ? !inSet(x) : inSet(x)) && !(subtract && subtract(x));
  }

  /** One character of a class, or a multi-character escape's test. */
  private classChar(): string | ((c: string) => boolean) {
    const c = this.src[this.i++];
    if (c !== '\\') return c;
    const e = this.escape();
    return e.prefer ?? e.test;
  }
}

const isWord = (c: string) => /[\p{L}\p{N}\p{M}]/u.test(c) || c === '_';
const MULTI: Record<string, (c: string) => boolean> = {
  d: (c) => /\p{Nd}/u.test(c),
  D: (c) => !/\p{Nd}/u.test(c),
  w: (c) => /[^\p{P}\p{Z}\p{C}]/u.test(c) && c !== ' ',
  W: (c) => !/[^\p{P}\p{Z}\p{C}]/u.test(c) || c === ' ',
  s: (c) => c === ' ' || c === '\t' || c === '\n' || c === '\r',
  S: (c) => !(c === ' ' || c === '\t' || c === '\n' || c === '\r'),
  i: (c) => /[\p{L}_:]/u.test(c),
  I: (c) => !/[\p{L}_:]/u.test(c),
  c: (c) => isWord(c) || c === '.' || c === '-' || c === ':',
  C: (c) => !(isWord(c) || c === '.' || c === '-' || c === ':'),
};

function pick(test: (c: string) => boolean, prefer?: string): string | undefined {
  if (prefer !== undefined && test(prefer)) return prefer;
  return CANDIDATES.find(test);
}

/** One string the pattern matches: each repetition `n` times (within its bounds), branch `k`. */
function produce(node: Node, n: number, k: number): string | undefined {
  switch (node.t) {
    case 'char':
      return pick(node.test, node.prefer);
    case 'rep': {
      const count = Math.max(node.min, Math.min(node.max, n));
      let out = '';
      for (let j = 0; j < count; j++) {
        const s = produce(node.node, n, k);
        if (s === undefined) return undefined;
        out += s;
      }
      return out;
    }
    case 'alt': {
      const branch = node.branches[k % node.branches.length];
      let out = '';
      for (const part of branch) {
        const s = produce(part, n, k);
        if (s === undefined) return undefined;
        out += s;
      }
      return out;
    }
  }
}

/** The XSD pattern as the runtime's validator compiles it (anchored; `\i`/`\c` translated). */
export function patternRegExp(p: string): RegExp | null {
  const src = `^(?:${p.replace(/\\i/g, '[A-Za-z_:]').replace(/\\c/g, '[-.0-9A-Za-z_:]')})$`;
  try {
    return new RegExp(src, 'u');
  } catch {
    try {
      return new RegExp(src);
    } catch {
      return null;
    }
  }
}

const codePoints = (s: string) => [...s].length;

/** True when the string satisfies the string facets (as the runtime validator checks them). */
export function stringSatisfies(s: string, f: Facets | undefined): boolean {
  if (!f) return true;
  const n = codePoints(s);
  if (f.minLength !== undefined && n < f.minLength) return false;
  if (f.maxLength !== undefined && n > f.maxLength) return false;
  if (f.notBlank && s.trim() === '') return false;
  if (f.pattern !== undefined) {
    const re = patternRegExp(f.pattern);
    if (re && !re.test(s)) return false;
  }
  return true;
}

/**
 * A string satisfying the facets, as close to `base` (the canonical word) as they allow;
 * `undefined` when none is found.
 */
export function stringFor(f: Facets | undefined, base = 'string'): string | undefined {
  if (stringSatisfies(base, f)) return base;
  if (f?.pattern === undefined) {
    const max = f?.maxLength ?? Infinity;
    const min = Math.max(f?.minLength ?? 0, f?.notBlank ? 1 : 0);
    let s = [...base].slice(0, max).join('');
    while (codePoints(s) < min) s += 'x';
    return stringSatisfies(s, f) ? s : undefined;
  }
  let tree: Node;
  try {
    tree = new Parser(f.pattern).parse();
  } catch {
    return undefined;
  }
  const target = Math.max(f.minLength ?? 0, 3);
  for (let k = 0; k < 4; k++) {
    for (let n = 0; n <= target + 1; n++) {
      const s = produce(tree, n, k);
      if (s !== undefined && stringSatisfies(s, f)) return s;
    }
  }
  return undefined;
}

type NumKind = 'int' | 'float' | 'double' | 'long' | 'decimal';

/** Exact comparison of two decimal texts. */
function cmp(a: string, b: string): number {
  const [sa, sb] = [norm(a), norm(b)];
  if (sa.neg !== sb.neg) return sa.neg ? -1 : 1;
  const sign = sa.neg ? -1 : 1;
  if (sa.int.length !== sb.int.length) return sa.int.length < sb.int.length ? -sign : sign;
  if (sa.int !== sb.int) return sa.int < sb.int ? -sign : sign;
  const len = Math.max(sa.frac.length, sb.frac.length);
  const fa = sa.frac.padEnd(len, '0');
  const fb = sb.frac.padEnd(len, '0');
  return fa === fb ? 0 : fa < fb ? -sign : sign;
}

function norm(d: string): { neg: boolean; int: string; frac: string } {
  let s = d.trim();
  const neg = s.startsWith('-');
  if (s[0] === '-' || s[0] === '+') s = s.slice(1);
  const dot = s.indexOf('.');
  const int = (dot < 0 ? s : s.slice(0, dot)).replace(/^0+/, '');
  const frac = dot < 0 ? '' : s.slice(dot + 1).replace(/0+$/, '');
  return { neg: neg && !!(int || frac), int, frac };
}

/** True when the decimal text satisfies the numeric facets. */
export function numberSatisfies(d: string, kind: NumKind, f: Facets | undefined): boolean {
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(d.trim())) return false;
  if ((kind === 'int' || kind === 'long') && !/^[+-]?\d+$/.test(d.trim())) return false;
  if (!f) return true;
  if (f.minInclusive !== undefined && cmp(d, f.minInclusive) < 0) return false;
  if (f.maxInclusive !== undefined && cmp(d, f.maxInclusive) > 0) return false;
  if (f.minExclusive !== undefined && cmp(d, f.minExclusive) <= 0) return false;
  if (f.maxExclusive !== undefined && cmp(d, f.maxExclusive) >= 0) return false;
  const { int, frac } = norm(d);
  if (f.totalDigits !== undefined && Math.max(1, int.length + frac.length) > f.totalDigits) return false;
  if (f.fractionDigits !== undefined && frac.length > f.fractionDigits) return false;
  return true;
}

/** A number (decimal text) satisfying the facets, `0` when it does; `undefined` when none is found. */
export function numberFor(kind: NumKind, f: Facets | undefined, base = '0'): string | undefined {
  if (numberSatisfies(base, kind, f)) return base;
  const bounds = [f?.minInclusive, f?.minExclusive, f?.maxInclusive, f?.maxExclusive].filter((x): x is string => x !== undefined);
  const integral = kind === 'int' || kind === 'long';
  const candidates: string[] = [];
  for (const b of bounds) {
    const n = Number(b);
    candidates.push(b.trim(), String(Math.ceil(n)), String(Math.floor(n)), String(Math.floor(n) + 1), String(Math.ceil(n) - 1));
    if (!integral) candidates.push(String(n + 0.5), String(n - 0.5), String(n + 0.01), String(n - 0.01));
  }
  const lo = Number(f?.minInclusive ?? f?.minExclusive ?? NaN);
  const hi = Number(f?.maxInclusive ?? f?.maxExclusive ?? NaN);
  if (Number.isFinite(lo) && Number.isFinite(hi)) candidates.push(String(integral ? Math.floor((lo + hi) / 2) : (lo + hi) / 2));
  candidates.push('1', '-1');
  return candidates.find((c) => /^-?\d+(\.\d+)?$/.test(c) && numberSatisfies(c, kind, f));
}
