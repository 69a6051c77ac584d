import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invalidXmlCharIndex } from '../../templates/runtime/codec.js';
import type { OperationDesc } from '../../templates/runtime/schema.js';
import { buildSoapRequest, readSoapResponse } from '../../templates/runtime/soap.js';
import { validateValue } from '../../templates/runtime/validate.js';
import { XmlReader } from '../../templates/runtime/xml-reader.js';
import { writeElement, XSI_NS } from '../../templates/runtime/xml-writer.js';
import { ChatListResult, getChatOp, TNS } from './descriptors.js';

/** Any string XML 1.0 can carry (controls, astral characters, markup, `]]>`, CR/LF, spaces). */
const xmlString = fc
  .oneof(
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.string({ unit: fc.constantFrom('<', '>', '&', ']', '"', "'", '\r', '\n', '\t', ' ', 'a', '🎉', '\u0085', '\u2028'), maxLength: 20 }),
  )
  .filter((s) => invalidXmlCharIndex(s) < 0);

const int32 = fc.integer({ min: -2147483648, max: 2147483647 });

const dateTime = fc
  .tuple(fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }), fc.constantFrom('Z', '', '+05:30', '-03:00'))
  .map(([d, zone]) => d.toISOString().slice(0, -1) + zone);

const chatRequest = fc.record(
  {
    IdRequest: int32,
    CaseNumber: int32,
    CreationDate: dateTime,
    IdQueue: int32,
    KeepAliveRouterDate: dateTime,
    AssignAgentRouterDate: dateTime,
    IdConnection: int32,
    IdRequestTransfer: int32,
    UserName: xmlString,
    UserLastName: xmlString,
    UserEmail: xmlString,
    UserOffsetTime: int32,
    EncryptedChatRequestId: xmlString,
  },
  {
    requiredKeys: ['IdRequest', 'CaseNumber', 'CreationDate', 'IdQueue', 'KeepAliveRouterDate', 'AssignAgentRouterDate', 'IdConnection', 'IdRequestTransfer', 'UserOffsetTime'],
  },
);

const responseInfo = fc.record(
  { responseCode: int32, responseDescription: xmlString, encryptedSymmetrickey: xmlString },
  { requiredKeys: ['responseCode'] },
);

const chatResponse = fc.record(
  { GetChatRequestByConnectionIdResult: fc.record({ response: responseInfo, ChatRequest: chatRequest }, { requiredKeys: [] }) },
  { requiredKeys: [] },
);

/** A SOAP response envelope written by the runtime's own writer for a response value. */
function envelope(version: 'soap11' | 'soap12', op: OperationDesc, value: unknown): string {
  const ns = version === 'soap12' ? 'http://www.w3.org/2003/05/soap-envelope' : 'http://schemas.xmlsoap.org/soap/envelope/';
  const out = op.output!;
  return `<?xml version="1.0" encoding="utf-8"?><s:Envelope xmlns:s="${ns}" xmlns:xsi="${XSI_NS}"><s:Body>${writeElement(out.name, out.ns ?? '', out.type, value, { xsiDeclared: true })}</s:Body></s:Envelope>`;
}

describe('round trips (property)', () => {
  it('any valid seed-003 response value round-trips exactly through write + read', () => {
    fc.assert(
      fc.property(chatResponse, fc.constantFrom('soap11' as const, 'soap12' as const), (value, version) => {
        expect(validateValue(getChatOp.output!.type, value, 'response')).toEqual([]);
        const { value: back } = readSoapResponse(version, getChatOp, envelope(version, getChatOp, value), 200, 'text/xml');
        expect(back).toEqual(value);
      }),
      { numRuns: 300 },
    );
  });

  it('any valid request string survives the SOAP request envelope', () => {
    const req = fc.record(
      { PublicKey1: xmlString, EncryptedUser: xmlString, EncryptedPassword: xmlString, EncryptedSignature: xmlString, ChatConnectionIDBD: xmlString },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(req, (value) => {
        const { body } = buildSoapRequest('soap11', getChatOp, value);
        const r = new XmlReader(body);
        r.prolog();
        const env = r.open();
        const bodyEl = r.first(env)!;
        const root = r.first(bodyEl)!;
        expect(r.value(root, getChatOp.input.type)).toEqual(value);
      }),
      { numRuns: 200 },
    );
  });

  it('arrays (repeated and wrapped, empty or not) round-trip', () => {
    const list = fc.record(
      {
        response: responseInfo,
        ChatRequest: fc.array(chatRequest, { maxLength: 4 }),
        Ids: fc.array(int32, { maxLength: 5 }),
      },
      { requiredKeys: ['ChatRequest'] },
    );
    fc.assert(
      fc.property(list, (value) => {
        const xml = writeElement('R', TNS, ChatListResult, value);
        const r = new XmlReader(xml);
        r.prolog();
        expect(r.value(r.open(), ChatListResult)).toEqual(value);
      }),
      { numRuns: 200 },
    );
  });

  it('doubles round-trip exactly', () => {
    fc.assert(
      fc.property(fc.double(), (n) => {
        const r = new XmlReader(writeElement('d', '', 'double', n));
        r.prolog();
        expect(Object.is(r.value(r.open(), 'double'), n)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
