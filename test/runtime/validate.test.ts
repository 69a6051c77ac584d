import { describe, expect, it } from 'vitest';
import type { FieldDesc, TypeDesc, ValueDesc } from '../../templates/runtime/schema.js';
import { compareDecimal, validateValue } from '../../templates/runtime/validate.js';
import { ChatListResult, CreateInteraction, sampleChat } from './descriptors.js';

const field = (f: Partial<FieldDesc> & { type: ValueDesc }): FieldDesc => ({ key: 'v', ...f });
const problems = (f: FieldDesc, v: unknown) => validateValue(f.type, v, 'request.v', f).map((p) => p.message);

describe('validateValue', () => {
  it('accepts a valid CreateInteraction request', () => {
    expect(validateValue(CreateInteraction, { username: 'u', evaluation: 5, duration: '12.5' }, 'request')).toEqual([]);
  });

  it('reports every problem with its path', () => {
    const chats = [sampleChat(0), { ...sampleChat(1), UserName: 5, IdQueue: 1.5 }, { ...sampleChat(2), CreationDate: 'yesterday' }];
    const { CaseNumber: _omit, ...noCase } = sampleChat(3);
    const got = validateValue(ChatListResult, { ChatRequest: [...chats, noCase], Ids: [1, null] }, 'request');
    expect(got.map((p) => p.path)).toEqual([
      'request.ChatRequest[1].IdQueue',
      'request.ChatRequest[1].UserName',
      'request.ChatRequest[2].CreationDate',
      'request.ChatRequest[3].CaseNumber',
      'request.Ids[1]',
    ]);
    expect(got[3].message).toBe('required');
  });

  it('checks integer ranges: 32-bit int by default, declared bounds otherwise', () => {
    expect(problems(field({ type: 'int' }), 2147483647)).toEqual([]);
    expect(problems(field({ type: 'int' }), 2147483648)).toEqual(['2147483648 is above the maximum 2147483647']);
    expect(problems(field({ type: 'int' }), -2147483649)).toHaveLength(1);
    const ushort = field({ type: 'int', facets: { minInclusive: '0', maxInclusive: '65535' } });
    expect(problems(ushort, -1)).toHaveLength(1);
    expect(problems(ushort, 65535)).toEqual([]);
    const uint = field({ type: 'int', facets: { minInclusive: '0', maxInclusive: '4294967295' } });
    expect(problems(uint, 4294967295)).toEqual([]);
    expect(problems(field({ type: 'long' }), '9223372036854775808')).toHaveLength(1);
    expect(problems(field({ type: 'long' }), -(2n ** 63n))).toEqual([]);
    expect(problems(field({ type: 'long' }), 1.5)).toHaveLength(1);
  });

  it('compares bounds exactly for 30-digit decimals', () => {
    const f = field({ type: 'decimal', facets: { minExclusive: '0', maxInclusive: '999999999999999999999999999999.99' } });
    expect(problems(f, '999999999999999999999999999999.99')).toEqual([]);
    expect(problems(f, '999999999999999999999999999999.991')).toHaveLength(1);
    expect(problems(f, '0.000000000000000000000000000001')).toEqual([]);
    expect(problems(f, '-0.0')).toHaveLength(1);
    expect(problems(f, 12n)).toEqual([]);
    expect(compareDecimal('-10', '-9.5')).toBe(-1);
    expect(compareDecimal('+007.50', '7.5')).toBe(0);
    expect(compareDecimal('0.1', '0.09')).toBe(1);
  });

  it('checks digits facets', () => {
    const f = field({ type: 'decimal', facets: { totalDigits: 5, fractionDigits: 2 } });
    expect(problems(f, '123.45')).toEqual([]);
    expect(problems(f, '00123.4500')).toEqual([]);
    expect(problems(f, '1234.56')).toHaveLength(1);
    expect(problems(f, '1.234')).toHaveLength(1);
  });

  it('checks lengths in characters and anchored patterns', () => {
    const f = field({ type: 'string', facets: { minLength: 2, maxLength: 3, pattern: '[a-z🎉]+' } });
    expect(problems(f, '🎉🎉🎉')).toEqual([]);
    expect(problems(f, 'a')).toHaveLength(1);
    expect(problems(f, 'abcd')).toHaveLength(1);
    expect(problems(f, 'aB')).toHaveLength(1);
    const alt = field({ type: 'string', facets: { pattern: 'a|b' } });
    expect(problems(alt, 'ab')).toHaveLength(1);
    expect(problems(alt, 'b')).toEqual([]);
  });

  it('checks enums and lists', () => {
    const e: ValueDesc = { kind: 'enum', name: 'Status', values: ['Open', 'Closed'] };
    expect(problems(field({ type: e }), 'Open')).toEqual([]);
    expect(problems(field({ type: e }), 'open')[0]).toMatch(/not a Status value \(Open, Closed\)/);
    const l: ValueDesc = { kind: 'enum', name: 'Days', values: ['Mon', 'Tue'], list: true };
    expect(problems(field({ type: l }), ['Mon', 'Tue'])).toEqual([]);
    expect(problems(field({ type: l }), 'Mon Wed')).toHaveLength(1);
  });

  it('checks XML-unsafe characters, null and types', () => {
    expect(problems(field({ type: 'string' }), 'a\u0000')[0]).toMatch(/U\+0000/);
    expect(problems(field({ type: 'string', optional: true }), null)).toEqual([]);
    expect(problems(field({ type: 'string', nillable: true }), null)).toEqual([]);
    expect(problems(field({ type: 'string' }), null)[0]).toMatch(/not nillable/);
    expect(problems(field({ type: 'boolean' }), 'true')).toHaveLength(1);
    expect(problems(field({ type: 'dateTime' }), new Date(NaN))).toEqual(['invalid Date']);
    expect(problems(field({ type: 'dateTime' }), '2024-01-01T00:00:00+05:30')).toEqual([]);
    expect(problems(field({ type: 'duration' }), 'P1DT2H')).toEqual([]);
    expect(problems(field({ type: 'duration' }), 'P')).toHaveLength(1);
    expect(problems(field({ type: 'anyType' }), { a: 1 })).toHaveLength(1);
    const t: TypeDesc = { kind: 'complex', name: 'T', fields: [{ key: 'a', type: 'int' }] };
    expect(validateValue(t, 'x', 'request')).toEqual([{ path: 'request', message: expect.stringMatching(/expected an object/) }]);
  });
});

/** XSD `xs:choice` groups in descriptors (`choice`, `branch`, `choiceOptional`). */
describe('validateValue: choices', () => {
  const shape: TypeDesc = {
    kind: 'complex',
    name: 'Shape',
    fields: [
      { key: 'id', type: 'string' },
      { key: 'radius', type: 'double', optional: true, choice: 'Shape.choice1', branch: 0 },
      { key: 'width', type: 'double', optional: true, choice: 'Shape.choice1', branch: 1 },
      { key: 'height', type: 'double', optional: true, choice: 'Shape.choice1', branch: 1 },
      { key: 'color', type: 'string', optional: true, choice: 'Shape.choice2', branch: 0, choiceOptional: true },
      { key: 'rgb', type: 'int', array: true, optional: true, choice: 'Shape.choice2', branch: 1, choiceOptional: true },
      { key: 'note', type: 'string', optional: true, nillable: true, choice: 'Shape.choice2', branch: 2, choiceOptional: true },
      { key: 'common', type: 'string', optional: true, choice: 'Shape.choice2', branch: 1, choiceOptional: true },
      { key: 'common', type: 'string', optional: true, choice: 'Shape.choice2', branch: 2, choiceOptional: true },
    ],
  };
  const check = (v: unknown) => validateValue(shape, v, 'request.shape');

  it('accepts one alternative per group, and an optional choice left out', () => {
    expect(check({ id: 'a', radius: 1 })).toEqual([]);
    expect(check({ id: 'a', width: 1, height: 2, color: 'red' })).toEqual([]);
    expect(check({ id: 'a', width: 1, rgb: [1], common: 'x' })).toEqual([]);
    expect(check({ id: 'a', width: 1, note: 'n', common: 'x' })).toEqual([]);
  });

  it('reports two alternatives of one group with the record path', () => {
    expect(check({ id: 'a', radius: 1, height: 2 })).toEqual([
      { path: 'request.shape', message: 'only one alternative of the choice may be set: radius (alternative 1) and height (alternative 2)' },
    ]);
    expect(check({ id: 'a', radius: 1, color: 'c', note: null }).map((p) => p.message)).toEqual([
      'only one alternative of the choice may be set: color (alternative 1) and note (alternative 3)',
    ]);
  });

  it('a name in two alternatives fits either; undefined and empty arrays are unset', () => {
    expect(check({ id: 'a', radius: 1, common: 'x', color: 'c' }).map((p) => p.message)).toEqual([
      'only one alternative of the choice may be set: color (alternative 1) and common (alternative 2 or 3)',
    ]);
    expect(check({ id: 'a', radius: 1, width: undefined, color: 'c', rgb: [] })).toEqual([]);
  });

  it('reports a required choice with no alternative set', () => {
    expect(check({ id: 'a', width: undefined })).toEqual([
      { path: 'request.shape', message: 'one alternative of the choice must be set: radius (alternative 1) or width, height (alternative 2)' },
    ]);
  });
});
