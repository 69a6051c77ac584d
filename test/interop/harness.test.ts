/**
 * Smoke test of the interop test bed: the sample requests printed on the seed help pages, with
 * the placeholders replaced by real values, are sent to the Mono services and the answers checked.
 */
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedPath, type SeedName } from '../helpers/data.js';
import { clearCalls, interopBed, lastCall } from './env.js';

const bed = interopBed();

/** The n-th `<?xml …</…:Envelope>` sample of a help page text. */
function sampleEnvelope(seedFile: SeedName, index: number): string {
  const text = readFileSync(seedPath(seedFile), 'utf8');
  const samples = text.match(/<\?xml[\s\S]*?<\/soap(?:12)?:Envelope>/g) ?? [];
  const sample = samples[index];
  if (sample === undefined) throw new Error(`no sample #${index} in ${seedFile}`);
  return sample;
}

/** Replaces each `<name>placeholder</name>` of the sample by the value given for `name`. */
function fill(sample: string, values: Record<string, string>): string {
  return sample.replace(/<(\w+)>(string|int|decimal|dateTime)<\/\1>/g, (whole: string, name: string) => {
    const v = values[name];
    if (v === undefined) throw new Error(`no value for ${name}`);
    return `<${name}>${v}</${name}>`;
  });
}

const parser = new XMLParser({ removeNSPrefix: true, ignoreAttributes: false, parseTagValue: false });

function body(xml: string): Record<string, unknown> {
  const doc = parser.parse(xml) as { Envelope?: { Body?: Record<string, unknown> } };
  const b = doc.Envelope?.Body;
  if (b === undefined) throw new Error(`not a SOAP envelope: ${xml.slice(0, 200)}`);
  return b;
}

const PLUSVENTA_VALUES = {
  username: 'jdoe',
  interactionTemplateCode: 'TPL-01',
  contactCode: 'C-42',
  evaluation: '4',
  duration: '12.50',
  description: 'First visit',
  comments: 'Caf\u00e9 &amp; "quotes"',
  interactionDateTime: '2024-05-06 07:08:09',
  locationLatitude: '-34.6037',
  locationLongitude: '-58.3816',
  locationAddress: 'Av. Corrientes 1234',
};

async function postSoap11(path: string, action: string, envelope: string): Promise<Response> {
  return fetch(`${bed.baseUrl}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'text/xml; charset=utf-8', SOAPAction: `"${action}"` },
    body: envelope,
  });
}

async function postSoap12(path: string, envelope: string): Promise<Response> {
  return fetch(`${bed.baseUrl}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/soap+xml; charset=utf-8' },
    body: envelope,
  });
}

describe.skipIf(!bed.enabled)('interop test bed (Mono ASMX behind nginx)', () => {
  beforeAll(async () => {
    await clearCalls(bed.baseUrl, 'plusventa');
  });

  it('serves the WSDL of both seed services', async () => {
    for (const [path, op] of [
      ['/PlusventaServiceV2.asmx?wsdl', 'CreateInteraction'],
      ['/semp/TPClientWebServicesAPI.asmx?wsdl', 'GetChatRequestByConnectionId'],
    ] as const) {
      const res = await fetch(bed.baseUrl + path);
      expect(res.status).toBe(200);
      const wsdl = await res.text();
      expect(wsdl).toContain('targetNamespace="http://tempuri.org/"');
      expect(wsdl).toContain(`<wsdl:operation name="${op}">`);
    }
  });

  it('accepts the seed-000 SOAP 1.1 sample and records every value', async () => {
    const envelope = fill(sampleEnvelope('000_18db1e799f7d8e75.txt', 0), PLUSVENTA_VALUES);
    const res = await postSoap11('/PlusventaServiceV2.asmx', 'http://tempuri.org/CreateInteraction', envelope);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/xml/);
    const b = body(await res.text());
    expect(b).toHaveProperty('CreateInteractionResponse');
    const call = await lastCall(bed.baseUrl, 'plusventa');
    expect(call?.protocol).toBe('Soap11');
    expect(call?.soapAction).toBe('"http://tempuri.org/CreateInteraction"');
    expect(call?.values).toEqual({ ...PLUSVENTA_VALUES, comments: 'Caf\u00e9 & "quotes"' });
  });

  it('accepts the seed-000 sample over HTTP GET and HTTP POST', async () => {
    const form = new URLSearchParams({ ...PLUSVENTA_VALUES, username: 'form-user', duration: '0.125' });
    const get = await fetch(`${bed.baseUrl}/PlusventaServiceV2.asmx/CreateInteraction?${form.toString()}`);
    expect(get.status).toBe(200);
    expect((await lastCall(bed.baseUrl, 'plusventa'))?.protocol).toBe('HttpGet');
    const post = await fetch(`${bed.baseUrl}/PlusventaServiceV2.asmx/CreateInteraction`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
    });
    expect(post.status).toBe(200);
    const call = await lastCall(bed.baseUrl, 'plusventa');
    expect(call?.protocol).toBe('HttpPost');
    expect(call?.values.duration).toBe('0.125');
    expect(call?.values.username).toBe('form-user');
  });

  it('answers the seed-003 SOAP 1.2 sample with the documented structure', async () => {
    const envelope = fill(sampleEnvelope('003_2ef636b388e450eb.txt', 2), {
      PublicKey1: 'pk-1',
      EncryptedUser: 'alice',
      EncryptedPassword: 's3cret',
      EncryptedSignature: 'sig-xyz',
      ChatConnectionIDBD: '12345',
    });
    expect(envelope).toContain('http://www.w3.org/2003/05/soap-envelope');
    const res = await postSoap12('/semp/TPClientWebServicesAPI.asmx', envelope);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/soap\+xml/);
    const b = body(await res.text()) as {
      GetChatRequestByConnectionIdResponse: {
        GetChatRequestByConnectionIdResult: { response: Record<string, string>; ChatRequest: Record<string, string> };
      };
    };
    const result = b.GetChatRequestByConnectionIdResponse.GetChatRequestByConnectionIdResult;
    expect(result.response).toEqual({ responseCode: '5', responseDescription: 'pk-1', encryptedSymmetrickey: 'sig-xyz' });
    expect(Object.keys(result.ChatRequest)).toEqual([
      'IdRequest', 'CaseNumber', 'CreationDate', 'IdQueue', 'KeepAliveRouterDate', 'AssignAgentRouterDate',
      'IdConnection', 'IdRequestTransfer', 'UserName', 'UserLastName', 'UserEmail', 'UserOffsetTime',
      'EncryptedChatRequestId',
    ]);
    expect(result.ChatRequest.IdRequest).toBe('12345');
    expect(result.ChatRequest.CreationDate).toBe('2024-05-06T07:08:09');
    expect(result.ChatRequest.UserName).toBe('alice');
    expect(result.ChatRequest.IdQueue).toBe('6');
  });

  it('returns a SOAP 1.1 fault with the known code and detail', async () => {
    const envelope = fill(sampleEnvelope('000_18db1e799f7d8e75.txt', 0), { ...PLUSVENTA_VALUES, username: 'fault' });
    const res = await postSoap11('/PlusventaServiceV2.asmx', 'http://tempuri.org/CreateInteraction', envelope);
    expect(res.status).toBe(500);
    const fault = body(await res.text()).Fault as Record<string, unknown>;
    expect(fault.faultcode).toBe('soap:Client');
    expect(fault.faultstring).toBe("Interaction rejected for user 'fault'");
    expect(fault.detail).toMatchObject({ InteropFault: { Code: 'PLUSVENTA_FAULT' } });
  });

  it('returns a SOAP 1.2 fault (Sender) for the seed-003 service', async () => {
    const envelope = fill(sampleEnvelope('003_2ef636b388e450eb.txt', 2), {
      PublicKey1: 'a', EncryptedUser: 'b', EncryptedPassword: 'c', EncryptedSignature: 'd', ChatConnectionIDBD: 'fault',
    });
    const res = await postSoap12('/semp/TPClientWebServicesAPI.asmx', envelope);
    expect(res.status).toBe(500);
    const fault = body(await res.text()).Fault as { Code: { Value: string }; detail: unknown };
    expect(fault.Code.Value).toMatch(/:Sender$/);
    expect(fault.detail).toMatchObject({ InteropFault: { Code: 'TP_FAULT' } });
  });
});
