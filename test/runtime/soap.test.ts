import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { ResponseError, SoapFaultError, ValidationError } from '../../templates/runtime/errors.js';
import type { OperationDesc } from '../../templates/runtime/schema.js';
import { buildSoapRequest, readSoapResponse } from '../../templates/runtime/soap.js';
import { chatEnvelope11, createInteractionOp, getChatOp, TNS } from './descriptors.js';

const request = { PublicKey1: 'k1', EncryptedUser: 'u&<', EncryptedPassword: 'p', EncryptedSignature: 's', ChatConnectionIDBD: 'c' };

function caught(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected an error');
}

describe('buildSoapRequest', () => {
  it('builds the SOAP 1.1 envelope and headers of the help page sample', () => {
    const { body, headers } = buildSoapRequest('soap11', getChatOp, request);
    expect(headers).toEqual({ 'Content-Type': 'text/xml; charset=utf-8', SOAPAction: '"http://tempuri.org/GetChatRequestByConnectionId"' });
    const doc = new XMLParser({ ignoreAttributes: false }).parse(body) as Record<string, Record<string, Record<string, Record<string, unknown>>>>;
    const env = doc['soap:Envelope'];
    expect(env['@_xmlns:soap']).toBe('http://schemas.xmlsoap.org/soap/envelope/');
    expect(env['@_xmlns:xsi']).toBe('http://www.w3.org/2001/XMLSchema-instance');
    expect(env['@_xmlns:xsd']).toBe('http://www.w3.org/2001/XMLSchema');
    const root = env['soap:Body'].GetChatRequestByConnectionId;
    expect(root['@_xmlns']).toBe(TNS);
    expect(root.EncryptedUser).toBe('u&<');
    expect(Object.keys(root).filter((k) => !k.startsWith('@_'))).toEqual([
      'PublicKey1',
      'EncryptedUser',
      'EncryptedPassword',
      'EncryptedSignature',
      'ChatConnectionIDBD',
    ]);
  });

  it('builds the SOAP 1.2 envelope with the action parameter', () => {
    const { body, headers } = buildSoapRequest('soap12', createInteractionOp, { evaluation: 5, duration: '1.50' });
    expect(headers).toEqual({ 'Content-Type': 'application/soap+xml; charset=utf-8; action="http://tempuri.org/CreateInteraction"' });
    expect(body).toContain('xmlns:soap12="http://www.w3.org/2003/05/soap-envelope"');
    expect(body).toContain('<soap12:Body><CreateInteraction xmlns="http://tempuri.org/"><evaluation>5</evaluation><duration>1.50</duration></CreateInteraction></soap12:Body>');
  });

  it('always quotes SOAPAction, also when empty', () => {
    const op: OperationDesc = { ...createInteractionOp, action: undefined };
    expect(buildSoapRequest('soap11', op, { evaluation: 1, duration: 1 }).headers.SOAPAction).toBe('""');
  });

  it('writes header blocks keyed by local name and rejects bad values before sending', () => {
    const op: OperationDesc = {
      ...getChatOp,
      headersIn: [
        {
          name: 'AuthHeader',
          ns: TNS,
          type: { kind: 'complex', name: 'AuthHeader', fields: [{ key: 'User', type: 'string' }, { key: 'Token', type: 'string' }] },
        },
      ],
    };
    const { body } = buildSoapRequest('soap11', op, request, { AuthHeader: { User: 'u', Token: 't' }, Other: 1 });
    expect(body).toContain('<soap:Header><AuthHeader xmlns="http://tempuri.org/"><User>u</User><Token>t</Token></AuthHeader></soap:Header>');
    const err = caught(() => buildSoapRequest('soap11', op, request, { AuthHeader: { User: 'u\u0001', Token: 't' } }));
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).problems[0].path).toBe('soapHeaders.AuthHeader.User');
  });
});

describe('readSoapResponse', () => {
  it('reads the whole response object of the help page sample', () => {
    const xml = chatEnvelope11('<response><responseCode>0</responseCode></response>');
    const { value, soapHeaders } = readSoapResponse('soap11', getChatOp, xml, 200, 'text/xml; charset=utf-8');
    expect(value).toEqual({ GetChatRequestByConnectionIdResult: { response: { responseCode: 0 } } });
    expect(soapHeaders).toEqual({});
  });

  it('reads a SOAP 1.2 envelope with other prefixes and a response header', () => {
    const op: OperationDesc = { ...getChatOp, headersOut: [{ name: 'Session', ns: 'urn:s', type: 'string' }] };
    const xml = `<e:Envelope xmlns:e="http://www.w3.org/2003/05/soap-envelope"><e:Header><s:Session xmlns:s="urn:s">abc</s:Session><x:Other xmlns:x="urn:x"/></e:Header>
      <e:Body><t:GetChatRequestByConnectionIdResponse xmlns:t="${TNS}"><t:GetChatRequestByConnectionIdResult/></t:GetChatRequestByConnectionIdResponse></e:Body></e:Envelope>`;
    const res = readSoapResponse('soap12', op, xml, 200, 'application/soap+xml');
    expect(res.value).toEqual({ GetChatRequestByConnectionIdResult: {} });
    expect(res.soapHeaders).toEqual({ Session: 'abc' });
  });

  it('reads the void response', () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><CreateInteractionResponse xmlns="${TNS}" /></soap:Body></soap:Envelope>`;
    expect(readSoapResponse('soap11', createInteractionOp, xml, 200, 'text/xml').value).toEqual({});
  });

  it('turns a SOAP 1.1 fault into SoapFaultError with code, string, actor and raw detail', () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><soap:Fault>
      <faultcode>soap:Client</faultcode><faultstring>System.Web.Services.Protocols.SoapException: Bad &lt;id&gt;</faultstring>
      <faultactor>http://host/svc.asmx</faultactor><detail><InteropFault xmlns="http://svcgen.test/interop/fault"><Code>E1</Code><Message>m</Message></InteropFault></detail>
    </soap:Fault></soap:Body></soap:Envelope>`;
    const err = caught(() => readSoapResponse('soap11', getChatOp, xml, 500, 'text/xml')) as SoapFaultError;
    expect(err).toBeInstanceOf(SoapFaultError);
    expect(err.code).toBe('SOAP_FAULT');
    expect(err.faultCode).toBe('soap:Client');
    expect(err.faultString).toBe('System.Web.Services.Protocols.SoapException: Bad <id>');
    expect(err.actor).toBe('http://host/svc.asmx');
    expect(err.detail).toBe('<InteropFault xmlns="http://svcgen.test/interop/fault"><Code>E1</Code><Message>m</Message></InteropFault>');
    expect(err.soapVersion).toBe('soap11');
    expect(err.status).toBe(500);
    expect(err.message).not.toMatch(/received for a/);
  });

  it('turns a SOAP 1.2 fault into SoapFaultError with subcodes, reason and role, and notes a version mismatch', () => {
    const xml = `<soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope"><soap:Body><soap:Fault>
      <soap:Code><soap:Value>soap:Sender</soap:Value><soap:Subcode><soap:Value>a:One</soap:Value><soap:Subcode><soap:Value>a:Two</soap:Value></soap:Subcode></soap:Subcode></soap:Code>
      <soap:Reason><soap:Text xml:lang="en">Server was unable to read request.</soap:Text></soap:Reason>
      <soap:Role>urn:role</soap:Role><soap:Detail><d>1</d></soap:Detail></soap:Fault></soap:Body></soap:Envelope>`;
    const err = caught(() => readSoapResponse('soap11', getChatOp, xml, 400, 'application/soap+xml')) as SoapFaultError;
    expect(err).toBeInstanceOf(SoapFaultError);
    expect(err.faultCode).toBe('soap:Sender');
    expect(err.subcodes).toEqual(['a:One', 'a:Two']);
    expect(err.reason).toBe('Server was unable to read request.');
    expect(err.role).toBe('urn:role');
    expect(err.detail).toBe('<d>1</d>');
    expect(err.soapVersion).toBe('soap12');
    expect(err.message).toMatch(/SOAP 1\.2 fault received for a SOAP 1\.1 request/);
  });

  it.each([
    ['not XML', 'Internal error', /no root element|text before/],
    ['HTML', '<html><body>Error</body></html>', /unexpected root element <html>/],
    ['truncated', chatEnvelope11('<response><responseCode>0</responseCode>').slice(0, 300), /truncated/],
    ['wrong body element', chatEnvelope11('').replace(/GetChatRequestByConnectionIdResponse/g, 'OtherResponse'), /unexpected body element <OtherResponse>/],
    ['missing required element', chatEnvelope11('<response/>'), /missing required element responseCode at GetChatRequestByConnectionIdResponse\/GetChatRequestByConnectionIdResult\/response/],
  ])('%s -> ResponseError', (_n, text, message) => {
    const err = caught(() => readSoapResponse('soap11', getChatOp, text, 200, 'text/xml')) as ResponseError;
    expect(err).toBeInstanceOf(ResponseError);
    expect(err.message).toMatch(message);
    expect(err.status).toBe(200);
    expect(err.snippet.length).toBeLessThanOrEqual(201);
  });

  it('refuses an HTML content type', () => {
    expect(() => readSoapResponse('soap11', getChatOp, chatEnvelope11(''), 200, 'text/html; charset=utf-8')).toThrow(/content type text\/html/);
  });
});
