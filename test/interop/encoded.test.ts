/**
 * The client generated from Encoded.asmx's live WSDL (specs/encoded/Encoded.wsdl, an rpc/encoded
 * service) against Mono: SOAP encoding on the way out (xsi:type, SOAP-ENC arrays with their array
 * type) and multi-reference values on the way back (SOAP 1.1 href/id, SOAP 1.2 enc:ref/enc:id).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createClient } from '../../generated/encoded/index.js';
import { inlinePackage } from '../helpers/inline-package.js';
import { interopBed } from './env.js';

const bed = interopBed();

describe.skipIf(!bed.enabled).each(['soap11', 'soap12'] as const)('Encoded.asmx (rpc/encoded) through the WSDL-generated client over %s', (protocol) => {
  const client = () => createClient({ endpoint: `${bed.baseUrl}/Encoded.asmx`, protocol });

  it('sends a SOAP-ENC array of structs and reads the array back', async () => {
    const points = await client().mirror({ points: [{ X: 1, Y: 2, Label: 'a' }, { X: 3, Y: 4 }], offset: 10 });
    expect(points).toEqual([
      { X: 14, Y: 13 },
      { X: 12, Y: 11, Label: 'a' },
    ]);
  });

  it('returns the result and an out parameter', async () => {
    expect(await client().concat({ a: 'ab', b: 'cde' })).toEqual({ ConcatResult: 'abcde', length: 5 });
  });

  it('round-trips a struct with an enum, decimal, date, nested struct, arrays and bytes (a shared value referenced twice)', async () => {
    const d = await client().redraw({
      d: {
        Name: 'sketch',
        Tint: 'Green',
        Scale: '1.25',
        Created: '2024-02-28T10:00:00Z',
        Origin: { X: 0, Y: 0 },
        Path: [{ X: 1, Y: 2, Label: 'a' }, { X: 3, Y: 4 }],
        Tags: ['b', 'a', 'C'],
        Thumbnail: new Uint8Array([1, 2, 3]),
      },
    });
    expect(d).toBeDefined();
    const { Thumbnail, ...rest } = d!;
    expect(rest).toEqual({
      Name: 'SKETCH',
      Tint: 'dark-blue',
      Scale: '2.50',
      Created: '2024-02-29T10:00:00Z',
      Origin: { X: 3, Y: 4 },
      Path: [{ X: 3, Y: 4 }, { X: 1, Y: 2, Label: 'a' }],
      Tags: ['C', 'a', 'b'],
    });
    expect([...(Thumbnail ?? [])]).toEqual([3, 2, 1]);
  });
});

describe.skipIf(!bed.enabled)('Encoded.asmx through a client generated from its help page alone', () => {
  it('calls Redraw with the types the page names (xsi:type from the samples, none for the anonymous part)', async () => {
    const page = readFileSync(new URL('./snapshots/Encoded.Redraw.Soap.msg.html', import.meta.url), 'utf8');
    const { dir } = await inlinePackage({ 'Encoded.Redraw.Soap.msg.html': page }, 'EncodedPage');
    const pkg = (await import(join(dir, 'client.ts'))) as { createClient(o: { endpoint: string }): { redraw(input: unknown): Promise<unknown> } };
    const client = pkg.createClient({ endpoint: `${bed.baseUrl}/Encoded.asmx` });
    const d = (await client.redraw({ d: { Name: 'page', Tint: 'Red', Scale: 3, Created: '2024-01-31T00:00:00Z', Path: [{ X: 5, Y: 6 }], Tags: ['z', 'y'] } })) as Record<string, unknown>;
    expect(d).toMatchObject({ Name: 'PAGE', Tint: 'Green', Scale: '6', Created: '2024-02-01T00:00:00Z', Origin: { X: 5, Y: 6 }, Path: [{ X: 5, Y: 6 }], Tags: ['y', 'z'] });
  }, 60_000);
});

/**
 * How ASP.NET answers HTTP GET/POST for an rpc/encoded (`[SoapRpcService]`) service: not SOAP
 * encoding but XmlSerializer's document shape, `<ArrayOfString xmlns="{tns}literalTypes">` with
 * `<string>` items. A client generated from the service's own help page reads it over every
 * protocol the page shows.
 */
describe.skipIf(!bed.enabled)('Encoded.asmx HTTP GET/POST answers (rpc/encoded service)', () => {
  const LITERAL = 'http://svcgen.test/encoded/literalTypes';

  it('are the document shape: root ArrayOfString in the literal types namespace, <string> items, no SOAP encoding', async () => {
    const answers = [
      await fetch(`${bed.baseUrl}/Encoded.asmx/Split?text=${encodeURIComponent('a b c')}`),
      await fetch(`${bed.baseUrl}/Encoded.asmx/Split`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'text=a+b+c' }),
    ];
    for (const res of answers) {
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/xml/);
      const body = await res.text();
      expect(body).toMatch(new RegExp(`<ArrayOfString [^>]*xmlns="${LITERAL.replace(/[./]/g, '\\$&')}"`));
      expect([...body.matchAll(/<string>([^<]*)<\/string>/g)].map((m) => m[1])).toEqual(['a', 'b', 'c']);
      expect(body).not.toMatch(/arrayType|<Item\b|href=/);
    }
  });

  it('give a record result its members in the root\'s namespace (qualified, where SOAP encoding leaves them unqualified)', async () => {
    const body = await (await fetch(`${bed.baseUrl}/Encoded.asmx/Locate?x=1&y=2&label=p`)).text();
    expect(body).toMatch(new RegExp(`<Point [^>]*xmlns="${LITERAL.replace(/[./]/g, '\\$&')}"[^>]*>\\s*<X>1</X>\\s*<Y>2</Y>\\s*<Label>p</Label>\\s*</Point>`));
    const page = await (await fetch(`${bed.baseUrl}/Encoded.asmx?page=op&tab=msg&op=Locate&bnd=EncodedSoap`)).text();
    const { dir } = await inlinePackage({ 'Encoded.Locate.Soap.msg.html': page }, 'EncodedLocate');
    const pkg = (await import(join(dir, 'client.ts'))) as { createClient(o: { endpoint: string; protocol: string }): { locate(input: unknown): Promise<unknown> } };
    for (const protocol of ['soap11', 'http-get', 'http-post']) {
      const client = pkg.createClient({ endpoint: `${bed.baseUrl}/Encoded.asmx`, protocol });
      expect(await client.locate({ x: 3, y: -4, label: 'q' }), protocol).toEqual({ X: 3, Y: -4, Label: 'q' });
    }
  }, 60_000);

  it('are read by a client generated from the service\'s help page, as SOAP is', async () => {
    const page = await (await fetch(`${bed.baseUrl}/Encoded.asmx?page=op&tab=msg&op=Split&bnd=EncodedSoap`)).text();
    const { dir } = await inlinePackage({ 'Encoded.Split.Soap.msg.html': page }, 'EncodedSplit');
    const pkg = (await import(join(dir, 'client.ts'))) as { createClient(o: { endpoint: string; protocol: string }): { split(input: unknown): Promise<unknown> } };
    for (const protocol of ['soap11', 'http-get', 'http-post']) {
      const client = pkg.createClient({ endpoint: `${bed.baseUrl}/Encoded.asmx`, protocol });
      expect(await client.split({ text: 'x yz' }), protocol).toEqual(['x', 'yz']);
    }
  }, 60_000);
});
