/**
 * `svcgen pull` of any WSDL URL, through the real bin, against local servers laid out like WCF
 * (`Service.svc?wsdl` importing `?wsdl=wsdl0`, which imports `?xsd=xsd0` and `?xsd=xsd1`, all
 * printed with the server's internal host name; `?singleWsdl`) and JAX-WS (`Service?wsdl`
 * importing `?xsd=1`). Every file is stored with its references rewritten to the local copies,
 * and the snapshot generates a client offline.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PullManifest } from '../../generator/commands/pull.js';
import { startServer, type TestServer } from './server.js';
import { bin } from '../helpers/bin.js';



const xml = (body: (host: string) => string) => (req: IncomingMessage, res: ServerResponse) => {
  res.writeHead(200, { 'Content-Type': 'text/xml; charset=UTF-8' }).end(body(`http://${req.headers.host}`));
};

// WCF: the main WSDL holds binding and service; wsdl0 the messages and port type; the schemas
// hold the operation elements (xsd0) and the data contract (xsd1). WCF prints its machine name.
const WCF_HOST = 'http://web01.corp.internal';
const wcfMain = `<?xml version="1.0" encoding="utf-8"?>
<wsdl:definitions name="Calc" targetNamespace="http://tempuri.org/" xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/" xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/" xmlns:tns="http://tempuri.org/" xmlns:i0="http://example.org/calc">
  <wsdl:import namespace="http://example.org/calc" location="${WCF_HOST}/Svc/Calc.svc?wsdl=wsdl0"/>
  <wsdl:types/>
  <wsdl:binding name="BasicHttpBinding_ICalc" type="i0:ICalc">
    <soap:binding transport="http://schemas.xmlsoap.org/soap/http"/>
    <wsdl:operation name="Add">
      <soap:operation soapAction="http://example.org/calc/ICalc/Add" style="document"/>
      <wsdl:input><soap:body use="literal"/></wsdl:input>
      <wsdl:output><soap:body use="literal"/></wsdl:output>
    </wsdl:operation>
  </wsdl:binding>
  <wsdl:service name="Calc">
    <wsdl:port name="BasicHttpBinding_ICalc" binding="tns:BasicHttpBinding_ICalc"><soap:address location="${WCF_HOST}/Svc/Calc.svc"/></wsdl:port>
  </wsdl:service>
</wsdl:definitions>`;
const wcfWsdl0 = `<?xml version="1.0" encoding="utf-8"?>
<wsdl:definitions targetNamespace="http://example.org/calc" xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:tns="http://example.org/calc">
  <wsdl:types>
    <xsd:schema targetNamespace="http://example.org/calc/Imports">
      <xsd:import schemaLocation="${WCF_HOST}/Svc/Calc.svc?xsd=xsd0" namespace="http://example.org/calc"/>
      <xsd:import schemaLocation="${WCF_HOST}/Svc/Calc.svc?xsd=xsd1" namespace="http://schemas.datacontract.org/2004/07/Calc"/>
    </xsd:schema>
  </wsdl:types>
  <wsdl:message name="ICalc_Add_InputMessage"><wsdl:part name="parameters" element="tns:Add"/></wsdl:message>
  <wsdl:message name="ICalc_Add_OutputMessage"><wsdl:part name="parameters" element="tns:AddResponse"/></wsdl:message>
  <wsdl:portType name="ICalc">
    <wsdl:operation name="Add"><wsdl:input message="tns:ICalc_Add_InputMessage"/><wsdl:output message="tns:ICalc_Add_OutputMessage"/></wsdl:operation>
  </wsdl:portType>
</wsdl:definitions>`;
const wcfXsd0 = `<?xml version="1.0" encoding="utf-8"?>
<xs:schema elementFormDefault="qualified" targetNamespace="http://example.org/calc" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:q1="http://schemas.datacontract.org/2004/07/Calc">
  <xs:import schemaLocation="${WCF_HOST}/Svc/Calc.svc?xsd=xsd1" namespace="http://schemas.datacontract.org/2004/07/Calc"/>
  <xs:element name="Add"><xs:complexType><xs:sequence><xs:element minOccurs="0" name="operands" nillable="true" type="q1:Operands"/></xs:sequence></xs:complexType></xs:element>
  <xs:element name="AddResponse"><xs:complexType><xs:sequence><xs:element minOccurs="0" name="AddResult" type="xs:int"/></xs:sequence></xs:complexType></xs:element>
</xs:schema>`;
const wcfXsd1 = `<?xml version="1.0" encoding="utf-8"?>
<xs:schema elementFormDefault="qualified" targetNamespace="http://schemas.datacontract.org/2004/07/Calc" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:tns="http://schemas.datacontract.org/2004/07/Calc">
  <xs:complexType name="Operands"><xs:sequence><xs:element minOccurs="0" name="A" type="xs:int"/><xs:element minOccurs="0" name="B" type="xs:int"/></xs:sequence></xs:complexType>
  <xs:element name="Operands" nillable="true" type="tns:Operands"/>
</xs:schema>`;
// ?singleWsdl: the same service in one document (schemas inline, no imports).
const wcfSingle = wcfMain
  .replace(/<wsdl:import [^>]*\/>/, '')
  .replace('<wsdl:types/>', `<wsdl:types>${wcfXsd1.replace(/<\?xml[^>]*>/, '')}${wcfXsd0.replace(/<\?xml[^>]*>/, '').replace(/<xs:import [^>]*\/>/, '<xs:import namespace="http://schemas.datacontract.org/2004/07/Calc"/>')}</wsdl:types>`)
  .replace('xmlns:i0="http://example.org/calc">', 'xmlns:i0="http://example.org/calc" xmlns:xsd="http://www.w3.org/2001/XMLSchema">')
  .replace('</wsdl:types>', `</wsdl:types>${wcfWsdl0.replace(/^[\s\S]*?<\/wsdl:types>/, '').replace('</wsdl:definitions>', '').replace(/tns:/g, 'i0:')}`);

// JAX-WS: one WSDL whose schema is served at ?xsd=1, printed with the address the client used.
const javaWsdl = (host: string) => `<?xml version='1.0' encoding='UTF-8'?>
<definitions xmlns="http://schemas.xmlsoap.org/wsdl/" xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:tns="http://calc.example/" targetNamespace="http://calc.example/" name="CalcService">
  <types><xsd:schema><xsd:import namespace="http://calc.example/" schemaLocation="${host}/ws/Calc?xsd=1"/></xsd:schema></types>
  <message name="multiply"><part name="parameters" element="tns:multiply"/></message>
  <message name="multiplyResponse"><part name="parameters" element="tns:multiplyResponse"/></message>
  <portType name="Calc"><operation name="multiply"><input message="tns:multiply"/><output message="tns:multiplyResponse"/></operation></portType>
  <binding name="CalcPortBinding" type="tns:Calc"><soap:binding transport="http://schemas.xmlsoap.org/soap/http" style="document"/>
    <operation name="multiply"><soap:operation soapAction=""/><input><soap:body use="literal"/></input><output><soap:body use="literal"/></output></operation></binding>
  <service name="CalcService"><port name="CalcPort" binding="tns:CalcPortBinding"><soap:address location="${host}/ws/Calc"/></port></service>
</definitions>`;
const javaXsd = `<?xml version='1.0' encoding='UTF-8'?>
<xs:schema xmlns:tns="http://calc.example/" xmlns:xs="http://www.w3.org/2001/XMLSchema" version="1.0" targetNamespace="http://calc.example/">
  <xs:element name="multiply" type="tns:multiply"/><xs:element name="multiplyResponse" type="tns:multiplyResponse"/>
  <xs:complexType name="multiply"><xs:sequence><xs:element name="x" type="xs:double"/><xs:element name="y" type="xs:double"/></xs:sequence></xs:complexType>
  <xs:complexType name="multiplyResponse"><xs:sequence><xs:element name="return" type="xs:double"/></xs:sequence></xs:complexType>
</xs:schema>`;

let server: TestServer;
let other: TestServer;
let work: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'svcgen-pull-wsdl-'));
  server = await startServer({
    '/Svc/Calc.svc?wsdl': xml(() => wcfMain),
    '/Svc/Calc.svc?wsdl=wsdl0': xml(() => wcfWsdl0),
    '/Svc/Calc.svc?xsd=xsd0': xml(() => wcfXsd0),
    '/Svc/Calc.svc?xsd=xsd1': xml(() => wcfXsd1),
    '/Svc/Calc.svc?singleWsdl': xml(() => wcfSingle),
    '/ws/Calc?wsdl': xml(javaWsdl),
    '/ws/Calc?xsd=1': xml(() => javaXsd),
    '/not-a-wsdl?wsdl': '<html><title>Service unavailable</title></html>',
    '/ws/CrossOrigin?wsdl': xml(() => javaWsdl(server.url).replace(`${server.url}/ws/Calc?xsd=1`, `${other.url}/schemas/calc.xsd`)),
  });
  // A second origin holding a schema the first one's WSDL imports.
  other = await startServer({ '/schemas/calc.xsd': xml(() => javaXsd) });
});
afterAll(async () => {
  await server.close();
  await other.close();
});

const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'svcgen-pull.json'), 'utf8')) as PullManifest;

describe('svcgen pull of a WSDL URL', () => {
  test('WCF ?wsdl: every part saved, references rewritten, parts named with the internal host fetched from the address used', async () => {
    const r = await bin(['pull', `${server.url}/Svc/Calc.svc?wsdl`, '--name', 'calc', '--out', 'specs'], work);
    expect(r.err).toContain('names another host for this service\'s own part');
    expect(r.code).toBe(0);
    const dir = join(work, 'specs', 'calc');
    const m = manifestOf(dir);
    expect(m.kind).toBe('wsdl');
    expect(m.files.map((f) => [f.file, f.role])).toEqual([
      ['service.wsdl', 'wsdl'],
      ['schema-wsdl0.wsdl', 'schema'],
      ['schema-xsd0.xsd', 'schema'],
      ['schema-xsd1.xsd', 'schema'],
    ]);
    expect(readFileSync(join(dir, 'service.wsdl'), 'utf8')).toContain('location="schema-wsdl0.wsdl"');
    const wsdl0 = readFileSync(join(dir, 'schema-wsdl0.wsdl'), 'utf8');
    expect(wsdl0).toContain('schemaLocation="schema-xsd0.xsd"');
    expect(wsdl0).toContain('schemaLocation="schema-xsd1.xsd"');
    expect(readFileSync(join(dir, 'schema-xsd0.xsd'), 'utf8')).toContain('schemaLocation="schema-xsd1.xsd"');
    // xsd1, imported twice, was fetched once.
    expect(server.hits.get('/Svc/Calc.svc?xsd=xsd1')).toBe(1);
    // The snapshot generates offline.
    const g = await bin(['generate', join(dir, 'service.wsdl'), '--out', 'gen', '--name', 'calc', '--no-format'], work);
    expect(g.err).not.toMatch(/error/);
    expect(g.code).toBe(0);
    expect(readFileSync(join(work, 'gen', 'calc', 'client.ts'), 'utf8')).toMatch(/\badd\(/);
    expect(readFileSync(join(work, 'gen', 'calc', 'types.ts'), 'utf8')).toMatch(/export interface Operands\b/);
  }, 120_000);

  test('WCF ?singleWsdl: one file', async () => {
    const r = await bin(['pull', `${server.url}/Svc/Calc.svc?singleWsdl`, '--name', 'single', '--out', 'specs'], work);
    expect(r.code).toBe(0);
    expect(manifestOf(join(work, 'specs', 'single')).files.map((f) => f.file)).toEqual(['service.wsdl']);
    const g = await bin(['generate', 'specs/single/service.wsdl', '--out', 'gen', '--name', 'single', '--no-format'], work);
    expect(g.code).toBe(0);
    expect(readFileSync(join(work, 'gen', 'single', 'types.ts'), 'utf8')).toMatch(/export interface Operands\b/);
  }, 120_000);

  test('JAX-WS ?wsdl with ?xsd=1', async () => {
    const r = await bin(['pull', `${server.url}/ws/Calc?wsdl`, '--name', 'java', '--out', 'specs'], work);
    expect(r.code).toBe(0);
    const dir = join(work, 'specs', 'java');
    expect(manifestOf(dir).files.map((f) => f.file)).toEqual(['service.wsdl', 'schema-1.xsd']);
    expect(readFileSync(join(dir, 'service.wsdl'), 'utf8')).toContain('schemaLocation="schema-1.xsd"');
    expect(r.out).toContain('svcgen generate specs/java/service.wsdl');
    const g = await bin(['generate', 'specs/java/service.wsdl', '--out', 'gen', '--name', 'java', '--no-format'], work);
    expect(g.code).toBe(0);
    expect(readFileSync(join(work, 'gen', 'java', 'client.ts'), 'utf8')).toMatch(/\bmultiply\(/);
  }, 120_000);

  test('an import on another origin is kept remote (with a note) unless --allow-origin names it', async () => {
    const kept = await bin(['pull', `${server.url}/ws/CrossOrigin?wsdl`, '--name', 'cross-origin', '--out', 'specs'], work);
    expect(kept.code).toBe(0);
    expect(kept.err).toContain(`${other.url}/schemas/calc.xsd is on another origin; kept as a remote reference`);
    expect(manifestOf(join(work, 'specs', 'cross-origin')).files.map((f) => f.file)).toEqual(['service.wsdl']);
    expect(other.hits.size).toBe(0);
    const allowed = await bin(['pull', `${server.url}/ws/CrossOrigin?wsdl`, '--name', 'cross-origin', '--out', 'specs', '--allow-origin', other.url], work);
    expect(allowed.code).toBe(0);
    expect(manifestOf(join(work, 'specs', 'cross-origin')).files.map((f) => f.file)).toEqual(['service.wsdl', 'schema-calc.xsd']);
    expect(readFileSync(join(work, 'specs', 'cross-origin', 'service.wsdl'), 'utf8')).toContain('schemaLocation="schema-calc.xsd"');
  }, 60_000);

  test('an answer that is not a WSDL fails the pull and writes nothing', async () => {
    const r = await bin(['pull', `${server.url}/not-a-wsdl?wsdl`, '--name', 'bad', '--out', 'specs'], work);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/pull failed, nothing written: .*did not answer a WSDL or XML schema/);
    expect(existsSync(join(work, 'specs', 'bad'))).toBe(false);
    expect(readdirSync(join(work, 'specs')).filter((f) => f.startsWith('.'))).toEqual([]);
  });
});
