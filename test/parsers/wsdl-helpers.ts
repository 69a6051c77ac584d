import { parseWsdl } from '../../generator/parsers/wsdl/index.js';
import type { ComplexType, Field, Service, SoapOperation, TypeDef } from '../../generator/ir/types.js';
import type { ParseOptions } from '../../generator/parsers/types.js';

export const TNS = 'urn:t';

/** A WSDL 1.1 document with the usual namespace declarations; `types` go into one inline schema. */
export function wsdl(types: string, rest: string, schemaAttrs = 'elementFormDefault="qualified"'): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<wsdl:definitions xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/" xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/"
  xmlns:soap12="http://schemas.xmlsoap.org/wsdl/soap12/" xmlns:http="http://schemas.xmlsoap.org/wsdl/http/"
  xmlns:s="http://www.w3.org/2001/XMLSchema" xmlns:soapenc="http://schemas.xmlsoap.org/soap/encoding/"
  xmlns:tns="${TNS}" targetNamespace="${TNS}" name="Defs">
  <wsdl:types><s:schema targetNamespace="${TNS}" ${schemaAttrs}>${types}</s:schema></wsdl:types>
${rest}
</wsdl:definitions>`;
}

/** A bare schema in the target namespace. */
export function xsd(body: string, attrs = 'elementFormDefault="qualified"'): string {
  return `<s:schema xmlns:s="http://www.w3.org/2001/XMLSchema" xmlns:tns="${TNS}" targetNamespace="${TNS}" ${attrs}>${body}</s:schema>`;
}

/** Parses `text` as `/specs/main.wsdl`, serving other files from `files` (absolute paths or URLs). */
export async function parse(text: string, files: Record<string, string> = {}, options: Partial<ParseOptions> = {}, location = '/specs/main.wsdl'): Promise<Service & { reads: string[] }> {
  const reads: string[] = [];
  const s = await parseWsdl(
    { file: 'main.wsdl', location, text },
    {
      readFile: async (loc) => {
        reads.push(loc);
        const t = files[loc];
        if (t === undefined) throw new Error(`no such file ${loc}`);
        return t;
      },
      ...options,
    },
  );
  return { ...s, reads };
}

export function type(s: Service, id: string): TypeDef {
  const t = s.types.find((x) => x.id === id);
  if (!t) throw new Error(`no type ${id}; have ${s.types.map((x) => x.id).join(', ')}`);
  return t;
}

export function complex(s: Service, name: string): ComplexType {
  const t = type(s, `{${TNS}}${name}`);
  if (t.kind !== 'complex') throw new Error(`${name} is ${t.kind}`);
  return t;
}

export function field(fields: readonly Field[], name: string): Field {
  const f = fields.find((x) => x.name === name);
  if (!f) throw new Error(`no field ${name}; have ${fields.map((x) => x.name).join(', ')}`);
  return f;
}

export function op(s: Service, name: string): SoapOperation {
  const o = s.operations.find((x) => x.name === name);
  if (!o) throw new Error(`no operation ${name}; have ${s.operations.map((x) => x.name).join(', ')}`);
  if (o.binding !== 'soap') throw new Error(`operation ${name} is not a SOAP operation`);
  return o;
}

/** A document/literal SOAP 1.1 binding + service for portType `P` with the given operation names. */
export function docBinding(ops: string[], style = 'document'): string {
  return `<wsdl:binding name="B" type="tns:P"><soap:binding transport="http://schemas.xmlsoap.org/soap/http" style="${style}"/>
${ops.map((o) => `<wsdl:operation name="${o}"><soap:operation soapAction="urn:t/${o}"/><wsdl:input><soap:body use="literal"/></wsdl:input><wsdl:output><soap:body use="literal"/></wsdl:output></wsdl:operation>`).join('\n')}
</wsdl:binding>
<wsdl:service name="Svc"><wsdl:port name="Port" binding="tns:B"><soap:address location="https://example.com/svc/S.asmx"/></wsdl:port></wsdl:service>`;
}
