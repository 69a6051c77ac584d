import { describe, expect, test } from 'vitest';
import { GUID_ANY, isDateTime, isGuid, LEXICAL } from '../../templates/runtime/lexical.js';
import type { TypeDesc } from '../../templates/runtime/schema.js';
import { validateValue } from '../../templates/runtime/validate.js';
import { XmlReader } from '../../templates/runtime/xml-reader.js';

/**
 * The runtime's fast paths decide exactly as the general code they stand in for: the hand-written
 * GUID and dateTime checks as the XSD patterns, the record reader's expected-next-field path as
 * the general matching (namespaces, end tags, duplicates, depth), the compiled request checks as
 * the validator's walk.
 */

/** A small deterministic generator (xorshift), so that failures reproduce. */
function random(seed: number): () => number {
  let x = seed;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

/** `count` variants of `bases`: characters replaced, dropped or added from `alphabet`. */
function mutations(bases: readonly string[], alphabet: string, count: number): string[] {
  const rnd = random(0x9e3779b9);
  const pick = (s: string) => s[Math.floor(rnd() * s.length)];
  const out: string[] = [...bases];
  for (let i = 0; i < count; i++) {
    const s = bases[i % bases.length].split('');
    for (let m = i % 4; m > 0; m--) s[Math.floor(rnd() * s.length)] = pick(alphabet);
    let v = s.join('');
    if (i % 7 === 0) v = v.slice(1);
    if (i % 11 === 0) v += pick(alphabet);
    out.push(v);
  }
  return out;
}

describe('lexical checks written by hand', () => {
  test('isGuid decides as the GUID patterns (D form; every .NET form)', () => {
    const bases = ['3f2504e0-4f89-11d3-9a0c-0305e82c3301', '{3F2504E0-4F89-11D3-9A0C-0305E82C3301}', '(3f2504e0-4f89-11d3-9a0c-0305e82c3301)', '3f2504e04f8911d39a0c0305e82c3301'];
    // Control characters whose code | 0x20 is a digit, letters next to the hex ranges, brackets.
    const alphabet = '0123456789abcdefABCDEFgG@`/:-{}()[] \n\u0010\u0011\u0019\u0001\u0130';
    const cases = mutations(bases, alphabet, 20_000);
    const wrong = cases.filter((s) => isGuid(s, false) !== LEXICAL.guid.test(s) || isGuid(s, true) !== GUID_ANY.test(s));
    expect(wrong).toEqual([]);
    expect(cases.filter((s) => isGuid(s, true)).length).toBeGreaterThan(1000);
  });

  test('isDateTime decides as the xsd:dateTime pattern', () => {
    const bases = ['2024-03-01T09:05:00', '2024-12-31T23:59:59.1234567Z', '1999-01-01T00:00:00+14:00', '-0001-02-28T24:00:00', '12345-06-30T12:30:45-05:30'];
    const cases = mutations(bases, '0123456789-T:Z+.a /\u0010\u0019', 20_000);
    const wrong = cases.filter((s) => isDateTime(s) !== LEXICAL.dateTime.test(s));
    expect(wrong).toEqual([]);
    expect(cases.filter((s) => isDateTime(s)).length).toBeGreaterThan(1000);
  });
});

const NS = 'urn:fast';
const Pair: TypeDesc = {
  kind: 'complex',
  name: 'Pair',
  namespace: NS,
  fields: [
    { key: 'A', ns: NS, type: 'int' },
    { key: 'B', ns: NS, type: 'string', optional: true },
    { key: 'C', ns: NS, type: 'dateTime', optional: true },
  ],
};

function readPair(xml: string, maxDepth?: number): unknown {
  const r = new XmlReader(xml, maxDepth);
  r.prolog();
  r.path.push('Pair');
  return r.value(r.open(), Pair);
}

describe('record fields read by the expected-next-field path', () => {
  test('in order and out of order give the same record', () => {
    const v = { A: 1, B: 'x', C: '2024-01-02T03:04:05' };
    expect(readPair(`<Pair xmlns="${NS}"><A>1</A><B>x</B><C>2024-01-02T03:04:05</C></Pair>`)).toEqual(v);
    expect(readPair(`<Pair xmlns="${NS}"><C>2024-01-02T03:04:05</C><A>1</A><B>x</B></Pair>`)).toEqual(v);
    expect(readPair(`<p:Pair xmlns:p="${NS}"><p:A>1</p:A><p:B>x</p:B><p:C>2024-01-02T03:04:05</p:C></p:Pair>`)).toEqual(v);
  });

  test('a child with the expected name in another namespace is not the field', () => {
    // The parent's default namespace is not the fields' one: <A> is unknown (skipped), A is missing.
    expect(() => readPair(`<p:Pair xmlns:p="${NS}" xmlns="urn:other"><A>1</A></p:Pair>`)).toThrow(/missing required element A/);
    expect(() => readPair(`<Pair xmlns="${NS}"><A xmlns="urn:other">1</A></Pair>`)).toThrow(/missing required element A/);
  });

  test('end tags, duplicates, depth and values are checked as before', () => {
    expect(() => readPair(`<Pair xmlns="${NS}"><A>1</Ab></Pair>`)).toThrow(/mismatched end tag, expected <\/A> at Pair\/A/);
    expect(() => readPair(`<Pair xmlns="${NS}"><A>1</A><B>x</b></Pair>`)).toThrow(/mismatched end tag, expected <\/B>/);
    expect(readPair(`<Pair xmlns="${NS}"><A >1</A ><B>x</B
      ></Pair>`)).toEqual({ A: 1, B: 'x' });
    expect(() => readPair(`<Pair xmlns="${NS}"><A>1</A><A>2</A></Pair>`)).toThrow(/element A occurs more than once at Pair\/A/);
    expect(() => readPair(`<Pair xmlns="${NS}"><A>1</A><B>x</B><B>y</B></Pair>`)).toThrow(/element B occurs more than once/);
    expect(() => readPair(`<Pair xmlns="${NS}"><A>1</A><B>x</B></Pair>`, 1)).toThrow(/deeper than 1 elements/);
    expect(() => readPair(`<Pair xmlns="${NS}"><A>x</A></Pair>`)).toThrow(/invalid int "x" at Pair\/A/);
    expect(() => readPair(`<Pair xmlns="${NS}"><A>1</A><C>2024-13-02T03:04:05</C></Pair>`)).toThrow(/invalid dateTime "2024-13-02T03:04:05" at Pair\/C/);
    expect(() => readPair(`<Pair xmlns="${NS}"><A>1</A><B>x`)).toThrow(/truncated XML/);
  });
});

describe('compiled request checks', () => {
  const Rec: TypeDesc = {
    kind: 'complex',
    name: 'Rec',
    fields: [
      { key: 'n', type: 'int', facets: { minInclusive: '1', maxInclusive: '9' } },
      { key: 'g', type: 'guid', optional: true },
      { key: 's', type: 'string', optional: true, facets: { maxLength: 3 } },
      { key: 'd', type: 'dateTime', optional: true },
      { key: 'e', type: { kind: 'enum', name: 'E', values: ['x', 'y'], numbers: [1, 2] }, optional: true },
      { key: 'list', type: 'int', array: true, optional: true },
    ],
  };
  const valid = { n: 5, g: '{3F2504E0-4F89-11D3-9A0C-0305E82C3301}', s: 'abc', d: '2024-01-02T03:04:05Z', e: 2, list: [1, 2147483647] };

  test('a valid value has no problem; each wrong member is reported with its path', () => {
    expect(validateValue(Rec, valid, 'request')).toEqual([]);
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ n: 10 }, 'request.n', /10 is above the maximum 9/],
      [{ n: 1.5 }, 'request.n', /expected an integer/],
      [{ g: '3f2504e0-4f89-11d3-9a0c-0305e82c330' }, 'request.g', /is not a GUID/],
      [{ s: 'abcd' }, 'request.s', /length 4 is above the maximum 3/],
      [{ s: 'a\u0001' }, 'request.s', /U\+0001/],
      [{ d: '2024-01-02T24:00:01' }, 'request.d', /is not an xsd:dateTime/],
      [{ e: 3 }, 'request.e', /3 is not a E value/],
      [{ list: [1, 2147483648] }, 'request.list[1]', /2147483648 is above the maximum 2147483647/],
      [{ list: [1, null] }, 'request.list[1]', /array item is null/],
      [{ extra: 1 }, 'request.extra', /Rec has no member "extra"/],
    ];
    for (const [change, path, message] of cases) {
      const problems = validateValue(Rec, { ...valid, ...change }, 'request');
      expect(problems.map((p) => p.path)).toEqual([path]);
      expect(problems[0].message).toMatch(message);
    }
  });
});

describe('compiled record checks: one pass over the own members', () => {
  const Rec: TypeDesc = {
    kind: 'complex',
    name: 'Rec',
    fields: [
      { key: 'n', type: 'int' },
      { key: 's', type: 'string', optional: true, facets: { maxLength: 3 } },
      { key: 'b', type: 'boolean', optional: true },
    ],
  };
  const problems = (v: unknown) => validateValue(Rec, v, 'request').map((p) => `${p.path}: ${p.message}`);

  test('members in any order, undefined extras, and absent optional fields are accepted', () => {
    expect(problems({ s: 'ab', b: true, n: 1 })).toEqual([]);
    expect(problems({ n: 1, other: undefined })).toEqual([]);
    expect(problems({ n: 1 })).toEqual([]);
  });

  test('a declared member that is own but not enumerable is checked as the writer sends it', () => {
    const v = { n: 1 };
    Object.defineProperty(v, 's', { value: 'abcd', enumerable: false });
    expect(problems(v)).toEqual(['request.s: length 4 is above the maximum 3']);
    const w = {};
    Object.defineProperty(w, 'n', { value: 'x', enumerable: false });
    expect(problems(w)).toEqual(['request.n: expected an integer, got "x"']);
  });

  test('inherited members are not sent: a required one is missing, a bad optional one is ignored', () => {
    const proto = { n: 1, s: 'abcd' };
    expect(problems(Object.create(proto))).toEqual(['request.n: required']);
    const v = Object.create(proto) as Record<string, unknown>;
    v.n = 2;
    expect(problems(v)).toEqual([]);
  });

  test('an undeclared member with a value, and a required field absent, are problems', () => {
    expect(problems({ n: 1, x: 0 })).toEqual(['request.x: Rec has no member "x"; did you mean "n"? (it would not be sent)']);
    expect(problems({ s: 'a' })).toEqual(['request.n: required']);
    expect(problems({ n: 1, s: 'abcd', extra: 1 })).toEqual(['request.s: length 4 is above the maximum 3', 'request.extra: Rec has no member "extra" (it would not be sent)']);
  });

  test('types whose keys repeat (choice alternatives) or with more than 31 fields are checked too', () => {
    const wide: TypeDesc = { kind: 'complex', name: 'Wide', fields: Array.from({ length: 40 }, (_, i) => ({ key: `f${i}`, type: 'int' as const, optional: i !== 35 })) };
    expect(validateValue(wide, { f35: 1, f39: 2 }, 'r')).toEqual([]);
    expect(validateValue(wide, { f35: 1, f39: 'x' }, 'r').map((p) => p.path)).toEqual(['r.f39']);
    expect(validateValue(wide, { f1: 1 }, 'r').map((p) => p.path)).toEqual(['r.f35']);
    const choice: TypeDesc = {
      kind: 'complex',
      name: 'Choice',
      fields: [
        { key: 'a', type: 'int', optional: true, choice: 'c', branch: 0 },
        { key: 'a', type: 'int', optional: true, choice: 'c', branch: 1 },
        { key: 'b', type: 'int', optional: true, choice: 'c', branch: 1 },
      ],
    };
    expect(validateValue(choice, { a: 1, b: 2 }, 'r')).toEqual([]);
    expect(validateValue(choice, { a: 'x' }, 'r').map((p) => p.path)).toEqual(['r.a', 'r.a']);
  });
});
