import { describe, expect, test } from 'vitest';
import { parse, TNS } from '../parsers/wsdl-helpers.js';

/** Line (1-based) of the first occurrence of `needle` in `text`. */
const lineOf = (text: string, needle: string): number => text.slice(0, text.indexOf(needle)).split('\n').length;

const HEAD = `<?xml version="1.0"?>
<wsdl:definitions xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/" xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/"
  xmlns:mime="http://schemas.xmlsoap.org/wsdl/mime/" xmlns:s="http://www.w3.org/2001/XMLSchema"
  xmlns:wsp="http://www.w3.org/ns/ws-policy" xmlns:wsu="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd"
  xmlns:sp="http://docs.oasis-open.org/ws-sx/ws-securitypolicy/200702" xmlns:wsam="http://www.w3.org/2007/05/addressing/metadata"
  xmlns:wsoma="http://schemas.xmlsoap.org/ws/2004/09/policy/optimizedmimeserialization"
  xmlns:tns="${TNS}" targetNamespace="${TNS}">`;

const TYPES = `
  <wsdl:types><s:schema targetNamespace="${TNS}" elementFormDefault="qualified">
    <s:element name="Store"><s:complexType><s:sequence><s:element name="id" type="s:string"/></s:sequence></s:complexType></s:element>
    <s:element name="StoreResponse"><s:complexType/></s:element>
    <s:element name="Ticket" type="s:string"/>
  </s:schema></wsdl:types>
  <wsdl:message name="StoreIn"><wsdl:part name="parameters" element="tns:Store"/><wsdl:part name="file" type="s:base64Binary"/></wsdl:message>
  <wsdl:message name="StoreOut"><wsdl:part name="parameters" element="tns:StoreResponse"/></wsdl:message>
  <wsdl:message name="TicketHeader"><wsdl:part name="Ticket" element="tns:Ticket"/></wsdl:message>
  <wsdl:portType name="P"><wsdl:operation name="Store"><wsdl:input message="tns:StoreIn"/><wsdl:output message="tns:StoreOut"/></wsdl:operation></wsdl:portType>`;

describe('requirements the client does not meet are warnings at their line', () => {
  const text = `${HEAD}
  <wsp:Policy wsu:Id="SecurePolicy">
    <wsp:ExactlyOne><wsp:All>
      <sp:TransportBinding><wsp:Policy><sp:TransportToken><wsp:Policy><sp:HttpsToken/></wsp:Policy></sp:TransportToken></wsp:Policy></sp:TransportBinding>
      <sp:SignedSupportingTokens><wsp:Policy>
        <sp:UsernameToken sp:IncludeToken="http://docs.oasis-open.org/ws-sx/ws-securitypolicy/200702/IncludeToken/AlwaysToRecipient"/>
      </wsp:Policy></sp:SignedSupportingTokens>
      <wsam:Addressing><wsp:Policy/></wsam:Addressing>
      <wsoma:OptimizedMimeSerialization/>
    </wsp:All></wsp:ExactlyOne>
  </wsp:Policy>${TYPES}
  <wsdl:binding name="B" type="tns:P">
    <wsp:PolicyReference URI="#SecurePolicy"/>
    <soap:binding transport="http://schemas.xmlsoap.org/soap/http" style="document"/>
    <wsdl:operation name="Store">
      <soap:operation soapAction="urn:t/Store"/>
      <wsdl:input>
        <mime:multipartRelated>
          <mime:part><soap:body parts="parameters" use="literal"/></mime:part>
          <mime:part><mime:content part="file" type="application/octet-stream"/></mime:part>
        </mime:multipartRelated>
      </wsdl:input>
      <wsdl:output><soap:body use="literal"/></wsdl:output>
    </wsdl:operation>
  </wsdl:binding>
  <wsdl:service name="S"><wsdl:port name="Port" binding="tns:B"><soap:address location="https://example.com/s"/></wsdl:port></wsdl:service>
</wsdl:definitions>`;

  test('WS-Policy assertions the client honours are read into the IR; a MIME binding is a warning naming what is not done', async () => {
    const s = await parse(text);
    const w = s.diagnostics.filter((d) => d.code === 'SVC120').map((d) => [d.loc?.line, d.message]);
    expect(w).toEqual([
      [lineOf(text, '<mime:multipartRelated'), expect.stringMatching(/^MIME multipart binding \(SOAP with Attachments\) of operation Store input: .*part file travel inline as base64/)],
    ]);
    // UsernameToken, transport security, Addressing and MTOM are acted on by the client (security
    // required in its options, WS-Addressing headers, MTOM), so they are policy, not warnings.
    expect(JSON.stringify(s.policy)).toMatch(/usernameToken|UsernameToken/);
  });

  test('an assertion the client cannot satisfy is a warning at its line', async () => {
    const x509 = text.replace('<sp:TransportBinding>', '<sp:X509Token/><sp:TransportBinding>');
    const s = await parse(x509);
    const w = s.diagnostics.filter((d) => d.code === 'SVC120').map((d) => d.loc?.line);
    expect(w).toContain(lineOf(x509, '<sp:X509Token'));
  });

  test('a WSDL without policies or MIME bindings gets no such warning', async () => {
    const plain = text
      .replace(/<wsp:Policy wsu:Id="SecurePolicy">[\s\S]*?<\/wsp:ExactlyOne>\s*<\/wsp:Policy>/, '')
      .replace('<wsp:PolicyReference URI="#SecurePolicy"/>', '').replace(/<mime:multipartRelated>[\s\S]*?<\/mime:multipartRelated>/, '<soap:body use="literal"/>');
    const s = await parse(plain);
    expect(s.diagnostics.filter((d) => d.code === 'SVC120')).toEqual([]);
  });
});

describe('an undefined header message', () => {
  test('is reported at the soap:header naming it, not at the portType operation', async () => {
    const text = `${HEAD}${TYPES}
  <wsdl:binding name="B" type="tns:P">
    <soap:binding transport="http://schemas.xmlsoap.org/soap/http" style="document"/>
    <wsdl:operation name="Store">
      <soap:operation soapAction="urn:t/Store"/>
      <wsdl:input>
        <soap:body parts="parameters" use="literal"/>
        <soap:header message="tns:Missing" part="Ticket" use="literal"/>
        <soap:header message="tns:TicketHeader" part="Nope" use="literal"/>
      </wsdl:input>
      <wsdl:output><soap:body use="literal"/></wsdl:output>
    </wsdl:operation>
  </wsdl:binding>
</wsdl:definitions>`;
    const s = await parse(text);
    const missing = s.diagnostics.filter((d) => d.code === 'SVC151');
    expect(missing.map((d) => [d.loc?.line, d.loc?.column])).toEqual([
      [lineOf(text, '<soap:header message="tns:Missing"'), 9],
      [lineOf(text, '<soap:header message="tns:TicketHeader"'), 9],
    ]);
    expect(missing[0].message).toContain('Missing');
    expect(missing[1].message).toContain('Nope');
  });
});
