import { describe, expect, it } from 'vitest';
import { ResponseError, SoapFaultError } from '../../templates/runtime/errors.js';
import { readJson } from '../../templates/runtime/rest-json.js';
import type { RestBodyDesc } from '../../templates/runtime/rest-schema.js';
import { readXml } from '../../templates/runtime/rest-xml.js';
import type { EnumDesc, FieldDesc, OperationDesc, TypeDesc } from '../../templates/runtime/schema.js';
import { readSoapResponse } from '../../templates/runtime/soap.js';

/**
 * Responses are checked against their descriptors: integer ranges and precision, enumerations,
 * lexical forms, nillable, required members, cardinality, the body element, the envelope's
 * structure and nothing after the document, in SOAP, Web API JSON and Web API XML alike. Unknown
 * elements stay tolerated.
 */

const NS = 'urn:strict';
const SOAP = 'http://schemas.xmlsoap.org/soap/envelope/';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

const Color: EnumDesc = { kind: 'enum', name: 'Color', values: ['Red', 'Green'], numbers: [0, 1] };
const Flags: EnumDesc = { kind: 'enum', name: 'Flags', values: ['A', 'B'], list: true };

// Field descriptors as the generator emits them (integer ranges as facets).
const fields: FieldDesc[] = [
  { key: 'Short', type: 'int', optional: true, facets: { minInclusive: '-32768', maxInclusive: '32767' } },
  { key: 'UByte', type: 'int', optional: true, facets: { minInclusive: '0', maxInclusive: '255' } },
  { key: 'Int', type: 'int', optional: true, facets: { minInclusive: '-2147483648', maxInclusive: '2147483647' } },
  { key: 'UInt', type: 'int', optional: true, facets: { minInclusive: '0', maxInclusive: '4294967295' } },
  { key: 'Long', type: 'long', optional: true, facets: { minInclusive: '-9223372036854775808', maxInclusive: '9223372036854775807' } },
  { key: 'ULong', type: 'long', optional: true, facets: { minInclusive: '0', maxInclusive: '18446744073709551615' } },
  { key: 'Integer', type: 'long', optional: true, facets: { minInclusive: '0' } },
  { key: 'Money', type: 'decimal', optional: true, facets: { totalDigits: 6, fractionDigits: 2 } },
  { key: 'Ratio', type: 'float', optional: true },
  { key: 'Big', type: 'double', optional: true },
  { key: 'Color', type: Color, optional: true },
  { key: 'Flags', type: Flags, optional: true },
  { key: 'At', type: 'dateTime', optional: true },
  { key: 'Day', type: 'date', optional: true },
  { key: 'Clock', type: 'time', optional: true },
  { key: 'Span', type: 'duration', optional: true },
  { key: 'Id', type: 'guid', optional: true },
  { key: 'Note', type: 'string', optional: true, nillable: true },
  { key: 'Name', type: 'string', optional: true },
  { key: 'Tags', type: 'string', array: true },
];
const Rec: TypeDesc = { kind: 'complex', name: 'Rec', fields };
const Open: TypeDesc = { kind: 'complex', name: 'Open', fields: [{ key: 'Name', type: 'string', optional: true }], openKey: '$extra' };
const Resp: TypeDesc = {
  kind: 'complex',
  name: 'GetResponse',
  fields: [
    { key: 'Rec', type: Rec, optional: true },
    { key: 'Open', type: Open, optional: true },
    { key: 'Count', type: 'int', optional: true, facets: { minInclusive: '-2147483648', maxInclusive: '2147483647' } },
  ],
};
const op: OperationDesc = {
  name: 'Get',
  protocols: ['soap11'],
  input: { name: 'Get', ns: NS, type: { kind: 'complex', name: 'Get', fields: [] } },
  output: { name: 'GetResponse', ns: NS, type: Resp },
  returns: 'object',
};

const envelope = (body: string, after = '') => `<s:Envelope xmlns:s="${SOAP}" xmlns:xsi="${XSI}"><s:Body>${body}</s:Body></s:Envelope>${after}`;
const response = (inner: string) => `<GetResponse xmlns="${NS}">${inner}</GetResponse>`;
const rec = (inner: string) => envelope(response(`<Rec>${inner}</Rec>`));
const soap = (text: string) => readSoapResponse('soap11', op, text, 200, 'text/xml').value as Record<string, Record<string, unknown>>;

function responseError(fn: () => unknown): ResponseError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ResponseError);
    return e as ResponseError;
  }
  throw new Error('expected a ResponseError');
}

describe('SOAP: integer ranges and precision', () => {
  it.each([
    ['Short', '70000', /70000 is above the maximum 32767 at GetResponse\/Rec\/Short/],
    ['Short', '-32769', /below the minimum -32768/],
    ['UByte', '300', /300 is above the maximum 255 at GetResponse\/Rec\/UByte/],
    ['UByte', '-1', /-1 is below the minimum 0/],
    ['Int', '12345678901234567890', /out of range at GetResponse\/Rec\/Int/],
    ['Int', '2147483648', /above the maximum 2147483647/],
    ['UInt', '4294967296', /out of range/],
    ['Long', '9223372036854775808', /above the maximum 9223372036854775807 at GetResponse\/Rec\/Long/],
    ['Long', '-9223372036854775809', /below the minimum/],
    ['Long', '1.5', /invalid long/],
    ['ULong', '-1', /below the minimum 0/],
    ['ULong', '18446744073709551616', /above the maximum/],
    ['Integer', '-5', /below the minimum 0/],
    ['Money', '123456.7', /123456.7 has 7 digits, at most 6 allowed/],
    ['Money', '1.234', /fraction digits/],
    ['Ratio', '1e39', /out of range/],
    ['Big', '1e400', /out of range/],
  ])('%s = %s is a ResponseError naming the path', (key, text, message) => {
    expect(responseError(() => soap(rec(`<${key}>${text}</${key}>`))).message).toMatch(message);
  });

  it('reads the values at the limits exactly', () => {
    const v = soap(
      rec(
        '<Short>-32768</Short><UByte>255</UByte><Int>-2147483648</Int><UInt>4294967295</UInt><Long>-9223372036854775808</Long>' +
          '<ULong>18446744073709551615</ULong><Integer>123456789012345678901234567890</Integer><Money>9999.99</Money><Ratio>3.4028234663852886e38</Ratio><Big>INF</Big>',
      ),
    ).Rec;
    expect(v).toEqual({
      Short: -32768,
      UByte: 255,
      Int: -2147483648,
      UInt: 4294967295,
      Long: '-9223372036854775808',
      ULong: '18446744073709551615',
      Integer: '123456789012345678901234567890',
      Money: '9999.99',
      Ratio: 3.4028234663852886e38,
      Big: Infinity,
      Tags: [],
    });
  });
});

describe('SOAP: enumerations and lexical forms', () => {
  it.each([
    ['Color', 'Blue', /"Blue" is not a Color value at GetResponse\/Rec\/Color/],
    ['Color', 'red', /not a Color value/],
    ['Flags', 'A C', /"C" is not a Flags value/],
    ['At', '2024-13-01T00:00:00', /invalid dateTime/],
    ['At', 'yesterday', /invalid dateTime/],
    ['At', '2024-01-01', /invalid dateTime/],
    ['Day', '2024-02-30x', /invalid date/],
    ['Clock', '25:00:00', /invalid time/],
    ['Span', '1 day', /invalid duration/],
    ['Span', 'P', /invalid duration/],
    ['Id', 'not-a-guid', /invalid guid "not-a-guid" at GetResponse\/Rec\/Id/],
    ['Id', '3f2504e0-4f89-11d3-9a0c-0305e82c330', /invalid guid/],
  ])('%s = %s is a ResponseError', (key, text, message) => {
    expect(responseError(() => soap(rec(`<${key}>${text}</${key}>`))).message).toMatch(message);
  });

  it('reads valid forms', () => {
    const v = soap(
      rec(
        '<Color>Green</Color><Flags> A B </Flags><At>2024-02-29T23:59:59.1234567+14:00</At><Day>2024-02-29Z</Day><Clock>24:00:00</Clock>' +
          '<Span>-P1Y2M3DT4H5M6.7S</Span><Id>3F2504E0-4f89-11d3-9a0c-0305e82c3301</Id>',
      ),
    ).Rec;
    expect(v).toMatchObject({ Color: 'Green', Flags: 'A B', At: '2024-02-29T23:59:59.1234567+14:00', Day: '2024-02-29Z', Clock: '24:00:00', Span: '-P1Y2M3DT4H5M6.7S' });
    expect(v.Id).toBe('3F2504E0-4f89-11d3-9a0c-0305e82c3301');
  });
});

describe('SOAP: nil, cardinality, body element, envelope structure', () => {
  it('xsi:nil on a non-nillable element is an error; on a nillable one it is null', () => {
    expect(responseError(() => soap(rec('<Name xsi:nil="true"/>'))).message).toMatch(/xsi:nil on element Name, which is not nillable at GetResponse\/Rec\/Name/);
    expect(soap(rec('<Note xsi:nil="true"/>')).Rec).toEqual({ Note: null, Tags: [] });
  });

  it('a singleton element written twice is an error; repeated elements are an array', () => {
    expect(responseError(() => soap(rec('<Name>a</Name><Name>b</Name>'))).message).toMatch(/element Name occurs more than once at GetResponse\/Rec\/Name/);
    expect(responseError(() => soap(envelope(response('<Count>1</Count><Count>2</Count>')))).message).toMatch(/Count occurs more than once/);
    expect(soap(rec('<Tags>a</Tags><Tags>b</Tags>')).Rec).toEqual({ Tags: ['a', 'b'] });
  });

  it('a body element in another namespace or in none is an error, not undefined', () => {
    for (const root of [`<GetResponse xmlns="urn:other"><Count>1</Count></GetResponse>`, '<GetResponse><Count>1</Count></GetResponse>']) {
      expect(responseError(() => soap(envelope(root))).message).toMatch(/unexpected body element <GetResponse>/);
    }
    expect(responseError(() => soap(envelope(`<Other xmlns="${NS}"/>`))).message).toMatch(/unexpected body element <Other>/);
  });

  it('a second Body, a second body element and content after the envelope are errors', () => {
    const ok = response('<Count>1</Count>');
    expect(soap(envelope(ok, '\n<!-- trailer -->\n')).Count).toBe(1);
    expect(responseError(() => soap(`<s:Envelope xmlns:s="${SOAP}"><s:Body>${ok}</s:Body><s:Body>${response('<Count>2</Count>')}</s:Body></s:Envelope>`)).message).toMatch(
      /second Body/,
    );
    expect(responseError(() => soap(envelope(ok + ok))).message).toMatch(/unexpected element <GetResponse> after <GetResponse>/);
    expect(responseError(() => soap(envelope(ok, '<x/>'))).message).toMatch(/content after the document's root element/);
    expect(responseError(() => soap(envelope(ok, 'trailing text'))).message).toMatch(/content after/);
  });

  it('a Fault must be alone in the Body: after the result, or followed by anything, it is a ResponseError', () => {
    const fault = `<s:Fault><faultcode>s:Server</faultcode><faultstring>boom</faultstring></s:Fault>`;
    expect(() => soap(envelope(fault))).toThrow(SoapFaultError);
    expect(responseError(() => soap(envelope(response('<Count>1</Count>') + fault))).message).toMatch(/Fault after the response element/);
    expect(responseError(() => soap(envelope(fault + response('<Count>1</Count>')))).message).toMatch(/Fault is not the only element/);
  });
});

describe('unknown elements stay tolerated', () => {
  it('are dropped from a closed record and kept as raw XML in $extra of an open one', () => {
    const v = soap(envelope(response(`<Rec><Added>new member</Added><Name>n</Name><Later><x>1</x></Later></Rec><Open><Name>o</Name><Extra a="1">t<b/></Extra></Open><NewTop/>`)));
    expect(v.Rec).toEqual({ Name: 'n', Tags: [] });
    expect(v.Open).toEqual({ Name: 'o', $extra: ['<Extra a="1">t<b/></Extra>'] });
  });

  it('Web API: unknown JSON members and XML elements are skipped', () => {
    expect(readJson('{"Name":"n","Added":{"deep":[1,2]},"Tags":[]}', Rec, false)).toEqual({ Name: 'n', Tags: [] });
    expect(readXml(`<Open xmlns="${NS}"><Added/><Name>n</Name></Open>`, xmlBody(Open))).toEqual({ Name: 'n' });
  });
});

// Web API

const Model: TypeDesc = {
  kind: 'complex',
  name: 'Model',
  fields: [
    { key: 'Id', type: 'int', facets: { minInclusive: '-2147483648', maxInclusive: '2147483647' } },
    { key: 'Name', type: 'string' },
    { key: 'Small', type: 'int', optional: true, facets: { minInclusive: '-32768', maxInclusive: '32767' } },
    { key: 'Count', type: 'long', optional: true },
    { key: 'Price', type: 'decimal', optional: true },
    { key: 'Rate', type: 'double', optional: true },
    { key: 'Color', type: Color, optional: true },
    { key: 'At', type: 'dateTime', optional: true },
    { key: 'Span', type: 'duration', optional: true },
    { key: 'Key', type: 'guid', optional: true },
  ],
};
const json = (text: string) => readJson(text, Model, false) as Record<string, unknown>;
const base = '"Id":1,"Name":"n"';

function xmlBody(type: TypeDesc, array = false): RestBodyDesc {
  return array ? { type, array, xmlRoot: `ArrayOf${type.name}`, xmlNs: NS, xmlItem: { name: type.name, ns: NS } } : { type, xmlRoot: type.name, xmlNs: NS };
}

describe('Web API JSON: numbers', () => {
  it.each([
    ['Id', '2.5', /at Id: expected an integer, got 2.5/],
    ['Id', '1e400', /at Id: expected an integer/],
    ['Id', '"2.5"', /at Id: expected an integer/],
    ['Id', '12345678901234567890', /at Id: int 12345678901234567890 is out of range/],
    ['Small', '70000', /at Small: 70000 is above the maximum 32767/],
    ['Count', '2.5', /at Count: expected an integer, got 2.5/],
    ['Count', '9223372036854775808', /at Count: 9223372036854775808 is above the maximum 9223372036854775807/],
    ['Count', '"1.5"', /expected a long number/],
    ['Rate', '1e400', /at Rate: double 1e400 is out of range/],
    ['Price', '1e5000', /out of range/],
  ])('%s = %s is a ResponseError naming the path', (key, raw, message) => {
    const others = key === 'Id' ? '"Name":"n"' : base;
    expect(responseError(() => json(`{${others},"${key}":${raw}}`)).message).toMatch(message);
  });

  it('keeps long exactly and normalises a decimal in exponent form to its exact decimal text', () => {
    expect(json(`{${base},"Count":-9223372036854775808,"Price":1.5e3}`)).toMatchObject({ Count: '-9223372036854775808', Price: '1500' });
    for (const [raw, exact] of [
      ['1.5e3', '1500'],
      ['25E-3', '0.025'],
      ['-1.50e1', '-15'],
      ['0e10', '0'],
      ['-0.0e0', '0'],
      ['123456789012345678901234567890e-30', '0.12345678901234567890123456789'],
      ['12.5', '12.5'],
    ]) {
      expect(json(`{${base},"Price":${raw}}`).Price, raw).toBe(exact);
    }
  });
});

describe('Web API JSON: enumerations, dates, GUIDs', () => {
  it.each([
    ['Color', '"Blue"', /at Color: "Blue" is not a Color value/],
    ['Color', '7', /7 is not a Color value/],
    ['Color', '1.5', /not a Color value/],
    ['At', '"yesterday"', /expected a dateTime string/],
    ['At', '1332141720000', /expected a dateTime string/],
    ['Span', '"1 day"', /expected a duration string/],
    ['Key', '"xyz"', /expected a GUID string/],
  ])('%s = %s is a ResponseError', (key, raw, message) => {
    expect(responseError(() => json(`{${base},"${key}":${raw}}`)).message).toMatch(message);
  });

  it("accepts Json.NET's forms: enum names in any case and numbers, ISO and Microsoft dates, TimeSpans", () => {
    expect(json(`{${base},"Color":"green"}`).Color).toBe('Green');
    expect(json(`{${base},"Color":0}`).Color).toBe('Red');
    for (const at of ['2012-03-19T07:22:00', '2012-03-19T07:22:00.1234567+01:00', '2012-03-19T07:22:00Z', '\\/Date(1332141720000)\\/', '/Date(-1332141720000+0100)/']) {
      expect(json(`{${base},"At":"${at}"}`).At).toBe(at.replace(/\\\//g, '/'));
    }
    for (const span of ['01:02:03', '1.02:03:04.5000000', '-00:00:01', 'P1DT2H']) expect(json(`{${base},"Span":"${span}"}`).Span).toBe(span);
    expect(json(`{${base},"Key":"3f2504e0-4f89-11d3-9a0c-0305e82c3301"}`).Key).toBe('3f2504e0-4f89-11d3-9a0c-0305e82c3301');
  });
});

describe('Web API: required members and the root', () => {
  it('JSON: a record missing its required members, a duplicate member, a null result are errors', () => {
    expect(responseError(() => json('{"Big":1}')).message).toMatch(/missing required member Id of Model/);
    expect(responseError(() => json('{"Id":1}')).message).toMatch(/missing required member Name/);
    expect(responseError(() => json('{"Id":1,"Name":null}')).message).toMatch(/missing required member Name/);
    expect(responseError(() => json(`{${base},"Id":2}`)).message).toMatch(/member Id occurs more than once/);
    expect(responseError(() => readJson('null', Model, false)).message).toMatch(/null where a Model value is declared/);
    expect(responseError(() => readJson('null', Model, true)).message).toMatch(/null where an array value is declared/);
    expect(responseError(() => readJson('null', 'int', false)).message).toMatch(/null where a int value/);
    expect(responseError(() => readJson('[{"Id":1}]', Model, true)).message).toMatch(/at \[0\]: missing required member Name of Model/);
    expect(json(`{${base}}`)).toEqual({ Id: 1, Name: 'n' });
  });

  it('XML: an <Error> root, a SOAP envelope, a missing required member, a nil root are errors', () => {
    const body = xmlBody(Model);
    expect(readXml(`<Model xmlns="${NS}"><Id>1</Id><Name>n</Name></Model>`, body)).toEqual({ Id: 1, Name: 'n' });
    expect(responseError(() => readXml('<Error><Message>An error has occurred.</Message></Error>', body)).message).toMatch(/unexpected root element <Error>, expected <Model> in urn:strict/);
    expect(responseError(() => readXml(envelope(`<Model xmlns="${NS}"><Id>1</Id><Name>n</Name></Model>`), body)).message).toMatch(/unexpected root element <Envelope>/);
    expect(responseError(() => readXml(`<Model xmlns="urn:other"><Id>1</Id><Name>n</Name></Model>`, body)).message).toMatch(/unexpected root element <Model> in urn:other/);
    expect(responseError(() => readXml(`<Model xmlns="${NS}"><Big>1</Big></Model>`, body)).message).toMatch(/missing required element Id of Model/);
    expect(responseError(() => readXml(`<Model xmlns="${NS}" xmlns:i="${XSI}" i:nil="true"/>`, body)).message).toMatch(/nil root/);
    expect(responseError(() => readXml(`<Model xmlns="${NS}"><Id>1</Id><Id>2</Id><Name>n</Name></Model>`, body)).message).toMatch(/Id occurs more than once/);
    expect(responseError(() => readXml(`<Model xmlns="${NS}"><Id>1</Id><Name>n</Name><Small>70000</Small></Model>`, body)).message).toMatch(/above the maximum 32767 at Model\/Small/);
    expect(responseError(() => readXml(`<Model xmlns="${NS}"><Id>1</Id><Name>n</Name><Color>Blue</Color></Model>`, body)).message).toMatch(/not a Color value/);
    expect(responseError(() => readXml(`<Model xmlns="${NS}"><Id>1</Id><Name>n</Name></Model><Model/>`, body)).message).toMatch(/content after/);
  });

  it('XML collections: the declared item elements, each checked', () => {
    const body = xmlBody(Model, true);
    const item = (id: string) => `<Model><Id>${id}</Id><Name>n</Name></Model>`;
    expect(readXml(`<ArrayOfModel xmlns="${NS}">${item('1')}${item('2')}</ArrayOfModel>`, body)).toEqual([
      { Id: 1, Name: 'n' },
      { Id: 2, Name: 'n' },
    ]);
    expect(responseError(() => readXml(`<ArrayOfModel xmlns="${NS}">${item('99999999999')}</ArrayOfModel>`, body)).message).toMatch(/out of range/);
    expect(responseError(() => readXml(`<Error/>`, body)).message).toMatch(/unexpected root element <Error>/);
  });
});
