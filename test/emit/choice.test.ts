import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { TypeDesc } from '../../templates/runtime/schema.js';
import { inlinePackage } from '../helpers/inline-package.js';
import { typecheck } from '../helpers/typecheck.js';

/**
 * `xs:choice` in a generated SOAP package: unions in the types (checked by the compiler, both
 * ways), a derived type of a union type, the request and response messages, a repeated choice
 * kept as plain optional arrays, and the request validator's report.
 */

const WSDL = `<?xml version="1.0" encoding="utf-8"?>
<wsdl:definitions xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/" xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/"
  xmlns:s="http://www.w3.org/2001/XMLSchema" xmlns:tns="urn:shapes" targetNamespace="urn:shapes" name="Shapes">
  <wsdl:types><s:schema targetNamespace="urn:shapes" elementFormDefault="qualified">
    <s:complexType name="Shape"><s:sequence>
      <s:element name="id" type="s:string"/>
      <s:choice>
        <s:element name="radius" type="s:double"/>
        <s:sequence><s:element name="width" type="s:double"/><s:element name="height" type="s:double" minOccurs="0"/></s:sequence>
      </s:choice>
      <s:choice minOccurs="0"><s:element name="color" type="s:string"/><s:element name="rgb" type="s:int"/></s:choice>
      <s:choice maxOccurs="unbounded"><s:element name="tag" type="s:string"/><s:element name="label" type="s:string"/></s:choice>
    </s:sequence></s:complexType>
    <s:complexType name="Solid"><s:complexContent><s:extension base="tns:Shape"><s:sequence>
      <s:choice><s:element name="depth" type="s:double"/><s:element name="flat" type="s:boolean"/></s:choice>
    </s:sequence></s:extension></s:complexContent></s:complexType>
    <s:element name="Draw"><s:complexType><s:sequence>
      <s:element name="shape" type="tns:Shape"/>
      <s:element name="solid" type="tns:Solid" minOccurs="0"/>
      <s:choice><s:element name="byName" type="s:string"/><s:element name="byId" type="s:int"/></s:choice>
    </s:sequence></s:complexType></s:element>
    <s:element name="DrawResponse"><s:complexType><s:sequence>
      <s:element name="DrawResult" type="tns:Shape"/>
      <s:choice><s:element name="ids" type="s:int" maxOccurs="unbounded"/><s:element name="none" type="s:boolean"/></s:choice>
    </s:sequence></s:complexType></s:element>
  </s:schema></wsdl:types>
  <wsdl:message name="DrawIn"><wsdl:part name="parameters" element="tns:Draw"/></wsdl:message>
  <wsdl:message name="DrawOut"><wsdl:part name="parameters" element="tns:DrawResponse"/></wsdl:message>
  <wsdl:portType name="ShapesPort"><wsdl:operation name="Draw"><wsdl:input message="tns:DrawIn"/><wsdl:output message="tns:DrawOut"/></wsdl:operation></wsdl:portType>
  <wsdl:binding name="ShapesBinding" type="tns:ShapesPort"><soap:binding transport="http://schemas.xmlsoap.org/soap/http"/>
    <wsdl:operation name="Draw"><soap:operation soapAction="urn:shapes/Draw"/><wsdl:input><soap:body use="literal"/></wsdl:input><wsdl:output><soap:body use="literal"/></wsdl:output></wsdl:operation>
  </wsdl:binding>
  <wsdl:service name="Shapes"><wsdl:port name="ShapesPort" binding="tns:ShapesBinding"><soap:address location="https://example.com/shapes"/></wsdl:port></wsdl:service>
</wsdl:definitions>`;

/** Values that must compile, and values that must not (each `@ts-expect-error` must be used). */
const CHECK = `import type { DrawRequest, DrawResponse, ShapeInput, SolidInput } from './types.js';
export const plain: ShapeInput = { id: 'a', radius: 1 };
export const nested: ShapeInput = { id: 'a', width: 1, height: 2, color: 'red', tag: ['x'], label: ['y'] };
export const nestedShort: ShapeInput = { id: 'a', width: 1, rgb: 3 };
export const request: DrawRequest = { shape: { id: 'a', width: 1 }, byId: 3 };
export const derived: SolidInput = { id: 's', radius: 1, flat: true };
export const response: DrawResponse = { DrawResult: { id: 'r', radius: 2, tag: [], label: [] }, ids: [], none: true };
export const responseIds: DrawResponse = { DrawResult: { id: 'r', radius: 2, tag: [], label: [] }, ids: [1, 2] };
// @ts-expect-error two alternatives of one choice
export const twoAlternatives: ShapeInput = { id: 'a', radius: 1, width: 2 };
// @ts-expect-error a required choice with no alternative
export const noAlternative: ShapeInput = { id: 'a' };
// @ts-expect-error alternative 2 without its required member
export const incomplete: ShapeInput = { id: 'a', height: 2 };
// @ts-expect-error two alternatives of the optional choice
export const twoOptional: ShapeInput = { id: 'a', radius: 1, color: 'red', rgb: 1 };
// @ts-expect-error two alternatives in the request message
export const twoInRequest: DrawRequest = { shape: { id: 'a', radius: 1 }, byName: 'n', byId: 1 };
// @ts-expect-error derived type: two alternatives of its own choice
export const twoDerived: SolidInput = { id: 's', radius: 1, depth: 1, flat: true };
// @ts-expect-error derived type: the base's choice is still checked
export const twoInBase: SolidInput = { id: 's', radius: 1, width: 1, flat: true };
// @ts-expect-error results: the unwrapped repeated alternative is always an array
export const missingIds: DrawResponse = { DrawResult: { id: 'r', radius: 2, tag: [], label: [] }, none: true };
`;

interface Generated {
  dir: string;
  files: Map<string, string>;
}

async function generate(): Promise<Generated> {
  const { dir, files } = await inlinePackage({ 'shapes.wsdl': WSDL }, 'Shapes');
  writeFileSync(join(dir, 'check.ts'), CHECK);
  return { dir, files };
}

interface Pkg {
  createClient: (o: { fetch: unknown }) => { draw: (r: unknown) => Promise<unknown> };
  createMockFetch: (o?: { overrides?: Record<string, { response?: unknown }> }) => ((...a: unknown[]) => Promise<Response>) & { calls: { request: unknown; problems: readonly string[] }[] };
}

/** A read value without the `$type` members the reader adds to types in a derivation. */
function untagged(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(untagged);
  if (typeof v !== 'object' || v === null) return v;
  return Object.fromEntries(Object.entries(v).filter(([k]) => k !== '$type').map(([k, x]) => [k, untagged(x)]));
}

describe('xs:choice in a generated SOAP package', async () => {
  const { dir, files } = await generate();
  const types = files.get('types.ts')!;
  const descriptors = files.get('descriptors.js')!;

  test('records with choices are type aliases; a derived type of one is an alias too', () => {
    expect(types).toMatch(/export type ShapeInput = \{/);
    expect(types).toMatch(/export type SolidInput = ShapeInput &/);
    expect(types).toMatch(/export type DrawRequest = \{/);
    expect(types).not.toMatch(/interface (Shape|Solid|DrawRequest|DrawResponse)\b/);
  });

  test('the package and the checked values type-check under strict; invalid values do not', () => {
    expect(typecheck([join(dir, 'index.ts'), join(dir, 'fixtures.ts'), join(dir, 'mock.ts'), join(dir, 'check.ts')])).toEqual([]);
  });

  test('descriptors name each group uniquely along the derivation chain', async () => {
    const mod = (await import(join(dir, 'descriptors.js'))) as Record<string, unknown>;
    const solid = Object.values(mod).find((d): d is TypeDesc => typeof d === 'object' && d !== null && (d as TypeDesc).kind === 'complex' && (d as TypeDesc).name === 'Solid');
    const facts = Object.fromEntries(solid!.fields.map((f) => [f.key, [f.choice, f.branch, !!f.choiceOptional]]));
    expect(facts).toEqual({
      id: [undefined, undefined, false],
      radius: ['Shape.choice1', 0, false],
      width: ['Shape.choice1', 1, false],
      height: ['Shape.choice1', 1, false],
      color: ['Shape.choice2', 0, true],
      rgb: ['Shape.choice2', 1, true],
      // Repeated choices mix their alternatives on the wire: no choice check.
      tag: [undefined, undefined, false],
      label: [undefined, undefined, false],
      depth: ['Solid.choice1', 0, false],
      flat: ['Solid.choice1', 1, false],
    });
  });

  test('a request and a response round-trip through the client and the mock', async () => {
    const pkg = { ...(await import(join(dir, 'client.ts'))), ...(await import(join(dir, 'mock.ts'))) } as Pkg;
    const value = { DrawResult: { id: 'r', radius: 2, rgb: 5, tag: [], label: ['l'] }, ids: [], none: true };
    const mock = pkg.createMockFetch({ overrides: { draw: { response: value } } });
    const client = pkg.createClient({ fetch: mock });
    const request = { shape: { id: 'a', width: 1, height: 2, color: 'red', tag: ['x'] }, solid: { id: 's', radius: 3, flat: false }, byId: 3 };
    expect(untagged(await client.draw(request))).toEqual(value);
    expect(mock.calls[0].problems).toEqual([]);
    // Read back in the result shape: repeated elements become arrays.
    expect(untagged(mock.calls[0].request)).toEqual({ shape: { ...request.shape, label: [] }, solid: { ...request.solid, tag: [], label: [] }, byId: 3 });
  });

  test('the validator rejects two alternatives and a missing one, with the record path', async () => {
    const pkg = (await import(join(dir, 'client.ts'))) as Pkg;
    const client = pkg.createClient({ fetch: () => Promise.reject(new Error('not sent')) });
    await expect(client.draw({ shape: { id: 'a', radius: 1, width: 2 }, byId: 1 })).rejects.toThrow(
      'request.shape: only one alternative of the choice may be set: radius (alternative 1) and width (alternative 2)',
    );
    await expect(client.draw({ shape: { id: 'a', radius: 1 }, solid: { id: 's', radius: 1, depth: 1, flat: true }, byName: 'n' })).rejects.toThrow(
      'request.solid: only one alternative of the choice may be set: depth (alternative 1) and flat (alternative 2)',
    );
    await expect(client.draw({ shape: { id: 'a', radius: 1 } })).rejects.toThrow('request: one alternative of the choice must be set: byName (alternative 1) or byId (alternative 2)');
  });
});
