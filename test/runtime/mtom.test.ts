import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSoapRuntime } from '../../templates/runtime/client.js';
import { ResponseError, SoapFaultError } from '../../templates/runtime/errors.js';
import { readMultipart } from '../../templates/runtime/mtom.js';
import type { OperationDesc, ServiceDesc, TypeDesc } from '../../templates/runtime/schema.js';

/**
 * A local HTTP stub speaking MTOM the way WCF does (messageEncoding="Mtom"): responses are written
 * byte for byte from the test's script; requests are split with an independent parser (Buffer
 * operations) so what the client sends is checked on the wire.
 */

const TNS = 'http://tempuri.org/';
const XOP = 'http://www.w3.org/2004/08/xop/include';

const FileData: TypeDesc = {
  kind: 'complex',
  name: 'FileData',
  namespace: TNS,
  fields: [
    { key: 'Name', type: 'string', optional: true },
    { key: 'Content', type: 'base64Binary', optional: true },
    { key: 'Chunks', type: 'base64Binary', array: true, optional: true, item: { name: 'base64Binary' } },
  ],
};
const Echo: TypeDesc = { kind: 'complex', name: 'Echo', namespace: TNS, fields: [{ key: 'file', type: FileData, optional: true }] };
const EchoResponse: TypeDesc = { kind: 'complex', name: 'EchoResponse', namespace: TNS, fields: [{ key: 'EchoResult', type: FileData, optional: true }] };
const echoOp: OperationDesc = {
  name: 'Echo',
  action: 'http://tempuri.org/IFiles/Echo',
  protocols: ['soap11', 'soap12'],
  input: { name: 'Echo', ns: TNS, type: Echo },
  output: { name: 'EchoResponse', ns: TNS, type: EchoResponse },
  returns: 'result',
  resultKey: 'EchoResult',
};

/** Every byte value, the bytes of a delimiter-like line, and invalid UTF-8. */
const BINARY = Buffer.concat([
  Buffer.from(Array.from({ length: 256 }, (_, i) => i)),
  Buffer.from('\r\n--uuid:0f1e2d3c+id=\r\n\r\n--\r\n'),
  Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0x00, 0xed, 0xa0, 0x80]),
]);
const SMALL = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

interface Script {
  status?: number;
  headers: Record<string, string>;
  body: Buffer;
}

let server: Server;
let url: string;
let next: ((req: IncomingMessage, body: Buffer) => Script) | undefined;
const received: { headers: IncomingMessage['headers']; body: Buffer }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      received.push({ headers: req.headers, body });
      const s = next!(req, body);
      // No keep-alive: a connection the stub closes while idle (the CPU-bound test below can take
      // longer than the idle limit on a loaded machine) must not be reused by the next call.
      res.writeHead(s.status ?? 200, { ...s.headers, Connection: 'close' });
      res.end(s.body);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/Files.svc`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const service = (): ServiceDesc => ({ name: 'Files', endpoints: { soap11: url, soap12: url }, defaultProtocol: 'soap11' });

function envelope(inner: string, soap12 = false): string {
  const ns = soap12 ? 'http://www.w3.org/2003/05/soap-envelope' : 'http://schemas.xmlsoap.org/soap/envelope/';
  return `<s:Envelope xmlns:s="${ns}"><s:Body><EchoResponse xmlns="${TNS}"><EchoResult xmlns:i="http://www.w3.org/2001/XMLSchema-instance">${inner}</EchoResult></EchoResponse></s:Body></s:Envelope>`;
}

const include = (cid: string) => `<xop:Include href="cid:${cid}" xmlns:xop="${XOP}"/>`;

interface Part {
  headers: string[];
  body: Buffer;
}

/** A multipart body as WCF writes it: CRLF line ends, `--boundary` lines, closing `--boundary--`. */
function multipart(boundary: string, parts: Part[], eol = '\r\n'): Buffer {
  const out: Buffer[] = [];
  for (const p of parts) out.push(Buffer.from(`--${boundary}${eol}${p.headers.join(eol)}${eol}${eol}`), p.body, Buffer.from(eol));
  out.push(Buffer.from(`--${boundary}--${eol}`));
  return Buffer.concat(out);
}

/** Splits a multipart request with Buffer operations (an implementation independent of the runtime's). */
function splitMultipart(contentType: string, body: Buffer): { headers: Record<string, string>; body: Buffer }[] {
  const boundary = /boundary="([^"]+)"/.exec(contentType)![1];
  const delim = Buffer.from(`\r\n--${boundary}`);
  const first = Buffer.from(`--${boundary}\r\n`);
  expect(body.subarray(0, first.length).equals(first)).toBe(true);
  const parts: { headers: Record<string, string>; body: Buffer }[] = [];
  let at = first.length;
  for (;;) {
    const end = body.indexOf(delim, at);
    expect(end).toBeGreaterThan(0);
    const chunk = body.subarray(at, end);
    const split = chunk.indexOf('\r\n\r\n');
    const headers: Record<string, string> = {};
    for (const line of chunk.subarray(0, split).toString('latin1').split('\r\n')) {
      const i = line.indexOf(':');
      headers[line.slice(0, i).toLowerCase()] = line.slice(i + 1).trim();
    }
    parts.push({ headers, body: chunk.subarray(split + 4) });
    at = end + delim.length;
    if (body.subarray(at, at + 2).toString() === '--') break;
    at += 2;
  }
  return parts;
}

const WCF_BOUNDARY = 'uuid:0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0+id=7';

describe('MTOM responses', () => {
  it('reads WCF-shaped MTOM (binary parts, percent-encoded cid, repeated values) as the exact bytes', async () => {
    next = () => ({
      headers: {
        'Content-Type': `multipart/related; type="application/xop+xml"; start="<http://tempuri.org/0>"; boundary="${WCF_BOUNDARY}"; start-info="text/xml"`,
      },
      body: multipart(WCF_BOUNDARY, [
        {
          headers: ['Content-ID: <http://tempuri.org/0>', 'Content-Transfer-Encoding: 8bit', 'Content-Type: application/xop+xml;charset=utf-8;type="text/xml"'],
          body: Buffer.from(
            envelope(`<Chunks><base64Binary>${include('http%3A%2F%2Ftempuri.org%2F1%2F636')}</base64Binary><base64Binary>AQID</base64Binary></Chunks><Content>${include('http%3A%2F%2Ftempuri.org%2F1%2F635')}</Content><Name>naïve.bin</Name>`),
            'utf8',
          ),
        },
        { headers: ['Content-ID: <http://tempuri.org/1/635>', 'Content-Transfer-Encoding: binary', 'Content-Type: application/octet-stream'], body: BINARY },
        { headers: ['Content-ID: <http://tempuri.org/1/636>', 'Content-Transfer-Encoding: binary', 'Content-Type: application/octet-stream'], body: SMALL },
      ]),
    });
    const rt = createSoapRuntime(service(), {});
    const res = await rt.invoke(echoOp, {});
    const r = res.result as { Name: string; Content: Uint8Array; Chunks: Uint8Array[] };
    expect(r.Name).toBe('naïve.bin');
    expect(Buffer.from(r.Content).equals(BINARY)).toBe(true);
    expect(r.Chunks.map((c) => Buffer.from(c).toString('hex'))).toEqual([SMALL.toString('hex'), '010203']);
  });

  it('reads parts in any order, unquoted parameters, LF line ends and base64 parts; the root by start', async () => {
    const b = 'MIMEBoundary_ab12';
    next = () => ({
      headers: { 'Content-Type': `Multipart/Related; boundary=${b}; type=application/xop+xml; start=<root.part@axis>; start-info=text/xml` },
      body: multipart(
        b,
        [
          { headers: ['content-type: application/octet-stream', 'content-transfer-encoding: base64', 'content-id: <b64@axis>'], body: Buffer.from(SMALL.toString('base64')) },
          { headers: ['Content-Type: image/png', 'Content-Id:   <bin@axis>  '], body: BINARY },
          { headers: ['Content-Type: application/xop+xml; charset=UTF-8; type="text/xml"', 'Content-ID: <root.part@axis>'], body: Buffer.from(envelope(`<Content>${include('bin@axis')}</Content><Chunks><base64Binary>${include('b64@axis')}</base64Binary></Chunks>`)) },
        ],
        '\n',
      ),
    });
    const r = (await createSoapRuntime(service()).invoke(echoOp, {})).result as { Content: Uint8Array; Chunks: Uint8Array[] };
    expect(Buffer.from(r.Content).equals(BINARY)).toBe(true);
    expect(Buffer.from(r.Chunks[0]).equals(SMALL)).toBe(true);
  });

  it('reads a SOAP 1.2 MTOM fault and a root part in another charset', async () => {
    next = () => ({
      status: 500,
      headers: { 'Content-Type': `multipart/related; type="application/xop+xml"; boundary="${WCF_BOUNDARY}"; start-info="application/soap+xml"` },
      body: multipart(WCF_BOUNDARY, [
        {
          headers: ['Content-Type: application/xop+xml;charset=iso-8859-1;type="application/soap+xml"'],
          body: Buffer.from(
            `<s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope"><s:Body><s:Fault><s:Code><s:Value>s:Sender</s:Value></s:Code><s:Reason><s:Text xml:lang="de">Größe ungültig</s:Text></s:Reason></s:Fault></s:Body></s:Envelope>`,
            'latin1',
          ),
        },
      ]),
    });
    const e = await createSoapRuntime(service(), { protocol: 'soap12' }).invoke(echoOp, {}).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(SoapFaultError);
    expect((e as SoapFaultError).faultString).toBe('Größe ungültig');
  });

  it('an xop:Include naming no part, or outside MTOM, is a ResponseError, never an empty array', async () => {
    const root = { headers: ['Content-ID: <http://tempuri.org/0>', 'Content-Type: application/xop+xml;charset=utf-8;type="text/xml"'], body: Buffer.from(envelope(`<Content>${include('missing%40x')}</Content>`)) };
    next = () => ({ headers: { 'Content-Type': `multipart/related; type="application/xop+xml"; start="<http://tempuri.org/0>"; boundary="${WCF_BOUNDARY}"` }, body: multipart(WCF_BOUNDARY, [root]) });
    const e1 = await createSoapRuntime(service()).invoke(echoOp, {}).catch((x: unknown) => x);
    expect(e1).toBeInstanceOf(ResponseError);
    expect((e1 as Error).message).toContain('missing@x');
    next = () => ({ headers: { 'Content-Type': 'text/xml; charset=utf-8' }, body: Buffer.from(envelope(`<Content>${include('a@b')}</Content>`)) });
    const e2 = await createSoapRuntime(service()).invoke(echoOp, {}).catch((x: unknown) => x);
    expect(e2).toBeInstanceOf(ResponseError);
    expect((e2 as Error).message).toMatch(/not an MTOM/);
    next = () => ({ headers: { 'Content-Type': 'text/xml; charset=utf-8' }, body: Buffer.from(envelope(`<Content><other/></Content>`)) });
    expect(await createSoapRuntime(service()).invoke(echoOp, {}).catch((x: unknown) => x)).toBeInstanceOf(ResponseError);
  });

  it('a truncated multipart body or an unknown start part is a ResponseError', async () => {
    const full = multipart(WCF_BOUNDARY, [
      { headers: ['Content-ID: <r>'], body: Buffer.from(envelope(`<Content>${include('p')}</Content>`)) },
      { headers: ['Content-ID: <p>'], body: BINARY },
    ]);
    next = () => ({ headers: { 'Content-Type': `multipart/related; boundary="${WCF_BOUNDARY}"; start="<r>"` }, body: full.subarray(0, full.length - 30) });
    const e = await createSoapRuntime(service()).invoke(echoOp, {}).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ResponseError);
    expect((e as Error).message).toMatch(/closing boundary/);
    next = () => ({ headers: { 'Content-Type': `multipart/related; boundary="${WCF_BOUNDARY}"; start="<nope>"` }, body: full });
    expect(String(await createSoapRuntime(service()).invoke(echoOp, {}).catch((x: unknown) => x))).toMatch(/start Content-ID <nope>/);
  });

  it('readMultipart keeps backslash-escaped quotes of parameters and reads a body without a boundary parameter', () => {
    const body = multipart('b"q', [{ headers: ['Content-ID: <x>'], body: Buffer.from('<a/>') }]);
    expect(readMultipart(new Uint8Array(body), 'multipart/related; boundary="b\\"q"').text).toBe('<a/>');
    expect(readMultipart(new Uint8Array(body), 'multipart/related').text).toBe('<a/>');
  });
});

describe('MTOM parsing cost', () => {
  /**
   * Median time of `big` over median time of `small`, measured in alternation (5 rounds) so that
   * both see the same load on a shared machine.
   */
  function ratio(small: () => void, big: () => void): number {
    const a: number[] = [];
    const b: number[] = [];
    for (let i = 0; i < 5; i++) {
      for (const [f, out] of [
        [small, a],
        [big, b],
      ] as const) {
        const s = performance.now();
        f();
        out.push(performance.now() - s);
      }
    }
    const med = (x: number[]) => x.sort((p, q) => p - q)[2];
    return med(b) / Math.max(med(a), 0.5);
  }

  it('grows linearly with the number of parts and with binary bytes that look like delimiters', () => {
    const many = (n: number) =>
      new Uint8Array(
        multipart('b', [
          { headers: ['Content-ID: <r>'], body: Buffer.from('<a/>') },
          ...Array.from({ length: n }, (_, i) => ({ headers: [`Content-ID: <p${i}>`, 'Content-Transfer-Encoding: binary'], body: Buffer.from('-\r\n--c-\n-') })),
        ]),
      );
    const dashes = (n: number) => new Uint8Array(multipart('uuid:0f1e2d3c-4b5a', [{ headers: ['Content-ID: <r>'], body: Buffer.from('<a/>') }, { headers: ['Content-ID: <x>'], body: Buffer.from('\n--uuid:0f1e2d3c-4b5'.repeat(n)) }]));
    for (const [make, n, parts] of [
      [many, 5_000, (k: number) => k],
      [dashes, 200_000, () => 1],
    ] as const) {
      const small = make(n);
      const big = make(4 * n);
      expect(readMultipart(big, 'multipart/related; start="<r>"').attachments.size).toBe(parts(4 * n));
      // Linear: about 4; a quadratic reader would be near 16.
      expect(ratio(() => readMultipart(small, 'multipart/related'), () => readMultipart(big, 'multipart/related'))).toBeLessThan(10);
    }
  });
});

describe('MTOM requests (mtom: true)', () => {
  /** Echoes the request's parts back in an MTOM response, swapping their order. */
  function echo(req: IncomingMessage, body: Buffer): Script {
    const parts = splitMultipart(String(req.headers['content-type']), body);
    const [root, ...rest] = parts;
    const b = 'uuid:echo+id=1';
    return {
      headers: { 'Content-Type': `multipart/related; type="application/xop+xml"; start="<${root.headers['content-id'].slice(1, -1)}>"; boundary="${b}"` },
      body: multipart(b, [
        ...rest.reverse().map((p) => ({ headers: [`Content-ID: ${p.headers['content-id']}`, 'Content-Transfer-Encoding: binary'], body: p.body })),
        {
          headers: [`Content-ID: ${root.headers['content-id']}`, 'Content-Type: application/xop+xml; charset=utf-8; type="text/xml"'],
          body: Buffer.from(root.body.toString('utf8').replace(/<Echo xmlns="http:\/\/tempuri.org\/"><file>(.*)<\/file><\/Echo>/, '<EchoResponse xmlns="http://tempuri.org/"><EchoResult>$1</EchoResult></EchoResponse>')),
        },
      ]),
    };
  }

  it('sends base64Binary values as XOP parts, SOAP 1.1 and 1.2, and reads the echoed bytes back', async () => {
    next = echo;
    received.length = 0;
    const seen: string[] = [];
    const rt = createSoapRuntime(service(), { mtom: true, hooks: { onRequest: (c) => void seen.push(`${c.headers.get('content-type')}\n${c.body}`) } });
    const res = await rt.invoke(echoOp, { file: { Name: 'a', Content: new Uint8Array(BINARY), Chunks: [new Uint8Array(SMALL), new Uint8Array(0)] } });
    const r = res.result as { Content: Uint8Array; Chunks: Uint8Array[]; Name: string };
    expect(r.Name).toBe('a');
    expect(Buffer.from(r.Content).equals(BINARY)).toBe(true);
    expect(r.Chunks.map((c) => Buffer.from(c).toString('hex'))).toEqual([SMALL.toString('hex'), '']);

    const got = received[0];
    expect(got.headers['content-type']).toMatch(/^multipart\/related; type="application\/xop\+xml"; start="<[^>]+>"; start-info="text\/xml"; boundary="[^"]+"$/);
    expect(got.headers.soapaction).toBe('"http://tempuri.org/IFiles/Echo"');
    const parts = splitMultipart(String(got.headers['content-type']), got.body);
    expect(parts).toHaveLength(4);
    expect(parts[0].headers['content-type']).toBe('application/xop+xml; charset=utf-8; type="text/xml"');
    expect(`<${/start="<([^>]+)>"/.exec(String(got.headers['content-type']))![1]}>`).toBe(parts[0].headers['content-id']);
    const xml = parts[0].body.toString('utf8');
    const hrefs = [...xml.matchAll(/<xop:Include xmlns:xop="http:\/\/www.w3.org\/2004\/08\/xop\/include" href="cid:([^"]+)"\/>/g)].map((m) => decodeURIComponent(m[1]));
    expect(hrefs).toHaveLength(3);
    expect(hrefs.map((h) => `<${h}>`)).toEqual(parts.slice(1).map((p) => p.headers['content-id']));
    expect(parts[1].body.equals(BINARY)).toBe(true);
    expect(parts[2].body.equals(SMALL)).toBe(true);
    expect(parts[3].body).toHaveLength(0);
    expect(parts[1].headers['content-transfer-encoding']).toBe('binary');
    // onRequest saw the multipart content type and the XML root part.
    expect(seen[0]).toMatch(/^multipart\/related;[^\n]*\n<\?xml/);
    expect(seen[0]).toContain('<xop:Include');

    received.length = 0;
    const rt12 = createSoapRuntime(service(), { mtom: true, protocol: 'soap12' });
    next = (req, body) => {
      const s = echo(req, body);
      return { ...s, body: Buffer.from(s.body.toString('latin1').replace('http://schemas.xmlsoap.org/soap/envelope/', 'http://www.w3.org/2003/05/soap-envelope'), 'latin1') };
    };
    const r12 = (await rt12.invoke(echoOp, { file: { Content: new Uint8Array(SMALL) } })).result as { Content: Uint8Array };
    expect(Buffer.from(r12.Content).equals(SMALL)).toBe(true);
    const ct12 = String(received[0].headers['content-type']);
    expect(ct12).toContain('start-info="application/soap+xml"');
    expect(ct12).toContain('action="http://tempuri.org/IFiles/Echo"');
    expect(splitMultipart(ct12, received[0].body)[0].headers['content-type']).toBe('application/xop+xml; charset=utf-8; type="application/soap+xml; action=\\"http://tempuri.org/IFiles/Echo\\""');
  });

  it('without mtom, base64Binary is sent inline; the fetch option keeps working with MTOM', async () => {
    received.length = 0;
    next = () => ({ headers: { 'Content-Type': 'text/xml' }, body: Buffer.from(envelope('<Content>AQID</Content>')) });
    const viaFetch: string[] = [];
    const myFetch: typeof fetch = async (input, init) => {
      viaFetch.push(String(input));
      return fetch(input, init);
    };
    await createSoapRuntime(service(), { fetch: myFetch }).invoke(echoOp, { file: { Content: new Uint8Array([1, 2, 3]) } });
    expect(received[0].headers['content-type']).toBe('text/xml; charset=utf-8');
    expect(received[0].body.toString()).toContain('<Content>AQID</Content>');
    next = echo;
    const r = (await createSoapRuntime(service(), { fetch: myFetch, mtom: true }).invoke(echoOp, { file: { Content: new Uint8Array(BINARY) } })).result as { Content: Uint8Array };
    expect(Buffer.from(r.Content).equals(BINARY)).toBe(true);
    expect(viaFetch).toHaveLength(2);
  });
});
