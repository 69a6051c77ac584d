/**
 * End to end: the clients generated from the seed help pages (generated/plusventa from seed 000,
 * generated/tpclient from seed 003) call real ASMX services hosted by Mono, over every protocol
 * each page shows, and check the values that come back; plus a SOAP fault and a time-out.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createClient as createPlusventa, SoapFaultError as PlusventaFault } from '../../generated/plusventa/index.js';
import { createClient as createTp, SoapFaultError, type GetChatRequestByConnectionIdResult } from '../../generated/tpclient/index.js';
import { clearCalls, interopBed, lastCall } from './env.js';

const bed = interopBed();

const interaction = {
  username: 'ana',
  interactionTemplateCode: 'TPL-7',
  contactCode: 'C<&>"1',
  evaluation: 4,
  duration: '12.50',
  description: 'Línea 1\nLínea 2 ✓',
  comments: '',
  interactionDateTime: '2024-05-06T07:08:09',
  locationLatitude: '-34.6',
  locationLongitude: '-58.4',
  locationAddress: 'Av. Siempre Viva 742',
};

describe.skipIf(!bed.enabled)('PlusventaServiceV2 (seed 000) through its generated client', () => {
  beforeEach(() => clearCalls(bed.baseUrl, 'plusventa'));

  it.each([
    ['soap11', 'Soap11'],
    ['soap12', 'Soap12'],
    ['http-get', 'HttpGet'],
    ['http-post', 'HttpPost'],
  ] as const)('CreateInteraction over %s reaches the service with every value intact', async (protocol, seen) => {
    const client = createPlusventa({ endpoint: `${bed.baseUrl}/PlusventaServiceV2.asmx`, protocol });
    const result = await client.createInteraction(interaction);
    expect(result).toBeUndefined();
    const call = await lastCall(bed.baseUrl, 'plusventa');
    expect(call?.protocol).toBe(seen);
    expect(call?.values).toMatchObject({
      username: 'ana',
      interactionTemplateCode: 'TPL-7',
      contactCode: 'C<&>"1',
      evaluation: '4',
      duration: '12.50',
      description: 'Línea 1\nLínea 2 ✓',
      interactionDateTime: '2024-05-06T07:08:09',
      locationAddress: 'Av. Siempre Viva 742',
    });
  });

  it('sends bigint and number decimals exactly', async () => {
    const client = createPlusventa({ endpoint: `${bed.baseUrl}/PlusventaServiceV2.asmx` });
    await client.createInteraction({ ...interaction, duration: 12345678901234567890n });
    expect((await lastCall(bed.baseUrl, 'plusventa'))?.values.duration).toBe('12345678901234567890');
    await client.createInteraction({ ...interaction, duration: 0.25 });
    expect((await lastCall(bed.baseUrl, 'plusventa'))?.values.duration).toBe('0.25');
  });

  it('$raw gives the HTTP status and headers of a void operation', async () => {
    const client = createPlusventa({ endpoint: `${bed.baseUrl}/PlusventaServiceV2.asmx`, protocol: 'soap12' });
    const raw = await client.$raw.createInteraction(interaction);
    expect(raw.result).toBeUndefined();
    expect(raw.status).toBe(200);
    expect(raw.headers['content-type']).toMatch(/application\/soap\+xml/);
  });

  it.each(['soap11', 'soap12'] as const)('a SOAP fault over %s is a SoapFaultError with code, reason, actor and detail', async (protocol) => {
    const client = createPlusventa({ endpoint: `${bed.baseUrl}/PlusventaServiceV2.asmx`, protocol });
    const err = await client.createInteraction({ ...interaction, username: 'fault' }).catch((e: unknown) => e);
    // Each package ships its own runtime: the error is the plusventa package's class.
    expect(err).toBeInstanceOf(PlusventaFault);
    expect(err).not.toBeInstanceOf(SoapFaultError);
    const fault = err as PlusventaFault;
    expect(fault.code).toBe('SOAP_FAULT');
    expect(fault.faultCode).toMatch(protocol === 'soap11' ? /Client$/ : /Sender$/);
    expect(fault.faultString).toBe("Interaction rejected for user 'fault'");
    expect(fault.actor).toBe('http://tempuri.org/CreateInteraction');
    expect(fault.detail).toContain('PLUSVENTA_FAULT');
    expect(fault.status).toBe(500);
  });

  it('a time-out rejects with a TimeoutError (code TIMEOUT)', async () => {
    const client = createPlusventa({ endpoint: `${bed.baseUrl}/PlusventaServiceV2.asmx`, timeoutMs: 500 });
    const started = Date.now();
    const err = await client.createInteraction({ ...interaction, username: 'slow' }).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'TimeoutError', code: 'TIMEOUT', timeoutMs: 500 });
    expect(Date.now() - started).toBeLessThan(4000);
  });

  it('an abort signal cancels the call', async () => {
    const client = createPlusventa({ endpoint: `${bed.baseUrl}/PlusventaServiceV2.asmx` });
    const ctl = new AbortController();
    const pending = client.createInteraction({ ...interaction, username: 'slow' }, { signal: ctl.signal });
    setTimeout(() => ctl.abort(), 100);
    const err = await pending.catch((e: unknown) => e);
    expect((err as Error).name).toBe('AbortError');
  });
});

describe.skipIf(!bed.enabled)('TPClientWebServicesAPI (seed 003) through its generated client', () => {
  const input = { PublicKey1: 'pk-1', EncryptedUser: 'maria', EncryptedPassword: 'secret!', EncryptedSignature: 'sig==', ChatConnectionIDBD: '4711' };

  it.each(['soap11', 'soap12'] as const)('GetChatRequestByConnectionId over %s returns the typed result', async (protocol) => {
    const client = createTp({ endpoint: `${bed.baseUrl}/semp/TPClientWebServicesAPI.asmx`, protocol });
    const result: GetChatRequestByConnectionIdResult | undefined = await client.getChatRequestByConnectionId(input);
    expect(result).toEqual({
      response: { responseCode: 4, responseDescription: 'pk-1', encryptedSymmetrickey: 'sig==' },
      ChatRequest: {
        IdRequest: 4711,
        CaseNumber: 5711,
        CreationDate: '2024-05-06T07:08:09',
        IdQueue: 7,
        KeepAliveRouterDate: '2024-05-06T07:09:09',
        AssignAgentRouterDate: '2024-05-06T07:10:09Z',
        IdConnection: 5,
        IdRequestTransfer: 0,
        UserName: 'maria',
        UserLastName: 'secret!',
        UserEmail: 'maria@example.test',
        UserOffsetTime: -180,
        EncryptedChatRequestId: 'ECR-4711',
      },
    });
  });

  it('an absent optional record reads as absent, not as an empty object', async () => {
    const client = createTp({ endpoint: `${bed.baseUrl}/semp/TPClientWebServicesAPI.asmx` });
    const result = await client.getChatRequestByConnectionId({ ...input, ChatConnectionIDBD: 'none' });
    expect(result?.response?.responseCode).toBe(4);
    expect(result?.ChatRequest).toBeUndefined();
  });

  it('the seed page shows only SOAP: asking for HTTP GET is refused before sending', async () => {
    let called = false;
    const client = createTp({
      endpoint: `${bed.baseUrl}/semp/TPClientWebServicesAPI.asmx`,
      protocol: 'http-get',
      fetch: async () => {
        called = true;
        return new Response('');
      },
    });
    const err = await client.getChatRequestByConnectionId(input).catch((e: unknown) => e);
    expect((err as { code?: string }).code).toBe('PROTOCOL');
    expect(called).toBe(false);
  });

  it.each(['soap11', 'soap12'] as const)('a SOAP fault over %s is a SoapFaultError', async (protocol) => {
    const client = createTp({ endpoint: `${bed.baseUrl}/semp/TPClientWebServicesAPI.asmx`, protocol });
    const err = await client.getChatRequestByConnectionId({ ...input, ChatConnectionIDBD: 'fault' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SoapFaultError);
    expect((err as SoapFaultError).detail).toContain('TP_FAULT');
  });

  it('a time-out rejects with a TimeoutError (code TIMEOUT)', async () => {
    const client = createTp({ endpoint: `${bed.baseUrl}/semp/TPClientWebServicesAPI.asmx`, timeoutMs: 400 });
    const err = await client.getChatRequestByConnectionId({ ...input, ChatConnectionIDBD: 'slow' }).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'TimeoutError', code: 'TIMEOUT' });
  });
});
