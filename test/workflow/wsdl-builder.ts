/** Builds small document/literal WSDLs (ASMX style) for the diff and version tests. */

export interface FieldSpec {
  readonly name: string;
  readonly type: string;
  readonly min?: 0 | 1;
  readonly doc?: string;
}

export interface WsdlSpec {
  readonly operations: Readonly<Record<string, { readonly input: readonly FieldSpec[]; readonly output: readonly FieldSpec[]; readonly doc?: string }>>;
  readonly complex?: Readonly<Record<string, readonly FieldSpec[]>>;
  readonly enums?: Readonly<Record<string, readonly string[]>>;
}

const el = (f: FieldSpec) =>
  `<s:element minOccurs="${f.min ?? 1}" maxOccurs="1" name="${f.name}" type="${f.type}">${f.doc ? `<s:annotation><s:documentation>${f.doc}</s:documentation></s:annotation>` : ''}</s:element>`;

export function wsdlOf(spec: WsdlSpec): string {
  const ops = Object.entries(spec.operations);
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<wsdl:definitions xmlns:s="http://www.w3.org/2001/XMLSchema" xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/" xmlns:tns="urn:t" xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/" targetNamespace="urn:t">',
    '<wsdl:types><s:schema elementFormDefault="qualified" targetNamespace="urn:t">',
  ];
  for (const [name, o] of ops) {
    lines.push(`<s:element name="${name}"><s:complexType><s:sequence>${o.input.map(el).join('')}</s:sequence></s:complexType></s:element>`);
    lines.push(`<s:element name="${name}Response"><s:complexType><s:sequence>${o.output.map(el).join('')}</s:sequence></s:complexType></s:element>`);
  }
  for (const [name, fields] of Object.entries(spec.complex ?? {})) lines.push(`<s:complexType name="${name}"><s:sequence>${fields.map(el).join('')}</s:sequence></s:complexType>`);
  for (const [name, values] of Object.entries(spec.enums ?? {})) {
    lines.push(`<s:simpleType name="${name}"><s:restriction base="s:string">${values.map((v) => `<s:enumeration value="${v}"/>`).join('')}</s:restriction></s:simpleType>`);
  }
  lines.push('</s:schema></wsdl:types>');
  for (const [name] of ops) {
    lines.push(`<wsdl:message name="${name}SoapIn"><wsdl:part name="parameters" element="tns:${name}"/></wsdl:message>`);
    lines.push(`<wsdl:message name="${name}SoapOut"><wsdl:part name="parameters" element="tns:${name}Response"/></wsdl:message>`);
  }
  lines.push('<wsdl:portType name="SSoap">');
  for (const [name, o] of ops) {
    lines.push(`<wsdl:operation name="${name}">${o.doc ? `<wsdl:documentation>${o.doc}</wsdl:documentation>` : ''}<wsdl:input message="tns:${name}SoapIn"/><wsdl:output message="tns:${name}SoapOut"/></wsdl:operation>`);
  }
  lines.push('</wsdl:portType><wsdl:binding name="SSoap" type="tns:SSoap"><soap:binding transport="http://schemas.xmlsoap.org/soap/http"/>');
  for (const [name] of ops) {
    lines.push(`<wsdl:operation name="${name}"><soap:operation soapAction="urn:t/${name}" style="document"/><wsdl:input><soap:body use="literal"/></wsdl:input><wsdl:output><soap:body use="literal"/></wsdl:output></wsdl:operation>`);
  }
  lines.push('</wsdl:binding><wsdl:service name="S"><wsdl:port name="SSoap" binding="tns:SSoap"><soap:address location="http://localhost/S.asmx"/></wsdl:port></wsdl:service></wsdl:definitions>');
  return `${lines.join('\n')}\n`;
}

/** The base service of the tests. */
export const BASE: WsdlSpec = {
  operations: {
    GetOrder: { input: [{ name: 'id', type: 's:long' }, { name: 'note', type: 's:string', min: 0 }], output: [{ name: 'GetOrderResult', type: 'tns:Order', min: 0 }], doc: 'Reads an order.' },
    Cancel: { input: [{ name: 'id', type: 's:int' }], output: [] },
  },
  complex: { Order: [{ name: 'Id', type: 's:int' }, { name: 'Status', type: 'tns:Status' }, { name: 'Customer', type: 's:string', min: 0 }] },
  enums: { Status: ['Open', 'Closed', 'Held'] },
};
