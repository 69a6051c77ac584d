import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { inlinePackage } from '../helpers/inline-package.js';

/**
 * A record with an unqualified attribute called `type` that also travels with `xsi:type` (a
 * reference type with subtypes, as record-reference schemas declare it). Attributes are matched
 * by namespace exactly: `xsi:type` is never read into `type`. Written for this test.
 */

const WSDL = `<?xml version="1.0" encoding="utf-8"?>
<wsdl:definitions xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/" xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:r="urn:refs" targetNamespace="urn:refs">
  <wsdl:types>
    <xs:schema targetNamespace="urn:refs" elementFormDefault="qualified">
      <xs:simpleType name="RecordKind"><xs:restriction base="xs:string"><xs:enumeration value="customer"/><xs:enumeration value="vendor"/></xs:restriction></xs:simpleType>
      <xs:complexType name="BaseRef" abstract="true"><xs:sequence><xs:element name="name" type="xs:string" minOccurs="0"/></xs:sequence></xs:complexType>
      <xs:complexType name="RecordRef">
        <xs:complexContent><xs:extension base="r:BaseRef">
          <xs:attribute name="internalId" type="xs:string"/>
          <xs:attribute name="type" type="r:RecordKind"/>
        </xs:extension></xs:complexContent>
      </xs:complexType>
      <xs:complexType name="CustomRef">
        <xs:complexContent><xs:extension base="r:BaseRef">
          <xs:attribute name="scriptId" type="xs:string"/>
        </xs:extension></xs:complexContent>
      </xs:complexType>
      <xs:element name="get"><xs:complexType><xs:sequence><xs:element name="baseRef" type="r:BaseRef"/></xs:sequence></xs:complexType></xs:element>
      <xs:element name="getResponse"><xs:complexType><xs:sequence><xs:element name="baseRef" type="r:BaseRef" maxOccurs="unbounded"/></xs:sequence></xs:complexType></xs:element>
    </xs:schema>
  </wsdl:types>
  <wsdl:message name="getIn"><wsdl:part name="parameters" element="r:get"/></wsdl:message>
  <wsdl:message name="getOut"><wsdl:part name="parameters" element="r:getResponse"/></wsdl:message>
  <wsdl:portType name="P"><wsdl:operation name="get"><wsdl:input message="r:getIn"/><wsdl:output message="r:getOut"/></wsdl:operation></wsdl:portType>
  <wsdl:binding name="B" type="r:P"><soap:binding transport="http://schemas.xmlsoap.org/soap/http" style="document"/>
    <wsdl:operation name="get"><soap:operation soapAction="urn:refs/get"/><wsdl:input><soap:body use="literal"/></wsdl:input><wsdl:output><soap:body use="literal"/></wsdl:output></wsdl:operation>
  </wsdl:binding>
  <wsdl:service name="Refs"><wsdl:port name="Port" binding="r:B"><soap:address location="https://refs.example.test/soap"/></wsdl:port></wsdl:service>
</wsdl:definitions>`;

interface Pkg {
  createClient(o: object): { get(input: object): Promise<unknown> };
  createMockFetch(o?: object): typeof fetch & { calls: { problems: readonly string[]; request: unknown }[] };
}

let mod: Pkg;

beforeAll(async () => {
  const pkg = await inlinePackage({ 'refs.wsdl': WSDL }, 'Refs', { build: true });
  mod = (await import(pathToFileURL(join(pkg.dir, 'dist/index.js')).href)) as Pkg;
}, 120_000);

const envelope = (body: string) =>
  `<?xml version="1.0"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><soap:Body>${body}</soap:Body></soap:Envelope>`;

describe('xsi:type next to an attribute called type', () => {
  test('each is read from its own namespace', async () => {
    const xml = envelope(
      `<getResponse xmlns="urn:refs" xmlns:r="urn:refs">` +
        `<baseRef xsi:type="r:RecordRef" type="customer" internalId="7"/>` +
        `<baseRef xsi:type="r:RecordRef" internalId="8"/>` +
        `<baseRef xsi:type="r:CustomRef" scriptId="s1"/>` +
        `</getResponse>`,
    );
    const fetch = async () => new Response(xml, { status: 200, headers: { 'content-type': 'text/xml; charset=utf-8' } });
    const client = mod.createClient({ fetch });
    const result = await client.get({ baseRef: { $type: 'CustomRef', scriptId: 'x' } });
    expect(result).toEqual([
      { $type: 'RecordRef', type: 'customer', internalId: '7' },
      { $type: 'RecordRef', internalId: '8' },
      { $type: 'CustomRef', scriptId: 's1' },
    ]);
  });

  test('an attribute in another namespace with the same local name is not the field', async () => {
    const xml = envelope(`<getResponse xmlns="urn:refs" xmlns:o="urn:other"><baseRef xsi:type="RecordRef" o:internalId="9" o:type="vendor"/></getResponse>`);
    const fetch = async () => new Response(xml, { status: 200, headers: { 'content-type': 'text/xml; charset=utf-8' } });
    const result = await mod.createClient({ fetch }).get({ baseRef: { $type: 'CustomRef' } });
    expect(result).toEqual([{ $type: 'RecordRef' }]);
  });

  test("the package's own mock accepts a valid request carrying both", async () => {
    const mock = mod.createMockFetch();
    const client = mod.createClient({ fetch: mock });
    await client.get({ baseRef: { $type: 'RecordRef', type: 'vendor', internalId: '3', name: 'n' } });
    expect(mock.calls[0].problems).toEqual([]);
    expect(mock.calls[0].request).toEqual({ baseRef: { $type: 'RecordRef', type: 'vendor', internalId: '3', name: 'n' } });
  });
});
