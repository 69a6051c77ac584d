import { expect, test } from 'vitest';
import { callEveryOperation } from '../helpers/fixture-calls.js';
import { inlinePackage } from '../helpers/inline-package.js';

/**
 * Broken specs still give packages whose own fixtures pass their own mock: a part naming its
 * element with an undeclared prefix, a type extending an undefined base, an element of an
 * undefined type as the response root, a name with trailing white space (an NCName, whose white
 * space XML Schema collapses). Written for this test.
 */
const WSDL = `<?xml version="1.0" encoding="utf-8"?>
<wsdl:definitions xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/" xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/"
  xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:tns="urn:b" xmlns:missing="urn:missing" targetNamespace="urn:b">
  <wsdl:types>
    <xs:schema targetNamespace="urn:b" elementFormDefault="qualified">
      <xs:element name="Ask"><xs:complexType><xs:complexContent><xs:extension base="missing:Base">
        <xs:sequence><xs:element name="q" type="xs:string" minOccurs="0"/><xs:element name="n " type="xs:int"/></xs:sequence>
      </xs:extension></xs:complexContent></xs:complexType></xs:element>
      <xs:element name="Answer" type="missing:Flag"/>
    </xs:schema>
  </wsdl:types>
  <wsdl:message name="AskIn"><wsdl:part name="p" element="undeclared:Ask"/></wsdl:message>
  <wsdl:message name="AskOut"><wsdl:part name="p" element="tns:Answer"/></wsdl:message>
  <wsdl:portType name="P"><wsdl:operation name="Ask"><wsdl:input message="tns:AskIn"/><wsdl:output message="tns:AskOut"/></wsdl:operation></wsdl:portType>
  <wsdl:binding name="B" type="tns:P"><soap:binding transport="http://schemas.xmlsoap.org/soap/http" style="document"/>
    <wsdl:operation name="Ask"><soap:operation soapAction="urn:b/Ask"/><wsdl:input><soap:body use="literal"/></wsdl:input><wsdl:output><soap:body use="literal"/></wsdl:output></wsdl:operation>
  </wsdl:binding>
  <wsdl:service name="S"><wsdl:port name="Port" binding="tns:B"><soap:address location="https://b.example.test/soap"/></wsdl:port></wsdl:service>
</wsdl:definitions>`;

test('undefined names still give a package whose fixtures its mock accepts', async () => {
  const pkg = await inlinePackage({ 'b.wsdl': WSDL }, 'Broken');
  // The namespace is written once (`const ns0 = 'urn:b'`) and referred to.
  expect(pkg.files.get('descriptors.js')).toMatch(/^const ns0 = 'urn:b';$/m);
  expect(pkg.files.get('descriptors.js')).toMatch(/input: \{ name: 'Ask', ns: ns0/);
  expect(pkg.files.get('descriptors.js')).toMatch(/key: 'n', /);
  const { calls, failures } = await callEveryOperation(pkg.dir);
  expect(failures).toEqual([]);
  expect(calls).toBe(1);
}, 120_000);
