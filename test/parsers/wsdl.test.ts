import { describe, expect, test } from 'vitest';
import { Codes, SpecError } from '../../generator/diagnostics.js';
import { detectWsdl } from '../../generator/parsers/wsdl/index.js';
import { selectOperations } from '../../generator/passes/select.js';
import { docBinding, field, op, parse, TNS, wsdl, xsd } from './wsdl-helpers.js';
import { fieldNamespace } from '../../generator/ir/fields.js';
import { soapOps } from '../helpers/ir.js';

const ADD_TYPES = `
<s:element name="Add"><s:complexType><s:sequence>
  <s:element name="a" type="s:int"/><s:element minOccurs="0" name="b" type="s:string"/>
</s:sequence></s:complexType></s:element>
<s:element name="AddResponse"><s:complexType><s:sequence>
  <s:element name="AddResult" type="s:int"/></s:sequence></s:complexType></s:element>
<s:element name="int" type="s:int"/>`;

const ASMX = wsdl(
  ADD_TYPES,
  `<wsdl:message name="AddSoapIn"><wsdl:part name="parameters" element="tns:Add"/></wsdl:message>
<wsdl:message name="AddSoapOut"><wsdl:part name="parameters" element="tns:AddResponse"/></wsdl:message>
<wsdl:message name="AddHttpGetIn"><wsdl:part name="a" type="s:string"/><wsdl:part name="b" type="s:string"/></wsdl:message>
<wsdl:message name="AddHttpGetOut"><wsdl:part name="Body" element="tns:int"/></wsdl:message>
<wsdl:portType name="CalcSoap"><wsdl:operation name="Add"><wsdl:documentation>Adds two numbers.</wsdl:documentation>
  <wsdl:input message="tns:AddSoapIn"/><wsdl:output message="tns:AddSoapOut"/></wsdl:operation></wsdl:portType>
<wsdl:portType name="CalcHttpGet"><wsdl:operation name="Add"><wsdl:input message="tns:AddHttpGetIn"/><wsdl:output message="tns:AddHttpGetOut"/></wsdl:operation></wsdl:portType>
<wsdl:portType name="CalcHttpPost"><wsdl:operation name="Add"><wsdl:input message="tns:AddHttpGetIn"/><wsdl:output message="tns:AddHttpGetOut"/></wsdl:operation></wsdl:portType>
<wsdl:binding name="CalcSoap" type="tns:CalcSoap"><soap:binding transport="http://schemas.xmlsoap.org/soap/http"/>
  <wsdl:operation name="Add"><soap:operation soapAction="urn:t/Add" style="document"/><wsdl:input><soap:body use="literal"/></wsdl:input><wsdl:output><soap:body use="literal"/></wsdl:output></wsdl:operation></wsdl:binding>
<wsdl:binding name="CalcSoap12" type="tns:CalcSoap"><soap12:binding transport="http://schemas.xmlsoap.org/soap/http"/>
  <wsdl:operation name="Add"><soap12:operation soapAction="urn:t/Add12" style="document"/><wsdl:input><soap12:body use="literal"/></wsdl:input><wsdl:output><soap12:body use="literal"/></wsdl:output></wsdl:operation></wsdl:binding>
<wsdl:binding name="CalcHttpGet" type="tns:CalcHttpGet"><http:binding verb="GET"/>
  <wsdl:operation name="Add"><http:operation location="/Add"/><wsdl:input><http:urlEncoded/></wsdl:input><wsdl:output><mime:mimeXml xmlns:mime="http://schemas.xmlsoap.org/wsdl/mime/" part="Body"/></wsdl:output></wsdl:operation></wsdl:binding>
<wsdl:binding name="CalcHttpPost" type="tns:CalcHttpPost"><http:binding verb="POST"/>
  <wsdl:operation name="Add"><http:operation location="/Add"/><wsdl:input/><wsdl:output/></wsdl:operation></wsdl:binding>
<wsdl:service name="Calc">
  <wsdl:port name="CalcSoap" binding="tns:CalcSoap"><soap:address location="http://host:8080/calc.asmx"/></wsdl:port>
  <wsdl:port name="CalcSoap12" binding="tns:CalcSoap12"><soap12:address location="http://host:8080/calc.asmx"/></wsdl:port>
  <wsdl:port name="CalcHttpGet" binding="tns:CalcHttpGet"><http:address location="http://host:8080/calc.asmx"/></wsdl:port>
</wsdl:service>`,
);

describe('WSDL 1.1 operations and bindings', () => {
  test('ASMX document/literal wrapped with SOAP 1.1, SOAP 1.2 and HTTP GET/POST bindings', async () => {
    const s = await parse(ASMX);
    expect(s.name).toBe('Calc');
    expect(s.namespace).toBe(TNS);
    expect(s.operations.map((o) => o.name)).toEqual(['Add']);
    const add = op(s, 'Add');
    expect(add.protocols).toEqual(['soap11', 'soap12', 'http-get', 'http-post']);
    expect(add.soapAction).toBe('urn:t/Add');
    expect(add.style).toBe('document');
    expect(add.description).toBe('Adds two numbers.');
    expect(add.input).toMatchObject({ element: 'Add', namespace: TNS, wrapped: true });
    expect(add.input.fields.map((f) => [f.name, fieldNamespace(f), f.optional])).toEqual([['a', TNS, false], ['b', TNS, true]]);
    expect(add.output?.element).toBe('AddResponse');
    expect(add.returns).toBe('result');
    expect(s.endpoints.map((e) => [e.protocol, e.host, e.path])).toEqual([
      ['soap11', 'host:8080', '/calc.asmx'],
      ['soap12', 'host:8080', '/calc.asmx'],
      ['http-get', 'host:8080', '/calc.asmx'],
    ]);
    expect(add.loc?.line).toBeGreaterThan(1);
  });

  const cases: { name: string; given: string; check: (s: Awaited<ReturnType<typeof parse>>) => void }[] = [
    {
      name: 'bare: the part element is the root and wrapped is false',
      given: wsdl(
        `<s:element name="Order"><s:complexType><s:sequence><s:element name="id" type="s:long"/></s:sequence></s:complexType></s:element>
         <s:element name="Ack" type="s:string"/>`,
        `<wsdl:message name="In"><wsdl:part name="body" element="tns:Order"/></wsdl:message>
         <wsdl:message name="Out"><wsdl:part name="body" element="tns:Ack"/></wsdl:message>
         <wsdl:portType name="P"><wsdl:operation name="Place"><wsdl:input message="tns:In"/><wsdl:output message="tns:Out"/></wsdl:operation></wsdl:portType>
         ${docBinding(['Place'])}`,
      ),
      check: (s) => {
        const o = op(s, 'Place');
        expect(o.input).toMatchObject({ element: 'Order', wrapped: false });
        expect(o.input.fields.map((f) => f.name)).toEqual(['id']);
        expect(o.output?.fields.map((f) => [f.name, f.fieldKind, f.type])).toEqual([['$value', 'text', { kind: 'primitive', name: 'string' }]]);
        expect(o.returns).toBe('result');
      },
    },
    {
      name: 'rpc/encoded: root is the operation name in the soap:body namespace, parts unqualified, SOAP-ENC array',
      given: wsdl(
        `<s:complexType name="ArrayOfString"><s:complexContent><s:restriction base="soapenc:Array">
           <s:attribute ref="soapenc:arrayType" wsdl:arrayType="s:string[]"/></s:restriction></s:complexContent></s:complexType>`,
        `<wsdl:message name="In"><wsdl:part name="names" type="tns:ArrayOfString"/><wsdl:part name="n" type="s:int"/></wsdl:message>
         <wsdl:message name="Out"><wsdl:part name="count" type="s:int"/><wsdl:part name="echo" type="s:string"/></wsdl:message>
         <wsdl:portType name="P"><wsdl:operation name="Count"><wsdl:input message="tns:In"/><wsdl:output message="tns:Out"/></wsdl:operation></wsdl:portType>
         <wsdl:binding name="B" type="tns:P"><soap:binding style="rpc" transport="http://schemas.xmlsoap.org/soap/http"/>
           <wsdl:operation name="Count"><soap:operation soapAction=""/>
           <wsdl:input><soap:body use="encoded" namespace="urn:rpc" encodingStyle="http://schemas.xmlsoap.org/soap/encoding/"/></wsdl:input>
           <wsdl:output><soap:body use="encoded" namespace="urn:rpc"/></wsdl:output></wsdl:operation></wsdl:binding>`,
      ),
      check: (s) => {
        const o = op(s, 'Count');
        expect(o).toMatchObject({ style: 'rpc', use: 'encoded', soapAction: '', protocols: ['soap11'] });
        expect(o.input).toMatchObject({ element: 'Count', namespace: 'urn:rpc' });
        const names = field(o.input.fields, 'names');
        expect(names).toMatchObject({ namespace: '', array: true, type: { kind: 'primitive', name: 'string' }, arrayItem: { name: 'item' } });
        expect(o.output?.element).toBe('CountResponse');
        expect(o.returns).toBe('object');
      },
    },
    {
      name: 'one-way operation: output null, returns void; headers from a message used nowhere else; faults',
      given: wsdl(
        `<s:element name="Notify"><s:complexType><s:sequence><s:element name="msg" type="s:string"/></s:sequence></s:complexType></s:element>
         <s:element name="Auth"><s:complexType><s:sequence><s:element name="token" type="s:string"/></s:sequence></s:complexType></s:element>
         <s:element name="Get"><s:complexType/></s:element><s:element name="GetResponse"><s:complexType/></s:element>
         <s:element name="Oops" type="s:string"/>`,
        `<wsdl:message name="In"><wsdl:part name="p" element="tns:Notify"/></wsdl:message>
         <wsdl:message name="AuthHeader"><wsdl:part name="h" element="tns:Auth"/></wsdl:message>
         <wsdl:message name="GetIn"><wsdl:part name="p" element="tns:Get"/></wsdl:message>
         <wsdl:message name="GetOut"><wsdl:part name="p" element="tns:GetResponse"/></wsdl:message>
         <wsdl:message name="Fault"><wsdl:part name="f" element="tns:Oops"/></wsdl:message>
         <wsdl:portType name="P"><wsdl:operation name="Notify"><wsdl:input message="tns:In"/></wsdl:operation>
           <wsdl:operation name="Get"><wsdl:input message="tns:GetIn"/><wsdl:output message="tns:GetOut"/><wsdl:fault name="OopsFault" message="tns:Fault"/></wsdl:operation></wsdl:portType>
         <wsdl:binding name="B" type="tns:P"><soap:binding style="document" transport="http://schemas.xmlsoap.org/soap/http"/>
           <wsdl:operation name="Notify"><soap:operation soapAction="n"/><wsdl:input><soap:body use="literal"/><soap:header message="tns:AuthHeader" part="h" use="literal"/></wsdl:input></wsdl:operation>
           <wsdl:operation name="Get"><soap:operation soapAction="g"/><wsdl:input><soap:body use="literal"/></wsdl:input><wsdl:output><soap:body use="literal"/></wsdl:output>
           <wsdl:fault name="OopsFault"><soap:fault name="OopsFault" use="literal"/></wsdl:fault></wsdl:operation></wsdl:binding>`,
      ),
      check: (s) => {
        const n = op(s, 'Notify');
        expect(n.output).toBeNull();
        expect(n.returns).toBe('void');
        expect(n.headersIn).toMatchObject([{ kind: 'header', name: 'Auth', namespace: TNS, type: { kind: 'ref', id: `{${TNS}}Auth` } }]);
        const g = op(s, 'Get');
        expect(g.returns).toBe('void');
        expect(g.faults).toMatchObject([{ name: 'OopsFault', element: 'Oops', namespace: TNS, type: { kind: 'primitive', name: 'string' } }]);
      },
    },
    {
      name: 'overloaded operation names are made unique with the input name (ASMX MessageName)',
      given: wsdl(
        `<s:element name="Add"><s:complexType/></s:element><s:element name="Add1"><s:complexType/></s:element>`,
        `<wsdl:message name="AddIn"><wsdl:part name="p" element="tns:Add"/></wsdl:message>
         <wsdl:message name="Add1In"><wsdl:part name="p" element="tns:Add1"/></wsdl:message>
         <wsdl:portType name="P"><wsdl:operation name="Add"><wsdl:input message="tns:AddIn"/></wsdl:operation>
           <wsdl:operation name="Add"><wsdl:input name="Add1" message="tns:Add1In"/></wsdl:operation></wsdl:portType>
         <wsdl:binding name="B" type="tns:P"><soap:binding style="document" transport="http://schemas.xmlsoap.org/soap/http"/>
           <wsdl:operation name="Add"><soap:operation soapAction="a"/><wsdl:input><soap:body use="literal"/></wsdl:input></wsdl:operation>
           <wsdl:operation name="Add"><soap:operation soapAction="a1"/><wsdl:input name="Add1"><soap:body use="literal"/></wsdl:input></wsdl:operation></wsdl:binding>`,
      ),
      check: (s) => {
        expect(soapOps(s).map((o) => [o.name, o.soapAction, o.input.element])).toEqual([['Add', 'a', 'Add'], ['Add1', 'a1', 'Add1']]);
        expect(s.diagnostics.some((d) => d.code === Codes.DUPLICATE_OPERATION)).toBe(true);
      },
    },
    {
      name: 'response with a result and an out parameter returns object',
      given: wsdl(
        `<s:element name="Op"><s:complexType/></s:element><s:element name="OpResponse"><s:complexType><s:sequence>
           <s:element name="OpResult" type="s:boolean"/><s:element name="count" type="s:int"/></s:sequence></s:complexType></s:element>`,
        `<wsdl:message name="In"><wsdl:part name="p" element="tns:Op"/></wsdl:message><wsdl:message name="Out"><wsdl:part name="p" element="tns:OpResponse"/></wsdl:message>
         <wsdl:portType name="P"><wsdl:operation name="Op"><wsdl:input message="tns:In"/><wsdl:output message="tns:Out"/></wsdl:operation></wsdl:portType>${docBinding(['Op'])}`,
      ),
      check: (s) => {
        expect(op(s, 'Op').returns).toBe('object');
        expect(op(s, 'Op').output?.fields.map((f) => f.name)).toEqual(['OpResult', 'count']);
        expect(s.endpoints).toMatchObject([{ protocol: 'soap11', url: 'https://example.com/svc/S.asmx', host: 'example.com', path: '/svc/S.asmx' }]);
      },
    },
    {
      name: 'a body root whose type holds one repeated element keeps that element as its field (no wrapper-array rule on the root)',
      given: wsdl(
        `<s:complexType name="Admin"><s:sequence><s:element name="Op" type="tns:AdminOp" minOccurs="0" maxOccurs="unbounded"/></s:sequence></s:complexType>
         <s:complexType name="AdminOp"><s:sequence><s:element name="Create" type="s:string" minOccurs="0"/></s:sequence></s:complexType>
         <s:element name="Administrate" type="tns:Admin"/><s:element name="AdministrateResponse"><s:complexType/></s:element>`,
        `<wsdl:message name="In"><wsdl:part name="p" element="tns:Administrate"/></wsdl:message><wsdl:message name="Out"><wsdl:part name="p" element="tns:AdministrateResponse"/></wsdl:message>
         <wsdl:portType name="P"><wsdl:operation name="Administrate"><wsdl:input message="tns:In"/><wsdl:output message="tns:Out"/></wsdl:operation></wsdl:portType>${docBinding(['Administrate'])}`,
      ),
      check: (s) => {
        const input = op(s, 'Administrate').input;
        expect(input.element).toBe('Administrate');
        expect(input.fields.map((f) => f.name)).toEqual(['Op']);
        expect(field(input.fields, 'Op')).toMatchObject({ array: true, optional: true, type: { kind: 'ref', id: `{${TNS}}AdminOp` } });
      },
    },
  ];
  for (const c of cases) test(c.name, async () => c.check(await parse(c.given)));

  test('wsdl:import and xsd:import/include are resolved relative to the importing file; cycles and repeats read once', async () => {
    const main = `<wsdl:definitions xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/" xmlns:tns="${TNS}" targetNamespace="${TNS}">
      <wsdl:import namespace="${TNS}" location="parts/types.wsdl"/></wsdl:definitions>`;
    const typesWsdl = wsdl('<s:import namespace="urn:x" schemaLocation="../xsd/x.xsd"/><s:include schemaLocation="../xsd/inc.xsd"/>', `
      <wsdl:message name="In"><wsdl:part name="p" element="x:Thing" xmlns:x="urn:x"/></wsdl:message>
      <wsdl:portType name="P"><wsdl:operation name="Do"><wsdl:input message="tns:In"/></wsdl:operation></wsdl:portType>${docBinding(['Do'])}`);
    const x = `<s:schema xmlns:s="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:x" xmlns:t="${TNS}" elementFormDefault="qualified">
      <s:import namespace="${TNS}" schemaLocation="inc.xsd"/><s:import namespace="urn:x" schemaLocation="x.xsd"/>
      <s:element name="Thing"><s:complexType><s:sequence><s:element name="w" type="t:Widget"/></s:sequence></s:complexType></s:element></s:schema>`;
    const inc = `<s:schema xmlns:s="http://www.w3.org/2001/XMLSchema"><s:complexType name="Widget"><s:sequence><s:element name="id" type="s:int"/></s:sequence></s:complexType></s:schema>`;
    const s = await parse(main, { '/specs/parts/types.wsdl': typesWsdl, '/specs/xsd/x.xsd': x, '/specs/xsd/inc.xsd': inc });
    expect(s.reads).toEqual(['/specs/parts/types.wsdl', '/specs/xsd/x.xsd', '/specs/xsd/inc.xsd']);
    const d = op(s, 'Do');
    expect(d.input).toMatchObject({ element: 'Thing', namespace: 'urn:x' });
    expect(field(d.input.fields, 'w').type).toEqual({ kind: 'ref', id: `{${TNS}}Widget` });
    expect(s.types.some((t) => t.id === `{${TNS}}Widget`)).toBe(true);
    expect(s.diagnostics.filter((x) => x.code === Codes.MISSING)).toEqual([]);
  });

  test('http locations resolve with URL semantics; an unreadable import is a warning naming it', async () => {
    const main = wsdl('<s:import namespace="urn:x" schemaLocation="x.xsd?v=1"/><s:import namespace="urn:y" schemaLocation="/abs/y.xsd"/>', '');
    const s = await parse(main, { 'https://h.example/svc/x.xsd?v=1': xsd('') }, {}, 'https://h.example/svc/main.wsdl');
    expect(s.reads).toEqual(['https://h.example/svc/x.xsd?v=1', 'https://h.example/abs/y.xsd']);
    expect(s.diagnostics.find((d) => d.code === Codes.MISSING)?.message).toContain('/abs/y.xsd');
  });

  test('WSDL 2.0 is a SpecError UNSUPPORTED naming the construct and its location', async () => {
    const err = await parse(`<?xml version="1.0"?>\n<description xmlns="http://www.w3.org/ns/wsdl" targetNamespace="urn:x"/>`).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SpecError);
    const d = (err as SpecError).diagnostic;
    expect(d.code).toBe(Codes.UNSUPPORTED);
    expect(d.message).toContain('WSDL 2.0');
    expect(d.loc).toMatchObject({ line: 2, column: 1 });
  });

  const bad: { name: string; given: string; code: string; line: number; column: number; says: string }[] = [
    { name: 'mismatched end tag', given: '<a xmlns="urn:a">\n  <b></c>\n</a>', code: Codes.MALFORMED_XML, line: 2, column: 6, says: 'expected </b>' },
    { name: 'unterminated document', given: '<s:schema xmlns:s="http://www.w3.org/2001/XMLSchema">\n<s:element name="x">', code: Codes.MALFORMED_XML, line: 2, column: 21, says: 'expected </s:element>' },
    { name: 'unquoted attribute', given: '<a b=c/>', code: Codes.MALFORMED_XML, line: 1, column: 6, says: 'quoted value' },
    { name: 'DOCTYPE with an ENTITY declaration', given: '<!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<a>&x;</a>', code: Codes.UNSUPPORTED, line: 1, column: 1, says: 'ENTITY' },
    { name: 'unknown entity', given: '<a>&nbsp;</a>', code: Codes.MALFORMED_XML, line: 1, column: 4, says: '&nbsp;' },
  ];
  for (const b of bad) {
    test(`not readable: ${b.name}`, async () => {
      const err = await parse(b.given).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(SpecError);
      const d = (err as SpecError).diagnostic;
      expect([d.code, d.loc?.line, d.loc?.column]).toEqual([b.code, b.line, b.column]);
      expect(d.message).toContain(b.says);
    });
  }

  test('an undeclared prefix is a warning; conventional prefixes get their usual namespace', async () => {
    const s = await parse(xsd('<xs:complexType name="T"><xs:sequence><s:element name="a" type="s:int"/></xs:sequence></xs:complexType>'), {}, {}, '/t.xsd');
    expect(s.types.find((t) => t.name === 'T')).toMatchObject({ fields: [{ name: 'a' }] });
    expect(s.diagnostics.find((d) => d.code === Codes.MALFORMED_XML)?.message).toContain('"xs"');
  });

  test('whitespace before the XML declaration is accepted with a warning', async () => {
    const s = await parse('\n  ' + ASMX);
    expect(s.operations).toHaveLength(1);
    expect(s.diagnostics.some((d) => d.code === Codes.MALFORMED_XML && d.severity === 'warning')).toBe(true);
  });

  test('the select pass (--operations) keeps the named operations and exactly the types they need', async () => {
    const given = wsdl(
      `<s:complexType name="Base" abstract="true"><s:sequence><s:element name="id" type="s:int"/></s:sequence></s:complexType>
       <s:complexType name="Sub"><s:complexContent><s:extension base="tns:Base"><s:sequence><s:element name="c" type="tns:Color"/></s:sequence></s:extension></s:complexContent></s:complexType>
       <s:simpleType name="Color"><s:restriction base="s:string"><s:enumeration value="red"/></s:restriction></s:simpleType>
       <s:complexType name="Unused"><s:sequence><s:element name="x" type="s:int"/></s:sequence></s:complexType>
       <s:element name="A"><s:complexType><s:sequence><s:element name="b" type="tns:Base"/></s:sequence></s:complexType></s:element>
       <s:element name="Z"><s:complexType><s:sequence><s:element name="u" type="tns:Unused"/></s:sequence></s:complexType></s:element>`,
      `<wsdl:message name="AIn"><wsdl:part name="p" element="tns:A"/></wsdl:message><wsdl:message name="ZIn"><wsdl:part name="p" element="tns:Z"/></wsdl:message>
       <wsdl:portType name="P"><wsdl:operation name="A"><wsdl:input message="tns:AIn"/></wsdl:operation><wsdl:operation name="Z"><wsdl:input message="tns:ZIn"/></wsdl:operation></wsdl:portType>${docBinding([])}`,
    );
    const all = await parse(given);
    expect(all.types.map((t) => t.name)).toEqual(['Base', 'Sub', 'Color', 'Unused', 'A', 'Z']);
    const s = selectOperations(all, ['A']);
    expect(s.operations.map((o) => o.name)).toEqual(['A']);
    // The root element's own type is not listed: the message carries its fields.
    expect(s.types.map((t) => t.name)).toEqual(['Base', 'Sub', 'Color']);
    // An unknown name is an error listing the operations there are, as on the command line.
    expect(() => selectOperations(all, ['A', 'Nope'])).toThrow(SpecError);
    expect(() => selectOperations(all, ['A', 'Nope'])).toThrow(/--operations names Nope.*it has 2: A, Z/);
  });

  test('same input gives the same IR (deterministic ids and order)', async () => {
    expect(JSON.stringify(await parse(ASMX))).toBe(JSON.stringify(await parse(ASMX)));
  });

  test.each([
    [ASMX, 'wsdl'],
    ['\ufeff<?xml version="1.0"?><!-- c --><definitions xmlns="http://schemas.xmlsoap.org/wsdl/"/>', 'wsdl'],
    ['<w:description xmlns:w="http://www.w3.org/ns/wsdl"/>', 'wsdl2'],
    [xsd(''), 'xsd'],
    ['<html><body>Service</body></html>', null],
    ['not xml', null],
  ])('detectWsdl %#', (text, want) => expect(detectWsdl(text)).toBe(want));
});
