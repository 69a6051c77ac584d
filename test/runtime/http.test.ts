import { describe, expect, it } from 'vitest';
import { ResponseError, ValidationError } from '../../templates/runtime/errors.js';
import { buildFormQuery, readBareResponse } from '../../templates/runtime/http.js';
import type { OperationDesc, TypeDesc } from '../../templates/runtime/schema.js';
import { ChatResult, createInteractionOp, TNS } from './descriptors.js';

function resultOp(field: TypeDesc['fields'][number]): OperationDesc {
  return {
    name: 'Get',
    protocols: ['http-get', 'http-post'],
    input: { name: 'Get', ns: TNS, type: { kind: 'complex', name: 'Get', fields: [] } },
    output: { name: 'GetResponse', ns: TNS, type: { kind: 'complex', name: 'GetResponse', fields: [field] } },
    returns: 'result',
    resultKey: field.key,
  };
}

describe('buildFormQuery', () => {
  it('encodes the CreateInteraction parameters in order, leaving out null and undefined', () => {
    const q = buildFormQuery(createInteractionOp, {
      username: 'a b&c=d/é',
      evaluation: 5,
      duration: 1.25,
      description: null,
      comments: undefined,
      locationAddress: 'Rua 1, nº 2 🎉',
    });
    const params = [...new URLSearchParams(q)];
    expect(params).toEqual([
      ['username', 'a b&c=d/é'],
      ['evaluation', '5'],
      ['duration', '1.25'],
      ['locationAddress', 'Rua 1, nº 2 🎉'],
    ]);
    expect(q).toContain('username=a%20b%26c%3Dd%2F%C3%A9');
  });

  it('repeats array keys and writes dates and booleans by the scalar rules', () => {
    const op: OperationDesc = {
      ...resultOp({ key: 'GetResult', type: 'string' }),
      input: {
        name: 'Get',
        type: {
          kind: 'complex',
          name: 'Get',
          fields: [
            { key: 'ids', type: 'int', array: true },
            { key: 'when', type: 'dateTime' },
            { key: 'day', type: 'date' },
            { key: 'flag', type: 'boolean' },
            { key: 'x', type: 'double' },
          ],
        },
      },
    };
    const d = new Date(Date.UTC(2024, 0, 2, 3, 4, 5));
    expect(buildFormQuery(op, { ids: [1, 2, 3], when: d, day: d, flag: false, x: -Infinity })).toBe(
      'ids=1&ids=2&ids=3&when=2024-01-02T03%3A04%3A05.000Z&day=2024-01-02&flag=false&x=-INF',
    );
    expect(() => buildFormQuery(op, { ids: [1, 'x'] })).toThrow(ValidationError);
  });
});

describe('readBareResponse', () => {
  it('reads a bare string root whatever its name', () => {
    const op = resultOp({ key: 'HelloResult', ns: TNS, type: 'string', optional: true });
    expect(readBareResponse(op, '<?xml version="1.0" encoding="utf-8"?>\r\n<string xmlns="http://tempuri.org/">x &amp; y</string>')).toEqual({ HelloResult: 'x & y' });
    expect(readBareResponse(op, '<string xsi:nil="true" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://tempuri.org/" />')).toEqual({
      HelloResult: null,
    });
  });

  it('reads a wrapped array root (ArrayOfInt)', () => {
    const op = resultOp({ key: 'IdsResult', ns: TNS, type: 'int', array: true, optional: true, item: { name: 'int', ns: TNS } });
    expect(readBareResponse(op, `<ArrayOfInt xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns="${TNS}"><int>1</int><int>2</int></ArrayOfInt>`)).toEqual({
      IdsResult: [1, 2],
    });
    expect(readBareResponse(op, `<ArrayOfInt xmlns="${TNS}" />`)).toEqual({ IdsResult: [] });
  });

  it('reads a complex root named after the CLR type', () => {
    const op = resultOp({ key: 'GetChatRequestByConnectionIdResult', ns: TNS, type: ChatResult, optional: true });
    const xml = `<ChatResult xmlns="${TNS}"><response><responseCode>3</responseCode></response></ChatResult>`;
    expect(readBareResponse(op, xml)).toEqual({ GetChatRequestByConnectionIdResult: { response: { responseCode: 3 } } });
  });

  it('accepts an empty body for a void operation and fails on bad bodies', () => {
    expect(readBareResponse(createInteractionOp, '')).toEqual({});
    const op = resultOp({ key: 'N', ns: TNS, type: 'int' });
    expect(() => readBareResponse(op, '')).toThrow(ResponseError);
    expect(() => readBareResponse(op, '<int xmlns="http://tempuri.org/">x</int>')).toThrow(/invalid int/);
    expect(() => readBareResponse(op, '<int>1</int>', 200, 'text/html')).toThrow(ResponseError);
  });
});
