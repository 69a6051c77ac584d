import { describe, expect, test } from 'vitest';
import type { Field, Service } from '../../generator/ir/types.js';
import { complex, field, op, parse, TNS, type, wsdl, xsd } from './wsdl-helpers.js';
import { fieldChoice, fieldNamespace } from '../../generator/ir/fields.js';
import { elementField } from '../helpers/ir.js';

const parseXsd = (body: string, attrs?: string): Promise<Service> => parse(xsd(body, attrs), {}, {}, '/specs/types.xsd');
const id = (n: string): string => `{${TNS}}${n}`;
const ref = (n: string) => ({ kind: 'ref', id: id(n) });
const prim = (name: string) => ({ kind: 'primitive', name });

describe('XML Schema to IR types', () => {
  const cases: { name: string; given: string; attrs?: string; check: (s: Service) => void }[] = [
    {
      name: 'sequence with minOccurs/maxOccurs/nillable/default and documentation',
      given: `<s:complexType name="T"><s:annotation><s:documentation>A thing.</s:documentation></s:annotation><s:sequence>
        <s:element name="a" type="s:int"/><s:element name="b" type="s:string" minOccurs="0" nillable="true" default="x"/>
        <s:element name="c" type="s:dateTime" maxOccurs="unbounded"><s:annotation><s:documentation>When.</s:documentation></s:annotation></s:element>
      </s:sequence></s:complexType>`,
      check: (s) => {
        const t = complex(s, 'T');
        expect(t.description).toBe('A thing.');
        expect(t.fields.map((f) => [f.name, f.type, f.optional, f.array, f.nillable])).toEqual([
          ['a', prim('int'), false, false, false],
          ['b', prim('string'), true, false, true],
          ['c', prim('dateTime'), false, true, false],
        ]);
        expect(field(t.fields, 'b').defaultValue).toBe('x');
        expect(field(t.fields, 'c').description).toBe('When.');
      },
    },
    {
      name: 'choice: alternatives optional, grouped, nested sequence shares a branch; maxOccurs on a group multiplies',
      given: `<s:complexType name="T"><s:sequence maxOccurs="unbounded"><s:element name="k" type="s:string"/></s:sequence>
        <s:choice><s:element name="x" type="s:int"/><s:sequence><s:element name="y" type="s:int"/><s:element name="z" type="s:int"/></s:sequence></s:choice>
      </s:complexType>`,
      check: (s) => {
        const f = complex(s, 'T').fields;
        expect(f.map((x) => [x.name, x.optional, x.array, fieldChoice(x)?.group, fieldChoice(x)?.branch])).toEqual([
          ['k', false, true, undefined, undefined],
          ['x', true, false, 'choice1', 0],
          ['y', true, false, 'choice1', 1],
          ['z', true, false, 'choice1', 1],
        ]);
        expect(f.map((x) => [x.name, fieldChoice(x)?.required, fieldChoice(x)?.optional, fieldChoice(x)?.repeated])).toEqual([
          ['k', undefined, undefined, undefined],
          ['x', true, undefined, undefined],
          ['y', true, undefined, undefined],
          ['z', true, undefined, undefined],
        ]);
      },
    },
    {
      name: 'choice: required once chosen, optional choice, emptiable alternative, repeated choice, xs:any alternative',
      given: `<s:complexType name="T">
        <s:choice minOccurs="0"><s:element name="a" type="s:int"/><s:element name="b" type="s:int"/></s:choice>
        <s:choice><s:element name="c" type="s:int"/><s:sequence><s:element name="d" type="s:int"/><s:element name="e" type="s:int" minOccurs="0"/></s:sequence></s:choice>
        <s:choice><s:element name="f" type="s:int"/><s:sequence minOccurs="0"><s:element name="g" type="s:int"/></s:sequence></s:choice>
        <s:choice maxOccurs="unbounded"><s:element name="h" type="s:int"/><s:any/></s:choice>
      </s:complexType>`,
      check: (s) => {
        const f = complex(s, 'T').fields;
        const c = (x: Field) => fieldChoice(x);
        expect(f.map((x) => [x.name, x.fieldKind, c(x)?.group, c(x)?.branch, x.array, !!c(x)?.required, !!c(x)?.optional, !!c(x)?.repeated])).toEqual([
          ['a', 'element', 'choice1', 0, false, true, true, false],
          ['b', 'element', 'choice1', 1, false, true, true, false],
          ['c', 'element', 'choice2', 0, false, true, false, false],
          ['d', 'element', 'choice2', 1, false, true, false, false],
          ['e', 'element', 'choice2', 1, false, false, false, false],
          ['f', 'element', 'choice3', 0, false, true, true, false],
          ['g', 'element', 'choice3', 1, false, false, true, false],
          ['h', 'element', 'choice4', 0, true, true, false, true],
          ['$any', 'any', 'choice4', 1, true, true, false, true],
        ]);
        expect(f.every((x) => x.optional)).toBe(true);
      },
    },
    {
      name: 'all, group refs, attributeGroup refs, attribute refs, attributes optional unless required',
      given: `<s:group name="G"><s:sequence><s:element name="g1" type="s:int"/></s:sequence></s:group>
        <s:attributeGroup name="AG"><s:attribute name="lang" type="s:language"/></s:attributeGroup>
        <s:attribute name="ver" type="s:int"/>
        <s:complexType name="T"><s:all><s:element name="a" type="s:int" minOccurs="0"/></s:all>
          <s:attribute name="id" type="s:ID" use="required"/><s:attribute name="note" type="s:string"/>
          <s:attributeGroup ref="tns:AG"/><s:attribute ref="tns:ver"/></s:complexType>
        <s:complexType name="U"><s:sequence><s:group ref="tns:G" minOccurs="0"/></s:sequence></s:complexType>`,
      check: (s) => {
        const t = complex(s, 'T');
        expect(t.fields.map((f) => [f.name, f.fieldKind, f.optional, fieldNamespace(f)])).toEqual([
          ['a', 'element', true, TNS],
          ['id', 'attribute', false, ''],
          ['note', 'attribute', true, ''],
          ['lang', 'attribute', true, ''],
          ['ver', 'attribute', true, TNS],
        ]);
        expect(complex(s, 'U').fields.map((f) => [f.name, f.optional])).toEqual([['g1', true]]);
      },
    },
    {
      name: 'element refs are qualified by the referenced schema; local elements follow form/elementFormDefault',
      attrs: 'elementFormDefault="unqualified"',
      given: `<s:element name="Top" type="s:string"/>
        <s:complexType name="T"><s:sequence><s:element ref="tns:Top"/><s:element name="loc" type="s:int"/>
          <s:element name="q" type="s:int" form="qualified"/></s:sequence></s:complexType>`,
      check: (s) => expect(complex(s, 'T').fields.map((f) => [f.name, fieldNamespace(f)])).toEqual([['Top', TNS], ['loc', ''], ['q', TNS]]),
    },
    {
      name: 'complexContent extension records the base; abstract types; restriction lists its own content',
      given: `<s:complexType name="Animal" abstract="true"><s:sequence><s:element name="name" type="s:string"/></s:sequence></s:complexType>
        <s:complexType name="Dog"><s:complexContent><s:extension base="tns:Animal"><s:sequence><s:element name="barks" type="s:boolean"/></s:sequence></s:extension></s:complexContent></s:complexType>
        <s:complexType name="Quiet"><s:complexContent><s:restriction base="tns:Animal"><s:sequence><s:element name="name" type="s:string"/></s:sequence></s:restriction></s:complexContent></s:complexType>`,
      check: (s) => {
        expect(complex(s, 'Animal').abstract).toBe(true);
        expect(complex(s, 'Dog')).toMatchObject({ base: id('Animal'), fields: [{ name: 'barks' }] });
        expect(complex(s, 'Quiet').base).toBeUndefined();
        expect(complex(s, 'Quiet').fields.map((f) => f.name)).toEqual(['name']);
      },
    },
    {
      name: 'simpleContent extension: $value text field plus attributes; derived simpleContent keeps the base',
      given: `<s:complexType name="Money"><s:simpleContent><s:extension base="s:decimal"><s:attribute name="currency" type="s:string" use="required"/></s:extension></s:simpleContent></s:complexType>
        <s:complexType name="Tagged"><s:simpleContent><s:extension base="tns:Money"><s:attribute name="tag" type="s:string"/></s:extension></s:simpleContent></s:complexType>`,
      check: (s) => {
        expect(complex(s, 'Money').fields.map((f) => [f.name, f.fieldKind, f.type, f.optional])).toEqual([
          ['$value', 'text', prim('decimal'), false],
          ['currency', 'attribute', prim('string'), false],
        ]);
        expect(complex(s, 'Tagged')).toMatchObject({ base: id('Money'), fields: [{ name: 'tag', fieldKind: 'attribute' }] });
      },
    },
    {
      name: 'enumerations, facets, list of enum, list of other, union',
      given: `<s:simpleType name="Color"><s:restriction base="s:string"><s:enumeration value="Red"><s:annotation><s:documentation>r</s:documentation></s:annotation></s:enumeration><s:enumeration value="Blue"/></s:restriction></s:simpleType>
        <s:simpleType name="Code"><s:restriction base="s:string"><s:length value="3"/><s:pattern value="[A-Z]+"/></s:restriction></s:simpleType>
        <s:simpleType name="Colors"><s:list itemType="tns:Color"/></s:simpleType>
        <s:simpleType name="Ints"><s:list itemType="s:int"/></s:simpleType>
        <s:simpleType name="U"><s:union memberTypes="s:int tns:Color"/></s:simpleType>
        <s:complexType name="T"><s:sequence><s:element name="n"><s:simpleType><s:restriction base="s:int"><s:minInclusive value="1"/><s:totalDigits value="4"/></s:restriction></s:simpleType></s:element>
          <s:element name="e"><s:simpleType><s:restriction base="s:string"><s:enumeration value="on"/></s:restriction></s:simpleType></s:element></s:sequence></s:complexType>`,
      check: (s) => {
        expect(type(s, id('Color'))).toMatchObject({ kind: 'enum', values: [{ name: 'Red', description: 'r' }, { name: 'Blue' }] });
        expect(type(s, id('Code'))).toMatchObject({ kind: 'alias', target: prim('string'), facets: { minLength: 3, maxLength: 3, pattern: '[A-Z]+' } });
        expect(type(s, id('Colors'))).toMatchObject({ kind: 'enum', list: true, values: [{ name: 'Red' }, { name: 'Blue' }] });
        expect(type(s, id('Ints'))).toMatchObject({ kind: 'alias', target: prim('int'), list: true });
        expect((type(s, id('Ints')) as { notes?: string[] }).notes?.[0]).toContain('xs:list of int');
        // Members of different built-ins (int, an enumeration of strings): a string.
        expect(type(s, id('U'))).toMatchObject({ kind: 'alias', target: prim('string') });
        expect((type(s, id('U')) as { notes?: string[] }).notes?.[0]).toContain('xs:union');
        const t = complex(s, 'T');
        expect(field(t.fields, 'n')).toMatchObject({ type: prim('int'), facets: { minInclusive: '1', totalDigits: 4 } });
        expect(field(t.fields, 'e').type).toEqual(ref('T_e'));
        expect(type(s, id('T_e'))).toMatchObject({ kind: 'enum', values: [{ name: 'on' }] });
      },
    },
    {
      name: 'anonymous types are named from the element path; clashes get a suffix; recursion is by id',
      given: `<s:complexType name="Order_Line"><s:sequence/></s:complexType>
        <s:element name="Order"><s:complexType><s:sequence><s:element name="Line"><s:complexType><s:sequence>
          <s:element name="sub" type="tns:Node"/></s:sequence></s:complexType></s:element></s:sequence></s:complexType></s:element>
        <s:complexType name="Node"><s:sequence><s:element name="kids" type="tns:Node" maxOccurs="unbounded"/><s:element name="v" type="s:int"/></s:sequence></s:complexType>`,
      check: (s) => {
        expect(field(complex(s, 'Order').fields, 'Line').type).toEqual(ref('Order_Line2'));
        expect(field(complex(s, 'Order_Line2').fields, 'sub').type).toEqual(ref('Node'));
        expect(field(complex(s, 'Node').fields, 'kids').type).toEqual(ref('Node'));
      },
    },
    {
      name: 'any/anyAttribute, Microsoft guid/char, serialization duration, binary, MTOM, ASMX DataSet',
      given: `<s:import namespace="http://microsoft.com/wsdl/types/"/>
        <s:complexType name="T"><s:sequence><s:element name="g" type="q1:guid" xmlns:q1="http://microsoft.com/wsdl/types/"/>
          <s:element name="c" type="q1:char" xmlns:q1="http://microsoft.com/wsdl/types/"/>
          <s:element name="d" type="ser:duration" xmlns:ser="http://schemas.microsoft.com/2003/10/Serialization/"/>
          <s:element name="h" type="s:hexBinary"/>
          <s:element name="file" type="s:base64Binary" xmime:expectedContentTypes="application/octet-stream" xmlns:xmime="http://www.w3.org/2005/05/xmlmime"/>
          <s:element name="inc" type="xop:Include" xmlns:xop="http://www.w3.org/2004/08/xop/include"/>
          <s:element ref="s:schema"/><s:any minOccurs="0" processContents="lax"/></s:sequence><s:anyAttribute/></s:complexType>`,
      check: (s) => {
        const t = complex(s, 'T');
        expect(t.open).toBe(true);
        expect(t.fields.map((f) => [f.name, f.type])).toEqual([
          ['g', prim('guid')], ['c', prim('char')], ['d', prim('duration')], ['h', prim('hexBinary')],
          ['file', prim('base64Binary')], ['inc', prim('base64Binary')], ['schema', { kind: 'xml' }], ['$any', { kind: 'xml' }],
        ]);
        expect(field(t.fields, 'file').notes?.[0]).toContain('MTOM');
        expect(field(t.fields, '$any').optional).toBe(true);
      },
    },
    {
      name: 'substitution groups are recorded on the head element',
      given: `<s:element name="Shape" type="tns:ShapeT" abstract="true"/><s:complexType name="ShapeT"><s:sequence/></s:complexType>
        <s:element name="Circle" substitutionGroup="tns:Shape"><s:complexType><s:sequence><s:element name="r" type="s:double"/></s:sequence></s:complexType></s:element>
        <s:element name="Square" type="tns:ShapeT" substitutionGroup="tns:Shape"/>
        <s:complexType name="Drawing"><s:sequence><s:element ref="tns:Shape" maxOccurs="unbounded"/></s:sequence></s:complexType>`,
      check: (s) => {
        const f = elementField(field(complex(s, 'Drawing').fields, 'Shape'));
        expect(f.substitutions).toEqual([
          { name: 'Circle', namespace: TNS, type: ref('Circle') },
          { name: 'Square', namespace: TNS, type: ref('ShapeT') },
        ]);
      },
    },
    {
      name: 'soapenc types map to primitives; attribute form follows attributeFormDefault',
      attrs: 'attributeFormDefault="qualified"',
      given: `<s:complexType name="T" xmlns:soapenc="http://schemas.xmlsoap.org/soap/encoding/"><s:sequence><s:element name="s" type="soapenc:string"/>
        <s:element name="b" type="soapenc:base64"/></s:sequence><s:attribute name="a" type="soapenc:int"/></s:complexType>`,
      check: (s) =>
        expect(complex(s, 'T').fields.map((f) => [f.name, f.type, fieldNamespace(f)])).toEqual([
          ['s', prim('string'), ''], ['b', prim('base64Binary'), ''], ['a', prim('int'), TNS],
        ]),
    },
    {
      name: 'an undefined type is a warning and an opaque XML field, never a crash',
      given: `<s:complexType name="T"><s:sequence><s:element name="x" type="tns:Nope"/></s:sequence></s:complexType>`,
      check: (s) => {
        expect(complex(s, 'T').fields[0].type).toEqual({ kind: 'xml' });
        expect(s.diagnostics.some((d) => d.message.includes('Nope') && d.loc && d.loc.line === 1)).toBe(true);
      },
    },
  ];
  for (const c of cases) test(c.name, async () => c.check(await parseXsd(c.given, c.attrs)));

  test('ASMX ArrayOfX: the referencing field becomes an array of the item type with arrayItem', async () => {
    const s = await parse(
      wsdl(
        `<s:element name="Get"><s:complexType><s:sequence><s:element minOccurs="0" name="ids" type="tns:ArrayOfInt"/></s:sequence></s:complexType></s:element>
         <s:complexType name="ArrayOfInt"><s:sequence><s:element minOccurs="0" maxOccurs="unbounded" name="int" type="s:int"/></s:sequence></s:complexType>`,
        `<wsdl:message name="In"><wsdl:part name="parameters" element="tns:Get"/></wsdl:message>
         <wsdl:portType name="P"><wsdl:operation name="Get"><wsdl:input message="tns:In"/></wsdl:operation></wsdl:portType>`,
      ),
    );
    const want = { name: 'ids', array: true, optional: true, type: prim('int'), arrayItem: { name: 'int', namespace: TNS } };
    expect(op(s, 'Get').input.fields[0]).toMatchObject(want);
    expect(field(complex(s, 'Get').fields, 'ids')).toMatchObject(want);
    expect(complex(s, 'ArrayOfInt').fields).toHaveLength(1);
  });
});
