import { describe, expect, it } from 'vitest';
import { ResponseError } from '../../templates/runtime/errors.js';
import { soapEnvelopeText } from '../../templates/runtime/mime.js';
import type { OperationDesc, TypeDesc } from '../../templates/runtime/schema.js';
import { readSoapResponse } from '../../templates/runtime/soap.js';

/** Response roots the client must accept (rpc wrapper names, misdeclared namespaces) and multipart bodies. */

const NS = 'urn:example';
const out: TypeDesc = { kind: 'complex', name: 'EchoResponse', fields: [{ key: 'return', ns: '', type: 'string' }] };
const op = (style: 'rpc' | 'document'): OperationDesc => ({
  name: 'Echo',
  protocols: ['soap11'],
  style,
  input: { name: 'Echo', ns: NS, type: { kind: 'complex', name: 'Echo', fields: [] } },
  output: { name: 'EchoResponse', ns: NS, type: out },
  returns: 'object',
});
const env = (root: string) =>
  `<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body>${root}</s:Body></s:Envelope>`;

describe('response root', () => {
  it('rpc: accepts a wrapper not named {op}Response (WSDL 1.1 §3.5 does not fix it)', () => {
    const r = readSoapResponse('soap11', op('rpc'), env(`<m:Echo xmlns:m="${NS}"><return>hi</return></m:Echo>`), 200, 'text/xml');
    expect(r.value).toEqual({ return: 'hi' });
  });

  it('document: refuses the declared name in another namespace or in none, and another name', () => {
    const r = readSoapResponse('soap11', op('document'), env(`<m:EchoResponse xmlns:m="${NS}"><return>hi</return></m:EchoResponse>`), 200, 'text/xml');
    expect(r.value).toEqual({ return: 'hi' });
    for (const root of ['<EchoResponse><return>hi</return></EchoResponse>', '<EchoResponse xmlns="urn:other"><return>hi</return></EchoResponse>', `<Other xmlns="${NS}"/>`]) {
      expect(() => readSoapResponse('soap11', op('document'), env(root), 200, 'text/xml'), root).toThrow(ResponseError);
    }
    expect(() => readSoapResponse('soap11', op('document'), env('<EchoResponse xmlns="urn:other"/>'), 200, 'text/xml')).toThrow(
      /unexpected body element <EchoResponse> in urn:other, expected <EchoResponse> in urn:example/,
    );
  });

  it('rpc: refuses a wrapper in another namespace than soap:body names', () => {
    expect(() => readSoapResponse('soap11', op('rpc'), env('<m:Echo xmlns:m="urn:other"><return>hi</return></m:Echo>'), 200, 'text/xml')).toThrow(ResponseError);
  });
});

describe('multipart responses', () => {
  const root = env(`<m:EchoResponse xmlns:m="${NS}"><return>hi</return></m:EchoResponse>`);
  const body = (b: string) => `--${b}\r\nContent-Type: text/plain\r\nContent-ID: <att>\r\n\r\nnot xml\r\n--${b}\r\nContent-Type: application/xop+xml; type="text/xml"\r\nContent-ID: <root.1>\r\n\r\n${root}\r\n--${b}--\r\n`;

  it('reads the part named by start= of a multipart/related content type', () => {
    const ct = 'multipart/related; type="application/xop+xml"; boundary="uuid:1"; start="<root.1>"';
    expect(soapEnvelopeText(body('uuid:1'), ct)).toBe(root);
    expect(readSoapResponse('soap11', op('document'), body('uuid:1'), 200, ct).value).toEqual({ return: 'hi' });
  });

  it('reads the first part of a MIME body labelled text/xml', () => {
    const text = `\n--B\nContent-Type: text/xml\n\n${root}\n--B\nContent-Type: image/tiff\n\n...\n--B--\n`;
    expect(soapEnvelopeText(text, 'text/xml')).toBe(root);
  });

  it('leaves an XML body alone', () => {
    expect(soapEnvelopeText(root, 'multipart/related')).toBe(root);
    expect(soapEnvelopeText(root, 'text/xml')).toBe(root);
  });
});
