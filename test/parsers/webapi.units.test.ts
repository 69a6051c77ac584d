import { describe, expect, it } from 'vitest';
import { parseJsonLenient } from '../../generator/parsers/webapi/json.js';
import { disambiguateRestNames, restOperationName } from '../../generator/parsers/webapi/naming.js';
import { parseParamRows } from '../../generator/parsers/webapi/table.js';
import { parseAnnotations, parseTypeText } from '../../generator/parsers/webapi/vocab.js';
import { parseXmlLenient } from '../../generator/parsers/webapi/xml.js';
import { parseWebApiHelp } from '../../generator/parsers/webapi/index.js';
import { restOp } from '../helpers/ir.js';

describe('Web API vocabulary (docs/formats/webapi.md)', () => {
  it.each([
    ['integer', 'int'],
    ['unsigned integer', 'unsignedInt'],
    ['byte', 'unsignedByte'],
    ['signed byte', 'byte'],
    ['character', 'char'],
    ['decimal number', 'decimal'],
    ['globally unique identifier', 'guid'],
    ['date', 'dateTime'],
    ['time interval', 'duration'],
    ['URI', 'anyURI'],
    ['Object', 'anyType'],
  ])('%s -> %s', (word, prim) => expect(parseTypeText(word)).toEqual({ kind: 'primitive', name: prim }));

  it('structured type texts', () => {
    expect(parseTypeText('Collection of CodeList')).toEqual({ kind: 'collection', item: { kind: 'model', name: 'CodeList' } });
    expect(parseTypeText('Dictionary of string [key] and Object [value]').kind).toBe('dictionary');
    expect(parseTypeText('Pair of integer [key] and string [value]').kind).toBe('pair');
    expect(parseTypeText('some prose here').kind).toBe('unknown');
  });
});

describe('annotations (docs/formats/webapi.md)', () => {
  it('reads every documented text', () => {
    expect(parseAnnotations('Required Max length: 10')).toEqual({ required: true, facets: { maxLength: 10 } });
    expect(parseAnnotations('Min length: 2')).toEqual({ required: false, facets: { minLength: 2 } });
    expect(parseAnnotations('String length: inclusive between 6 and 18')).toEqual({ required: false, facets: { minLength: 6, maxLength: 18 } });
    expect(parseAnnotations('Range: inclusive between 1 and 99')!.facets).toEqual({ minInclusive: '1', maxInclusive: '99' });
    expect(parseAnnotations('Required Data type: Password Matching regular expression pattern: ^[a-z]+$')).toEqual({
      required: true,
      facets: { dataType: 'Password', pattern: '^[a-z]+$' },
    });
    expect(parseAnnotations('Default value is 1')).toEqual({ required: false, facets: {}, defaultValue: '1' });
    expect(parseAnnotations('None.')).toEqual({ required: false, facets: {} });
  });
  it('prose that starts like an annotation is not one', () => {
    expect(parseAnnotations('Required: The PK of the user')).toBeNull();
    expect(parseAnnotations('User Id')).toBeNull();
  });
});

describe('table rows', () => {
  const lines = (t: string) => t.split('\n').map((text, i) => ({ text, offset: i * 100 }));
  it('pipe rows with an empty description cell do not shift columns', () => {
    const rows = parseParamRows(lines('|---|---|---|---|\n| A | string |\nRequired |\n|\n| B |\nthe b |\nCollection of integer |\nNone. |'));
    expect(rows.map((r) => [r.name, r.description, r.typeText, r.annotations?.required])).toEqual([
      ['A', undefined, 'string', true],
      ['B', 'the b', 'Collection of integer', false],
    ]);
  });
  it('a regex with a pipe inside stays one cell', () => {
    const rows = parseParamRows(lines('| p | string |\nMatching regular expression pattern: a{|}b |'));
    expect(rows[0].annotations?.facets.pattern).toBe('a{|}b');
  });
});

describe('operation naming rule', () => {
  it('drops api, versions and parameters; PascalCases the rest', () => {
    expect(restOperationName('POST', 'api/vspinteraction/create')).toBe('VspinteractionCreate');
    expect(restOperationName('POST', 'api/v1/InteractionCreate')).toBe('InteractionCreate');
    expect(restOperationName('GET', 'api/pctypeapi/pctypes?active={active}')).toBe('PctypeapiPctypes');
    expect(restOperationName('GET', 'api/{id}')).toBe('Get');
  });
  it('prefixes the method only on a clash, then adds route parameters', () => {
    expect(
      disambiguateRestNames([
        { method: 'GET', path: 'api/Users/{id}' },
        { method: 'DELETE', path: 'api/Users/{id}' },
        { method: 'GET', path: 'api/Users' },
        { method: 'POST', path: 'api/Orders' },
      ]),
    ).toEqual(['GetUsersById', 'DeleteUsers', 'GetUsers', 'Orders']);
  });
});

describe('lenient samples', () => {
  it('JSON keeps key order and number text and closes a cut-off sample', () => {
    const p = parseJsonLenient('{ "b": 5.0, "1": true, "c": [ { "x": "sample str');
    expect(p.truncated).toBe(true);
    expect(p.value).toMatchObject({ t: 'obj', entries: [['b', { t: 'num', raw: '5.0' }], ['1', { t: 'bool', v: true }], ['c', { t: 'arr' }]] });
  });
  it('XML resolves namespaces and reports truncation', () => {
    const p = parseXmlLenient('<R xmlns="urn:a" xmlns:d="urn:d"><d:string>x</d:string><Y>1</Y');
    expect(p.truncated).toBe(true);
    expect(p.root?.children.map((c) => [c.local, c.ns])).toEqual([['string', 'urn:d'], ['Y', 'urn:a']]);
  });
});

describe('details', () => {
  it('URI parameters: Required, Default value is, route tokens not in the table', async () => {
    const text = [
      'GET api/v2/items/{id}/{slot}?page={page}&size={size}',
      'Request Information',
      'URI Parameters',
      '| Name | Description | Type | Additional information |',
      '|---|---|---|---|',
      '| id | integer |',
      'Required |',
      '|',
      '| page | integer |',
      'Default value is 1 |',
      '|',
      '| size | integer |',
      'Range: inclusive between 1 and 100 |',
      'Body Parameters',
      'None.',
      'Response Information',
      'Resource Description',
      'Collection of string',
    ].join('\n');
    const s = await parseWebApiHelp({ file: 'u.txt', location: 'u.txt', text }, {});
    const rest = restOp(s.operations[0]).rest;
    expect(s.operations[0].name).toBe('Items');
    expect(rest.pathParams.map((p) => [p.name, p.optional, (p.type as { name: string }).name])).toEqual([
      ['id', false, 'int'],
      ['slot', false, 'string'],
    ]);
    expect(rest.queryParams.map((p) => [p.name, p.optional, p.defaultValue, p.facets])).toEqual([
      ['page', true, '1', undefined],
      ['size', true, undefined, { minInclusive: '1', maxInclusive: '100' }],
    ]);
    expect([rest.response, rest.responseArray, rest.body]).toEqual([{ kind: 'primitive', name: 'string' }, true, undefined]);
  });

  it('void response (None.) and Pair / byte collections', async () => {
    const text = [
      'PUT api/things',
      'Request Information',
      'Body Parameters',
      'Thing| Name | Description | Type | Additional information |',
      '|---|---|---|---|',
      '| Data | Collection of byte |',
      'None. |',
      '|',
      '| Entry | Pair of string [key] and integer [value] |',
      'None. |',
      'Response Information',
      'Resource Description',
      'None.',
    ].join('\n');
    const s = await parseWebApiHelp({ file: 'v.txt', location: 'v.txt', text }, {});
    expect(restOp(s.operations[0]).rest.response).toBeUndefined();
    expect(restOp(s.operations[0]).rest.response).toBeUndefined();
    const thing = s.types.find((t) => t.id === 'Thing');
    expect(thing?.kind === 'complex' && thing.fields.map((f) => [f.name, f.type, f.array])).toEqual([
      ['Data', { kind: 'primitive', name: 'base64Binary' }, false],
      ['Entry', { kind: 'ref', id: 'KeyValuePairOfStringInt' }, false],
    ]);
    const pair = s.types.find((t) => t.id === 'KeyValuePairOfStringInt');
    expect(pair?.kind === 'complex' && pair.fields.map((f) => f.name)).toEqual(['Key', 'Value']);
  });
});
