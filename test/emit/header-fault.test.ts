import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { inlinePackage } from '../helpers/inline-package.js';
import { xmlFetch } from '../helpers/xml-fetch.js';

/**
 * `soap:headerfault` (WSDL 1.1 §3.7) and `wsdl:fault` together: a fault response that reports an
 * error about a request header in its SOAP Header, and the declared detail in its Body, both read
 * by their schema types onto the `SoapFaultError`.
 */

const TNS = 'urn:ship';
const WSDL = `<?xml version="1.0"?>
<definitions xmlns="http://schemas.xmlsoap.org/wsdl/" xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/"
  xmlns:s="http://www.w3.org/2001/XMLSchema" xmlns:tns="${TNS}" targetNamespace="${TNS}">
  <types>
    <s:schema elementFormDefault="qualified" targetNamespace="${TNS}">
      <s:element name="Security"><s:complexType><s:sequence><s:element name="Token" type="s:string"/></s:sequence></s:complexType></s:element>
      <s:element name="SecurityError"><s:complexType><s:sequence><s:element name="Code" type="s:int"/><s:element name="Why" type="s:string"/></s:sequence></s:complexType></s:element>
      <s:element name="ShipError"><s:complexType><s:sequence><s:element name="Severity" type="s:string"/></s:sequence></s:complexType></s:element>
      <s:element name="Ship"><s:complexType><s:sequence><s:element name="parcel" type="s:string"/></s:sequence></s:complexType></s:element>
      <s:element name="ShipResponse"><s:complexType><s:sequence><s:element name="id" type="s:string"/></s:sequence></s:complexType></s:element>
    </s:schema>
  </types>
  <message name="ShipIn"><part name="body" element="tns:Ship"/><part name="sec" element="tns:Security"/></message>
  <message name="ShipOut"><part name="body" element="tns:ShipResponse"/></message>
  <message name="SecurityFault"><part name="err" element="tns:SecurityError"/></message>
  <message name="ShipFault"><part name="err" element="tns:ShipError"/></message>
  <portType name="ShipPort"><operation name="Ship"><input message="tns:ShipIn"/><output message="tns:ShipOut"/><fault name="ShipFault" message="tns:ShipFault"/></operation></portType>
  <binding name="ShipBinding" type="tns:ShipPort">
    <soap:binding transport="http://schemas.xmlsoap.org/soap/http"/>
    <operation name="Ship"><soap:operation soapAction="urn:ship/Ship"/>
      <input><soap:body parts="body" use="literal"/>
        <soap:header message="tns:ShipIn" part="sec" use="literal"><soap:headerfault message="tns:SecurityFault" part="err" use="literal"/></soap:header>
      </input>
      <output><soap:body use="literal"/></output>
      <fault name="ShipFault"><soap:fault name="ShipFault" use="literal"/></fault>
    </operation>
  </binding>
  <service name="Shipping"><port name="ShipPort" binding="tns:ShipBinding"><soap:address location="http://ship.example/ship"/></port></service>
</definitions>`;

interface Pkg {
  createClient(o: { fetch: typeof fetch }): { ship(input: unknown, options?: unknown): Promise<unknown> };
  SoapFaultError: new (...a: never[]) => Error & { fault?: unknown; soapHeaders: Record<string, unknown>; faultString: string };
}

describe('soap:headerfault and wsdl:fault', () => {
  let pkg: Pkg;
  let types = '';
  beforeAll(async () => {
    const { dir, files } = await inlinePackage({ 'ship.wsdl': WSDL }, 'Shipping');
    types = files.get('types.ts')!;
    pkg = { ...(await import(join(dir, 'client.ts'))), ...(await import(join(dir, 'runtime', 'errors.ts'))) } as Pkg;
  }, 60_000);

  test('the header fault block and the typed detail are read onto the SoapFaultError', async () => {
    const response =
      `<?xml version="1.0"?><S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/" xmlns:t="${TNS}">` +
      `<S:Header><t:SecurityError><t:Code>401</t:Code><t:Why>token expired</t:Why></t:SecurityError><t:Unrelated>x</t:Unrelated></S:Header>` +
      `<S:Body><S:Fault><faultcode>S:Client</faultcode><faultstring>rejected</faultstring>` +
      `<detail><t:ShipError><t:Severity>hard</t:Severity></t:ShipError></detail></S:Fault></S:Body></S:Envelope>`;
    const client = pkg.createClient({ fetch: xmlFetch(response, { status: 500 }) });
    const e = await client.ship({ parcel: 'p' }, { soapHeaders: { Security: { Token: 't' } } }).then(
      () => undefined,
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(pkg.SoapFaultError);
    const fault = e as InstanceType<Pkg['SoapFaultError']>;
    expect(fault.faultString).toBe('rejected');
    expect(fault.soapHeaders).toEqual({ SecurityError: { Code: 401, Why: 'token expired' } });
    expect(fault.fault).toEqual({ name: 'ShipFault', detail: { Severity: 'hard' } });
  });

  test('types: the operation fault union', () => {
    expect(types).toMatch(/export type ShipFault2? = \{ name: 'ShipFault'; detail: ShipError \};/);
  });
});
