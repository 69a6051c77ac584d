import { describe, expect, test } from 'vitest';
import { createClient, ResponseError } from '../../generated/encoded/index.js';
import { canon, childElements, findElement } from '../helpers/xml-canon.js';
import { xmlFetch } from '../helpers/xml-fetch.js';

/**
 * SOAP encoding in a generated rpc/encoded client (generated/encoded, from Mono's WSDL), without a
 * server: what the request carries (encodingStyle, xsi:type, SOAP-ENC array types per SOAP
 * version) and how multi-reference responses are read (SOAP 1.1 href/id in any order and under
 * any prefix, SOAP 1.2 enc:ref/enc:id, shared values, cycles and dangling references refused).
 */

const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const XSD = 'http://www.w3.org/2001/XMLSchema';
const TNS = 'http://svcgen.test/encoded/';
const ENC11 = 'http://schemas.xmlsoap.org/soap/encoding/';
const ENC12 = 'http://www.w3.org/2003/05/soap-encoding';


const env11 = (body: string) =>
  `<?xml version="1.0"?><s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/" xmlns:e="${ENC11}" xmlns:t="${TNS}" xmlns:i="${XSI}" xmlns:d="${XSD}"><s:Body s:encodingStyle="${ENC11}">${body}</s:Body></s:Envelope>`;

describe('rpc/encoded requests', () => {
  test('SOAP 1.1: encodingStyle on the wrapper, xsi:type on values, soapenc:arrayType on arrays', async () => {
    const sent: string[] = [];
    const client = createClient({ endpoint: 'http://x/Encoded.asmx', fetch: xmlFetch(env11('<t:MirrorResponse><MirrorResult e:arrayType="t:Point[0]"/></t:MirrorResponse>'), { sent }) });
    expect(await client.mirror({ points: [{ X: 1, Y: 2, Label: 'a' }], offset: 3 })).toEqual([]);
    const root = findElement(canon(sent[0]), 'Mirror')!;
    expect(root.attrs[`{http://schemas.xmlsoap.org/soap/envelope/}encodingStyle`]).toBe(ENC11);
    expect(root.attrs[`{${XSI}}type`]).toBeUndefined();
    const [points, offset] = childElements(root);
    expect(points.attrs).toEqual({ [`{${XSI}}type`]: `{${ENC11}}Array`, [`{${ENC11}}arrayType`]: 'xi:Point[1]' });
    expect(offset.attrs).toEqual({ [`{${XSI}}type`]: `{${XSD}}int` });
    const item = childElements(points)[0];
    expect(item.attrs[`{${XSI}}type`]).toBe(`{${TNS}}Point`);
    expect(childElements(item).map((c) => [c.name, c.attrs[`{${XSI}}type`]])).toEqual([
      ['X', `{${XSD}}int`],
      ['Y', `{${XSD}}int`],
      ['Label', `{${XSD}}string`],
    ]);
    // The arrayType QName's prefix is declared where it is used.
    expect(sent[0]).toMatch(/<points [^>]*xmlns:xi="http:\/\/svcgen\.test\/encoded\/"/);
  });

  test('SOAP 1.2: enc:itemType and enc:arraySize; an enumeration carries its type', async () => {
    const sent: string[] = [];
    const response = `<?xml version="1.0"?><s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope"><s:Body><RedrawResponse xmlns="${TNS}"><RedrawResult xmlns=""><Tint>Red</Tint><Scale>1</Scale><Created>2024-01-01T00:00:00Z</Created></RedrawResult></RedrawResponse></s:Body></s:Envelope>`;
    const client = createClient({ endpoint: 'http://x/Encoded.asmx', protocol: 'soap12', fetch: xmlFetch(response, { sent }) });
    await client.redraw({ d: { Name: 'n', Tint: 'dark-blue', Scale: 1, Created: '2024-01-01T00:00:00Z', Tags: ['x', 'y'] } });
    const d = childElements(findElement(canon(sent[0]), 'Redraw')!)[0];
    const by = (n: string) => childElements(d).find((c) => c.name === n)!;
    expect(by('Tags').attrs).toEqual({ [`{${ENC12}}itemType`]: 'xsd:string', [`{${ENC12}}arraySize`]: '2' });
    expect(by('Tint').attrs).toEqual({ [`{${XSI}}type`]: `{${TNS}}Tint` });
    expect(by('Scale').attrs).toEqual({ [`{${XSI}}type`]: `{${XSD}}decimal` });
  });
});

describe('rpc/encoded responses: multi-reference values', () => {
  const point = (id: string, x: number, y: number) => `<t:Point id="${id}" i:type="t:Point"><X i:type="d:int">${x}</X><Y i:type="d:int">${y}</Y></t:Point>`;

  test('SOAP 1.1 href/id: targets before or after the reference, nested, shared by two references', async () => {
    const body =
      point('p2', 5, 6) +
      `<t:MirrorResponse><MirrorResult href="#arr"/></t:MirrorResponse>` +
      `<e:Array id="arr" e:arrayType="t:Point[3]"><Item href="#p1"/><Whatever href="#p2"/><Item href="#p1"/></e:Array>` +
      point('p1', 1, 2);
    const client = createClient({ endpoint: 'http://x/Encoded.asmx', fetch: xmlFetch(env11(body)) });
    expect(await client.mirror({ points: [], offset: 0 })).toEqual([
      { X: 1, Y: 2 },
      { X: 5, Y: 6 },
      { X: 1, Y: 2 },
    ]);
  });

  test('SOAP 1.2 enc:ref/enc:id inside the result', async () => {
    const body = `<t:RedrawResponse xmlns:enc="${ENC12}"><RedrawResult enc:id="r"><Name>N</Name><Tint>Red</Tint><Scale>1</Scale><Created>2024-01-01T00:00:00Z</Created><Origin enc:id="o"><X>1</X><Y>2</Y></Origin><Path><Item enc:ref="o"/></Path></RedrawResult></t:RedrawResponse>`;
    const response = `<?xml version="1.0"?><s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope" xmlns:t="${TNS}"><s:Body>${body}</s:Body></s:Envelope>`;
    const client = createClient({ endpoint: 'http://x/Encoded.asmx', protocol: 'soap12', fetch: xmlFetch(response) });
    const d = await client.redraw({ d: { Name: 'n', Tint: 'Red', Scale: 1, Created: '2024-01-01T00:00:00Z' } });
    expect(d?.Origin).toEqual({ X: 1, Y: 2 });
    expect(d?.Path).toEqual([{ X: 1, Y: 2 }]);
  });

  test('a reference to no element, and a reference cycle, are ResponseErrors naming the id', async () => {
    const dangling = createClient({ endpoint: 'http://x/Encoded.asmx', fetch: xmlFetch(env11('<t:MirrorResponse><MirrorResult href="#nope"/></t:MirrorResponse>')) });
    await expect(dangling.mirror({ points: [], offset: 0 })).rejects.toThrow(ResponseError);
    await expect(dangling.mirror({ points: [], offset: 0 })).rejects.toThrow(/multi-reference #nope names no element/);
    const cyclic = env11(`<t:RedrawResponse><RedrawResult href="#a"/></t:RedrawResponse><t:Drawing id="a"><Name>x</Name><Tint>Red</Tint><Scale>1</Scale><Created>2024-01-01T00:00:00Z</Created><Origin href="#b"/></t:Drawing><t:Point id="b"><X href="#b"/><Y>1</Y></t:Point>`);
    const client = createClient({ endpoint: 'http://x/Encoded.asmx', fetch: xmlFetch(cyclic) });
    await expect(client.redraw({ d: { Name: 'n', Tint: 'Red', Scale: 1, Created: '2024-01-01T00:00:00Z' } })).rejects.toThrow(/multi-reference #b is cyclic/);
  });
});
