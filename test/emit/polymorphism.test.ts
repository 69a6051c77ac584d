import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { inlinePackage } from '../helpers/inline-package.js';
import { canon, childElements, findElement, type CanonElement } from '../helpers/xml-canon.js';
import { xmlFetch } from '../helpers/xml-fetch.js';
import { typecheck } from '../helpers/typecheck.js';

/**
 * `xsi:type` substitution end to end on a generated package: an abstract base with subtypes on two
 * levels and a concrete base with a subtype. Types (union aliases discriminated by `$type`, checked
 * by the TypeScript compiler, including what must NOT compile), the request written with
 * `xsi:type`, the response read by its `xsi:type` under any prefix, and validation.
 */

const TNS = 'urn:zoo';
const WSDL = `<?xml version="1.0"?>
<definitions xmlns="http://schemas.xmlsoap.org/wsdl/" xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/"
  xmlns:s="http://www.w3.org/2001/XMLSchema" xmlns:tns="${TNS}" targetNamespace="${TNS}">
  <types>
    <s:schema elementFormDefault="qualified" targetNamespace="${TNS}">
      <s:complexType name="Animal" abstract="true"><s:sequence><s:element name="name" type="s:string"/></s:sequence></s:complexType>
      <s:complexType name="Dog"><s:complexContent><s:extension base="tns:Animal"><s:sequence><s:element name="breed" type="s:string"/></s:sequence></s:extension></s:complexContent></s:complexType>
      <s:complexType name="Puppy"><s:complexContent><s:extension base="tns:Dog"><s:sequence><s:element name="ageWeeks" type="s:int"/></s:sequence></s:extension></s:complexContent></s:complexType>
      <s:complexType name="Cat"><s:complexContent><s:extension base="tns:Animal"><s:sequence><s:element name="indoor" type="s:boolean"/></s:sequence></s:extension></s:complexContent></s:complexType>
      <s:complexType name="Person"><s:sequence><s:element name="name" type="s:string"/></s:sequence></s:complexType>
      <s:complexType name="Vet"><s:complexContent><s:extension base="tns:Person"><s:sequence><s:element name="licence" type="s:string"/></s:sequence></s:extension></s:complexContent></s:complexType>
      <s:element name="pet" type="tns:Animal" abstract="true"/>
      <s:element name="dog" type="tns:Dog" substitutionGroup="tns:pet"/>
      <s:element name="kitten" type="tns:Cat" substitutionGroup="tns:pet"/>
      <s:complexType name="Pen">
        <s:sequence>
          <s:element name="animal" type="tns:Animal" minOccurs="0" maxOccurs="unbounded"/>
          <s:element name="keeper" type="tns:Person" minOccurs="0"/>
          <s:element ref="tns:pet" minOccurs="0" maxOccurs="unbounded"/>
        </s:sequence>
      </s:complexType>
      <s:element name="Admit"><s:complexType><s:sequence><s:element name="pen" type="tns:Pen"/></s:sequence></s:complexType></s:element>
      <s:element name="AdmitResponse"><s:complexType><s:sequence><s:element name="AdmitResult" type="tns:Pen" minOccurs="0"/></s:sequence></s:complexType></s:element>
    </s:schema>
  </types>
  <message name="AdmitIn"><part name="parameters" element="tns:Admit"/></message>
  <message name="AdmitOut"><part name="parameters" element="tns:AdmitResponse"/></message>
  <portType name="ZooPort"><operation name="Admit"><input message="tns:AdmitIn"/><output message="tns:AdmitOut"/></operation></portType>
  <binding name="ZooBinding" type="tns:ZooPort">
    <soap:binding transport="http://schemas.xmlsoap.org/soap/http"/>
    <operation name="Admit"><soap:operation soapAction="urn:zoo/Admit"/><input><soap:body use="literal"/></input><output><soap:body use="literal"/></output></operation>
  </binding>
  <service name="Zoo"><port name="ZooPort" binding="tns:ZooBinding"><soap:address location="http://zoo.example/zoo"/></port></service>
</definitions>`;

/** Compiles only when the generated union types behave as documented. */
const CONSUMER = `import type { AdmitRequest, AnyAnimal, AnyAnimalInput, AnyPersonInput } from './index.js';

export const ok: AdmitRequest = {
  pen: {
    animal: [
      { $type: 'Dog', name: 'Rex', breed: 'Collie' },
      { $type: 'Puppy', name: 'Bit', breed: 'Pug', ageWeeks: 9 },
      { $type: 'Cat', name: 'Tom', indoor: true },
    ],
    keeper: { name: 'Ann' },
  },
};
export const vet: AnyPersonInput = { $type: 'Vet', name: 'Bo', licence: 'L-1' };
export const person: AnyPersonInput = { $type: 'Person', name: 'Cy' };

// @ts-expect-error Animal is abstract: a value must name a subtype.
export const noType: AnyAnimalInput = { name: 'x' };
// @ts-expect-error a Cat has no breed.
export const wrongField: AnyAnimalInput = { $type: 'Cat', name: 'x', indoor: false, breed: 'b' };
// @ts-expect-error Animal itself cannot be chosen.
export const abstractTag: AnyAnimalInput = { $type: 'Animal', name: 'x' };

/** Narrowing on $type reaches each subtype's own fields. */
export function describeAnimal(a: AnyAnimal): string {
  switch (a.$type) {
    case 'Dog':
      return a.breed;
    case 'Puppy':
      return \`\${a.breed} \${a.ageWeeks}\`;
    case 'Cat':
      return String(a.indoor);
    case 'Animal':
      // A result naming a subtype the spec does not describe.
      return a.name;
  }
}
`;

const xsiType = (e: CanonElement): string | undefined => e.attrs['{http://www.w3.org/2001/XMLSchema-instance}type'];

interface ZooClient {
  admit(input: unknown): Promise<unknown>;
}

describe('xsi:type substitution in a generated package', () => {
  let dir = '';
  let files: Map<string, string>;
  let createClient: (o: { endpoint: string; fetch: typeof fetch }) => ZooClient;
  let ValidationError: new (...a: never[]) => Error;

  beforeAll(async () => {
    ({ dir, files } = await inlinePackage({ 'zoo.wsdl': WSDL }, 'Zoo', { build: true }));
    const mod = (await import(pathToFileURL(join(dir, 'dist', 'index.js')).href)) as Record<string, unknown>;
    createClient = mod.createClient as typeof createClient;
    ValidationError = mod.ValidationError as typeof ValidationError;
  }, 60_000);

  test('declares one union alias per polymorphic type and direction, discriminated by $type', () => {
    const types = files.get('types.ts')!;
    expect(types).toMatch(/export type AnyAnimal =\s*\|?\s*\(Animal & \{ \$type: 'Animal' \}\)\s*\|\s*\(Dog & \{ \$type: 'Dog' \}\)\s*\|\s*\(Puppy & \{ \$type: 'Puppy' \}\)\s*\|\s*\(Cat & \{ \$type: 'Cat' \}\);/);
    expect(types).toMatch(/export type AnyPerson =\s*\|?\s*\(Person & \{ \$type\?: 'Person' \}\)\s*\|\s*\(Vet & \{ \$type: 'Vet' \}\);/);
    expect(types).toMatch(/export type AnyAnimalInput =\s*\|?\s*\(DogInput & \{ \$type: 'Dog' \}\)/);
    expect(types).toMatch(/animal: AnyAnimal\[\];/);
    expect(types).toMatch(/export interface Puppy extends Dog \{/);
  });

  test('the union types accept what XSD allows and reject the rest (tsc)', () => {
    writeFileSync(join(dir, 'consumer.ts'), CONSUMER);
    expect(typecheck([join(dir, 'index.ts'), join(dir, 'consumer.ts')])).toEqual([]);
  });

  test('writes xsi:type for a chosen subtype (and for an explicit $type), reads any prefix back', async () => {
    const sent: string[] = [];
    const response = `<?xml version="1.0"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>
      <AdmitResponse xmlns="${TNS}" xmlns:inst="http://www.w3.org/2001/XMLSchema-instance" xmlns:z="${TNS}"><AdmitResult>
        <animal inst:type="z:Puppy"><name>Bit</name><breed>Pug</breed><ageWeeks>9</ageWeeks></animal>
        <animal inst:type="Cat"><name>Tom</name><indoor>true</indoor></animal>
        <animal xmlns:q="urn:elsewhere" inst:type="q:Dog"><name>Who</name></animal>
        <keeper><name>Ann</name></keeper>
      </AdmitResult></AdmitResponse></soap:Body></soap:Envelope>`;
    const client = createClient({ endpoint: 'http://zoo.example/zoo', fetch: xmlFetch(response, { sent }) });
    const result = await client.admit({
      pen: {
        animal: [
          { $type: 'Puppy', name: 'Bit', breed: 'Pug', ageWeeks: 9 },
          { $type: 'Cat', name: 'Tom', indoor: true },
        ],
        keeper: { $type: 'Vet', name: 'Bo', licence: 'L-1' },
      },
    });
    const kids = childElements(findElement(canon(sent[0]), 'pen')!);
    expect(kids.map((k) => [k.name, xsiType(k)])).toEqual([
      ['animal', `{${TNS}}Puppy`],
      ['animal', `{${TNS}}Cat`],
      ['keeper', `{${TNS}}Vet`],
    ]);
    // Base fields first, then each level's own (XSD extension order).
    expect(childElements(kids[0]).map((c) => c.name)).toEqual(['name', 'breed', 'ageWeeks']);
    // In the response: an unprefixed QName is resolved against the default namespace (urn:zoo);
    // an xsi:type in another namespace is no subtype of Animal, so it reads as the declared type.
    expect(result).toEqual({
      animal: [
        { $type: 'Puppy', name: 'Bit', breed: 'Pug', ageWeeks: 9 },
        { $type: 'Cat', name: 'Tom', indoor: true },
        { $type: 'Animal', name: 'Who' },
      ],
      keeper: { $type: 'Person', name: 'Ann' },
      pet: [],
    });
    // An explicit $type naming the declared type itself is written too.
    await client.admit({ pen: { keeper: { $type: 'Person', name: 'Cy' } } });
    expect(childElements(findElement(canon(sent[1]), 'pen')!).map((k) => [k.name, xsiType(k)])).toEqual([['keeper', `{${TNS}}Person`]]);
  });

  test('a substitution group: $type picks the member element; members read back set $type', async () => {
    const sent: string[] = [];
    const response = `<?xml version="1.0"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>
      <AdmitResponse xmlns="${TNS}"><AdmitResult>
        <kitten><name>Tom</name><indoor>false</indoor></kitten>
        <dog xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="Puppy"><name>Bit</name><breed>Pug</breed><ageWeeks>9</ageWeeks></dog>
        <dog><name>Rex</name><breed>Collie</breed></dog>
      </AdmitResult></AdmitResponse></soap:Body></soap:Envelope>`;
    const client = createClient({ endpoint: 'http://zoo.example/zoo', fetch: xmlFetch(response, { sent }) });
    const result = await client.admit({
      pen: {
        pet: [
          { $type: 'Cat', name: 'Tom', indoor: false },
          { $type: 'Puppy', name: 'Bit', breed: 'Pug', ageWeeks: 9 },
        ],
      },
    });
    const kids = childElements(findElement(canon(sent[0]), 'pen')!);
    // The exact member type needs no xsi:type; a type derived from a member's type is that member plus xsi:type.
    expect(kids.map((k) => [k.name, k.ns, xsiType(k)])).toEqual([
      ['kitten', TNS, undefined],
      ['dog', TNS, `{${TNS}}Puppy`],
    ]);
    expect(result).toEqual({
      animal: [],
      pet: [
        { $type: 'Cat', name: 'Tom', indoor: false },
        { $type: 'Puppy', name: 'Bit', breed: 'Pug', ageWeeks: 9 },
        { $type: 'Dog', name: 'Rex', breed: 'Collie' },
      ],
    });
  });

  test('refuses, before sending, an abstract type without $type and an unknown $type', async () => {
    let calls = 0;
    const client = createClient({ endpoint: 'http://zoo.example/zoo', fetch: (async () => (calls++, new Response(''))) as typeof fetch });
    const abstract = client.admit({ pen: { animal: [{ name: 'x' }] } });
    await expect(abstract).rejects.toBeInstanceOf(ValidationError);
    await expect(abstract).rejects.toThrow(/request\.pen\.animal\[0\]: Animal is abstract: set \$type to one of Dog, Puppy, Cat/);
    await expect(client.admit({ pen: { animal: [{ $type: 'Horse', name: 'x' }] } })).rejects.toThrow(/animal\[0\]\.\$type: "Horse" is not Animal or one of Dog, Puppy, Cat/);
    // A subtype's own required field is checked too.
    await expect(client.admit({ pen: { animal: [{ $type: 'Dog', name: 'x' }] } })).rejects.toThrow(/animal\[0\]\.breed: required/);
    expect(calls).toBe(0);
  });
});
