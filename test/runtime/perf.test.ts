import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { OperationDesc } from '../../templates/runtime/schema.js';
import { buildSoapRequest, readSoapResponse } from '../../templates/runtime/soap.js';
import { writeElement } from '../../templates/runtime/xml-writer.js';
import { ChatListResult, getChatOp, sampleChat, TNS } from './descriptors.js';

/** Throughput figures (printed, not asserted): the runtime against fast-xml-parser on the same data. */

const listOp: OperationDesc = {
  ...getChatOp,
  output: {
    name: 'GetChatRequestByConnectionIdResponse',
    ns: TNS,
    type: { kind: 'complex', name: 'R', fields: [{ key: 'GetChatRequestByConnectionIdResult', ns: TNS, type: ChatListResult }] },
  },
};

function time(fn: () => void, rounds: number): number {
  fn();
  const t0 = performance.now();
  for (let i = 0; i < rounds; i++) fn();
  return (performance.now() - t0) / rounds;
}

describe('throughput', () => {
  it('builds requests', () => {
    const input = { PublicKey1: 'key-1', EncryptedUser: 'user & co', EncryptedPassword: 'pässwörd', EncryptedSignature: 'sig', ChatConnectionIDBD: 'c-42' };
    const n = 20_000;
    const ours = time(() => {
      for (let i = 0; i < n; i++) buildSoapRequest('soap11', getChatOp, input);
    }, 3);
    const builder = new XMLBuilder({ ignoreAttributes: false });
    const ref = time(() => {
      for (let i = 0; i < n; i++) {
        builder.build({
          'soap:Envelope': { '@_xmlns:soap': 'http://schemas.xmlsoap.org/soap/envelope/', 'soap:Body': { GetChatRequestByConnectionId: { '@_xmlns': TNS, ...input } } },
        });
      }
    }, 3);
    console.log(`build request: ${((ours * 1000) / n).toFixed(2)} µs each; fast-xml-parser XMLBuilder ${((ref * 1000) / n).toFixed(2)} µs (x${(ref / ours).toFixed(1)})`);
    expect(buildSoapRequest('soap11', getChatOp, input).body).toContain('user &amp; co');
  });

  it('reads a large response', () => {
    const chats = Array.from({ length: 5000 }, (_, i) => sampleChat(i));
    const value = { GetChatRequestByConnectionIdResult: { response: { responseCode: 0 }, ChatRequest: chats, Ids: chats.map((_, i) => i) } };
    const out = listOp.output!;
    const xml = `<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>${writeElement(out.name, TNS, out.type, value)}</soap:Body></soap:Envelope>`;
    const mb = xml.length / 1e6;
    let result: unknown;
    const ours = time(() => {
      result = readSoapResponse('soap11', listOp, xml, 200, 'text/xml').value;
    }, 5);
    const parser = new XMLParser({ ignoreAttributes: false, removeNSPrefix: true });
    const ref = time(() => parser.parse(xml), 2);
    console.log(
      `read response: ${mb.toFixed(1)} MB in ${ours.toFixed(1)} ms (${(mb / (ours / 1000)).toFixed(0)} MB/s); fast-xml-parser parse ${ref.toFixed(1)} ms (x${(ref / ours).toFixed(1)})`,
    );
    expect(result).toEqual(value);
  });
});
