import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { canon, childElements, findElement } from '../helpers/xml-canon.js';
import { xmlFetch } from '../helpers/xml-fetch.js';
import { inlinePackage } from '../helpers/inline-package.js';
import { typecheck } from '../helpers/typecheck.js';
import { writeFileSync } from 'node:fs';

/**
 * `xs:list` of simple types as arrays (elements, attributes, simple content, repeated elements),
 * sent as whitespace-separated text and read back item by item, items validated by their own type;
 * `xs:union` whose members all stand for one built-in typed as that built-in.
 */

const TNS = 'urn:lists';
const WSDL = `<?xml version="1.0"?>
<definitions xmlns="http://schemas.xmlsoap.org/wsdl/" xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/"
  xmlns:s="http://www.w3.org/2001/XMLSchema" xmlns:tns="${TNS}" targetNamespace="${TNS}">
  <types>
    <s:schema elementFormDefault="qualified" targetNamespace="${TNS}">
      <s:simpleType name="Small"><s:restriction base="s:int"><s:maxInclusive value="9"/></s:restriction></s:simpleType>
      <s:simpleType name="SmallList"><s:list itemType="tns:Small"/></s:simpleType>
      <s:simpleType name="Dates"><s:list itemType="s:date"/></s:simpleType>
      <s:simpleType name="Either"><s:union memberTypes="tns:Small s:int"/></s:simpleType>
      <s:simpleType name="Mixed"><s:union memberTypes="s:int s:string"/></s:simpleType>
      <s:complexType name="Tagged"><s:simpleContent><s:extension base="tns:SmallList"><s:attribute name="unit" type="s:string"/></s:extension></s:simpleContent></s:complexType>
      <s:complexType name="Grid">
        <s:sequence>
          <s:element name="row" type="tns:SmallList" maxOccurs="unbounded"/>
          <s:element name="when" type="tns:Dates" minOccurs="0"/>
          <s:element name="tagged" type="tns:Tagged" minOccurs="0"/>
          <s:element name="either" type="tns:Either" minOccurs="0"/>
          <s:element name="mixed" type="tns:Mixed" minOccurs="0"/>
        </s:sequence>
        <s:attribute name="cols" type="tns:SmallList"/>
      </s:complexType>
      <s:element name="Put"><s:complexType><s:sequence><s:element name="grid" type="tns:Grid"/></s:sequence></s:complexType></s:element>
      <s:element name="PutResponse"><s:complexType><s:sequence><s:element name="PutResult" type="tns:Grid"/></s:sequence></s:complexType></s:element>
    </s:schema>
  </types>
  <message name="PutIn"><part name="parameters" element="tns:Put"/></message>
  <message name="PutOut"><part name="parameters" element="tns:PutResponse"/></message>
  <portType name="P"><operation name="Put"><input message="tns:PutIn"/><output message="tns:PutOut"/></operation></portType>
  <binding name="B" type="tns:P"><soap:binding transport="http://schemas.xmlsoap.org/soap/http"/>
    <operation name="Put"><soap:operation soapAction="urn:lists/Put"/><input><soap:body use="literal"/></input><output><soap:body use="literal"/></output></operation>
  </binding>
  <service name="Lists"><port name="P" binding="tns:B"><soap:address location="http://lists.example/"/></port></service>
</definitions>`;

interface Pkg {
  createClient(o: { fetch: typeof fetch }): { put(input: unknown): Promise<unknown> };
}

describe('xs:list and xs:union', () => {
  let dir = '';
  let types = '';
  let pkg: Pkg;
  beforeAll(async () => {
    let files: Map<string, string>;
    ({ dir, files } = await inlinePackage({ 'lists.wsdl': WSDL }, 'Lists'));
    types = files.get('types.ts')!;
    pkg = (await import(join(dir, 'client.ts'))) as Pkg;
  }, 60_000);

  test('lists are arrays of their item type; a union of one built-in is that built-in', () => {
    expect(types).toMatch(/row: number\[\]\[\];/);
    expect(types).toMatch(/when\?: string\[\];/);
    expect(types).toMatch(/cols\?: number\[\];/);
    expect(types).toMatch(/\$value: number\[\];/);
    expect(types).toMatch(/either\?: number;/);
    expect(types).toMatch(/mixed\?: string;/);
    writeFileSync(join(dir, 'use.ts'), `import type { PutRequest } from './index.js';\nexport const r: PutRequest = { grid: { row: [[1, 2], []], when: [new Date(0), '2024-01-02'], cols: [3], tagged: { $value: [4, 5], unit: 'cm' }, either: 7 } };\n`);
    expect(typecheck([join(dir, 'use.ts')])).toEqual([]);
  });

  test('written as space-separated text, read back item by item', async () => {
    const sent: string[] = [];
    const response = `<?xml version="1.0"?><S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/"><S:Body><PutResponse xmlns="${TNS}"><PutResult cols=" 1
      2 "><row>3 4</row><row/><row>  5&#9;6  </row><when>2024-01-02</when><tagged unit="m">7 8 9</tagged><either>9</either></PutResult></PutResponse></S:Body></S:Envelope>`;
    const client = pkg.createClient({ fetch: xmlFetch(response, { sent }) });
    const result = await client.put({ grid: { row: [[1, 2], []], when: [new Date(Date.UTC(2024, 0, 2)), '2024-01-03'], cols: [3, 4], tagged: { $value: [5], unit: 'cm' }, either: 8 } });
    const grid = findElement(canon(sent[0]), 'grid')!;
    const kids = childElements(grid);
    expect(grid.attrs.cols).toBe('3 4');
    expect(kids.map((k) => [k.name, k.children.join('')])).toEqual([
      ['row', '1 2'],
      ['row', ''],
      ['when', '2024-01-02 2024-01-03'],
      ['tagged', '5'],
      ['either', '8'],
    ]);
    expect(result).toEqual({ cols: [1, 2], row: [[3, 4], [], [5, 6]], when: ['2024-01-02'], tagged: { unit: 'm', $value: [7, 8, 9] }, either: 9 });
  });

  test('items are validated by their own type and facets', async () => {
    const client = pkg.createClient({ fetch: (async () => new Response('')) as typeof fetch });
    await expect(client.put({ grid: { row: [[1, 10]] } })).rejects.toThrow(/request\.grid\.row\[0\]\[1\]: 10 is above the maximum 9/);
    await expect(client.put({ grid: { row: [3] } })).rejects.toThrow(/request\.grid\.row\[0\]: expected an array \(an xs:list value\)/);
  });
});
