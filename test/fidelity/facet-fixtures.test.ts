import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { numberFor, patternRegExp, stringFor } from '../../generator/util/facet-values.js';
import { loadService } from '../../generator/pipeline.js';
import { inlinePackage } from '../helpers/inline-package.js';
import { renderText, type RowSpec } from '../parsers/webapi-support/render.js';
import { scratch } from '../errors/cli-run.js';
import { writeFileSync } from 'node:fs';

/**
 * Fixtures that honour the facets their own package validates. The invoice service below is
 * written for this test: file names with a pattern, GUID patterns, 3-letter currency codes,
 * ranges, digit limits, enumerations, facets on a named simple type and on a field.
 */

const WSDL = `<?xml version="1.0" encoding="utf-8"?>
<wsdl:definitions xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/" xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:tns="urn:invoices" targetNamespace="urn:invoices">
  <wsdl:types>
    <xs:schema targetNamespace="urn:invoices" elementFormDefault="qualified">
      <xs:simpleType name="FileName"><xs:restriction base="xs:string"><xs:pattern value="[A-Z]{2}[0-9]{11}_[0-9A-Za-z]{5}\\.(xml|p7m)"/></xs:restriction></xs:simpleType>
      <xs:simpleType name="Uuid"><xs:restriction base="xs:string"><xs:pattern value="[\\da-fA-F]{8}-[\\da-fA-F]{4}-[\\da-fA-F]{4}-[\\da-fA-F]{4}-[\\da-fA-F]{12}"/></xs:restriction></xs:simpleType>
      <xs:simpleType name="Currency"><xs:restriction base="xs:string"><xs:length value="3"/></xs:restriction></xs:simpleType>
      <xs:simpleType name="Amount"><xs:restriction base="xs:decimal"><xs:minExclusive value="0"/><xs:maxInclusive value="99999.99"/><xs:fractionDigits value="2"/></xs:restriction></xs:simpleType>
      <xs:simpleType name="Status"><xs:restriction base="xs:string"><xs:enumeration value="sent"/><xs:enumeration value="paid"/></xs:restriction></xs:simpleType>
      <xs:complexType name="Invoice">
        <xs:sequence>
          <xs:element name="file" type="tns:FileName"/>
          <xs:element name="id" type="tns:Uuid"/>
          <xs:element name="currency" type="tns:Currency"/>
          <xs:element name="amount" type="tns:Amount"/>
          <xs:element name="lines"><xs:simpleType><xs:restriction base="xs:int"><xs:minInclusive value="1"/><xs:maxInclusive value="500"/></xs:restriction></xs:simpleType></xs:element>
          <xs:element name="code"><xs:simpleType><xs:restriction base="xs:string"><xs:minLength value="8"/><xs:maxLength value="12"/><xs:pattern value="[A-Z][a-z0-9]*"/></xs:restriction></xs:simpleType></xs:element>
          <xs:element name="vat" minOccurs="0" maxOccurs="unbounded"><xs:simpleType><xs:restriction base="xs:string"><xs:pattern value="(IT|FR|DE)\\d{11}"/></xs:restriction></xs:simpleType></xs:element>
          <xs:element name="status" type="tns:Status"/>
          <xs:element name="priority"><xs:simpleType><xs:restriction base="xs:long"><xs:minInclusive value="10000000000"/></xs:restriction></xs:simpleType></xs:element>
        </xs:sequence>
      </xs:complexType>
      <xs:element name="Submit"><xs:complexType><xs:sequence><xs:element name="invoice" type="tns:Invoice"/></xs:sequence></xs:complexType></xs:element>
      <xs:element name="SubmitResponse"><xs:complexType><xs:sequence><xs:element name="receipt" type="tns:Invoice"/></xs:sequence></xs:complexType></xs:element>
    </xs:schema>
  </wsdl:types>
  <wsdl:message name="SubmitIn"><wsdl:part name="parameters" element="tns:Submit"/></wsdl:message>
  <wsdl:message name="SubmitOut"><wsdl:part name="parameters" element="tns:SubmitResponse"/></wsdl:message>
  <wsdl:portType name="P"><wsdl:operation name="Submit"><wsdl:input message="tns:SubmitIn"/><wsdl:output message="tns:SubmitOut"/></wsdl:operation></wsdl:portType>
  <wsdl:binding name="B" type="tns:P"><soap:binding transport="http://schemas.xmlsoap.org/soap/http" style="document"/>
    <wsdl:operation name="Submit"><soap:operation soapAction="urn:invoices/Submit"/><wsdl:input><soap:body use="literal"/></wsdl:input><wsdl:output><soap:body use="literal"/></wsdl:output></wsdl:operation>
  </wsdl:binding>
  <wsdl:service name="Invoices"><wsdl:port name="Port" binding="tns:B"><soap:address location="https://invoices.example.test/soap"/></wsdl:port></wsdl:service>
</wsdl:definitions>`;

type Validate = (d: unknown, v: unknown, p: string) => { path: string; message: string }[];

describe('values from facets', () => {
  test('strings from patterns of the XML Schema regex subset, within the lengths', () => {
    for (const [facets, expected] of [
      [{ pattern: '[A-Z]{2}[0-9]{11}_[0-9A-Za-z]{5}\\.(xml|p7m)' }, 'AA00000000000_aaaaa.xml'],
      [{ minLength: 3, maxLength: 3 }, 'str'],
      [{ pattern: '(IT|FR|DE)\\d{11}' }, 'IT00000000000'],
      [{ pattern: '[A-Z][a-z0-9]*', minLength: 8, maxLength: 12 }, 'Aaaaaaaa'],
      [{ pattern: '[^\\s]{2}-\\p{Lu}+' }, 'aa-A'],
      [{ pattern: '\\i\\c*' }, 'string'],
      [{ minLength: 10 }, 'stringxxxx'],
    ] as const) {
      const v = stringFor(facets, 'string');
      expect(v, JSON.stringify(facets)).toBe(expected);
      if ('pattern' in facets) expect(patternRegExp(facets.pattern)!.test(v!)).toBe(true);
    }
    expect(stringFor({ pattern: '[A-Z]{3}', maxLength: 2 })).toBeUndefined();
  });

  test('numbers within bounds and digit limits', () => {
    expect(numberFor('decimal', { minExclusive: '0', maxInclusive: '99999.99', fractionDigits: 2 })).toBe('1');
    expect(numberFor('int', { minInclusive: '1', maxInclusive: '500' })).toBe('1');
    expect(numberFor('decimal', { minInclusive: '0.01', maxInclusive: '10000' })).toBe('0.01');
    expect(numberFor('long', { minInclusive: '10000000000' })).toBe('10000000000');
    expect(numberFor('int', { minInclusive: '-5', maxExclusive: '-2' })).toBe('-5');
    expect(numberFor('int', { minInclusive: '3', maxInclusive: '2' })).toBeUndefined();
  });
});

describe('a package whose facets the canonical values break', () => {
  test('its fixtures pass its validators and its mock answers every call', async () => {
    const pkg = await inlinePackage({ 'invoices.wsdl': WSDL }, 'Invoices', { build: true });
    const url = (f: string) => pathToFileURL(join(pkg.dir, f)).href;
    const mod = (await import(url('dist/index.js'))) as {
      createClient(o: object): { submit(i: unknown): Promise<unknown> };
      createMockFetch(): typeof fetch & { calls: { problems: readonly string[] }[] };
      fixtures: { submit: { request: unknown; response: { receipt: Record<string, unknown> } } };
    };
    const { OPERATIONS } = (await import(url('dist/descriptors.js'))) as { OPERATIONS: { submit: { input: { type: unknown }; output: { type: unknown } } } };
    const { validateValue } = (await import(url('dist/runtime/validate.js'))) as { validateValue: Validate };
    const fx = mod.fixtures.submit;
    expect(validateValue(OPERATIONS.submit.input.type, fx.request, 'request')).toEqual([]);
    expect(validateValue(OPERATIONS.submit.output.type, fx.response, 'response')).toEqual([]);
    expect(fx.response.receipt).toMatchObject({ file: 'AA00000000000_aaaaa.xml', id: 'aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa', currency: 'str', amount: '1', lines: 1, code: 'Aaaaaaaa', status: 'sent', priority: '10000000000' });
    const mock = mod.createMockFetch();
    await expect(mod.createClient({ fetch: mock }).submit(fx.request)).resolves.toEqual(fx.response.receipt);
    expect(mock.calls[0].problems).toEqual([]);
  }, 120_000);

  test('a facet no value can satisfy is a warning naming the member', async () => {
    const dir = scratch('svcgen-facets-');
    const broken = WSDL.replace('<xs:minLength value="8"/><xs:maxLength value="12"/>', '<xs:minLength value="8"/><xs:maxLength value="4"/>');
    writeFileSync(join(dir, 'invoices.wsdl'), broken);
    const s = await loadService(['invoices.wsdl'], { cwd: dir });
    const w = s.diagnostics.filter((d) => /no value of/.test(d.message));
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ severity: 'warning', code: 'SVC120', loc: { file: 'invoices.wsdl', line: broken.slice(0, broken.indexOf('<xs:element name="code">')).split('\n').length } });
    expect(w[0].message).toContain('Invoice.code');
    expect(w[0].message).toContain('maxLength 4');
  });

  test('Web API sample values the annotations refuse are replaced in the fixture', async () => {
    const row = (name: string, type: string, ...annotations: string[]): RowSpec => ({ name, type, annotations });
    const page = renderText(
      {
        heading: 'POST api/payments',
        uri: [],
        body: { typeText: 'Payment', rows: [row('Currency', 'string', 'Required', 'String length: inclusive between 3 and 3'), row('Amount', 'decimal number', 'Range: inclusive between 0.01 and 10000'), row('Reference', 'string', 'Matching regular expression pattern: ^PAY-[0-9]{6}$')] },
        requestSamples: [{ mediaTypes: 'application/json, text/json', text: '{\n  "Currency": "sample string 1",\n  "Amount": 0.0,\n  "Reference": "sample string 3"\n}' }],
        responseSamples: [],
      },
      'pipes',
    );
    const pkg = await inlinePackage({ 'payments.txt': page }, 'Payments', { build: true });
    const fixtures = pkg.files.get('fixtures.ts')!;
    expect(fixtures).toMatch(/Currency: 'str'/);
    expect(fixtures).toMatch(/Amount: '0\.01'/);
    expect(fixtures).toMatch(/Reference: 'PAY-000000'/);
    const mod = (await import(pathToFileURL(join(pkg.dir, 'dist/index.js')).href)) as {
      createClient(o: object): { payments(b: unknown): Promise<unknown> };
      createMockFetch(): typeof fetch & { calls: { problems: readonly string[] }[] };
      fixtures: { payments: { body: unknown } };
    };
    const mock = mod.createMockFetch();
    await mod.createClient({ fetch: mock, baseUrl: 'https://pay.example.test/' }).payments(mod.fixtures.payments.body);
    expect(mock.calls[0].problems).toEqual([]);
  }, 120_000);
});
